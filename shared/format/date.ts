/** ISO calendar date "2026-11-23" → Dutch "23-11-2026"; anything else is shown as it is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/**
 * The calendar date of `d` in the machine's own time zone, as ISO "2026-11-23". "Today" for a
 * Rotterdam tafel is the local date; `toISOString()` would give yesterday between 00:00 and 02:00.
 */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A moment as a person saw it on the clock: "02-06-2025 10:00" in the machine's time zone, or with
 * another word between day and time ("02-06-2025 om 10:00" in a PDF's title block). A CSV keeps
 * the plain space, which a Dutch spreadsheet reads as a date and time.
 */
export function formatLocalMoment(d: Date, between = ' '): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(localIsoDate(d))}${between}${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * An instant (ISO with zone, as the audit log stores it) as a Dutch reader reads it, in the
 * machine's own time zone: "23-11-2026 11:00:00". Anything unreadable is shown as it is.
 */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${String(d.getFullYear())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
