import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the store lives when WERKBANK_DATA_DIR is not set: the platform's per-user data folder. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.WERKBANK_DATA_DIR) return env.WERKBANK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Casuistiek Werkbank');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Casuistiek Werkbank');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'casuistiek-werkbank');
}
