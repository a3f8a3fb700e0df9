import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading3 } from '@utrecht/component-library-react';
import i18next from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { INTERVENTION_STATUSES, PAYERS, SPOREN, UNITS, type Spoor } from '../../../../shared/domain/enums';
import type { InterventionFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { useCatalogue } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxRow, euroText, EuroField, Form, optionalText, quantityText, SelectField, TextAreaField, TextField } from '../../components/form';
import { useCaseWrite } from './caseQueries';

const intervention = contract['interventions:add'].input.shape.intervention;
const f = intervention.shape;
/** The channel's own intervention, as typed: amounts in euro text (blank is € 0), quantity "2,5". */
const schema = intervention.omit({ id: true }).extend({
  type: z.string().min(1, { error: () => i18next.t('caseDetail.interventions.form.typeRequired') }).pipe(f.type),
  oneOffCents: euroText(f.oneOffCents.optional()).transform((v) => v ?? 0),
  rateCents: euroText(f.rateCents.optional()).transform((v) => v ?? 0),
  quantity: quantityText(f.quantity, { blank: 0 }),
  partner: optionalText(f.partner),
  doorbraakRule: optionalText(f.doorbraakRule),
  doorbraakLegalBasis: optionalText(f.doorbraakLegalBasis),
  doorbraakAllowedBy: optionalText(f.doorbraakAllowedBy),
});
type Values = z.input<typeof schema>;

/** "Interventie toevoegen": type from the catalogue per spoor; amounts typed in euro, sent in cents. */
export function InterventionForm({ detail, onAdded }: { detail: CaseDetail; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const c = detail.case;
  const catalogue = useCatalogue();
  const types = catalogue.data?.interventionTypes ?? [];
  const [open, setOpen] = useState(false);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: initial(c.sporen[0] ?? SPOREN[0]) });
  const openerRef = useRef<HTMLButtonElement>(null);
  const add = useCaseWrite(c.code, (input: { code: string; intervention: InterventionFile }) => api.interventionsAdd(input));

  const [spoor, chosenType, doorbraak] = useWatch({ control: form.control, name: ['spoor', 'type', 'doorbraak'] });
  const typesOfSpoor = types.filter((x) => x.spoor === spoor);
  // The type follows the spoor: a type of another spoor is replaced by this spoor's first.
  const { setValue, setFocus } = form;
  useEffect(() => {
    if (!typesOfSpoor.some((x) => x.id === chosenType)) setValue('type', typesOfSpoor[0]?.id ?? '');
  }, [typesOfSpoor, chosenType, setValue]);

  useEffect(() => {
    if (open) setFocus('spoor');
  }, [open, setFocus]);

  function close() {
    setOpen(false);
    setTimeout(() => openerRef.current?.focus(), 0);
  }

  const submit = (v: z.output<typeof schema>) => {
    const { doorbraakRule, doorbraakLegalBasis, doorbraakAllowedBy, ...rest } = v;
    const added: InterventionFile = { id: nextId(c.interventions), ...rest, ...(v.doorbraak ? { doorbraakRule, doorbraakLegalBasis, doorbraakAllowedBy } : {}) };
    const name = types.find((x) => x.id === v.type)?.name ?? v.type;
    add.mutate(
      { code: c.code, intervention: added },
      {
        onSuccess: () => {
          onAdded(name);
          form.reset(initial(v.spoor));
          close();
        },
      },
    );
  };

  if (!open) {
    return (
      <div className="werkbank-actions werkbank-under-table">
        <Button
          ref={openerRef}
          appearance="primary-action-button"
          aria-expanded={false}
          onClick={() => {
            add.reset();
            form.clearErrors();
            setOpen(true);
          }}
        >
          {t('caseDetail.interventions.form.open')}
        </Button>
      </div>
    );
  }
  return (
    <Form form={form} className="werkbank-form werkbank-inline-form" onValid={submit} aria-labelledby="interventie-nieuw-titel"
      heading={
        <Heading3 id="interventie-nieuw-titel">{t('caseDetail.interventions.form.title')}</Heading3>
      }
    >
      <div className="werkbank-form-row">
        <SelectField form={form} name="spoor" label={t('caseDetail.interventions.col.spoor')} options={SPOREN.map((s) => ({ value: s, label: t(`spoor.${s}`) }))} />
        <SelectField
          form={form}
          name="type"
          label={t('caseDetail.interventions.col.type')}
          options={
            typesOfSpoor.length === 0
              ? [{ value: '', label: t('caseDetail.interventions.form.noTypes') }]
              : typesOfSpoor.map((x) => ({ value: x.id, label: x.name }))
          }
        />
        <SelectField
          form={form}
          name="status"
          label={t('caseDetail.interventions.col.status')}
          options={INTERVENTION_STATUSES.map((s) => ({ value: s, label: t(`interventionStatus.${s}`) }))}
        />
      </div>
      <TextField form={form} name="partner" label={t('caseDetail.interventions.form.partner')} />
      <div className="werkbank-form-row">
        <EuroField form={form} name="oneOffCents" label={t('caseDetail.interventions.form.oneOff')} />
        <EuroField form={form} name="rateCents" label={t('caseDetail.interventions.form.rate')} />
        <SelectField form={form} name="unit" label={t('caseDetail.form.unit')} options={UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }))} />
        <TextField
          form={form}
          name="quantity"
          label={t('caseDetail.form.quantity')}
          description={t('caseDetail.form.quantityHelp')}
          inputMode="decimal"
          size={8}
        />
      </div>
      <SelectField form={form} name="payer" label={t('caseDetail.interventions.col.payer')} options={PAYERS.map((p) => ({ value: p, label: t(`payer.${p}`) }))} />
      <CheckboxRow
        form={form}
        name="voorliggendVeld"
        label={t('caseDetail.interventions.form.voorliggendVeld')}
        description={t('caseDetail.interventions.form.voorliggendVeldHelp')}
      />
      <CheckboxRow
        form={form}
        name="doorbraak"
        label={t('caseDetail.interventions.form.doorbraak')}
        description={t('caseDetail.interventions.form.doorbraakHelp')}
      />
      {doorbraak ? (
        <>
          <TextAreaField form={form} name="doorbraakRule" label={t('caseDetail.interventions.form.doorbraakRule')} rows={2} />
          <TextAreaField form={form} name="doorbraakLegalBasis" label={t('caseDetail.interventions.form.doorbraakLegalBasis')} rows={2} />
          <TextField form={form} name="doorbraakAllowedBy" label={t('caseDetail.interventions.form.doorbraakAllowedBy')} />
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
    </Form>
  );
}

function initial(spoor: Spoor): Values {
  return {
    spoor,
    type: '',
    status: 'voorgesteld',
    partner: '',
    oneOffCents: '',
    rateCents: '',
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
