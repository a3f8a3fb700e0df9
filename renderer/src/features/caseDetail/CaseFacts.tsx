import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/date';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { formatPct } from '../../format/numbers';

/**
 * The case's own data that the header above does not show (alias, age, follow-up, notes, the
 * calculation parameters), read-only: the chair's screen stays calm until someone chooses Wijzigen.
 */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  return (
    <>
      <dl className="werkbank-facts">
        {c.isSignaal ? null : (
          <div>
            <dt>{t('caseDetail.edit.alias')}</dt>
            <dd>{c.alias ?? t('caseDetail.edit.noAlias')}</dd>
          </div>
        )}
        {c.isSignaal ? null : (
          <div>
            <dt>{c.birthYear === undefined && c.ageBand !== undefined ? t('caseDetail.edit.ageBand') : t('caseDetail.edit.birthYear')}</dt>
            <dd>{c.birthYear ?? c.ageBand ?? t('caseDetail.edit.ageUnknown')}</dd>
          </div>
        )}
        <div>
          <dt>{t('caseDetail.edit.followUpOn')}</dt>
          <dd>{c.followUpOn ? formatDate(c.followUpOn) : t('caseDetail.edit.noFollowUp')}</dd>
        </div>
        <ParameterFacts detail={detail} />
      </dl>
      {c.notes ? (
        <dl className="werkbank-facts werkbank-facts--text">
          <div>
            <dt>{t('caseDetail.edit.notes')}</dt>
            <dd className="werkbank-case-notes">{c.notes}</dd>
          </div>
        </dl>
      ) : null}
      {detail.calculationLocked ? <LockedReason detail={detail} className="werkbank-muted" /> : null}
    </>
  );
}

/** In the form: a fixed calculation's parameters as they stay, with the reason. */
export function LockedParameters({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  return (
    <>
      <LockedReason detail={detail} />
      <dl className="werkbank-facts">
        <ParameterFacts detail={detail} />
        <div>
          <dt>{t('caseDetail.edit.referenceDate')}</dt>
          <dd>{c.referenceDate ? formatDate(c.referenceDate) : t('caseDetail.edit.noReferenceDate')}</dd>
        </div>
      </dl>
    </>
  );
}

/** Horizon and toerekening as stored (§3.2), inside a facts list. */
function ParameterFacts({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <div>
        <dt>{t('caseDetail.edit.horizonWeeks')}</dt>
        <dd>{t('caseDetail.edit.weeks', { count: detail.case.horizonWeeks })}</dd>
      </div>
      <div>
        <dt>{t('caseDetail.edit.attributionPct')}</dt>
        <dd>{formatPct(detail.case.attributionPct)}</dd>
      </div>
    </>
  );
}

/** Why horizon, toerekening and reference date cannot change now, and what to do about it. */
function LockedReason({ detail, className }: { detail: CaseDetail; className?: string }) {
  const { t } = useTranslation();
  const fixedOn = detail.case.calculation?.fixedOn;
  return <Paragraph className={className}>{t('caseDetail.edit.locked', { on: fixedOn ? t('caseDetail.edit.lockedOn', { date: formatDate(fixedOn) }) : '' })}</Paragraph>;
}
