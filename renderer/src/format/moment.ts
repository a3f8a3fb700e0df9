import { formatDate, localIsoDate } from '../../../shared/format/date';

/** An ISO date-time as a Dutch moment in this machine's time zone: "23-11-2026 om 11:05". */
export function formatMoment(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(localIsoDate(d))} om ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
