import '../shared/ipc/zodLocale';
import { runCli } from './cli/run';

/** `npm run werkbank -- <opdracht>`; see electron/cli/args.ts for the commands. */
process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => new Date(),
});
