import { useTranslation } from 'react-i18next';
import { partnersWithoutConsent, type ConsentRecord } from '../../../../shared/domain/consent';
import './consent.css';

type MarkerState = 'none' | 'lacking' | 'covered' | 'noPartners';

/**
 * §5 the consent marker where a case is discussed: which partners at the table the case's consent
 * or legal basis does not cover (shared/domain/consent.ts decides). It names organisations only,
 * never a person, so it stays on screen in presentation mode. Text and icon carry the meaning (the
 * border colour only repeats it); a polite status, so a change is read out once without
 * interrupting.
 */
export function ConsentMarker({ consent, partners, hint }: { consent: ConsentRecord | undefined; partners: readonly string[]; hint?: string }) {
  const { t } = useTranslation();
  const gaps = partnersWithoutConsent(consent, partners);
  const state: MarkerState = !gaps.recorded ? 'none' : gaps.lacking.length > 0 ? 'lacking' : partners.length > 0 ? 'covered' : 'noPartners';
  const text =
    state === 'lacking' ? t('caseDetail.consent.marker.lacking', { partners: gaps.lacking.join(', ') }) : t(`caseDetail.consent.marker.${state}`);
  const warning = state === 'none' || state === 'lacking';
  return (
    <div role="status" className="consent-marker" data-state={warning ? 'warning' : 'ok'} data-testid="toestemming-marker">
      <MarkerIcon warning={warning} />
      <p className="consent-marker-text">
        <strong>{text}</strong>
        {hint ? <span className="consent-marker-hint">{hint}</span> : null}
      </p>
    </div>
  );
}

/** A warning triangle or a tick: decoration beside the text, hidden from screen readers. */
export function MarkerIcon({ warning }: { warning: boolean }) {
  return (
    <svg className="consent-marker-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      {warning ? (
        <>
          <path d="M12 2.5 1.5 21h21L12 2.5Z" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinejoin="round" />
          <path d="M12 9v5.5" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
          <circle cx="12" cy="17.6" r="1.4" fill="currentColor" />
        </>
      ) : (
        <>
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2.2" />
          <path d="m7 12.5 3.3 3.3L17 9" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
    </svg>
  );
}
