import { describe, expect, it } from 'vitest';
import { dossierSealer, DossierFileError, HEADER_LEN, openDossier } from '../../../electron/core/exchange/dossierFile';

/** Cheap scrypt for the many openings below; the production cost is the default (N = 2^17). */
const CHEAP = { N: 2 ** 10, r: 8, p: 1 } as const;
const PASS = 'een-lange-dossier-wachtwoordzin';
const PLAIN = Buffer.from(JSON.stringify({ format: 'casuistiek-werkbank/dossier-v1', vraag: 'doorbraak nodig' }), 'utf8');

async function sealed(): Promise<Buffer> {
  return (await dossierSealer(PASS, CHEAP)).seal(PLAIN);
}

async function refusal(file: Buffer, passphrase = PASS): Promise<DossierFileError> {
  try {
    await openDossier(file, passphrase);
  } catch (e) {
    if (e instanceof DossierFileError) return e;
    throw e;
  }
  throw new Error('the file opened');
}

describe('dossier file format: magic, version, scrypt parameters, salt and nonce in a header bound to AES-256-GCM', () => {
  it('opens with the passphrase it was sealed with and gives back the exact plaintext', async () => {
    const file = await sealed();
    expect(file.subarray(0, 10).toString('ascii')).toBe('CWBDOSSIER');
    expect(file[10]).toBe(1);
    expect(file.length).toBe(HEADER_LEN + PLAIN.length + 16);
    expect((await openDossier(file, PASS)).equals(PLAIN)).toBe(true);
  });

  it('never holds the plaintext, and two seals of the same document differ (fresh salt and nonce)', async () => {
    const [a, b] = [await sealed(), await sealed()];
    expect(a.includes(Buffer.from('doorbraak'))).toBe(false);
    expect(a.subarray(15, HEADER_LEN).equals(b.subarray(15, HEADER_LEN))).toBe(false);
  });

  it('writes the production cost N = 2^17 in the header when no test cost is given', async () => {
    const file = (await dossierSealer(PASS)).seal(PLAIN);
    expect(file[12]).toBe(17);
    expect((await openDossier(file, PASS)).equals(PLAIN)).toBe(true);
  });

  it('a wrong passphrase is refused with a Dutch message that nothing was imported', async () => {
    const e = await refusal(await sealed(), 'een andere wachtwoordzin');
    expect(e.code).toBe('WRONG_PASSPHRASE');
    expect(e.message).toMatch(/wachtwoordzin klopt niet.*Er is niets geïmporteerd/);
  });

  it('one changed byte anywhere — magic, version, KDF parameters, salt, nonce, ciphertext or tag — is refused', async () => {
    const file = await sealed();
    const regions = new Map<string, number>();
    for (let i = 0; i < file.length; i++) {
      const tampered = Buffer.from(file);
      tampered[i] = (tampered[i] ?? 0) ^ 0x01;
      const e = await refusal(tampered);
      const region = i < 10 ? 'magic' : i === 10 ? 'version' : i < 15 ? 'kdf' : i < 31 ? 'salt' : i < HEADER_LEN ? 'nonce' : i < file.length - 16 ? 'ciphertext' : 'tag';
      regions.set(region, (regions.get(region) ?? 0) + 1);
      expect(e.message, `byte ${String(i)} (${region})`).toMatch(/Er is niets geïmporteerd/);
    }
    expect([...regions.keys()]).toEqual(['magic', 'version', 'kdf', 'salt', 'nonce', 'ciphertext', 'tag']);
  });

  it('the header is authenticated: KDF parameters that are still valid but changed do not open the file', async () => {
    const file = await sealed();
    const cheaper = Buffer.from(file);
    cheaper[13] = 4; // r 8 → 4: a sane value, so only the AAD binding can catch it
    expect((await refusal(cheaper)).code).toBe('WRONG_PASSPHRASE');
  });

  it('every truncation is refused, the short ones as "onvolledig"', async () => {
    const file = await sealed();
    for (let n = 0; n < file.length; n++) {
      const e = await refusal(file.subarray(0, n));
      expect(e.message, `length ${String(n)}`).toMatch(/Er is niets geïmporteerd/);
      if (n >= 10 && n < HEADER_LEN + 16) expect(e.message).toMatch(/onvolledig/);
    }
  });

  it('a file of another format is named as such (a dataset JSON gets a hint to use werkbank import)', async () => {
    expect((await refusal(Buffer.from('{"format":"casuistiek-werkbank/v1","cases":[]}'))).message).toMatch(/geen dossierbestand.*werkbank import/);
    expect((await refusal(Buffer.from('PK\x03\x04 a zip file, not a dossier at all'))).message).toMatch(/geen dossierbestand/);
  });

  it('another format version and out-of-range scrypt parameters are refused before any key is derived', async () => {
    const file = await sealed();
    const v2 = Buffer.from(file);
    v2[10] = 2;
    expect((await refusal(v2)).message).toMatch(/formaatversie 2/);
    const huge = Buffer.from(file);
    huge[12] = 30; // N = 2^30 would need 128 GiB
    expect((await refusal(huge)).message).toMatch(/sleutelparameters .* ongeldig/);
  });
});
