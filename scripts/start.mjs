// `npm start`: the desktop app when the Electron binary is installed, otherwise the browser host.
// The fallback is loud on purpose: nobody should mistake the browser host for the hardened app.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinaryPath } from './electronBinary.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const isWindows = process.platform === 'win32';

/** Runs a command with our stdio; resolves with its exit code (1 when killed by a signal). */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: isWindows, ...options });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const npm = isWindows ? 'npm.cmd' : 'npm';
const electron = electronBinaryPath(root);

if (electron) {
  const built = await run(npm, ['run', 'build:electron']);
  if (built !== 0) process.exit(built);
  process.exit(await run(electron, ['.'], { shell: false }));
} else {
  const bar = '='.repeat(78);
  console.warn(
    [
      bar,
      'LET OP: het Electron-programma is niet geïnstalleerd op deze computer',
      '(node_modules/electron/dist ontbreekt). De browserversie wordt gestart.',
      '',
      'NOTE: the Electron binary is not installed on this machine',
      '(node_modules/electron/dist is missing). Starting the browser host instead.',
      'Install dependencies on a machine with internet access to run the desktop app.',
      bar,
    ].join('\n'),
  );
  process.exit(await run(npm, ['run', 'start:browser']));
}
