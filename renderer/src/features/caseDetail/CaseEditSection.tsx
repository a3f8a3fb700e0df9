import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { CaseEditForm, type EditOutcome } from './CaseEditForm';
import { CaseFacts } from './CaseFacts';

const SAID: Record<Exclude<EditOutcome, 'cancelled'>, string> = {
  saved: 'caseDetail.edit.saved',
  converted: 'caseDetail.edit.converted',
  unchanged: 'caseDetail.edit.nothingChanged',
};

/**
 * §2.1 "Gegevens": the case's data read-only, and behind Wijzigen the form for all of it. A signaal
 * with recorded consent can be turned into a case here (Omzetten naar casus).
 */
export function CaseEditSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  // null: closed; otherwise open, and whether it opened to turn the signaal into a case.
  const [open, setOpen] = useState<{ convert: boolean } | null>(null);
  const [done, setDone] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const convertButton = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<'edit' | 'convert' | null>(null);
  const signaal = c.isSignaal === true;
  const canConvert = signaal && c.consent !== undefined;

  // Closing puts the focus back on the button that opened the form (or on Wijzigen once converted).
  useEffect(() => {
    if (open !== null || returnTo.current === null) return;
    const target = returnTo.current === 'convert' && convertButton.current ? convertButton.current : editButton.current;
    returnTo.current = null;
    target?.focus();
  }, [open]);

  const start = (convert: boolean) => {
    setDone('');
    returnTo.current = convert ? 'convert' : 'edit';
    setOpen({ convert });
  };
  const close = (outcome: EditOutcome) => {
    setDone(outcome === 'cancelled' ? '' : t(SAID[outcome]));
    setOpen(null);
  };

  return (
    <section className="werkbank-section" aria-labelledby="gegevens-titel">
      <Heading2 id="gegevens-titel">{t('caseDetail.edit.title')}</Heading2>
      {open === null ? (
        <>
          <Paragraph className="werkbank-muted">{t('caseDetail.edit.intro')}</Paragraph>
          <CaseFacts detail={detail} />
          {signaal ? (
            <Paragraph>
              {t('caseDetail.edit.signaal.body')} {canConvert ? null : t('caseDetail.edit.signaal.needsConsent')}
            </Paragraph>
          ) : null}
          <div className="werkbank-actions">
            <Button ref={editButton} appearance="secondary-action-button" aria-expanded={false} onClick={() => start(false)}>
              {t('caseDetail.edit.open')}
            </Button>
            {canConvert ? (
              <Button ref={convertButton} appearance="secondary-action-button" aria-expanded={false} onClick={() => start(true)}>
                {t('caseDetail.edit.signaal.convert')}
              </Button>
            ) : null}
          </div>
        </>
      ) : (
        <CaseEditForm detail={detail} convert={open.convert} onClose={close} />
      )}
      <p role="status" className="werkbank-done">
        {done}
      </p>
    </section>
  );
}
