import { zodResolver } from '@hookform/resolvers/zod';
import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading4, Paragraph } from '@utrecht/component-library-react';
import { format } from 'date-fns';
import { useEffect, useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { BESLUIT_OUTCOMES, ESCALATION_INSTRUMENTS, PAYERS, TAFEL_PARTIES } from '../../../../shared/domain/enums';
import { formatEuro } from '../../../../shared/format/money';
import type { AfwegingCriterionFile, BesluitFile } from '../../../../shared/interchange';
import type { InboxRow } from '../../../../shared/ipc/channels/escalations';
import { CheckboxGroup, DateField, EuroField, Form, RadioGroup, SelectField, TextAreaField, TextField } from '../../components/form';
import { AfwegingFields } from './AfwegingFields';
import { besluitFormSchema as schema, type BesluitFormValues } from './besluitSchema';
import { PartiesFields } from './PartiesFields';

type Name = keyof BesluitFormValues;
const isField = (name: string): name is Name => name in schema.shape;

const LABEL_KEYS: Record<Name, string> = {
  outcome: 'escalations.besluit.outcome',
  instruments: 'escalations.besluit.instruments',
  maatwerkbudgetCents: 'escalations.besluit.maatwerkbudgetAmount',
  payer: 'escalations.besluit.payer',
  approvedWeeklyCents: 'escalations.besluit.approvedWeekly',
  reviewOn: 'escalations.besluit.reviewOn',
  validUntil: 'escalations.besluit.validUntil',
  motivation: 'escalations.besluit.motivation',
  decidedBy: 'escalations.besluit.decidedBy',
  decidedOn: 'escalations.besluit.decidedOn',
  parties: 'escalations.besluit.parties',
  afweging: 'escalations.besluit.afweging',
};

/** The form label of a field the server named ("maatwerkbudgetCents" → "Maatwerkbudget"), for its message. */
export function besluitFieldLabelKey(serverField: string): string | undefined {
  return isField(serverField) ? LABEL_KEYS[serverField] : undefined;
}

/**
 * §2.3 the besluit of an escalation in behandeling: outcome, instruments, maatwerkbudget in euro
 * (parsed to exact cents), for jeugd_weekbedrag the approved weekly maximum and review date, the
 * parties at the table with the conflict mark and the afwegingskader (issue #14 item 5),
 * motivation, who decided and when (default today). The server checks the rules between the fields
 * (a budget needs the instrument, a refusal grants nothing); its refusal marks the field it names.
 */
export function BesluitForm({
  row,
  criteria,
  busy,
  serverError,
  onSubmit,
  onCancel,
}: {
  row: InboxRow;
  /** The afwegingskader's criteria in use now, in their order (jeugd_weekbedrag only). */
  criteria: readonly AfwegingCriterionFile[];
  busy: boolean;
  /** A refusal naming a besluit field ("maatwerkbudgetCents") and its message. */
  serverError: { field: string; message: string } | null;
  onSubmit: (besluit: BesluitFile) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isJeugd = row.target === 'jeugd_weekbedrag';
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      outcome: '',
      instruments: [],
      maatwerkbudgetCents: '',
      payer: '',
      approvedWeeklyCents: '',
      reviewOn: '',
      validUntil: '',
      motivation: '',
      decidedBy: '',
      decidedOn: format(new Date(), 'dd-MM-yyyy'),
      parties: TAFEL_PARTIES.map((party) => ({ party, present: false, organisation: '' })),
      afweging: criteria.map((c) => ({ criterionId: c.id, answer: '' as const, reason: '' })),
    },
  });

  useEffect(() => headingRef.current?.focus(), []);

  // A refusal that names a field marks it and takes the person there (the alert above the form says why).
  const { setError } = form;
  useEffect(() => {
    if (serverError && isField(serverError.field)) setError(serverError.field, { type: 'server', message: serverError.message }, { shouldFocus: true });
  }, [serverError, setError]);

  const label = (name: Name) => t(LABEL_KEYS[name]);
  const submit = (v: z.output<typeof schema>) => {
    if (busy) return;
    // Only a jeugd weekbedrag has an approved weekly maximum, a review date, parties and an afweging.
    const { approvedWeeklyCents, reviewOn, parties, afweging, ...rest } = v;
    const decided: BesluitFile = isJeugd ? { ...rest, approvedWeeklyCents, reviewOn, parties, afweging } : rest;
    onSubmit(decided);
  };

  return (
    <Form form={form} className="werkbank-escalation-form" aria-labelledby={headingId} onValid={submit}
      heading={
        <>
          <Heading4 id={headingId} ref={headingRef} tabIndex={-1}>
            {t('escalations.decide.title')}
          </Heading4>
          <Paragraph className="werkbank-muted">{t('escalations.decide.intro')}</Paragraph>
        </>
      }
    >
      <RadioGroup form={form} name="outcome" label={label('outcome')} options={BESLUIT_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
      <CheckboxGroup
        form={form}
        name="instruments"
        label={label('instruments')}
        options={ESCALATION_INSTRUMENTS.map((i) => ({ value: i, label: t(`instrument.${i}`) }))}
      />
      <EuroField form={form} name="maatwerkbudgetCents" label={label('maatwerkbudgetCents')} description={t('escalations.decide.euroDescription')} />
      <SelectField
        form={form}
        name="payer"
        label={label('payer')}
        options={[
          { value: '', label: t('escalations.besluit.payerDefault') },
          ...PAYERS.filter((p) => p !== 'gemeente_overig').map((p) => ({ value: p, label: t(`payer.${p}`) })),
        ]}
      />

      {isJeugd ? (
        <Fieldset>
          <FieldsetLegend>{t('escalations.decide.jeugdTitle')}</FieldsetLegend>
          {row.requestedWeeklyCents !== null ? (
            <Paragraph className="werkbank-muted">{t('escalations.decide.jeugdRequested', { amount: formatEuro(row.requestedWeeklyCents) })}</Paragraph>
          ) : null}
          <EuroField form={form} name="approvedWeeklyCents" label={label('approvedWeeklyCents')} description={t('escalations.decide.euroDescription')} />
          <DateField form={form} name="reviewOn" label={label('reviewOn')} />
        </Fieldset>
      ) : null}
      {isJeugd ? <PartiesFields form={form} provider={row.provider} /> : null}
      {isJeugd ? <AfwegingFields form={form} criteria={criteria} /> : null}

      <TextAreaField form={form} name="motivation" label={label('motivation')} rows={4} />
      <div className="werkbank-esc-form-row">
        <TextField form={form} name="decidedBy" label={label('decidedBy')} autoComplete="name" />
        <DateField form={form} name="decidedOn" label={label('decidedOn')} required />
        <DateField form={form} name="validUntil" label={label('validUntil')} />
      </div>

      <ButtonGroup>
        {/* Never disabled while saving: a disabled button drops the keyboard focus to the page. */}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {busy ? t('escalations.actions.busy') : t('escalations.decide.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('escalations.actions.cancel')}
        </Button>
      </ButtonGroup>
    </Form>
  );
}
