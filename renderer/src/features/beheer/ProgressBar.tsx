/**
 * The progress bar of a file going in or out of the werkbank (the dataset import, a backup made or
 * restored): by bytes when the bytes are known, "busy" (no aria-valuenow) while the server works on
 * the whole file. The text under it says the same as the bar, for everyone.
 */
import { Paragraph } from '@utrecht/component-library-react';

const megabytes = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 39 kB, 12,3 MB. */
export const sizeText = (bytes: number) =>
  bytes < 1_000_000 ? `${String(Math.max(1, Math.round(bytes / 1000)))} kB` : `${megabytes.format(bytes / 1_000_000)} MB`;

/** A bar by bytes (`done` of `total`), or busy without them. */
export function ProgressBar({ label, text, done, total }: { label: string; text: string; done?: number; total?: number }) {
  if (done === undefined || total === undefined) {
    return (
      <div className="beheer-progress">
        <div role="progressbar" aria-label={label} className="beheer-progress-bar beheer-progress-bar--busy">
          <span />
        </div>
        <Paragraph>{text}</Paragraph>
      </div>
    );
  }
  const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
  return (
    <div className="beheer-progress">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={text} className="beheer-progress-bar">
        <span style={{ inlineSize: `${String(pct)}%` }} />
      </div>
      <Paragraph>{text}</Paragraph>
    </div>
  );
}
