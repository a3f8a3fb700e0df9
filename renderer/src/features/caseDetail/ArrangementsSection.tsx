import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate, formatDate } from '../../../../shared/format/date';
import { formatEuro } from '../../../../shared/format/money';
import type { CaseFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { api } from '../../api';
import { useCatalogue } from '../../api/queries';
import { ConfirmRemove } from '../../components/ConfirmRemove';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatPct, formatQuantity } from '../../format/numbers';
import { ArrangementForm, FlagText } from './ArrangementForm';
import { approvalOf, flagNotices } from './arrangementFlags';
import { useCaseWrite } from './caseQueries';

type Arrangement = CaseFile['arrangements'][number];

/** Which form is open: none, a new arrangement, or the change of one (by id). */
type Editing = { kind: 'closed' } | { kind: 'new' } | { kind: 'change'; id: string };

/**
 * §3.5 the case's arrangements (Wmo and Jeugd weekbedragen): the table with the flags each gets,
 * adding, changing and removing one.
 */
export function ArrangementsSection({
  detail,
  jeugdAboveCapAction,
}: {
  detail: CaseDetail;
  /**
   * What a jeugd arrangement above the cap without a toekenning offers beside its flag (issue #9
   * item 2, WeekbedragRequests: "Aanvraag hoog-weekbedragtafel").
   */
  jeugdAboveCapAction?: (arrangement: Arrangement) => ReactNode;
}) {
  const { t } = useTranslation();
  const c = detail.case;
  const rules = useCatalogue().data?.rules ?? [];
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const [done, setDone] = useState('');
  const remove = useCaseWrite(c.code, (input: { code: string; id: string }) => api.arrangementsRemove(input));
  const openerRef = useRef<HTMLButtonElement>(null);
  const today = localIsoDate(new Date());
  // The same engine and inputs as cases:rendement and the register (see arrangementFlags.ts).
  const noticesOf = (a: Arrangement) => flagNotices(c.code, a, c.escalations, rules, today);

  // Back to "Arrangement toevoegen" once the form has gone (after the commit that renders the button).
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing.kind !== 'closed' || !returnFocus.current) return;
    returnFocus.current = false;
    openerRef.current?.focus();
  }, [editing.kind]);
  function close() {
    returnFocus.current = true;
    setEditing({ kind: 'closed' });
  }
  const changing = editing.kind === 'change' ? (c.arrangements.find((a) => a.id === editing.id) ?? null) : null;

  return (
    <section className="werkbank-section" aria-labelledby="arrangementen-titel">
      <Heading2 id="arrangementen-titel">{t('caseDetail.arrangements.title')}</Heading2>
      <Paragraph className="werkbank-muted">{t('caseDetail.arrangementsEdit.intro')}</Paragraph>
      <ErrorAlert message={remove.error?.message} />
      <p role="status" className="werkbank-done">
        {done}
      </p>
      <div className="werkbank-table-scroll">
        <DataTable
          caption={t('caseDetail.arrangements.title')}
          captionHidden
          className="werkbank-table"
          rows={c.arrangements}
          rowKey={(a) => a.id}
          empty={t('caseDetail.arrangements.empty')}
          columns={[
            {
              id: 'provider',
              header: t('caseDetail.arrangements.col.provider'),
              rowHeader: true,
              cell: (a) => (
                <>
                  {a.provider}
                  <span className="werkbank-line-item">{a.id}</span>
                </>
              ),
            },
            {
              id: 'domain',
              header: t('caseDetail.arrangements.col.domain'),
              cell: (a) => (
                <>
                  {t(`domain.${a.domain}`)}, {t(`setting.${a.setting}`).toLowerCase()}
                  {a.subcontractorSurchargePct !== undefined ? (
                    <span className="werkbank-line-item">{t('caseDetail.arrangements.surcharge', { pct: formatPct(a.subcontractorSurchargePct) })}</span>
                  ) : null}
                </>
              ),
            },
            { id: 'weekly', header: t('caseDetail.arrangements.col.weekly'), numeric: true, sortValue: (a) => a.weeklyCents, cell: (a) => formatEuro(a.weeklyCents) },
            { id: 'from', header: t('caseDetail.arrangementsEdit.col.from'), sortValue: (a) => a.from, cell: (a) => formatDate(a.from) },
            { id: 'weeks', header: t('caseDetail.arrangementsEdit.col.weeks'), numeric: true, cell: (a) => formatQuantity(a.weeks) },
            {
              id: 'flags',
              header: t('caseDetail.arrangements.col.flags'),
              cell: (a) => {
                const notices = noticesOf(a);
                return notices.length === 0 ? (
                  t('caseDetail.arrangements.inOrder')
                ) : (
                  <>
                    <ul className="werkbank-flags">
                      {notices.map((n) => (
                        <li key={n.flag}>
                          <FlagText notice={n} />
                        </li>
                      ))}
                    </ul>
                    {jeugdAboveCapAction !== undefined && notices.some((n) => n.flag === 'jeugd_boven_plafond_zonder_besluit') ? jeugdAboveCapAction(a) : null}
                  </>
                );
              },
            },
            {
              id: 'approval',
              header: t('caseDetail.arrangementsEdit.col.approval'),
              cell: (a) => {
                const approval = approvalOf(a, c.escalations);
                if (approval === null) return t('caseDetail.arrangementsEdit.approvalNotNeeded');
                // §3.5 the besluit that decides: its approved maximum and review date (only a grant sets them).
                const b = approval.status === 'toegekend' || approval.status === 'deels_toegekend' ? approval.besluit : null;
                return (
                  <>
                    {t(`caseDetail.arrangementsEdit.approval.${approval.status}`)}
                    {b?.approvedWeeklyCents !== undefined ? (
                      <span className="werkbank-line-item werkbank-weekbedrag-max">{t('caseDetail.weekbedragRequest.approvedMax', { amount: formatEuro(b.approvedWeeklyCents) })}</span>
                    ) : null}
                    {b?.reviewOn !== undefined ? <span className="werkbank-line-item">{t('caseDetail.weekbedragRequest.reviewOn', { date: formatDate(b.reviewOn) })}</span> : null}
                  </>
                );
              },
            },
            {
              id: 'actions',
              header: t('caseDetail.arrangementsEdit.col.actions'),
              headerHidden: true,
              cell: (a) => (
                <span className="werkbank-status-change">
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    aria-label={t('caseDetail.arrangementsEdit.changeOf', { provider: a.provider })}
                    onClick={() => {
                      setDone('');
                      setEditing({ kind: 'change', id: a.id });
                    }}
                  >
                    {t('caseDetail.arrangementsEdit.change')}
                  </Button>
                  <RemoveArrangement
                    provider={a.provider}
                    busy={remove.isPending}
                    onConfirm={() => {
                      setDone('');
                      remove.mutate(
                        { code: c.code, id: a.id },
                        { onSuccess: () => setDone(t('caseDetail.arrangementsEdit.removed', { provider: a.provider })) },
                      );
                    }}
                  />
                </span>
              ),
            },
          ]}
        />
      </div>
      {editing.kind === 'closed' ? (
        <div className="werkbank-actions werkbank-under-table">
          <Button
            ref={openerRef}
            appearance="primary-action-button"
            aria-expanded={false}
            onClick={() => {
              setDone('');
              remove.reset();
              setEditing({ kind: 'new' });
            }}
          >
            {t('caseDetail.arrangementsEdit.form.open')}
          </Button>
        </div>
      ) : (
        <ArrangementForm
          // A new key per arrangement: the form starts from that arrangement's own values.
          key={editing.kind === 'change' ? editing.id : 'new'}
          detail={detail}
          editing={changing}
          onSaved={(message) => {
            setDone(message);
            close();
          }}
          onCancel={close}
        />
      )}
    </section>
  );
}

/** The two-step removal of the kit, in this section's words. */
function RemoveArrangement({ provider, busy, onConfirm }: { provider: string; busy: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const labels = {
    remove: t('caseDetail.arrangementsEdit.remove'),
    removeOf: t('caseDetail.arrangementsEdit.removeOf', { provider }),
    question: t('caseDetail.arrangementsEdit.confirmRemove', { provider }),
    yes: t('caseDetail.arrangementsEdit.confirmRemoveYes'),
    yesOf: t('caseDetail.arrangementsEdit.confirmRemoveYesOf', { provider }),
    cancel: t('caseDetail.arrangementsEdit.cancelRemove'),
  };
  return <ConfirmRemove labels={labels} busy={busy} onConfirm={onConfirm} />;
}
