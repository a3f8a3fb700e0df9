import { Heading2 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** Counts, lead times and score changes are not money; they get Dutch notation here. */
const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const upToOne = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const signedTwo = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const upToTwo = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export const formatCount = (n: number): string => whole.format(n);
/** A median lead time in days (an even count can give a half day); null when there is nothing to measure. */
export const formatDays = (n: number | null): string => (n === null ? '—' : upToOne.format(n));
export const formatScoreChange = (n: number | null): string => (n === null ? '—' : signedTwo.format(n));
export const formatMultiplier = (n: number): string => `× ${upToTwo.format(n)}`;
export const formatPct = (n: number | null): string => (n === null ? '—' : `${upToTwo.format(n)} %`);

/**
 * A headed section (the content of a tab). The heading takes focus (tabIndex -1) so a keyboard
 * user lands where a drill-down pointed; the HashRouter owns the URL fragment.
 */
export function Section({ id, title, children, className }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section id={id} className={className ? `bc-section ${className}` : 'bc-section'} aria-labelledby={`${id}-titel`}>
      <Heading2 id={`${id}-titel`} tabIndex={-1} className="bc-section-title">
        {title}
      </Heading2>
      {children}
    </section>
  );
}

/** Moves focus (and the view) to a section's heading without touching the router's hash. */
export function goToSection(id: string): void {
  const heading = document.getElementById(`${id}-titel`);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}
