/**
 * Issue #9 item 5: one escalation's dossier as ONE encrypted file, from the screen — the same file
 * as `werkbank dossier export` (channel dossier:export), saved through the platform's saveFile
 * (a download in the browser host, a save dialog in Electron). On the case's own store the request
 * for a submitted escalation; on the store that received the case the answer, once decided or sent
 * back. The passphrase is asked twice (a typo would lock the file away) and lives only in this
 * form: never in a react-query cache (no mutation keeps it as its variables), cleared after use.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading4, Paragraph } from '@utrecht/component-library-react';
import i18next from 'i18next';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { EscalationStatus } from '../../../../shared/domain/enums';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/ipc/channels/session';
import { contract } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Form, TextField } from '../../components/form';
import { saveFile } from '../../platform/saveFile';
import { SharingNotice } from '../caseDetail/SharingNotice';
import { useTargets } from '../escalations/useTargets';
import './dossier.css';

type Kind = 'request' | 'answer';

/** When each side has something to send (as electron/core/data/dossierExport.ts decides). */
const READY: Record<Kind, readonly EscalationStatus[]> = {
  request: ['ingediend', 'in_behandeling'],
  answer: ['teruggelegd', 'besluit', 'afgerond'],
};

const exportInput = contract['dossier:export'].input;
/** The channel's own passphrase rule, typed twice. */
const exportSchema = exportInput
  .pick({ passphrase: true })
  .extend({ confirmation: z.string().max(1024) })
  .refine((v) => v.passphrase === v.confirmation, { path: ['confirmation'], error: () => i18next.t('dossier.export.mismatch') });

type State = { kind: 'closed' } | { kind: 'open' } | { kind: 'busy' } | { kind: 'failed'; message: string };

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** The export control of escalation `index` of the case, or nothing when it has nothing to send. */
export function DossierFileExport({ detail, index }: { detail: CaseDetail; index: number }) {
  const { t } = useTranslation();
  const targets = useTargets();
  const c = detail.case;
  const e = c.escalations[index];
  const kind: Kind = detail.received ? 'answer' : 'request';
  const [state, setState] = useState<State>({ kind: 'closed' });
  const [notice, setNotice] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const form = useForm({ resolver: zodResolver(exportSchema), defaultValues: { passphrase: '', confirmation: '' } });
  if (e?.id === undefined || !READY[kind].includes(e.status)) return null;
  const escalationId = e.id;
  const target = targets.name(e.target);

  const close = (message: string) => {
    form.reset();
    flushSync(() => {
      setState({ kind: 'closed' });
      setNotice(message);
    });
    opener.current?.focus();
  };

  const run = async ({ passphrase }: { passphrase: string }) => {
    if (state.kind === 'busy') return;
    setState({ kind: 'busy' });
    try {
      const file = await unwrap(api.dossierExport({ code: c.code, escalationId, passphrase }));
      const saved = await unwrap(saveFile(file.fileName, 'application/octet-stream', bytesOf(file.base64)));
      if (saved === 'cancelled') close(t('dossier.export.cancelled'));
      else close(t(kind === 'request' ? 'dossier.export.saved' : 'dossier.export.savedAnswer', { name: file.fileName, target }));
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : t('errors.generic') });
    }
  };

  const open = state.kind !== 'closed';
  return (
    <div className="werkbank-dossier-export">
      {/* §5 a request shares the dossier again: consent withdrawn since submitting stops it (an answer is no new sharing). */}
      {kind === 'request' ? <SharingNotice c={c} target={e.target} act="send" onlyWhenLacking={!open} /> : null}
      {open ? null : (
        <Button
          ref={opener}
          appearance="secondary-action-button"
          aria-expanded={false}
          onClick={() => {
            flushSync(() => {
              setNotice('');
              setState({ kind: 'open' });
            });
            heading.current?.focus();
          }}
        >
          {t(`dossier.export.open_${kind}`)}
        </Button>
      )}
      {/* A live region only once the form was opened (it then says how the save went): the card's
          own status stays the one status of the card until then. */}
      {open || notice !== '' ? (
        <p role="status" className="werkbank-done">
          {notice}
        </p>
      ) : null}
      {open ? (
        <Form
          form={form}
          className="werkbank-form werkbank-inline-form werkbank-dossier-form"
          aria-labelledby={titleId}
          onValid={(v) => void run(v)}
          heading={
            <>
              <Heading4 id={titleId} tabIndex={-1} ref={heading}>
                {t(`dossier.export.title_${kind}`, { target })}
              </Heading4>
              <Paragraph>{t(`dossier.export.intro_${kind}`, { target })}</Paragraph>
            </>
          }
        >
          <TextField
            form={form}
            name="passphrase"
            label={t('dossier.export.passphrase')}
            description={t('dossier.export.passphraseHelp', { min: MIN_PASSPHRASE_LENGTH })}
            type="password"
            autoComplete="new-password"
          />
          <TextField form={form} name="confirmation" label={t('dossier.export.confirmation')} type="password" autoComplete="new-password" />
          <ErrorAlert message={state.kind === 'failed' ? state.message : null} />
          <div className="werkbank-actions">
            <Button type="submit" appearance="primary-action-button" busy={state.kind === 'busy'}>
              {state.kind === 'busy' ? t('dossier.export.busy') : t('dossier.export.submit')}
            </Button>
            <Button type="button" appearance="subtle-button" onClick={() => close('')}>
              {t('dossier.export.cancel')}
            </Button>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
