import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { hasProviderConflict } from '../../../../shared/domain/afwegingskader';
import { TAFEL_PARTIES } from '../../../../shared/domain/enums';
import { CheckboxRow, TextField } from '../../components/form';
import type { besluitFormSchema, BesluitFormValues } from './besluitSchema';
import { ProviderConflictNotice } from './ProviderConflictNotice';

type BesluitForm = UseFormReturn<BesluitFormValues, unknown, z.output<typeof besluitFormSchema>>;

/**
 * Issue #14 item 5: who sat at the hoog-weekbedragtafel for this besluit — gemeente,
 * zorgaanbieder, Gecertificeerde Instelling — each ticked, with the organisation that sat for it.
 * While the chair types, the conflict mark appears in a live region (a screen reader hears it) as
 * soon as the ticked zorgaanbieder is the provider that asked (hasProviderConflict: case and
 * spaces do not matter).
 */
export function PartiesFields({ form, provider }: { form: BesluitForm; provider: string | null }) {
  const { t } = useTranslation();
  const parties = useWatch({ control: form.control, name: 'parties' });
  const conflict = provider !== null && hasProviderConflict(parties.filter((p) => p.present), provider);
  const { getValues, setValue } = form;
  return (
    <Fieldset className="werkbank-esc-parties">
      <FieldsetLegend>{t('escalations.besluit.parties')}</FieldsetLegend>
      <Paragraph className="werkbank-muted">
        {provider === null ? t('escalations.decide.partiesIntroNoProvider') : t('escalations.decide.partiesIntro', { provider })}
      </Paragraph>
      <div className="werkbank-esc-party-list">
        {TAFEL_PARTIES.map((party, i) => {
          const name = t(`escalations.party.${party}`);
          // Whoever typed an organisation for a party says it took part: tick it, so the two never disagree.
          const tick = (e: ChangeEvent<HTMLInputElement>) => {
            if (e.target.value.trim() !== '' && !getValues(`parties.${i}.present`)) setValue(`parties.${i}.present`, true);
          };
          return (
            <div key={party} className="werkbank-esc-party">
              <CheckboxRow form={form} name={`parties.${i}.present`} label={name} className="werkbank-esc-choice" />
              <TextField
                form={form}
                name={`parties.${i}.organisation`}
                label={
                  <>
                    {t('escalations.decide.organisation')}
                    <span className="werkbank-visually-hidden"> {t('escalations.decide.organisationOf', { party: name })}</span>
                  </>
                }
                summaryLabel={t('escalations.decide.organisationSummary', { party: name })}
                autoComplete="organization"
                effects={{ onChange: tick }}
              />
            </div>
          );
        })}
      </div>
      <div role="status" className="werkbank-esc-conflict-region">
        {conflict ? <ProviderConflictNotice provider={provider} recorded={false} /> : null}
      </div>
    </Fieldset>
  );
}
