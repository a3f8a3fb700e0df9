import { Heading2, TableCell, TableHeaderCell } from '@utrecht/component-library-react';
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

/** A right-aligned cell with tabular numerals, so columns of figures line up on a projector. */
export function Num({ children, strong = false }: { children: ReactNode; strong?: boolean }) {
  return (
    <TableCell numericColumn className={strong ? 'bc-num bc-strong' : 'bc-num'}>
      {children}
    </TableCell>
  );
}

/** A right-aligned column header for a column of figures. */
export function NumHead({ children }: { children: ReactNode }) {
  return (
    <TableHeaderCell scope="col" numericColumn className="bc-num-head">
      {children}
    </TableHeaderCell>
  );
}

/**
 * A headed section the in-page table of contents can jump to. The heading takes focus (tabIndex
 * -1) so a keyboard user lands where the link pointed; the HashRouter owns the URL fragment.
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

/**
 * A wide table's horizontal scroll container. It takes keyboard focus so a keyboard user can
 * scroll it with the arrow keys (WCAG 2.1.1; axe "scrollable-region-focusable"), and is a named
 * region so a screen reader says what that focus stop is.
 */
export function ScrollRegion({ labelledBy, label, children }: { labelledBy?: string; label?: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable (see above)
    <div className="bc-scroll" role="region" aria-labelledby={labelledBy} aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
