import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { centsToEuroInput } from '../../../../shared/format/euroInput';
import { EVIDENCE_GRADES, PAYERS, UNITS } from '../../../../shared/domain/enums';
import { PriceListItemSchema, type PriceListItemFile } from '../../../../shared/interchange';
import { api, ApiError, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EuroField, euroText, Form, quantityText, SelectField, TextAreaField, TextField } from '../../components/form';

// The channel's own item schema; only the typed fields are wrapped (amount in Dutch euros, blank =
// no amount yet; the year as text). Source and grade are the channel's rules unchanged.
const item = PriceListItemSchema.shape;
const schema = z.object({
  id: item.id,
  name: item.name,
  unit: item.unit,
  payer: item.payer,
  evidence: item.evidence,
  unitCostCents: euroText(item.unitCostCents.unwrap().optional()),
  source: item.source,
  year: quantityText(item.year, { required: 'kengetallen.form.yearRequired' }),
});
type Values = z.input<typeof schema>;
type Name = keyof Values;
const isField = (name: string): name is Name => name in schema.shape;

/**
 * The channel names a refused field as `item.<field>: message` (zod path, or the rule that filling
 * an amount needs a new source): that message goes on the field itself.
 */
function fieldOf(error: unknown): { field: Name; message: string } | null {
  if (!(error instanceof ApiError)) return null;
  const m = /^item\.(\w+): ([\s\S]*)$/.exec(error.message);
  return m?.[1] && m[2] && isField(m[1]) ? { field: m[1], message: m[2] } : null;
}

function initial(existing: PriceListItemFile | null): Values {
  if (existing === null) {
    return { id: '', name: '', unit: 'dag', payer: 'gemeente_overig', evidence: 'C', unitCostCents: '', source: '', year: String(new Date().getFullYear()) };
  }
  return {
    ...existing,
    unitCostCents: existing.unitCostCents === null ? '' : centsToEuroInput(existing.unitCostCents),
    year: String(existing.year),
  };
}

/** Adds an item to an unfrozen version, or changes one (its id stays). */
export function ItemForm({
  version,
  existing,
  onDone,
  onCancel,
}: {
  version: string;
  existing: PriceListItemFile | null;
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: initial(existing) });
  const save = useMutation({
    mutationFn: (input: { version: string; item: PriceListItemFile }) => unwrap(api.priceListSaveItem(input)),
    onSuccess: async (_, input) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.priceList(input.version).slice(0, 1) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogue }),
      ]);
      onDone(input.item.name);
    },
  });

  const { setFocus, setError } = form;
  useEffect(() => setFocus(existing === null ? 'id' : 'name'), [existing, setFocus]);
  const refused = fieldOf(save.error);
  useEffect(() => {
    const onField = fieldOf(save.error);
    if (onField) setError(onField.field, { type: 'server', message: onField.message }, { shouldFocus: true });
  }, [save.error, setError]);

  const submit = (v: z.output<typeof schema>) => {
    if (save.isPending) return;
    save.mutate({ version, item: { ...v, unitCostCents: v.unitCostCents ?? null } });
  };

  return (
    <Form
      form={form}
      className="werkbank-form werkbank-inline-form"
      onValid={submit}
      aria-labelledby={titleId}
      heading={
        <Heading2 id={titleId}>
          {existing === null ? t('kengetallen.form.addTitle', { version }) : t('kengetallen.form.editTitle', { name: existing.name, version })}
        </Heading2>
      }
    >
      {existing === null ? (
        <TextField form={form} name="id" label={t('kengetallen.form.id')} description={t('kengetallen.form.idHelp')} required size={32} />
      ) : null}
      <TextField form={form} name="name" label={t('kengetallen.form.name')} required size={48} />
      <div className="werkbank-form-row">
        <SelectField form={form} name="unit" label={t('kengetallen.col.unit')} options={UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }))} />
        <SelectField form={form} name="payer" label={t('kengetallen.col.payer')} options={PAYERS.map((p) => ({ value: p, label: t(`payer.${p}`) }))} />
        <SelectField
          form={form}
          name="evidence"
          label={t('kengetallen.col.evidence')}
          options={EVIDENCE_GRADES.map((g) => ({ value: g, label: t(`evidence.${g}`) }))}
        />
      </div>
      <div className="werkbank-form-row">
        <EuroField form={form} name="unitCostCents" label={t('kengetallen.form.amount')} description={t('kengetallen.form.amountHelp')} />
        <TextField form={form} name="year" label={t('kengetallen.form.year')} inputMode="numeric" size={6} required />
      </div>
      <TextAreaField form={form} name="source" label={t('kengetallen.form.source')} description={t('kengetallen.form.sourceHelp')} rows={3} required />
      {refused ? null : <ErrorAlert message={save.error?.message} />}
      <div className="werkbank-actions">
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('kengetallen.form.submit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('kengetallen.form.cancel')}
        </Button>
      </div>
    </Form>
  );
}
