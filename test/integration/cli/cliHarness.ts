import { PassThrough } from 'node:stream';
import { runCli } from '../../../electron/cli/run';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `werkbank` command in-process with captured streams and no terminal. */
export async function werkbank(argv: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const stdin = new PassThrough() as unknown as NodeJS.ReadStream;
  const code = await runCli({
    argv,
    env,
    stdin,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    now: () => new Date('2026-11-23T10:00:00Z'),
  });
  return { code, stdout: out, stderr: err };
}
