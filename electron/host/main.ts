import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHandlers } from '../core/handlers';
import { consoleLog } from '../core/log/consoleLog';
import { StoreSession } from '../core/store/session';
import { defaultDataDir } from '../core/store/dataDir';
import { startHost } from './server';

/**
 * `npm run start:browser`: the whole app without Electron, for machines where the Electron binary
 * cannot be installed. Prints a start link with a single-use code (valid one minute); Enter prints a new one.
 */
const rendererDir = resolve(process.env.WERKBANK_RENDERER_DIR ?? 'out/renderer');
// What this file prints itself is for the person who started the host, not a log line: no path
// (it may name the user's home directory), and the URL below, which is how they open the app.
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error("De renderer is nog niet gebouwd (geen index.html in WERKBANK_RENDERER_DIR of out/renderer). Start met 'npm run start:browser', dat bouwt eerst.");
  console.error("The renderer has not been built (no index.html in WERKBANK_RENDERER_DIR or out/renderer). Use 'npm run start:browser', which builds first.");
  process.exit(1);
}
const session = new StoreSession(defaultDataDir());
const host = await startHost({
  rendererDir,
  handlers: createHandlers({ session, actor: 'gebruiker' }),
  port: process.env.WERKBANK_PORT ? Number(process.env.WERKBANK_PORT) : 0,
  // Every log line of the host goes through electron/core/log/redact.ts, as main's do.
  log: consoleLog(),
});
const printStartLink = () => {
  console.log(`Casuïstiek Werkbank draait op ${host.startUrl()}`);
  console.log('Open deze link binnen een minuut; hij werkt één keer. Druk op Enter voor een nieuwe link.');
};
printStartLink();
// A new link on Enter: the printed one is spent once a tab used it, or stale after a minute.
if (process.stdin.isTTY) process.stdin.on('data', printStartLink);

const stop = () => {
  session.lock();
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
