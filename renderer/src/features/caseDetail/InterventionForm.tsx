import { Button, Heading3 } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INTERVENTION_STATUSES,
  PAYERS,
  SPOREN,
  UNITS,
  type InterventionStatus,
  type Payer,
  type Spoor,
  type Unit,
} from '../../../../shared/domain/enums';
import type { InterventionFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/caseEdit';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseWrite, useCatalogue } from './caseQueries';
import { parseDutchQuantity, parseEuroToCents } from '../../components/form/euroInput';
import { CheckboxField, SelectField, TextAreaField, TextField } from './fields';

interface Values {
  spoor: Spoor;
  type: string;
  status: InterventionStatus;
  partner: string;
  oneOff: string;
  rate: string;
  unit: Unit;
  quantity: string;
  payer: Payer;
  doorbraak: boolean;
  doorbraakRule: string;
  doorbraakLegalBasis: string;
  doorbraakAllowedBy: string;
  voorliggendVeld: boolean;
}
type Errors = Partial<Record<'type' | 'oneOff' | 'rate' | 'quantity', string>>;

/** "Interventie toevoegen": type from the catalogue per spoor; amounts typed in euro, sent in cents. */
export function InterventionForm({ detail, onAdded }: { detail: CaseDetail; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const c = detail.case;
  const catalogue = useCatalogue();
  const types = catalogue.data?.interventionTypes ?? [];
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Values>(() => initial(c.sporen[0] ?? SPOREN[0]));
  const [errors, setErrors] = useState<Errors>({});
  const firstRef = useRef<HTMLSelectElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const add = useCaseWrite(c.code, (input: { code: string; intervention: InterventionFile }) => api.interventionsAdd(input));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const typesOfSpoor = types.filter((x) => x.spoor === values.spoor);
  const type = typesOfSpoor.some((x) => x.id === values.type) ? values.type : (typesOfSpoor[0]?.id ?? '');

  useEffect(() => {
    if (open) firstRef.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    setTimeout(() => openerRef.current?.focus(), 0);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Errors = {};
    const euro = (text: string) => (text.trim() === '' ? 0 : parseEuroToCents(text));
    const oneOffCents = euro(values.oneOff);
    const rateCents = euro(values.rate);
    const quantity = values.quantity.trim() === '' ? 0 : parseDutchQuantity(values.quantity);
    if (type === '') found.type = t('caseDetail.interventions.form.typeRequired');
    if (oneOffCents === null) found.oneOff = t('caseDetail.form.euroInvalid');
    if (rateCents === null) found.rate = t('caseDetail.form.euroInvalid');
    if (quantity === null) found.quantity = t('caseDetail.form.quantityInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0 || oneOffCents === null || rateCents === null || quantity === null) return;
    const text = (s: string) => s.trim() || undefined;
    const intervention: InterventionFile = {
      id: nextId(c.interventions),
      spoor: values.spoor,
      type,
      status: values.status,
      oneOffCents,
      rateCents,
      unit: values.unit,
      quantity,
      payer: values.payer,
      voorliggendVeld: values.voorliggendVeld,
      doorbraak: values.doorbraak,
      partner: text(values.partner),
      ...(values.doorbraak
        ? {
            doorbraakRule: text(values.doorbraakRule),
            doorbraakLegalBasis: text(values.doorbraakLegalBasis),
            doorbraakAllowedBy: text(values.doorbraakAllowedBy),
          }
        : {}),
    };
    const name = types.find((x) => x.id === type)?.name ?? type;
    add.mutate(
      { code: c.code, intervention },
      {
        onSuccess: () => {
          onAdded(name);
          setValues(initial(values.spoor));
          close();
        },
      },
    );
  }

  if (!open) {
    return (
      <div className="werkbank-actions werkbank-under-table">
        <Button
          ref={openerRef}
          appearance="primary-action-button"
          aria-expanded={false}
          onClick={() => {
            add.reset();
            setErrors({});
            setOpen(true);
          }}
        >
          {t('caseDetail.interventions.form.open')}
        </Button>
      </div>
    );
  }
  return (
    <form className="werkbank-form werkbank-inline-form" noValidate onSubmit={submit} aria-labelledby="interventie-nieuw-titel">
      <Heading3 id="interventie-nieuw-titel">{t('caseDetail.interventions.form.title')}</Heading3>
      <div className="werkbank-form-row">
        <SelectField
          label={t('caseDetail.interventions.col.spoor')}
          value={values.spoor}
          onChange={(v) => set('spoor', v as Spoor)}
          inputRef={firstRef}
          options={SPOREN.map((s) => ({ value: s, label: t(`spoor.${s}`) }))}
        />
        <SelectField
          label={t('caseDetail.interventions.col.type')}
          value={type}
          onChange={(v) => set('type', v)}
          error={errors.type}
          options={
            typesOfSpoor.length === 0
              ? [{ value: '', label: t('caseDetail.interventions.form.noTypes') }]
              : typesOfSpoor.map((x) => ({ value: x.id, label: x.name }))
          }
        />
        <SelectField
          label={t('caseDetail.interventions.col.status')}
          value={values.status}
          onChange={(v) => set('status', v as InterventionStatus)}
          options={INTERVENTION_STATUSES.map((s) => ({ value: s, label: t(`interventionStatus.${s}`) }))}
        />
      </div>
      <TextField label={t('caseDetail.interventions.form.partner')} value={values.partner} onChange={(v) => set('partner', v)} />
      <div className="werkbank-form-row">
        <TextField
          label={t('caseDetail.interventions.form.oneOff')}
          description={t('caseDetail.form.euroHelp')}
          inputMode="decimal"
          size={12}
          value={values.oneOff}
          onChange={(v) => set('oneOff', v)}
          error={errors.oneOff}
        />
        <TextField
          label={t('caseDetail.interventions.form.rate')}
          description={t('caseDetail.form.euroHelp')}
          inputMode="decimal"
          size={12}
          value={values.rate}
          onChange={(v) => set('rate', v)}
          error={errors.rate}
        />
        <SelectField
          label={t('caseDetail.form.unit')}
          value={values.unit}
          onChange={(v) => set('unit', v as Unit)}
          options={UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }))}
        />
        <TextField
          label={t('caseDetail.form.quantity')}
          description={t('caseDetail.form.quantityHelp')}
          inputMode="decimal"
          size={8}
          value={values.quantity}
          onChange={(v) => set('quantity', v)}
          error={errors.quantity}
        />
      </div>
      <SelectField
        label={t('caseDetail.interventions.col.payer')}
        value={values.payer}
        onChange={(v) => set('payer', v as Payer)}
        options={PAYERS.map((p) => ({ value: p, label: t(`payer.${p}`) }))}
      />
      <CheckboxField
        label={t('caseDetail.interventions.form.voorliggendVeld')}
        description={t('caseDetail.interventions.form.voorliggendVeldHelp')}
        checked={values.voorliggendVeld}
        onChange={(on) => set('voorliggendVeld', on)}
      />
      <CheckboxField
        label={t('caseDetail.interventions.form.doorbraak')}
        description={t('caseDetail.interventions.form.doorbraakHelp')}
        checked={values.doorbraak}
        onChange={(on) => set('doorbraak', on)}
      />
      {values.doorbraak ? (
        <>
          <TextAreaField label={t('caseDetail.interventions.form.doorbraakRule')} rows={2} value={values.doorbraakRule} onChange={(v) => set('doorbraakRule', v)} />
          <TextAreaField
            label={t('caseDetail.interventions.form.doorbraakLegalBasis')}
            rows={2}
            value={values.doorbraakLegalBasis}
            onChange={(v) => set('doorbraakLegalBasis', v)}
          />
          <TextField label={t('caseDetail.interventions.form.doorbraakAllowedBy')} value={values.doorbraakAllowedBy} onChange={(v) => set('doorbraakAllowedBy', v)} />
        </>
      ) : null}
      <ErrorAlert message={add.error?.message} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="primary-action-button" busy={add.isPending} disabled={add.isPending}>
          {t('caseDetail.interventions.form.submit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={close}>
          {t('caseDetail.cancel')}
        </Button>
      </div>
    </form>
  );
}

function initial(spoor: Spoor): Values {
  return {
    spoor,
    type: '',
    status: 'voorgesteld',
    partner: '',
    oneOff: '',
    rate: '',
    unit: 'eenmalig',
    quantity: '1',
    payer: 'gemeente_overig',
    doorbraak: false,
    doorbraakRule: '',
    doorbraakLegalBasis: '',
    doorbraakAllowedBy: '',
    voorliggendVeld: false,
  };
}

/** int-1, int-2, …: the first number not yet used by an intervention of this case. */
function nextId(existing: readonly InterventionFile[]): string {
  const used = new Set(existing.map((v) => v.id));
  let n = existing.length + 1;
  while (used.has(`int-${String(n)}`)) n += 1;
  return `int-${String(n)}`;
}
