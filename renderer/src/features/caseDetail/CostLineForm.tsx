import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading3 } from '@utrecht/component-library-react';
import i18next from 'i18next';
import { useEffect, useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EVIDENCE_GRADES, PAYERS, UNITS } from '../../../../shared/domain/enums';
import { formatEuro } from '../../../../shared/format/money';
import { CostLineSchema, type CostLineFile, type PriceListItemFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { euroText, EuroField, Form, optionalText, quantityText, SelectField, TextField, whenValid } from '../../components/form';
import { useCaseWrite } from './caseQueries';

type Scenario = 'reference' | 'actual';
const OWN = '__eigen__';

// CostLineSchema refines across its fields, so its fields are taken by shape; the form repeats its
// one cross-field rule (a line without a kengetal names its own label and amount) next to the fields.
const line = CostLineSchema.shape;
const schema = z
  .object({
    item: z.string(),
    label: optionalText(line.label),
    payer: line.payer.unwrap(),
    unit: line.unit.unwrap(),
    unitCostCents: euroText(line.unitCostCents),
    evidence: line.evidence.unwrap(),
    quantity: quantityText(line.quantity, { required: 'form.quantity.invalid' }),
    probabilityPct: quantityText(line.probabilityPct, { blank: 100, invalid: 'caseDetail.form.pctInvalid' }),
  })
  .superRefine(
    (v, ctx) => {
      if (v.item !== OWN) return;
      if (v.label === undefined) ctx.addIssue({ code: 'custom', path: ['label'], message: i18next.t('caseDetail.costs.form.labelRequired') });
      if (v.unitCostCents === undefined) ctx.addIssue({ code: 'custom', path: ['unitCostCents'], message: i18next.t('form.euro.format') });
    },
    { when: whenValid('item', 'label', 'unitCostCents') },
  );
type Values = z.input<typeof schema>;
type Line = z.output<typeof schema>;

/** The line as the channel stores it: a kengetal by id, or an own line with every field; 100 % is left out. */
function toCostLine(v: Line): CostLineFile {
  const pct = v.probabilityPct === 100 || v.probabilityPct === undefined ? {} : { probabilityPct: v.probabilityPct };
  return v.item === OWN
    ? { label: v.label, payer: v.payer, unit: v.unit, unitCostCents: v.unitCostCents ?? 0, evidence: v.evidence, quantity: v.quantity, ...pct }
    : { item: v.item, quantity: v.quantity, ...pct };
}

/** Appends one cost line to a scenario (the whole list goes to cases:setCostLines). */
export function CostLineForm({ detail, scenario, items }: { detail: CaseDetail; scenario: Scenario; items: PriceListItemFile[] }) {
  const { t } = useTranslation();
  const c = detail.case;
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const form = useForm({ resolver: zodResolver(schema), defaultValues: initial(items) });
  const own = useWatch({ control: form.control, name: 'item' }) === OWN;
  const save = useCaseWrite(c.code, (input: { code: string; scenario: Scenario; lines: CostLineFile[] }) => api.casesSetCostLines(input));

  const { setFocus } = form;
  useEffect(() => {
    if (open) setFocus('item');
  }, [open, setFocus]);

  const scenarioName = t(`caseDetail.costs.${scenario}`).toLowerCase();

  const submit = (v: Line) =>
    save.mutate(
      { code: c.code, scenario, lines: [...c[scenario], toCostLine(v)] },
      {
        onSuccess: () => {
          setOpen(false);
          setDone(t('caseDetail.costs.form.added', { scenario: scenarioName }));
        },
      },
    );

  if (!open) {
    return (
      <div className="werkbank-actions werkbank-under-table">
        <Button
          appearance="secondary-action-button"
          aria-expanded={false}
          onClick={() => {
            save.reset();
            setDone('');
            form.reset(initial(items));
            setOpen(true);
          }}
        >
          {t('caseDetail.costs.form.open', { scenario: scenarioName })}
        </Button>
        <p role="status" className="werkbank-done">
          {done}
        </p>
      </div>
    );
  }
  return (
    <Form form={form} id={formId} className="werkbank-form werkbank-inline-form" onValid={submit} aria-labelledby={`${formId}-titel`}
      heading={
        <Heading3 id={`${formId}-titel`}>{t('caseDetail.costs.form.title', { scenario: scenarioName })}</Heading3>
      }
    >
      <SelectField
        form={form}
        name="item"
        label={t('caseDetail.costs.form.item')}
        options={[
          ...items
            .filter((i) => i.unitCostCents !== null)
            .map((i) => ({
              value: i.id,
              label: `${i.name} — ${formatEuro(i.unitCostCents ?? 0)} / ${t(`unit.${i.unit}`)} (${t(`payer.${i.payer}`)}, ${i.evidence})`,
            })),
          { value: OWN, label: t('caseDetail.costs.form.own') },
        ]}
      />
      {own ? (
        <>
          <TextField form={form} name="label" label={t('caseDetail.costs.form.label')} required />
          <div className="werkbank-form-row">
            <SelectField form={form} name="payer" label={t('caseDetail.costs.col.payer')} options={PAYERS.map((p) => ({ value: p, label: t(`payer.${p}`) }))} />
            <SelectField form={form} name="unit" label={t('caseDetail.form.unit')} options={UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }))} />
            <EuroField form={form} name="unitCostCents" label={t('caseDetail.costs.form.unitCost')} />
            <SelectField
              form={form}
              name="evidence"
              label={t('caseDetail.costs.col.evidence')}
              options={EVIDENCE_GRADES.map((g) => ({ value: g, label: t(`evidence.${g}`) }))}
            />
          </div>
        </>
      ) : null}
      <div className="werkbank-form-row">
        <TextField
          form={form}
          name="quantity"
          label={t('caseDetail.form.quantity')}
          description={t('caseDetail.form.quantityHelp')}
          inputMode="decimal"
          size={8}
        />
        <TextField
          form={form}
          name="probabilityPct"
          label={t('caseDetail.costs.form.probability')}
          description={t('caseDetail.costs.form.probabilityHelp')}
          inputMode="decimal"
          size={6}
        />
      </div>
      <ErrorAlert message={save.error?.message} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('caseDetail.costs.form.submit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={() => setOpen(false)}>
          {t('caseDetail.cancel')}
        </Button>
      </div>
    </Form>
  );
}

function initial(items: PriceListItemFile[]): Values {
  const first = items.find((i) => i.unitCostCents !== null);
  return {
    item: first?.id ?? OWN,
    label: '',
    payer: 'gemeente_overig',
    unit: 'eenmalig',
    unitCostCents: '',
    evidence: 'C',
    quantity: '1',
    probabilityPct: '100',
  };
}
