import { Button, Heading3 } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_GRADES, PAYERS, UNITS, type EvidenceGrade, type Payer, type Unit } from '../../../../shared/domain/enums';
import { formatEuro } from '../../../../shared/format/money';
import type { CostLineFile, PriceListItemFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/caseEdit';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseWrite } from './caseQueries';
import { parseDutchQuantity, parseEuroToCents } from '../../components/form/euroInput';
import { SelectField, TextField } from './fields';

type Scenario = 'reference' | 'actual';
const OWN = '__eigen__';

interface Values {
  item: string;
  label: string;
  payer: Payer;
  unit: Unit;
  unitCost: string;
  evidence: EvidenceGrade;
  quantity: string;
  probability: string;
}
type Errors = Partial<Record<'label' | 'unitCost' | 'quantity' | 'probability', string>>;

/** Appends one cost line to a scenario (the whole list goes to cases:setCostLines). */
export function CostLineForm({ detail, scenario, items }: { detail: CaseDetail; scenario: Scenario; items: PriceListItemFile[] }) {
  const { t } = useTranslation();
  const c = detail.case;
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const [values, setValues] = useState<Values>(() => initial(items));
  const [errors, setErrors] = useState<Errors>({});
  const firstRef = useRef<HTMLSelectElement>(null);
  const save = useCaseWrite(c.code, (input: { code: string; scenario: Scenario; lines: CostLineFile[] }) => api.casesSetCostLines(input));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  useEffect(() => {
    if (open) firstRef.current?.focus();
  }, [open]);

  const own = values.item === OWN;
  const scenarioName = t(`caseDetail.costs.${scenario}`).toLowerCase();

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Errors = {};
    const quantity = parseDutchQuantity(values.quantity);
    if (quantity === null) found.quantity = t('caseDetail.form.quantityInvalid');
    const probability = values.probability.trim() === '' ? 100 : parseDutchQuantity(values.probability);
    if (probability === null || probability > 100) found.probability = t('caseDetail.form.pctInvalid');
    const unitCostCents = own ? parseEuroToCents(values.unitCost) : null;
    if (own && unitCostCents === null) found.unitCost = t('caseDetail.form.euroInvalid');
    if (own && values.label.trim() === '') found.label = t('caseDetail.costs.form.labelRequired');
    setErrors(found);
    if (Object.keys(found).length > 0 || quantity === null || probability === null) return;
    const pct = probability === 100 ? {} : { probabilityPct: probability };
    const line: CostLineFile = own
      ? { label: values.label.trim(), payer: values.payer, unit: values.unit, unitCostCents: unitCostCents ?? 0, evidence: values.evidence, quantity, ...pct }
      : { item: values.item, quantity, ...pct };
    save.mutate(
      { code: c.code, scenario, lines: [...c[scenario], line] },
      {
        onSuccess: () => {
          setOpen(false);
          setValues(initial(items));
          setDone(t('caseDetail.costs.form.added', { scenario: scenarioName }));
        },
      },
    );
  }

  if (!open) {
    return (
      <div className="werkbank-actions werkbank-under-table">
        <Button
          appearance="secondary-action-button"
          aria-expanded={false}
          onClick={() => {
            save.reset();
            setDone('');
            setErrors({});
            setValues(initial(items));
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
    <form id={formId} className="werkbank-form werkbank-inline-form" noValidate onSubmit={submit} aria-labelledby={`${formId}-titel`}>
      <Heading3 id={`${formId}-titel`}>{t('caseDetail.costs.form.title', { scenario: scenarioName })}</Heading3>
      <SelectField
        label={t('caseDetail.costs.form.item')}
        value={values.item}
        onChange={(v) => set('item', v)}
        inputRef={firstRef}
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
          <TextField label={t('caseDetail.costs.form.label')} required value={values.label} onChange={(v) => set('label', v)} error={errors.label} />
          <div className="werkbank-form-row">
            <SelectField
              label={t('caseDetail.costs.col.payer')}
              value={values.payer}
              onChange={(v) => set('payer', v as Payer)}
              options={PAYERS.map((p) => ({ value: p, label: t(`payer.${p}`) }))}
            />
            <SelectField
              label={t('caseDetail.form.unit')}
              value={values.unit}
              onChange={(v) => set('unit', v as Unit)}
              options={UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }))}
            />
            <TextField
              label={t('caseDetail.costs.form.unitCost')}
              description={t('caseDetail.form.euroHelp')}
              inputMode="decimal"
              size={12}
              value={values.unitCost}
              onChange={(v) => set('unitCost', v)}
              error={errors.unitCost}
            />
            <SelectField
              label={t('caseDetail.costs.col.evidence')}
              value={values.evidence}
              onChange={(v) => set('evidence', v as EvidenceGrade)}
              options={EVIDENCE_GRADES.map((g) => ({ value: g, label: t(`evidence.${g}`) }))}
            />
          </div>
        </>
      ) : null}
      <div className="werkbank-form-row">
        <TextField
          label={t('caseDetail.form.quantity')}
          description={t('caseDetail.form.quantityHelp')}
          inputMode="decimal"
          size={8}
          value={values.quantity}
          onChange={(v) => set('quantity', v)}
          error={errors.quantity}
        />
        <TextField
          label={t('caseDetail.costs.form.probability')}
          description={t('caseDetail.costs.form.probabilityHelp')}
          inputMode="decimal"
          size={6}
          value={values.probability}
          onChange={(v) => set('probability', v)}
          error={errors.probability}
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
    </form>
  );
}

function initial(items: PriceListItemFile[]): Values {
  const first = items.find((i) => i.unitCostCents !== null);
  return {
    item: first?.id ?? OWN,
    label: '',
    payer: 'gemeente_overig',
    unit: 'eenmalig',
    unitCost: '',
    evidence: 'C',
    quantity: '1',
    probability: '100',
  };
}
