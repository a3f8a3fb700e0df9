import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import i18next from 'i18next';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LEEFGEBIEDEN, type Leefgebied } from '../../../../shared/domain/enums';
import type { CaseFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Form, InlineTextField } from '../../components/form';
import { useCaseWrite } from './caseQueries';

type Scores = NonNullable<CaseFile['scores']>;

/** cases:update's own score (leefgebied, intake, followUp: 1–5 or null). */
const scoreInput = contract['cases:update'].input.shape.changes.shape.scores.unwrap().element;
const s = scoreInput.shape;

/** "3" → 3; blank → null (not measured); anything else a Dutch message, then the contract's 1–5. */
const scoreText = (contract: typeof s.intake) =>
  z
    .string()
    .transform((text, ctx) => {
      const v = text.trim();
      if (v === '') return null;
      if (!/^\d+$/.test(v)) {
        ctx.addIssue({ code: 'custom', message: i18next.t('caseDetail.consent.scores.invalid') });
        return z.NEVER;
      }
      return Number(v);
    })
    .pipe(contract);

/**
 * One row per leefgebied as typed; a leefgebied with neither score is left out of what is saved,
 * so the list holds each leefgebied at most once and only what was measured.
 */
const schema = z
  .object({ rows: z.array(z.object({ leefgebied: s.leefgebied, intake: scoreText(s.intake), followUp: scoreText(s.followUp) })) })
  .transform(({ rows }) => rows.filter((r) => r.intake !== null || r.followUp !== null));
type Values = z.input<typeof schema>;

const asText = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

function initial(scores: Scores | undefined): Values {
  return {
    rows: LEEFGEBIEDEN.map((leefgebied) => {
      const stored = scores?.find((x) => x.leefgebied === leefgebied);
      return { leefgebied, intake: asText(stored?.intake), followUp: asText(stored?.followUp) };
    }),
  };
}

/** A score as typed, for the change shown while typing: a number, blank (null), or not a score yet. */
const typedScore = (text: string | undefined): number | null | 'invalid' => {
  const v = (text ?? '').trim();
  if (v === '') return null;
  return /^[1-5]$/.test(v) ? Number(v) : 'invalid';
};

/**
 * §2.1 the ZRM self-reliance score per leefgebied (1–5) at intake and at follow-up, and the change
 * between them written out (a word and an arrow, never colour alone). Saved through cases:update,
 * which checks the whole case again; what was typed stays until the server answers.
 */
export function ScoresSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const form = useForm({ resolver: zodResolver(schema), defaultValues: initial(c.scores) });
  const rows = useWatch({ control: form.control, name: 'rows' });
  const [done, setDone] = useState('');
  const doneRef = useRef<HTMLParagraphElement>(null);
  const update = useCaseWrite(c.code, (input: { code: string; changes: { scores: Scores } }) => api.casesUpdate(input));

  const submit = (scores: Scores) => {
    setDone('');
    update.mutate(
      { code: c.code, changes: { scores } },
      {
        onSuccess: (saved) => {
          // The form now holds what the server stored (a refetch never resets what is being typed).
          form.reset(initial(saved.case.scores));
          setDone(t('caseDetail.consent.scores.saved'));
          setTimeout(() => doneRef.current?.focus(), 0);
        },
      },
    );
  };

  const label = (l: Leefgebied) => t(`leefgebied.${l}`);
  return (
    <section className="werkbank-section" aria-labelledby="scores-titel">
      <Heading2 id="scores-titel">{t('caseDetail.consent.scores.title')}</Heading2>
      <Paragraph className="werkbank-muted">{t('caseDetail.consent.scores.intro')}</Paragraph>
      <Form form={form} className="werkbank-form" onValid={submit} aria-labelledby="scores-titel">
        <div className="werkbank-table-scroll">
          <DataTable
            caption={t('caseDetail.consent.scores.caption')}
            captionHidden
            className="werkbank-table scores-table"
            rows={LEEFGEBIEDEN}
            rowKey={(l) => l}
            columns={[
              { id: 'leefgebied', header: t('caseDetail.consent.scores.col.leefgebied'), rowHeader: true, cell: (l) => label(l) },
              {
                id: 'intake',
                header: t('caseDetail.consent.scores.col.intake'),
                cell: (l, i) => (
                  <InlineTextField
                    form={form}
                    name={`rows.${i}.intake`}
                    label={t('caseDetail.consent.scores.intakeOf', { leefgebied: label(l) })}
                    hideLabel
                    inputMode="numeric"
                  />
                ),
              },
              {
                id: 'followUp',
                header: t('caseDetail.consent.scores.col.followUp'),
                cell: (l, i) => (
                  <InlineTextField
                    form={form}
                    name={`rows.${i}.followUp`}
                    label={t('caseDetail.consent.scores.followUpOf', { leefgebied: label(l) })}
                    hideLabel
                    inputMode="numeric"
                  />
                ),
              },
              {
                id: 'change',
                header: t('caseDetail.consent.scores.col.change'),
                cell: (_l, i) => <ScoreChange intake={typedScore(rows[i]?.intake)} followUp={typedScore(rows[i]?.followUp)} />,
              },
            ]}
          />
        </div>
        <p role="status" ref={doneRef} tabIndex={-1} className="werkbank-done">
          {done}
        </p>
        <ErrorAlert message={update.error?.message} />
        <div className="werkbank-actions">
          <Button type="submit" appearance="primary-action-button" busy={update.isPending} disabled={update.isPending}>
            {t('caseDetail.consent.scores.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}

/** intake → follow-up in words, with an arrow beside it: higher on the ZRM is more self-reliant. */
function ScoreChange({ intake, followUp }: { intake: number | null | 'invalid'; followUp: number | null | 'invalid' }) {
  const { t } = useTranslation();
  // While a field holds no score (its message says why), no change is claimed.
  if (intake === 'invalid' || followUp === 'invalid') return <span aria-hidden="true">—</span>;
  if (intake === null && followUp === null) return <span className="werkbank-muted">{t('caseDetail.consent.scores.notMeasured')}</span>;
  if (intake === null) return <span className="werkbank-muted">{t('caseDetail.consent.scores.noIntake')}</span>;
  if (followUp === null) return <span className="werkbank-muted">{t('caseDetail.consent.scores.noFollowUp')}</span>;
  const delta = followUp - intake;
  const direction = delta > 0 ? 'better' : delta < 0 ? 'worse' : 'same';
  const arrow = delta > 0 ? '▲' : delta < 0 ? '▼' : '=';
  const text =
    direction === 'same'
      ? t('caseDetail.consent.scores.same', { from: intake })
      : t(`caseDetail.consent.scores.${direction}`, { delta: delta > 0 ? `+${String(delta)}` : `−${String(-delta)}`, from: intake, to: followUp });
  return (
    <span className="scores-change" data-direction={direction}>
      <span className="scores-arrow" aria-hidden="true">
        {arrow}
      </span>
      {text}
    </span>
  );
}
