import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import i18next from 'i18next';
import { useEffect, useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { approvedJeugdMaximum, capDate, policyCappedLine, type PolicyCappedLine } from '../../../../shared/calc/beleidBegrensd';
import type { Rule } from '../../../../shared/calc/beleidsregels';
import { ARRANGEMENT_SETTINGS, EVIDENCE_GRADES, PAYERS, UNITS } from '../../../../shared/domain/enums';
import { formatEuro } from '../../../../shared/format/money';
import { CostLineSchema, type CostLineFile, type PriceListItemFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { api } from '../../api';
import { useCatalogue } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { choice, euroText, EuroField, Form, optionalText, quantityText, SelectField, TextField, whenValid } from '../../components/form';
import { toEscalationCalc } from './arrangementFlags';
import { useCaseWrite } from './caseQueries';

type Scenario = 'reference' | 'actual';
const OWN = '__eigen__';

// CostLineSchema refines across its fields, so its fields are taken by shape; the form repeats its
// one cross-field rule (a line without a kengetal names its own label and amount) next to the fields.
const line = CostLineSchema.shape;
const fields = z.object({
    item: z.string(),
    label: optionalText(line.label),
    payer: line.payer.unwrap(),
    unit: line.unit.unwrap(),
    unitCostCents: euroText(line.unitCostCents),
    evidence: line.evidence.unwrap(),
    quantity: quantityText(line.quantity, { required: 'form.quantity.invalid' }),
    probabilityPct: quantityText(line.probabilityPct, { blank: 100, invalid: 'caseDetail.form.pctInvalid' }),
    // Issue #14 item 4: blank = no setting (not care, or not known).
    setting: choice(line.setting),
  });
const schema = fields.superRefine(
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
  const setting = v.setting === undefined ? {} : { setting: v.setting };
  return v.item === OWN
    ? { label: v.label, payer: v.payer, unit: v.unit, unitCostCents: v.unitCostCents ?? 0, evidence: v.evidence, quantity: v.quantity, ...pct, ...setting }
    : { item: v.item, quantity: v.quantity, ...pct, ...setting };
}

/** What the beleidsregel check reads; the label and evidence may still be blank while it is shown. */
const liveInputs = fields.pick({ item: true, payer: true, unit: true, unitCostCents: true, quantity: true, probabilityPct: true, setting: true });

/** Appends one cost line to a scenario (the whole list goes to cases:setCostLines). */
export function CostLineForm({ detail, scenario, items }: { detail: CaseDetail; scenario: Scenario; items: PriceListItemFile[] }) {
  const { t } = useTranslation();
  const c = detail.case;
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const form = useForm({ resolver: zodResolver(schema), defaultValues: initial(items) });
  const own = useWatch({ control: form.control, name: 'item' }) === OWN;
  const rules = useCatalogue().data?.rules;
  // Issue #14 item 4: every keystroke re-renders (useWatch), so the flag follows the typing.
  const watched = useWatch({ control: form.control });
  const capped = scenario === 'reference' && rules !== undefined ? cappedNotice(liveInputs.safeParse(watched), items, c, rules) : undefined;
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
      {scenario === 'reference' ? <Paragraph className="werkbank-muted">{t('caseDetail.costs.form.cheapestAdequate')}</Paragraph> : null}
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
      <SelectField
        form={form}
        name="setting"
        label={t('caseDetail.costs.form.setting')}
        description={t('caseDetail.costs.form.settingHelp')}
        options={[{ value: '', label: t('caseDetail.costs.form.noSetting') }, ...ARRANGEMENT_SETTINGS.map((s) => ({ value: s, label: t(`setting.${s}`) }))]}
      />
      {capped === undefined ? null : <PolicyCapFlag notice={capped} />}
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
    setting: '',
  };
}

/**
 * The line as the engine would read it, and whether a beleidsregel already caps it (null: it does
 * not; incomplete input: 'incomplete'). The check is the engine's own (shared/calc/beleidBegrensd.ts)
 * on the case's reference date and its approvals, so the form says what the businesscase counts.
 */
function cappedNotice(
  parsed: ReturnType<typeof liveInputs.safeParse>,
  items: readonly PriceListItemFile[],
  c: CaseDetail['case'],
  rules: readonly Rule[],
): PolicyCappedLine | null | 'incomplete' {
  if (!parsed.success) return 'incomplete';
  const v = parsed.data;
  const item = v.item === OWN ? undefined : items.find((i) => i.id === v.item);
  const priced = item === undefined ? { payer: v.payer, unit: v.unit, unitCostCents: v.unitCostCents } : { payer: item.payer, unit: item.unit, unitCostCents: item.unitCostCents ?? undefined };
  if (priced.unitCostCents === undefined) return 'incomplete';
  const onDate = capDate({ referenceDate: c.referenceDate, registeredOn: c.registeredOn });
  return policyCappedLine(
    { ...priced, unitCostCents: priced.unitCostCents, quantity: v.quantity, probabilityPct: v.probabilityPct ?? 100, ...(v.setting === undefined ? {} : { setting: v.setting }) },
    rules,
    onDate,
    approvedJeugdMaximum(c.escalations.map(toEscalationCalc)),
  );
}

/**
 * In a polite live region, as the arrangement form's flags: said in words with the amounts, never
 * by colour alone.
 */
function PolicyCapFlag({ notice }: { notice: PolicyCappedLine | null | 'incomplete' }) {
  const { t } = useTranslation();
  return (
    <div className="werkbank-live-flags" aria-live="polite" data-flagged={notice !== null && notice !== 'incomplete' ? 'true' : undefined}>
      <p className="werkbank-live-flags__title">
        <strong>{t('caseDetail.costs.policy.title')}</strong>
      </p>
      <p>
        {notice === 'incomplete'
          ? t('caseDetail.costs.policy.incomplete')
          : notice === null
            ? t('caseDetail.costs.policy.none')
            : t(`caseDetail.costs.policy.${notice.rule}`, { cap: formatEuro(notice.capCents), weekly: formatEuro(notice.weeklyCents), amount: formatEuro(notice.begrensdCents) })}
      </p>
    </div>
  );
}
