/**
 * Issue #12 item 5: the fuses close ELECTRON_RUN_AS_NODE, NODE_OPTIONS and Node's --inspect, but
 * Chromium still reads its own command line. Anyone who can edit a shortcut could start the
 * packaged app with a DevTools port (full control of the page that shows the store's contents),
 * without the sandbox, with V8 flags, or with the same-origin policy off — and, on macOS, with the
 * app's own identity for the keychain. A packaged app takes no switches a person needs, so it
 * refuses to start with any of these before it opens a window or the store. Unpackaged runs (npm
 * start, Playwright's _electron, which adds --remote-debugging-port and --no-sandbox) keep them.
 */

/** Switch names refused outright (after normalising, see below). */
const REFUSED = new Set([
  // The DevTools protocol: drives the renderer (and reads everything it shows) from outside.
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-debugging-io-pipes',
  'remote-allow-origins',
  'auto-open-devtools-for-tabs',
  // V8 flags can switch off its own mitigations or turn on natives syntax.
  'js-flags',
  // Turn off the same-origin policy, site isolation or file:// limits the renderer relies on.
  'disable-web-security',
  'disable-site-isolation-trials',
  'allow-file-access-from-files',
  'allow-running-insecure-content',
  // Everything in one process: no sandbox boundary left.
  'single-process',
  // Run another program as (or in front of) a child process.
  'renderer-cmd-prefix',
  'utility-cmd-prefix',
  'gpu-launcher',
  'browser-subprocess-path',
]);

/** --no-sandbox, --disable-gpu-sandbox, --disable-seccomp-filter-sandbox, --no-zygote-sandbox … */
const SANDBOX_OFF = /^(?:no|disable)-(?:[a-z0-9-]+-)?sandbox$/;
/** Node's debugger in every spelling it accepts: --inspect, --inspect-brk, --inspect-port=…, --debug… */
const NODE_DEBUGGER = /^(?:inspect|debug)(?:-|$)/;

/**
 * The switch name an argument stands for, as loosely as Chromium or Node might read it: any of
 * Chromium's prefixes (`--`, `-`, and `/` on Windows — accepted on every platform here, since
 * refusing a harmless spelling costs nothing), the value after `=` dropped, lower case (Chromium
 * lower-cases switches on Windows) and `_` as `-` (Node treats them alike). Arguments after a bare
 * `--` are not skipped: no legitimate launch of this app passes anything there.
 */
function switchName(arg: string): string | null {
  const match = /^(?:--|-|\/)([^=]+)/.exec(arg.trim());
  return match?.[1] ? match[1].toLowerCase().replaceAll('_', '-') : null;
}

function isRefused(name: string): boolean {
  return REFUSED.has(name) || SANDBOX_OFF.test(name) || NODE_DEBUGGER.test(name);
}

export type StartupDecision =
  | { kind: 'refuse'; switches: readonly string[] }
  /** `dataDirOverride`: where the store lives instead of the user data folder, or null. */
  | { kind: 'start'; dataDirOverride: string | null; ignoredDataDir: boolean };

/**
 * Whether the app may start with this command line and environment. WERKBANK_DATA_DIR (tests and
 * the browser host use it) is ignored when packaged: any program that can set the environment
 * could otherwise point the app at a store of its choosing — a planted one, or a network share.
 */
export function startupRefusal(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): StartupDecision {
  const requested = env.WERKBANK_DATA_DIR ? env.WERKBANK_DATA_DIR : null;
  if (!isPackaged) return { kind: 'start', dataDirOverride: requested, ignoredDataDir: false };
  // argv[0] is the executable itself.
  const refused = [...new Set(argv.slice(1).map(switchName).filter((name): name is string => name !== null && isRefused(name)))];
  if (refused.length > 0) return { kind: 'refuse', switches: refused.map((name) => `--${name}`) };
  return { kind: 'start', dataDirOverride: null, ignoredDataDir: requested !== null };
}

/** The error box a person sees (Dutch; main has no i18n catalogue, and this is its only sentence). */
export function startupRefusalMessage(switches: readonly string[]): { title: string; content: string } {
  return {
    title: 'Casuïstiek Werkbank start niet',
    content:
      `De werkbank is gestart met ${switches.length === 1 ? 'een optie die de beveiliging uitschakelt' : 'opties die de beveiliging uitschakelen'}: ${switches.join(', ')}. ` +
      'Start de werkbank opnieuw via de gewone snelkoppeling of het menu-item, zonder extra opties. Gebeurt dit opnieuw, meld het dan bij uw beheerder.',
  };
}
