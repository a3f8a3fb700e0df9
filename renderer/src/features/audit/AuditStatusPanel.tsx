/**
 * Whether the audit log is complete and unchanged (audit:status: chain, MACs, anchor), in words a
 * beheerder can act on, naming the entries.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { seqRangesCount, seqRangesText } from '../../../../shared/format/seqRanges';
import type { AuditProblem } from '../../../../shared/ipc/channels/audit';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import { ErrorAlert } from '../../components/ErrorAlert';

function problemText(t: TFunction, p: AuditProblem): string {
  switch (p.kind) {
    case 'chain':
      return t('audit.problem.chain', { seq: p.seq });
    case 'mac':
    case 'unsigned':
      return t(`audit.problem.${p.kind}`, { count: seqRangesCount(p.ranges), which: seqRangesText(p.ranges) });
    case 'anchorMissing':
    case 'anchorInvalid':
    case 'anchorForged':
      return t(`audit.problem.${p.kind}`);
    case 'truncated': {
      const missing = [{ from: p.headSeq + 1, to: p.anchorSeq }];
      return t('audit.problem.truncated', { head: p.headSeq, anchor: p.anchorSeq, count: seqRangesCount(missing), which: seqRangesText(missing) });
    }
    case 'diverged':
      return t('audit.problem.diverged', { anchor: p.anchorSeq });
    default: {
      const never: never = p;
      throw new Error(`unknown problem ${JSON.stringify(never)}`);
    }
  }
}

export function AuditStatusPanel() {
  const { t } = useTranslation();
  const status = useQuery({ queryKey: queryKeys.audit.status, queryFn: () => unwrap(api.auditStatus({})) });
  const s = status.data;
  return (
    <section aria-labelledby="logboek-controle" className="audit-status">
      <Heading2 id="logboek-controle">{t('audit.status.title')}</Heading2>
      <ErrorAlert message={status.error?.message} />
      {!s ? (
        status.isPending ? <Paragraph role="status">{t('audit.status.loading')}</Paragraph> : null
      ) : s.problems.length === 0 ? (
        <Alert type="ok" role="status" data-testid="audit-status">
          <Paragraph>
            <strong>{t('audit.status.ok')}</strong>
          </Paragraph>
          <Paragraph>{t('audit.status.okDetail', { count: s.headSeq, anchor: s.anchorSeq ?? 0 })}</Paragraph>
          {s.sealedBy !== null ? <Paragraph>{t('audit.status.sealed', { last: s.sealedBy - 1, seal: s.sealedBy })}</Paragraph> : null}
        </Alert>
      ) : (
        <Alert type="error" role="alert" data-testid="audit-status">
          <Paragraph>
            <strong>{t('audit.status.problem')}</strong>
          </Paragraph>
          <UnorderedList>
            {s.problems.map((p) => (
              <UnorderedListItem key={p.kind}>{problemText(t, p)}</UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph>{t('audit.status.advice')}</Paragraph>
        </Alert>
      )}
      <Paragraph small>{t('audit.status.limits')}</Paragraph>
    </section>
  );
}
