import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHandlers } from '../core/handlers';
import { StoreSession } from '../core/store/session';
import { defaultDataDir } from '../core/store/dataDir';
import { startHost } from './server';

/**
 * `npm run start:browser`: the whole app without Electron, for machines where the Electron binary
 * cannot be installed. Prints one line with the URL (it carries this run's token).
 */
const rendererDir = resolve(process.env.WERKBANK_RENDERER_DIR ?? 'out/renderer');
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error(`De renderer is nog niet gebouwd (${rendererDir}). Start met 'npm run start:browser', dat bouwt eerst.`);
  console.error(`The renderer has not been built (${rendererDir}). Use 'npm run start:browser', which builds first.`);
  process.exit(1);
}
const session = new StoreSession(defaultDataDir());
const host = await startHost({
  rendererDir,
  handlers: createHandlers({ session, actor: 'gebruiker' }),
  port: process.env.WERKBANK_PORT ? Number(process.env.WERKBANK_PORT) : 0,
  log: { error: (message) => console.error(`[host] ${message}`) },
});
console.log(`Casuïstiek Werkbank draait op ${host.url}`);

const stop = () => {
  session.lock();
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
