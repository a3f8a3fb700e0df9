import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uniquePartners } from '../../../../shared/domain/consent';
import { dossierRecipients } from '../../../../shared/domain/sharingConsent';
import { formatDate } from '../../../../shared/format/date';
import type { CaseFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { api } from '../../api';
import { useCatalogue, useTafels } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseWrite } from './caseQueries';
import { ConsentForm } from './ConsentForm';
import { ConsentMarker } from './ConsentMarker';

type Consent = NonNullable<CaseFile['consent']>;
type Update = { code: string; changes: { consent: Consent | null } };

/**
 * §2.1/§5 the case's consent or legal basis: basis, date and, per partner, whether it may see the
 * case; the marker above says which partners at the wijk's tafels it does not cover. Saved through
 * cases:update, so the case schema checks the whole case again (a signaal with an alias keeps its
 * consent). Removing is asked twice.
 */
export function ConsentSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const tafels = useTafels();
  const catalogue = useCatalogue();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const doneRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const update = useCaseWrite(c.code, (input: Update) => api.casesUpdate(input));

  // §5 on the case screen the partners at the table are the members of the tafels of the case's wijk.
  const atTable = uniquePartners((tafels.data?.items ?? []).filter((x) => x.wijk === c.wijk).flatMap((x) => x.members.map((m) => m.organisation)));
  // The form offers the catalogue's partners, everyone at the table, whom an escalation of the case
  // would reach (§5: PRIO, the jeugd tafel …) and whoever the scope names already.
  const escalationRecipients = (catalogue.data?.escalationTargets ?? [])
    .filter((x) => x.active)
    .flatMap((x) => dossierRecipients(x, c.wijk, tafels.data?.items ?? []));
  const choosable = uniquePartners([
    ...(catalogue.data?.partners ?? []).map((p) => p.name),
    ...atTable,
    ...escalationRecipients,
    ...(c.consent?.scope ?? []).map((s) => s.partner),
  ]);

  const announce = (message: string) => {
    setDone(message);
    setTimeout(() => doneRef.current?.focus(), 0);
  };
  const save = (consent: Consent | null, message: string, after?: () => void) => {
    setDone('');
    update.mutate(
      { code: c.code, changes: { consent } },
      {
        onSuccess: () => {
          after?.();
          announce(message);
        },
      },
    );
  };

  return (
    <section className="werkbank-section" aria-labelledby="toestemming-titel">
      <Heading2 id="toestemming-titel">{t('caseDetail.consent.title')}</Heading2>
      <Paragraph className="werkbank-muted">{t('caseDetail.consent.intro')}</Paragraph>
      {tafels.data ? <ConsentMarker consent={c.consent} partners={atTable} hint={t('caseDetail.consent.marker.caseScreenHint', { wijk: c.wijk })} /> : null}
      <ErrorAlert message={tafels.error?.message ?? catalogue.error?.message} />
      {c.consent ? <ConsentFacts consent={c.consent} /> : <Paragraph>{t('caseDetail.consent.none')}</Paragraph>}
      <p role="status" ref={doneRef} tabIndex={-1} className="werkbank-done">
        {done}
      </p>
      <ErrorAlert message={update.error?.message} />
      {open ? (
        <ConsentForm
          consent={c.consent}
          partners={choosable}
          busy={update.isPending}
          onSave={(consent) => save(consent, t('caseDetail.consent.saved'), () => setOpen(false))}
          onCancel={() => {
            setOpen(false);
            setTimeout(() => openerRef.current?.focus(), 0);
          }}
        />
      ) : (
        <div className="werkbank-actions">
          <Button
            ref={openerRef}
            appearance="primary-action-button"
            aria-expanded={false}
            onClick={() => {
              update.reset();
              setDone('');
              setOpen(true);
            }}
          >
            {c.consent ? t('caseDetail.consent.change') : t('caseDetail.consent.record')}
          </Button>
          {c.consent ? <RemoveConsent busy={update.isPending} onConfirm={() => save(null, t('caseDetail.consent.removed'))} /> : null}
        </div>
      )}
    </section>
  );
}

/** What is recorded: the basis, its date, and per partner yes or no (or "every partner" for a basis without a scope). */
function ConsentFacts({ consent }: { consent: Consent }) {
  const { t } = useTranslation();
  const scope = consent.scope;
  return (
    <>
      <dl className="consent-facts" aria-label={t('caseDetail.consent.facts')}>
        <div>
          <dt>{t('caseDetail.consent.basisLabel')}</dt>
          <dd>{t(`caseDetail.consent.basis.${consent.basis}`)}</dd>
        </div>
        <div>
          <dt>{t('caseDetail.consent.recordedOn')}</dt>
          <dd>{formatDate(consent.recordedOn)}</dd>
        </div>
        <div>
          <dt>{t('caseDetail.consent.appliesTo')}</dt>
          <dd>{scope ? t('caseDetail.consent.perPartnerFact', { count: scope.length }) : t('caseDetail.consent.wholeTableFact')}</dd>
        </div>
      </dl>
      {scope ? (
        <DataTable
          caption={t('caseDetail.consent.scopeCaption')}
          className="werkbank-table consent-table"
          rows={scope}
          rowKey={(s, i) => `${s.partner}-${String(i)}`}
          empty={t('caseDetail.consent.scopeEmpty')}
          emptyInTable
          columns={[
            { id: 'partner', header: t('caseDetail.consent.col.partner'), rowHeader: true, cell: (s) => s.partner, sortValue: (s) => s.partner },
            {
              id: 'granted',
              header: t('caseDetail.consent.col.granted'),
              cell: (s) => (
                <>
                  <span aria-hidden="true">{s.granted ? '✓ ' : '✗ '}</span>
                  {s.granted ? t('caseDetail.consent.granted') : t('caseDetail.consent.refused')}
                </>
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}

/** Removing is asked twice (a second, explicit button), so a slip of the keyboard removes nothing. */
function RemoveConsent({ busy, onConfirm }: { busy: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // The question takes the focus, so a keyboard user lands on what is asked.
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <Button ref={opener} type="button" appearance="secondary-action-button" onClick={() => setAsking(true)}>
        {t('caseDetail.consent.remove')}
      </Button>
    );
  }
  return (
    <span className="werkbank-status-change" role="group" aria-label={t('caseDetail.consent.confirmRemove')}>
      <span className="consent-confirm-question">{t('caseDetail.consent.confirmRemove')}</span>
      <Button ref={confirm} type="button" appearance="primary-action-button" busy={busy} onClick={onConfirm}>
        {t('caseDetail.consent.confirmRemoveYes')}
      </Button>
      <Button
        type="button"
        appearance="secondary-action-button"
        onClick={() => {
          setAsking(false);
          setTimeout(() => opener.current?.focus(), 0);
        }}
      >
        {t('caseDetail.consent.cancelRemove')}
      </Button>
    </span>
  );
}
