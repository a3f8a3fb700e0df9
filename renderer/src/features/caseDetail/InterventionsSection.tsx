import {
  Button,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INTERVENTION_STATUSES, type InterventionStatus } from '../../../../shared/domain/enums';
import { formatEuro } from '../../../../shared/format/money';
import type { InterventionFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { api } from '../../api';
import { useCatalogue } from '../../api/queries';
import { ConfirmRemove } from '../../components/ConfirmRemove';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Form, InlineSelect, isoToDutchDate } from '../../components/form';
import { useCaseWrite } from './caseQueries';
import { InterventionForm } from './InterventionForm';
import { ReferralFollowUps } from './ReferralFollowUps';
import { formatQuantity } from '../../format/numbers';

type Update = { code: string; index: number; intervention: InterventionFile };
type Remove = { code: string; index: number };

/** §2.1 the interventions and doorbraken of the case, their status, and adding one. */
export function InterventionsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const catalogue = useCatalogue();
  const [done, setDone] = useState('');
  const update = useCaseWrite(c.code, (input: Update) => api.interventionsUpdate(input));
  const remove = useCaseWrite(c.code, (input: Remove) => api.interventionsRemove(input));
  const typeName = (id: string) => catalogue.data?.interventionTypes.find((x) => x.id === id)?.name ?? id;

  return (
    <section className="werkbank-section" aria-labelledby="interventies-titel">
      <Heading2 id="interventies-titel">{t('caseDetail.interventions.title')}</Heading2>
      <Paragraph className="werkbank-muted">{t('caseDetail.interventions.intro')}</Paragraph>
      <ErrorAlert message={update.error?.message ?? remove.error?.message} />
      <p role="status" className="werkbank-done">
        {done}
      </p>
      <div className="werkbank-table-scroll">
        <DataTable
          caption={t('caseDetail.interventions.title')}
          captionHidden
          className="werkbank-table werkbank-interventions-table"
          rows={c.interventions}
          rowKey={(v, index) => v.id ?? `index-${String(index)}`}
          empty={t('caseDetail.interventions.empty')}
          columns={[
            {
              id: 'type',
              header: t('caseDetail.interventions.col.type'),
              rowHeader: true,
              className: 'werkbank-line-name',
              cell: (v) => (
                <>
                  {typeName(v.type)}
                  {v.partner ? <span className="werkbank-line-item">{v.partner}</span> : null}
                </>
              ),
            },
            { id: 'spoor', header: t('caseDetail.interventions.col.spoor'), cell: (v) => t(`spoor.${v.spoor}`) },
            {
              id: 'cost',
              header: t('caseDetail.interventions.col.cost'),
              numeric: true,
              cell: (v, index) => (
                <>
                  <CostFields v={v} />
                  {detail.amounts.interventions[index] !== undefined ? (
                    <strong className="werkbank-cost-part">
                      {t('caseDetail.interventions.costTotal', { amount: formatEuro(detail.amounts.interventions[index]) })}
                    </strong>
                  ) : null}
                </>
              ),
            },
            { id: 'payer', header: t('caseDetail.interventions.col.payer'), cell: (v) => t(`payer.${v.payer}`) },
            {
              id: 'doorbraak',
              header: t('caseDetail.interventions.col.doorbraak'),
              cell: (v) => (
                <>
                  {v.doorbraak ? t('caseDetail.yes') : t('caseDetail.no')}
                  {v.doorbraak && v.doorbraakRule ? <span className="werkbank-line-item">{v.doorbraakRule}</span> : null}
                </>
              ),
            },
            {
              id: 'voorliggendVeld',
              header: t('caseDetail.interventions.col.voorliggendVeld'),
              cell: (v) =>
                v.voorliggendVeld ? (
                  <>
                    {t('caseDetail.yes')}
                    <span className="werkbank-line-item">
                      {v.referralArrived && v.referralCheckedOn
                        ? t('caseDetail.interventions.followUp.cell', { arrived: t(`referralArrived.${v.referralArrived}`), date: isoToDutchDate(v.referralCheckedOn) })
                        : t('caseDetail.interventions.followUp.cellNotChecked')}
                    </span>
                  </>
                ) : (
                  t('caseDetail.no')
                ),
            },
            {
              id: 'status',
              header: t('caseDetail.interventions.col.status'),
              cell: (v, index) => (
                <StatusChange
                  name={typeName(v.type)}
                  status={v.status}
                  busy={update.isPending}
                  onSave={(status) => {
                    setDone('');
                    update.mutate(
                      { code: c.code, index, intervention: { ...v, status } },
                      {
                        onSuccess: () =>
                          setDone(t('caseDetail.interventions.statusChanged', { name: typeName(v.type), status: t(`interventionStatus.${status}`) })),
                      },
                    );
                  }}
                />
              ),
            },
            {
              id: 'remove',
              header: t('caseDetail.interventions.col_remove'),
              headerHidden: true,
              cell: (v, index) => (
                <RemoveIntervention
                  name={typeName(v.type)}
                  busy={remove.isPending}
                  onConfirm={() => {
                    setDone('');
                    remove.mutate(
                      { code: c.code, index },
                      { onSuccess: () => setDone(t('caseDetail.interventions.removed', { name: typeName(v.type) })) },
                    );
                  }}
                />
              ),
            },
          ]}
        />
      </div>
      <ReferralFollowUps
        interventions={c.interventions}
        nameOf={(v) => (v.partner ? `${typeName(v.type)} (${v.partner})` : typeName(v.type))}
        busy={update.isPending}
        onSave={(index, followUp) => {
          const v = c.interventions[index];
          if (!v) return;
          setDone('');
          const { referralArrived: _a, referralCheckedOn: _d, ...rest } = v;
          const name = typeName(v.type);
          update.mutate(
            { code: c.code, index, intervention: { ...rest, ...(followUp.referralArrived ? followUp : {}) } },
            {
              onSuccess: () =>
                setDone(
                  followUp.referralArrived
                    ? t('caseDetail.interventions.followUp.saved', { name, arrived: t(`referralArrived.${followUp.referralArrived}`) })
                    : t('caseDetail.interventions.followUp.cleared', { name }),
                ),
            },
          );
        }}
      />
      <InterventionForm detail={detail} onAdded={(name) => setDone(t('caseDetail.interventions.added', { name }))} />
    </section>
  );
}

/** The stored cost fields; the total under them is the server's stored cost (one rounding, §3.2). */
function CostFields({ v }: { v: InterventionFile }) {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (v.oneOffCents !== 0 || v.rateCents === 0) parts.push(t('caseDetail.interventions.oneOff', { amount: formatEuro(v.oneOffCents) }));
  if (v.rateCents !== 0) {
    parts.push(
      t('caseDetail.interventions.rate', { amount: formatEuro(v.rateCents), unit: t(`unit.${v.unit}`), quantity: formatQuantity(v.quantity) }),
    );
  }
  return (
    <>
      {parts.map((p) => (
        <span key={p} className="werkbank-cost-part">
          {p}
        </span>
      ))}
    </>
  );
}

function StatusChange({
  name,
  status,
  busy,
  onSave,
}: {
  name: string;
  status: InterventionStatus;
  busy: boolean;
  onSave: (status: InterventionStatus) => void;
}) {
  const { t } = useTranslation();
  // The select owns the chosen status (a registered input) until it is saved.
  const form = useForm({ defaultValues: { status } });
  const changed = useWatch({ control: form.control, name: 'status' }) !== status;
  return (
    <Form form={form} className="werkbank-status-change" onValid={(v) => (v.status !== status ? onSave(v.status) : undefined)}>
      <InlineSelect
        form={form}
        name="status"
        label={t('caseDetail.interventions.statusOf', { name })}
        hideLabel
        options={INTERVENTION_STATUSES.map((s) => ({ value: s, label: t(`interventionStatus.${s}`) }))}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={!changed || busy} aria-label={t('caseDetail.interventions.saveStatusOf', { name })}>
        {t('caseDetail.interventions.saveStatus')}
      </Button>
    </Form>
  );
}

/** The two-step removal of the kit, in this section's words. */
function RemoveIntervention({ name, busy, onConfirm }: { name: string; busy: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const labels = {
    remove: t('caseDetail.interventions.remove'),
    removeOf: t('caseDetail.interventions.removeOf', { name }),
    question: t('caseDetail.interventions.confirmRemove', { name }),
    yes: t('caseDetail.interventions.confirmRemoveYes'),
    yesOf: t('caseDetail.interventions.confirmRemoveYesOf', { name }),
    cancel: t('caseDetail.interventions.cancelRemove'),
  };
  return <ConfirmRemove labels={labels} busy={busy} onConfirm={onConfirm} />;
}
