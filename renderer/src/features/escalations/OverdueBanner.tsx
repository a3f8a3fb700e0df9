/** §2.3 overdue escalations are visible on every start screen (placeholder until built). */
export function OverdueBanner() {
  return null;
}
