import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CliError, EXIT } from './errors';

export interface PassphraseSources {
  env: NodeJS.ProcessEnv;
  file?: string;
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WriteStream;
}

/**
 * PRODUCT.md §6: the variable, then a file, then an interactive prompt. Without a terminal there
 * is no one to ask, so a missing passphrase is an error rather than a hang (CI has no stdin).
 */
export async function readPassphrase(
  src: PassphraseSources,
  envName: 'WERKBANK_PASSPHRASE' | 'WERKBANK_NEW_PASSPHRASE' | 'WERKBANK_DOSSIER_PASSPHRASE',
  prompt: string,
  /** A passphrase being chosen (a new dossier file) is typed twice, so a typo cannot lock it away. */
  confirmPrompt?: string,
): Promise<string> {
  const fromEnv = src.env[envName];
  if (fromEnv) return fromEnv;
  if (src.file) {
    if (!existsSync(src.file)) {
      throw new CliError(EXIT.user, `Wachtwoordbestand ${src.file} bestaat niet.`, `Passphrase file ${src.file} does not exist.`);
    }
    return readFileSync(src.file, 'utf8').replace(/\r?\n$/, '');
  }
  if (!src.stdin.isTTY) {
    // --passphrase-file is the store's; a dossier's passphrase has only its variable and the prompt.
    const [fileNl, fileEn] = envName === 'WERKBANK_PASSPHRASE' ? [', gebruik --passphrase-file', ', pass --passphrase-file'] : ['', ''];
    throw new CliError(
      EXIT.user,
      `Geen wachtwoordzin: zet ${envName}${fileNl}, of start de opdracht in een terminal.`,
      `No passphrase: set ${envName}${fileEn}, or run the command in a terminal.`,
    );
  }
  const first = await promptHidden(src.stdin, src.stderr, prompt);
  if (confirmPrompt === undefined) return first;
  const second = await promptHidden(src.stdin, src.stderr, confirmPrompt);
  if (first !== second) {
    throw new CliError(EXIT.user, 'De twee wachtwoordzinnen zijn niet gelijk; er is niets geschreven. Probeer het opnieuw.', 'The two passphrases differ; nothing was written.');
  }
  return first;
}

function promptHidden(stdin: NodeJS.ReadStream, stderr: NodeJS.WriteStream, prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: stdin, output: stderr, terminal: true });
    // Echo nothing of what is typed: the passphrase must not end up on the screen or in scrollback.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(prompt)) stderr.write(prompt);
    };
    rl.question(prompt, (answer) => {
      rl.close();
      stderr.write('\n');
      resolve(answer);
    });
  });
}
