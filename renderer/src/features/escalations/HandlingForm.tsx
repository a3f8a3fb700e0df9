import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { EscalationFile } from '../../../../shared/interchange';
import type { InboxRow } from '../../../../shared/ipc/channels/escalations';
import { contract, type ChannelInput } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { clearableText, Form, TextAreaField, TextField } from '../../components/form';
import { useEscalationWrite } from './useEscalationWrite';

const s = contract['escalations:handle'].input.shape;
/** The handle channel's own fields: an emptied field clears the stored value (null). */
const schema = z.object({ owner: clearableText(s.owner.unwrap()), notes: clearableText(s.notes.unwrap()) });

/** Statuses in which the escalation lies with its target (the server's rule too). */
const WITH_TARGET: readonly InboxRow['status'][] = ['ingediend', 'in_behandeling'];

/**
 * §2.3 the PRIO side of an escalation (issue #9 item 3): who handles it and the working notes. Only
 * while the escalation lies with the target; afterwards they are shown, not changed. The form keeps
 * what was typed until the server answers; only changed fields are sent.
 */
export function HandlingForm({ row, escalation }: { row: InboxRow; escalation: EscalationFile }) {
  const { t } = useTranslation();
  const [done, setDone] = useState('');
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { owner: escalation.owner ?? '', notes: escalation.notes ?? '' } });
  const save = useEscalationWrite((input: ChannelInput<'escalations:handle'>) => api.escalationsHandle(input));
  const headingId = 'escalatie-dossier-behandeling';
  const editable = WITH_TARGET.includes(row.status);

  if (!editable) {
    return escalation.notes ? (
      <section className="werkbank-esc-dossier-handling" aria-labelledby={headingId}>
        <Heading3 id={headingId}>{t('escalations.handling.title')}</Heading3>
        <Paragraph className="werkbank-esc-notes">{escalation.notes}</Paragraph>
      </section>
    ) : null;
  }

  const submit = (v: z.output<typeof schema>) => {
    setDone('');
    const changes: { owner?: string | null; notes?: string | null } = {};
    if (v.owner !== (escalation.owner ?? null)) changes.owner = v.owner;
    if (v.notes !== (escalation.notes ?? null)) changes.notes = v.notes;
    if (Object.keys(changes).length === 0) {
      setDone(t('escalations.handling.unchanged'));
      return;
    }
    save.mutate({ code: row.code, index: row.index, ...changes }, { onSuccess: () => setDone(t('escalations.handling.saved')) });
  };

  return (
    <Form form={form} className="werkbank-escalation-form werkbank-esc-dossier-handling" aria-labelledby={headingId} onValid={submit}
      heading={
        <>
          <Heading3 id={headingId}>{t('escalations.handling.title')}</Heading3>
          <Paragraph className="werkbank-muted">{t('escalations.handling.intro')}</Paragraph>
        </>
      }
    >
      <TextField form={form} name="owner" label={t('escalations.handling.owner')} />
      <TextAreaField form={form} name="notes" label={t('escalations.handling.notes')} rows={4} />
      <ErrorAlert message={save.error?.message} />
      <p role="status" className="werkbank-done">
        {done}
      </p>
      <Button type="submit" appearance="secondary-action-button" busy={save.isPending}>
        {t('escalations.handling.submit')}
      </Button>
    </Form>
  );
}
