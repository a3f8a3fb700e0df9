import { randomBytes } from 'node:crypto';
import { rmSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Issue #10 item 5: an export is never half a file. The content is made first, written to a
 * temporary file in the SAME folder (a rename across file systems would not be atomic), then
 * renamed over the target in one step. If making or writing fails, the temporary file is removed
 * and the target is left as it was: no half file, no temporary file behind.
 */
export async function writeAtomically(target: string, make: () => Promise<Uint8Array | string>, mode = 0o644): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const content = await make();
    writeFileSync(tmp, content, { mode, flag: 'wx' });
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
