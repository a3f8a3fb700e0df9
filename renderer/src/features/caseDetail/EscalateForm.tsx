import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { URGENCIES } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/format/date';
import { centsToEuroInput } from '../../../../shared/format/euroInput';
import type { CaseFile, EscalationFile, InterventionTypeFile, KnelpuntFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { contract, type ChannelInput } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { useCatalogue, useKnelpunten } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxRow, choice, euroText, EuroField, Form, optionalText, SelectField, TextAreaField, TextField } from '../../components/form';
import { useCaseWrite } from './caseQueries';

const create = contract['escalations:create'].input;
const s = create.shape;
/** The create channel's own dossier, as a person types it: blank text is "not given", the budget in Dutch euros. */
const schema = z.object({
  target: choice(s.target, { required: 'caseDetail.escalate.form.targetRequired' }),
  urgency: choice(s.urgency),
  question: optionalText(s.question),
  tried: optionalText(s.tried),
  blockingRule: optionalText(s.blockingRule),
  requestedDeviation: optionalText(s.requestedDeviation),
  legalBasis: optionalText(s.legalBasis),
  requestedBudgetCents: euroText(s.requestedBudgetCents),
  consentChecked: z.boolean(),
  owner: optionalText(s.owner),
});
type Values = z.input<typeof schema>;
type Dossier = z.output<typeof schema>;
const DOSSIER_KEYS = ['urgency', 'question', 'tried', 'blockingRule', 'requestedDeviation', 'legalBasis', 'requestedBudgetCents', 'consentChecked', 'owner'] as const;

/** Interventions that were actually tried: a voorgesteld one has not been. */
const TRIED = new Set(['ingezet', 'afgerond', 'afgebroken']);

/**
 * What the case already knows, as a starting dossier (the aanmelder checks and completes it). The
 * latest earlier escalation's dossier comes first — a dossier sent back by the netwerk and taken on
 * to PRIO need not be typed twice; what it leaves blank comes from the case: the question from the
 * doel (else the aanleiding), what was tried from the interventions that were deployed, the blocking
 * rule from the knelpunten this case ran into, and the consent check ticked only when the case has a
 * recorded toestemming or grondslag — the person still confirms it. Never the target: that is chosen.
 */
function prefilledDossier(c: CaseFile, types: readonly InterventionTypeFile[], knelpunten: readonly KnelpuntFile[], statusLabel: (s: string) => string): Values {
  const typeName = (id: string) => types.find((x) => x.id === id)?.name ?? id;
  const tried = c.interventions
    .filter((v) => TRIED.has(v.status))
    .map((v) => `${typeName(v.type)}${v.partner ? ` (${v.partner})` : ''}: ${statusLabel(v.status)}`);
  const rules = [...new Set(knelpunten.filter((k) => k.caseCode === c.code).map((k) => k.rule))];
  const fromCase: Values = {
    target: '',
    urgency: 'normaal',
    question: c.doel ?? c.aanleiding ?? '',
    tried: tried.join('\n'),
    blockingRule: rules.join('\n'),
    requestedDeviation: '',
    legalBasis: '',
    requestedBudgetCents: '',
    consentChecked: c.consent !== undefined,
    owner: '',
  };
  const earlier = c.escalations.filter((e) => e.target !== 'jeugd_weekbedrag').at(-1);
  if (earlier === undefined) return fromCase;
  const stored = storedValues(earlier);
  const filled = (a: string, b: string) => (a.trim() !== '' ? a : b);
  return {
    target: '',
    urgency: stored.urgency || fromCase.urgency,
    question: filled(stored.question, fromCase.question),
    tried: filled(stored.tried, fromCase.tried),
    blockingRule: filled(stored.blockingRule, fromCase.blockingRule),
    requestedDeviation: stored.requestedDeviation,
    legalBasis: stored.legalBasis,
    requestedBudgetCents: stored.requestedBudgetCents,
    consentChecked: stored.consentChecked || fromCase.consentChecked,
    owner: '',
  };
}

function storedValues(e: EscalationFile): Values {
  return {
    target: e.target,
    urgency: e.urgency ?? '',
    question: e.question ?? '',
    tried: e.tried ?? '',
    blockingRule: e.blockingRule ?? '',
    requestedDeviation: e.requestedDeviation ?? '',
    legalBasis: e.legalBasis ?? '',
    requestedBudgetCents: e.requestedBudgetCents === undefined ? '' : centsToEuroInput(e.requestedBudgetCents),
    consentChecked: e.consentChecked === true,
    owner: e.owner ?? '',
  };
}

/** Only what changed goes to updateDossier; a field emptied in the form is cleared (null). */
function changesOf(e: EscalationFile, v: Dossier): Omit<ChannelInput<'escalations:updateDossier'>, 'code' | 'index'> {
  const out: Record<string, unknown> = {};
  for (const key of DOSSIER_KEYS) {
    const next = key === 'consentChecked' ? v.consentChecked : (v[key] ?? null);
    const before = key === 'consentChecked' ? e.consentChecked === true : (e[key] ?? null);
    if (next !== before) out[key] = next;
  }
  return out;
}

/**
 * §2.3 the dossier form: a new escalation to an active target of the catalogue (prefilled from the
 * case), or — `editing` — the stored concept's dossier, which only the aanmelder changes. The
 * target of an escalation is fixed once it exists. jeugd_weekbedrag is asked from its arrangement.
 */
export function EscalateForm({
  detail,
  editing,
  onSaved,
  onCancel,
}: {
  detail: CaseDetail;
  editing?: { index: number; escalation: EscalationFile };
  onSaved: (index: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const c = detail.case;
  const catalogue = useCatalogue();
  const knelpunten = useKnelpunten({});
  const targets = (catalogue.data?.escalationTargets ?? []).filter((x) => x.active && x.id !== 'jeugd_weekbedrag');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [initial] = useState<Values>(() =>
    editing
      ? storedValues(editing.escalation)
      : prefilledDossier(c, catalogue.data?.interventionTypes ?? [], knelpunten.data?.items ?? [], (st) => t(`interventionStatus.${st}`)),
  );
  const form = useForm({ resolver: zodResolver(schema), defaultValues: initial });
  const add = useCaseWrite(c.code, (input: ChannelInput<'escalations:create'>) => api.escalationsCreate(input));
  const update = useCaseWrite(c.code, (input: ChannelInput<'escalations:updateDossier'>) => api.escalationsUpdateDossier(input));
  const write = editing ? update : add;

  useEffect(() => headingRef.current?.focus(), []);

  const submit = (v: Dossier) => {
    if (editing) {
      update.mutate({ code: c.code, index: editing.index, ...changesOf(editing.escalation, v) }, { onSuccess: () => onSaved(editing.index) });
      return;
    }
    const { target, ...dossier } = v;
    add.mutate({ code: c.code, target, ...dossier }, { onSuccess: (d) => onSaved(d.case.escalations.length - 1) });
  };

  const headingId = editing ? `escalatie-bewerken-${String(editing.index)}` : 'escalatie-nieuw-titel';
  const targetName = (id: string) => catalogue.data?.escalationTargets.find((x) => x.id === id)?.name ?? t(`target.${id}`);
  return (
    <Form
      form={form}
      className="werkbank-form werkbank-inline-form werkbank-escalate-form"
      onValid={submit}
      aria-labelledby={headingId}
      heading={
        <>
          <Heading3 id={headingId} ref={headingRef} tabIndex={-1}>
            {editing ? t('caseDetail.escalate.form.editTitle', { target: targetName(editing.escalation.target) }) : t('caseDetail.escalate.form.title')}
          </Heading3>
          <Paragraph className="werkbank-muted">{editing ? t('caseDetail.escalate.form.editIntro') : t('caseDetail.escalate.form.intro')}</Paragraph>
        </>
      }
    >
      <div className="werkbank-form-row">
        {editing ? (
          <p className="werkbank-escalate-fixed">
            <strong>{t('caseDetail.escalate.form.target')}:</strong> {targetName(editing.escalation.target)}
          </p>
        ) : (
          <SelectField
            form={form}
            name="target"
            label={t('caseDetail.escalate.form.target')}
            options={[
              { value: '', label: t('caseDetail.escalate.form.chooseTarget') },
              ...targets.map((x) => ({ value: x.id, label: t('caseDetail.escalate.form.targetOption', { name: x.name, count: x.deadlineWorkingDays }) })),
            ]}
          />
        )}
        <SelectField
          form={form}
          name="urgency"
          label={t('caseDetail.escalate.form.urgency')}
          options={[{ value: '', label: t('caseDetail.escalate.form.noUrgency') }, ...URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) }))]}
        />
      </div>
      <TextAreaField form={form} name="question" label={t('caseDetail.escalate.form.question')} description={t('caseDetail.escalate.form.questionHelp')} rows={3} />
      <TextAreaField form={form} name="tried" label={t('caseDetail.escalate.form.tried')} description={t('caseDetail.escalate.form.triedHelp')} rows={3} />
      <TextAreaField form={form} name="blockingRule" label={t('caseDetail.escalate.form.blockingRule')} rows={2} />
      <div className="werkbank-form-row">
        <TextAreaField form={form} name="requestedDeviation" label={t('caseDetail.escalate.form.requestedDeviation')} rows={2} />
        <TextAreaField form={form} name="legalBasis" label={t('caseDetail.escalate.form.legalBasis')} rows={2} />
      </div>
      <div className="werkbank-form-row">
        <EuroField form={form} name="requestedBudgetCents" label={t('caseDetail.escalate.form.requestedBudget')} />
        <TextField form={form} name="owner" label={t('caseDetail.escalate.form.owner')} description={t('caseDetail.escalate.form.ownerHelp')} />
      </div>
      <CheckboxRow
        form={form}
        name="consentChecked"
        label={t('caseDetail.escalate.form.consentChecked')}
        description={
          c.consent
            ? t('caseDetail.escalate.form.consentKnown', { date: formatDate(c.consent.recordedOn) })
            : t('caseDetail.escalate.form.consentUnknown')
        }
      />
      <ErrorAlert message={write.error?.message} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="primary-action-button" busy={write.isPending}>
          {editing ? t('caseDetail.escalate.form.save') : t('caseDetail.escalate.form.submit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('caseDetail.cancel')}
        </Button>
      </div>
    </Form>
  );
}
