import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, FieldsetLegend, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { HOUSEHOLD_TYPES, SPOREN } from '../../../../shared/domain/enums';
import type { CaseChanges, CaseDetail } from '../../../../shared/ipc/channels/cases';
import { api } from '../../api';
import { useCatalogue } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxGroup, DateField, Form, SelectField, TextAreaField, TextField } from '../../components/form';
import { CareCostBandField } from './CareCostBandField';
import { useCaseWrite } from './caseQueries';
import { caseEditSchema, changedFields, editContext, editValues, type EditValues } from './caseEditSchema';
import { LockedParameters } from './CaseFacts';

/** How the form closed: what to say in the section's status line. */
export type EditOutcome = 'saved' | 'converted' | 'unchanged' | 'cancelled';

/**
 * "Gegevens wijzigen": every §2.1 field of the case, saved through cases:update with only the fields
 * that changed. On a signaal, alias and birth year appear only once it is being turned into a case,
 * which needs recorded consent (§2.1, §5).
 */
export function CaseEditForm({ detail, convert, onClose }: { detail: CaseDetail; convert: boolean; onClose: (outcome: EditOutcome) => void }) {
  const { t } = useTranslation();
  const c = detail.case;
  const catalogue = useCatalogue();
  const ctx = useMemo(() => editContext(c, detail.calculationLocked), [c, detail.calculationLocked]);
  const schema = useMemo(() => caseEditSchema(ctx), [ctx]);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { ...editValues(c), convert } });
  const update = useCaseWrite(c.code, (input: { code: string; changes: CaseChanges }) => api.casesUpdate(input));
  const converting = useWatch({ control: form.control, name: 'convert' });
  const showIdentity = !ctx.isSignaal || converting;
  const hasConsent = c.consent !== undefined;

  const { setFocus, setError } = form;
  useEffect(() => {
    setFocus(showIdentity ? 'alias' : 'aanmelder.name');
  }, [showIdentity, setFocus]);

  // The server names the field it refuses ("changes.householdSize: …", "sporen: …"): mark it and go there.
  const refusal = splitRefusal(update.error?.message);
  useEffect(() => {
    if (refusal?.field !== undefined) {
      setError(refusal.field as Path<EditValues>, { type: 'server', message: refusal.message }, { shouldFocus: true });
    }
  }, [refusal?.field, refusal?.message, setError]);

  const submit = (typed: CaseChanges) => {
    if (update.isPending) return;
    const changes = changedFields(schema, c, typed);
    if (Object.keys(changes).length === 0) {
      onClose('unchanged');
      return;
    }
    update.mutate({ code: c.code, changes }, { onSuccess: () => onClose(changes.isSignaal === false ? 'converted' : 'saved') });
  };

  const partners = catalogue.data?.partners.map((p) => p.name) ?? [];
  const regisseurOrganisation = c.casusregisseur?.organisation;
  const organisations = regisseurOrganisation !== undefined && !partners.includes(regisseurOrganisation) ? [regisseurOrganisation, ...partners] : partners;

  return (
    <Form
      form={form}
      className="werkbank-form werkbank-inline-form werkbank-case-edit"
      onValid={submit}
      aria-labelledby="gegevens-wijzigen-titel"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose('cancelled');
      }}
      heading={<Heading3 id="gegevens-wijzigen-titel">{t('caseDetail.edit.formTitle')}</Heading3>}
    >
      <Fieldset>
        <FieldsetLegend>{t('caseDetail.edit.group.person')}</FieldsetLegend>
        {ctx.isSignaal ? (
          <div className="werkbank-signaal-note">
            <Paragraph>{converting ? t('caseDetail.edit.signaal.converting') : t('caseDetail.edit.signaal.body')}</Paragraph>
            {converting ? (
              <Button type="button" appearance="subtle-button" onClick={() => form.setValue('convert', false)}>
                {t('caseDetail.edit.signaal.undo')}
              </Button>
            ) : hasConsent ? (
              <Button type="button" appearance="secondary-action-button" onClick={() => form.setValue('convert', true)}>
                {t('caseDetail.edit.signaal.convert')}
              </Button>
            ) : (
              <Paragraph>{t('caseDetail.edit.signaal.needsConsent')}</Paragraph>
            )}
          </div>
        ) : null}
        {showIdentity ? (
          <div className="werkbank-form-row">
            <TextField form={form} name="alias" label={t('caseDetail.edit.alias')} description={t('caseDetail.edit.aliasHelp')} />
            <TextField form={form} name="birthYear" label={t('caseDetail.edit.birthYear')} inputMode="numeric" size={6} />
            <TextField form={form} name="ageBand" label={t('caseDetail.edit.ageBand')} size={8} />
          </div>
        ) : null}
        {showIdentity ? <Paragraph className="werkbank-muted">{t('caseDetail.edit.ageHelp')}</Paragraph> : null}
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>{t('caseDetail.edit.group.aanmelder')}</FieldsetLegend>
        <div className="werkbank-form-row">
          <TextField form={form} name="aanmelder.name" label={t('caseDetail.edit.aanmelderName')} />
          <TextField form={form} name="aanmelder.organisation" label={t('caseDetail.edit.aanmelderOrganisation')} />
        </div>
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>{t('caseDetail.edit.group.regisseur')}</FieldsetLegend>
        <Paragraph className="werkbank-muted">{t('caseDetail.edit.regisseurHelp')}</Paragraph>
        <div className="werkbank-form-row">
          <TextField form={form} name="casusregisseur.name" label={t('caseDetail.edit.regisseurName')} />
          {organisations.length > 0 ? (
            // The partners of the catalogue: the regisseur's organisation is one of the tafel's partners.
            <SelectField
              form={form}
              name="casusregisseur.organisation"
              label={t('caseDetail.edit.regisseurOrganisation')}
              options={[{ value: '', label: t('caseDetail.edit.chooseOrganisation') }, ...organisations.map((o) => ({ value: o, label: o }))]}
            />
          ) : (
            <TextField form={form} name="casusregisseur.organisation" label={t('caseDetail.edit.regisseurOrganisation')} />
          )}
        </div>
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>{t('caseDetail.edit.group.household')}</FieldsetLegend>
        <div className="werkbank-form-row">
          <SelectField
            form={form}
            name="household"
            label={t('caseDetail.edit.household')}
            options={[{ value: '', label: t('caseDetail.edit.householdUnknown') }, ...HOUSEHOLD_TYPES.map((h) => ({ value: h, label: t(`household.${h}`) }))]}
          />
          <TextField
            form={form}
            name="householdSize"
            label={t('caseDetail.edit.householdSize')}
            description={t('caseDetail.edit.householdSizeHelp')}
            inputMode="numeric"
            size={4}
          />
        </div>
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>{t('caseDetail.edit.group.reason')}</FieldsetLegend>
        <TextAreaField form={form} name="aanleiding" label={t('caseDetail.edit.aanleiding')} rows={2} />
        <TextAreaField form={form} name="doel" label={t('caseDetail.edit.doel')} description={t('caseDetail.edit.doelHelp')} rows={2} />
      </Fieldset>

      <CareCostBandField form={form} name="careCostBand" />
      <CheckboxGroup
        form={form}
        name="sporen"
        label={t('caseDetail.edit.sporen')}
        description={t('caseDetail.edit.sporenHelp')}
        options={SPOREN.map((s) => ({ value: s, label: t(`spoor.${s}`) }))}
      />

      <Fieldset>
        <FieldsetLegend>{t('caseDetail.edit.group.followUp')}</FieldsetLegend>
        <DateField form={form} name="followUpOn" label={t('caseDetail.edit.followUpOn')} description={t('caseDetail.edit.followUpHelp')} />
        <TextAreaField form={form} name="notes" label={t('caseDetail.edit.notes')} rows={3} />
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>{t('caseDetail.edit.group.calculation')}</FieldsetLegend>
        {detail.calculationLocked ? (
          <LockedParameters detail={detail} />
        ) : (
          <div className="werkbank-form-row">
            <TextField
              form={form}
              name="horizonWeeks"
              label={t('caseDetail.edit.horizonWeeksField')}
              description={t('caseDetail.edit.horizonHelp')}
              inputMode="numeric"
              size={5}
            />
            <TextField
              form={form}
              name="attributionPct"
              label={t('caseDetail.edit.attributionPctField')}
              description={t('caseDetail.edit.attributionHelp')}
              inputMode="decimal"
              size={6}
            />
            <DateField form={form} name="referenceDate" label={t('caseDetail.edit.referenceDate')} description={t('caseDetail.edit.referenceDateHelp')} />
          </div>
        )}
      </Fieldset>

      <ErrorAlert message={refusal?.message} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="primary-action-button" busy={update.isPending} disabled={update.isPending}>
          {t('caseDetail.edit.save')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={() => onClose('cancelled')}>
          {t('caseDetail.cancel')}
        </Button>
      </div>
    </Form>
  );
}

/** The form's fields a refusal may name (the server's path, without "changes."). */
const FIELDS = new Set([
  'alias',
  'birthYear',
  'ageBand',
  'aanmelder.name',
  'aanmelder.organisation',
  'casusregisseur.name',
  'casusregisseur.organisation',
  'household',
  'householdSize',
  'aanleiding',
  'doel',
  'careCostBand',
  'sporen',
  'followUpOn',
  'notes',
  'horizonWeeks',
  'attributionPct',
  'referenceDate',
]);

/** "changes.householdSize: Minimaal 1 persoon." → the form's field and the message; other refusals as they are. */
function splitRefusal(error: string | undefined): { field?: string; message: string } | undefined {
  if (error === undefined) return undefined;
  const match = /^(?:changes\.)?([a-zA-Z.]+)(?:\[\d+\][^:]*)?: (.+)$/s.exec(error);
  return match?.[1] !== undefined && match[2] !== undefined && FIELDS.has(match[1]) ? { field: match[1], message: match[2] } : { message: error };
}
