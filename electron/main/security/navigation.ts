import { hasOrigin } from '../appOrigin';
import { line, type LogLine } from '../../../shared/ipc/logLine';

/** The part of Electron's navigation events we use (will-navigate, will-frame-navigate, will-redirect). */
export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

export type BlockedNavigationLog = (reason: LogLine) => void;

/**
 * Checklist #13 "Disable or limit navigation": the app never needs to leave its own origin, so
 * any navigation or redirect to another origin is cancelled. There are no links to the outside
 * world: the window-open handler refuses them too (externalLinks.ts).
 */
export function createNavigationGuard(
  appOrigin: string,
  onBlocked: BlockedNavigationLog = () => undefined,
): (event: NavigationEvent) => void {
  return (event) => {
    if (hasOrigin(event.url, appOrigin)) return;
    event.preventDefault();
    // Only the scheme: the full URL may carry data the page put in it.
    onBlocked(line`blocked navigation to a ${schemeOf(event.url)} URL outside the app`);
  };
}

/** Checklist #12 "Verify WebView options before creation": we use no <webview>, so refuse them all. */
export function preventWebviewAttach(event: { preventDefault(): void }): void {
  event.preventDefault();
}

function schemeOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return match?.[1] ? match[1].toLowerCase().slice(0, 20) : 'malformed';
}
