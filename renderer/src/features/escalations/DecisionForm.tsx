import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Heading4,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';
import { useForm, type RegisterOptions } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  BESLUIT_OUTCOMES,
  ESCALATION_INSTRUMENTS,
  PAYERS,
  type BesluitOutcome,
  type EscalationInstrument,
  type Payer,
} from '../../../../shared/domain/enums';
import { localIsoDate } from '../../../../shared/format/date';
import type { BesluitFile } from '../../../../shared/interchange';
import type { InboxRow } from '../../../../shared/ipc/channels/escalations';
import { parseEuroInput } from '../../../../shared/format/euroInput';

type Name = keyof Values;

interface Values {
  outcome: BesluitOutcome | '';
  instruments: EscalationInstrument[];
  maatwerkbudget: string;
  payer: Payer | '';
  approvedWeekly: string;
  reviewOn: string;
  validUntil: string;
  motivation: string;
  decidedBy: string;
  decidedOn: string;
}

/** The besluit's field as the server names it in a refusal → the field of this form. */
const SERVER_FIELDS: Record<string, Name> = {
  outcome: 'outcome',
  instruments: 'instruments',
  maatwerkbudgetCents: 'maatwerkbudget',
  payer: 'payer',
  approvedWeeklyCents: 'approvedWeekly',
  reviewOn: 'reviewOn',
  validUntil: 'validUntil',
  motivation: 'motivation',
  decidedBy: 'decidedBy',
  decidedOn: 'decidedOn',
};

const LABEL_KEYS: Record<Name, string> = {
  outcome: 'escalations.besluit.outcome',
  instruments: 'escalations.besluit.instruments',
  maatwerkbudget: 'escalations.besluit.maatwerkbudgetAmount',
  payer: 'escalations.besluit.payer',
  approvedWeekly: 'escalations.besluit.approvedWeekly',
  reviewOn: 'escalations.besluit.reviewOn',
  validUntil: 'escalations.besluit.validUntil',
  motivation: 'escalations.besluit.motivation',
  decidedBy: 'escalations.besluit.decidedBy',
  decidedOn: 'escalations.besluit.decidedOn',
};

/** The form label of a field the server named ("maatwerkbudgetCents" → "Maatwerkbudget"), for its message. */
export function besluitFieldLabelKey(serverField: string): string | undefined {
  const field = SERVER_FIELDS[serverField];
  return field === undefined ? undefined : LABEL_KEYS[field];
}

/**
 * §2.3 the besluit of an escalation in behandeling: outcome, instruments, maatwerkbudget in euro
 * (parsed to exact cents), for jeugd_weekbedrag the approved weekly maximum and review date,
 * motivation, who decided and when (default today). The server checks the rules between the fields
 * (a budget needs the instrument, a refusal grants nothing); its refusal marks the field it names.
 */
export function DecisionForm({
  row,
  busy,
  serverError,
  onSubmit,
  onCancel,
}: {
  row: InboxRow;
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
  const form = useForm<Values>({
    defaultValues: {
      outcome: '',
      instruments: [],
      maatwerkbudget: '',
      payer: '',
      approvedWeekly: '',
      reviewOn: '',
      validUntil: '',
      motivation: '',
      decidedBy: '',
      decidedOn: localIsoDate(new Date()),
    },
  });

  useEffect(() => headingRef.current?.focus(), []);

  const serverField = serverError ? SERVER_FIELDS[serverError.field] : undefined;
  // A refusal that names a field takes the person there (the alert above the form says why).
  const { setFocus } = form;
  useEffect(() => {
    if (serverField !== undefined) setFocus(serverField);
  }, [serverError, serverField, setFocus]);

  const errorOf = (name: Name): string | undefined => {
    const own = form.formState.errors[name]?.message;
    if (typeof own === 'string' && own !== '') return own;
    return serverField === name ? serverError?.message : undefined;
  };
  /** react-hook-form's ref goes to the input (Utrecht's inputRef), with the field's error. */
  const field = (name: Name, options?: RegisterOptions<Values, Name>) => {
    const { ref, ...rest } = form.register(name, options);
    const errorMessage = errorOf(name);
    return { ...rest, inputRef: ref, invalid: errorMessage !== undefined, errorMessage };
  };
  const euroMessage = (text: string): true | string => {
    const parsed = parseEuroInput(text);
    return parsed.ok ? true : t(`escalations.euro.${parsed.reason}`);
  };
  const euro = { validate: (v: unknown) => euroMessage(typeof v === 'string' ? v : '') };

  const submit = form.handleSubmit((v) => {
    if (busy) return;
    const cents = (text: string) => {
      const p = parseEuroInput(text);
      return p.ok && p.cents !== null ? p.cents : undefined;
    };
    const text = (s: string) => (s.trim() === '' ? undefined : s.trim());
    const besluit: BesluitFile = {
      outcome: v.outcome as BesluitOutcome,
      // Always sent, also empty: the server then checks that a budget comes with its instrument.
      instruments: Array.isArray(v.instruments) ? v.instruments : [],
      decidedOn: v.decidedOn,
    };
    const maatwerkbudgetCents = cents(v.maatwerkbudget);
    if (maatwerkbudgetCents !== undefined) besluit.maatwerkbudgetCents = maatwerkbudgetCents;
    if (v.payer !== '') besluit.payer = v.payer;
    if (isJeugd) {
      const approvedWeeklyCents = cents(v.approvedWeekly);
      if (approvedWeeklyCents !== undefined) besluit.approvedWeeklyCents = approvedWeeklyCents;
      if (text(v.reviewOn)) besluit.reviewOn = v.reviewOn;
    }
    if (text(v.validUntil)) besluit.validUntil = v.validUntil;
    const motivation = text(v.motivation);
    if (motivation) besluit.motivation = motivation;
    const decidedBy = text(v.decidedBy);
    if (decidedBy) besluit.decidedBy = decidedBy;
    onSubmit(besluit);
  });

  const outcomeError = errorOf('outcome');
  const instrumentsError = errorOf('instruments');
  const payerError = errorOf('payer');
  const payerId = useId();
  const payerErrorId = useId();
  const outcomeErrorId = useId();
  const instrumentsErrorId = useId();
  const outcomeReg = form.register('outcome', { required: t('escalations.decide.outcomeRequired') });
  const instrumentsReg = form.register('instruments');

  return (
    <form className="werkbank-escalation-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <Heading4 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('escalations.decide.title')}
      </Heading4>
      <Paragraph className="werkbank-muted">{t('escalations.decide.intro')}</Paragraph>

      <Fieldset invalid={outcomeError !== undefined} aria-describedby={outcomeError ? outcomeErrorId : undefined}>
        <FieldsetLegend>{t('escalations.besluit.outcome')}</FieldsetLegend>
        {outcomeError ? (
          <FormFieldErrorMessage id={outcomeErrorId}>{outcomeError}</FormFieldErrorMessage>
        ) : null}
        {BESLUIT_OUTCOMES.map((o) => {
          const id = `${headingId}-outcome-${o}`;
          return (
            <div key={o} className="werkbank-esc-choice">
              <RadioButton id={id} value={o} invalid={outcomeError !== undefined} {...outcomeReg} />
              <FormLabel htmlFor={id} type="radio">
                {t(`outcome.${o}`)}
              </FormLabel>
            </div>
          );
        })}
      </Fieldset>

      <Fieldset invalid={instrumentsError !== undefined} aria-describedby={instrumentsError ? instrumentsErrorId : undefined}>
        <FieldsetLegend>{t('escalations.besluit.instruments')}</FieldsetLegend>
        {instrumentsError ? (
          <FormFieldErrorMessage id={instrumentsErrorId}>{instrumentsError}</FormFieldErrorMessage>
        ) : null}
        {ESCALATION_INSTRUMENTS.map((i) => {
          const id = `${headingId}-instrument-${i}`;
          return (
            <div key={i} className="werkbank-esc-choice">
              <Checkbox id={id} value={i} invalid={instrumentsError !== undefined} {...instrumentsReg} />
              <FormLabel htmlFor={id} type="checkbox">
                {t(`instrument.${i}`)}
              </FormLabel>
            </div>
          );
        })}
      </Fieldset>

      <FormFieldTextbox
        label={t('escalations.besluit.maatwerkbudgetAmount')}
        description={t('escalations.decide.euroDescription')}
        inputMode="decimal"
        autoComplete="off"
        {...field('maatwerkbudget', euro)}
      />

      <FormField invalid={payerError !== undefined}>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor={payerId}>{t('escalations.besluit.payer')}</FormLabel>
        </div>
        {payerError ? <FormFieldErrorMessage id={payerErrorId}>{payerError}</FormFieldErrorMessage> : null}
        <Select
          id={payerId}
          invalid={payerError !== undefined}
          aria-describedby={payerError ? payerErrorId : undefined}
          {...form.register('payer')}
          className="utrecht-form-field__input"
        >
          <SelectOption value="">{t('escalations.besluit.payerDefault')}</SelectOption>
          {PAYERS.filter((p) => p !== 'gemeente_overig').map((p) => (
            <SelectOption key={p} value={p}>
              {t(`payer.${p}`)}
            </SelectOption>
          ))}
        </Select>
      </FormField>

      {isJeugd ? (
        <Fieldset>
          <FieldsetLegend>{t('escalations.decide.jeugdTitle')}</FieldsetLegend>
          <FormFieldTextbox
            label={t('escalations.besluit.approvedWeekly')}
            description={t('escalations.decide.euroDescription')}
            inputMode="decimal"
            autoComplete="off"
            {...field('approvedWeekly', euro)}
          />
          <FormFieldTextbox label={t('escalations.besluit.reviewOn')} type="date" {...field('reviewOn')} />
        </Fieldset>
      ) : null}

      <FormFieldTextarea label={t('escalations.besluit.motivation')} rows={4} {...field('motivation')} />
      <div className="werkbank-esc-form-row">
        <FormFieldTextbox label={t('escalations.besluit.decidedBy')} autoComplete="name" {...field('decidedBy')} />
        <FormFieldTextbox
          label={t('escalations.besluit.decidedOn')}
          type="date"
          {...field('decidedOn', { required: t('escalations.decide.decidedOnRequired') })}
        />
        <FormFieldTextbox label={t('escalations.besluit.validUntil')} type="date" {...field('validUntil')} />
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
    </form>
  );
}
