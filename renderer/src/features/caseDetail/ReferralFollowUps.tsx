import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import i18next from 'i18next';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { REFERRAL_ARRIVALS, type ReferralArrival } from '../../../../shared/domain/enums';
import { InterventionSchema, type InterventionFile } from '../../../../shared/interchange';
import { choice, dateText, DateField, Form, isoToDutchDate, SelectField } from '../../components/form';

const f = InterventionSchema.shape;
/**
 * The follow-up as typed: blank means "not checked yet" (both fields left out); an answer needs the
 * day it was established, so the indicator can say when the referral was known to have landed.
 */
const schema = z
  .object({ referralArrived: choice(f.referralArrived), referralCheckedOn: dateText(f.referralCheckedOn) })
  .superRefine((v, ctx) => {
    if (v.referralArrived !== undefined && v.referralCheckedOn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['referralCheckedOn'], message: i18next.t('caseDetail.interventions.followUp.checkedOnRequired') });
    }
  });
type Values = z.input<typeof schema>;

type FollowUp = Pick<InterventionFile, 'referralArrived' | 'referralCheckedOn'>;

/**
 * Issue #14 item 8: one small form per referral to the voorliggend veld (the only interventions that
 * have a follow-up, as CaseSchema checks), saved through interventions:update like the status.
 */
export function ReferralFollowUps({
  interventions,
  nameOf,
  busy,
  onSave,
}: {
  interventions: readonly InterventionFile[];
  nameOf: (v: InterventionFile) => string;
  busy: boolean;
  onSave: (index: number, followUp: FollowUp) => void;
}) {
  const { t } = useTranslation();
  const referrals = interventions.flatMap((v, index) => (v.voorliggendVeld ? [{ v, index }] : []));
  if (referrals.length === 0) return null;
  return (
    <div className="werkbank-follow-ups">
      <Heading3 id="opvolging-titel">{t('caseDetail.interventions.followUp.title')}</Heading3>
      <Paragraph className="werkbank-muted">{t('caseDetail.interventions.followUp.intro')}</Paragraph>
      {referrals.map(({ v, index }) => (
        <FollowUpForm key={v.id ?? `index-${String(index)}`} v={v} name={nameOf(v)} busy={busy} onSave={(followUp) => onSave(index, followUp)} />
      ))}
    </div>
  );
}

function FollowUpForm({ v, name, busy, onSave }: { v: InterventionFile; name: string; busy: boolean; onSave: (followUp: FollowUp) => void }) {
  const { t } = useTranslation();
  const stored: Values = { referralArrived: v.referralArrived ?? '', referralCheckedOn: isoToDutchDate(v.referralCheckedOn) };
  const form = useForm({ resolver: zodResolver(schema), values: stored });
  const typed = useWatch({ control: form.control });
  const changed = typed.referralArrived !== stored.referralArrived || typed.referralCheckedOn !== stored.referralCheckedOn;
  const legendId = `opvolging-${v.id ?? name}`;
  return (
    <Form
      form={form}
      className="werkbank-form werkbank-inline-form werkbank-follow-up"
      aria-labelledby={legendId}
      onValid={(parsed) => onSave({ referralArrived: parsed.referralArrived, referralCheckedOn: parsed.referralArrived === undefined ? undefined : parsed.referralCheckedOn })}
      heading={<p id={legendId} className="werkbank-follow-up-name"><strong>{t('caseDetail.interventions.followUp.legend', { name })}</strong></p>}
    >
      <div className="werkbank-form-row">
        <SelectField
          form={form}
          name="referralArrived"
          label={t('caseDetail.interventions.followUp.arrived')}
          options={[
            { value: '', label: t('caseDetail.interventions.followUp.notChecked') },
            ...REFERRAL_ARRIVALS.map((a: ReferralArrival) => ({ value: a, label: t(`referralArrived.${a}`) })),
          ]}
        />
        <DateField form={form} name="referralCheckedOn" label={t('caseDetail.interventions.followUp.checkedOn')} />
      </div>
      <div className="werkbank-actions">
        <Button type="submit" appearance="secondary-action-button" disabled={!changed || busy} aria-label={t('caseDetail.interventions.followUp.saveOf', { name })}>
          {t('caseDetail.interventions.followUp.save')}
        </Button>
      </div>
    </Form>
  );
}
