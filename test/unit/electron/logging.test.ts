/**
 * §5 / issue #11 item 7: logs hold no personal data. The redaction is an allow-list: a line of our
 * own keeps its literal parts and the holes that are words of the vocabulary; every other string,
 * an error's message and every object are reduced. Attack strings are what a case, a payload or a
 * person's machine can put in a log call.
 */
import { describe, expect, it } from 'vitest';
import { consoleLog } from '../../../electron/core/log/consoleLog';
import { REDACTED, redactLogValue, redactedText } from '../../../electron/core/log/redact';
import { redactionHook } from '../../../electron/main/logging';
import type { Handlers } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { line } from '../../../shared/ipc/logLine';
import { UserError } from '../../../shared/ipc/result';

/** What must never reach a log: a case code, an alias, an e-mail address, a BSN, an IBAN, user paths, free text. */
const ATTACKS = [
  'BLO-2024-017',
  'R. Bloemhof',
  'jan.jansen@example.nl',
  '123456782',
  'NL91ABNA0417164300',
  '/home/jan/Documenten/dossier.json',
  '/Users/jan/Library/werkbank',
  'C:\\Users\\Jan\\AppData\\Roaming\\werkbank',
  '\\\\fileserver\\zorg\\jansen',
  'jansen',
  'cases:get BLO-2024-017',
  'Casus BLO-2024-017 is afgesloten; een nieuwe escalatie kan daarom niet meer.',
];

describe('a line of our own keeps its literal parts and the holes the vocabulary vouches for', () => {
  it('channels, error codes, our origins, schemes, errno and driver codes, small numbers and booleans are shown', () => {
    expect(redactLogValue(line`IPC ${'cases:get'} answered ${'CONFLICT'}`)).toBe('IPC cases:get answered CONFLICT');
    expect(redactLogValue(line`IPC ${'file:save'} refused: sender is not the top frame of ${'app://werkbank'}`)).toBe(
      'IPC file:save refused: sender is not the top frame of app://werkbank',
    );
    expect(redactLogValue(line`blocked navigation to a ${'javascript'} URL on ${'http://127.0.0.1:53124'}`)).toBe(
      'blocked navigation to a javascript URL on http://127.0.0.1:53124',
    );
    expect(redactLogValue(line`read failed: ${'ENOENT'}, ${'SQLITE_BUSY'}, ${'ERR_INVALID_ARG_TYPE'}`)).toBe('read failed: ENOENT, SQLITE_BUSY, ERR_INVALID_ARG_TYPE');
    expect(redactLogValue(line`${3} of ${65535} in ${12.5} ms: ${true}, ${null}, ${undefined}`)).toBe('3 of 65535 in 12.5 ms: true, null, undefined');
  });

  it.each(ATTACKS)('a hole holding %j is reduced to its length', (attack) => {
    expect(redactLogValue(line`handler ${attack} threw`)).toBe(`handler [redacted:${String(attack.length)} chars] threw`);
  });

  it('a number long enough to be a BSN, a phone number or a date is not shown; an object in a hole is redacted', () => {
    expect(redactLogValue(line`n=${123456782} t=${612345678} d=${20240301} x=${1e21}`)).toBe('n=[redacted number] t=[redacted number] d=[redacted number] x=[redacted number]');
    expect(redactLogValue(line`payload ${{ alias: 'R. Bloemhof' }} and ${['BLO-2024-017']}`)).toBe(`payload ${REDACTED} and ${REDACTED}`);
  });

  it('only a template literal makes a line: an array built at run time, or a look-alike object from a payload, is not one', () => {
    expect(() => line(['BLO-2024-017'] as unknown as TemplateStringsArray)).toThrow(TypeError);
    expect(redactLogValue({ parts: ['BLO-2024-017'], values: [] })).toBe(REDACTED);
  });
});

describe('any other string is reduced whole, even one that reads like our own lines', () => {
  it.each([...ATTACKS, 'IPC cases:list answered LOCKED'])('%j', (attack) => {
    expect(redactLogValue(attack)).toBe(`[redacted:${String(attack.length)} chars]`);
  });
});

describe('an error keeps its class, its code and the shape of its stack — never its message or a home directory', () => {
  const withStack = (e: Error, frames: string[]) => {
    e.stack = [`${e.name}: ${e.message}`, ...frames].join('\n');
    return e;
  };

  it('a UserError (Dutch text for the user, with the case code) logs as its class and code only', () => {
    const e = withStack(new UserError('CONFLICT', 'Casus BLO-2024-017 is afgesloten; een nieuwe escalatie kan daarom niet meer.'), [
      '    at refuseWhenCaseFinal (/home/jan/werkbank/out/main/index.js:120:11)',
    ]);
    expect(redactLogValue(e)).toBe('UserError CONFLICT (message: 76 chars)\n    at refuseWhenCaseFinal (out/main/index.js:120:11)');
  });

  it('stack frames keep function names and the app-relative path; user paths on Linux, macOS, Windows and UNC keep at most a code file name', () => {
    const e = withStack(Object.assign(new Error('UNIQUE constraint failed for BLO-2024-017 at /home/jan'), { name: 'SqliteError', code: 'SQLITE_CONSTRAINT_UNIQUE' }), [
      '    at saveCase (/home/jan/werkbank/out/main/index.js:12:5)',
      '    at Object.<anonymous> (C:\\Users\\Jan\\AppData\\Local\\werkbank\\resources\\app.asar\\out\\main\\index.js:3:9)',
      '    at Database.prepare (file:///Users/jan/werkbank/node_modules/better-sqlite3-multiple-ciphers/lib/methods/wrappers.js:5:21)',
      '    at read (\\\\fileserver\\zorg\\jansen\\notities.txt:1:1)',
      '    at start (/home/jan/start.js:1:1)',
      '    at R. Bloemhof (/tmp/x.js:1:1)',
      '    at node:internal/fs/promises:12:3',
      '    at async Promise.all (index 0)',
      '    jan.jansen@example.nl',
    ]);
    expect(redactLogValue(e)).toBe(
      [
        'SqliteError SQLITE_CONSTRAINT_UNIQUE (message: 54 chars)',
        '    at saveCase (out/main/index.js:12:5)',
        '    at Object.<anonymous> (out/main/index.js:3:9)',
        '    at Database.prepare (node_modules/better-sqlite3-multiple-ciphers/lib/methods/wrappers.js:5:21)',
        '    at read ([path]:1:1)',
        '    at start (start.js:1:1)',
        '    at <function> (x.js:1:1)',
        '    at node:internal/fs/promises:12:3',
        '    at async Promise.all (index 0)',
      ].join('\n'),
    );
  });

  it('a class name or a code outside the vocabulary is not shown', () => {
    const e = Object.assign(new Error('x'), { name: 'Jansen <jan@example.nl>', code: 'BLO-2024-017' });
    e.stack = 'x';
    expect(redactLogValue(e)).toBe('Error (message: 1 chars)');
  });
});

describe('the detail of a schema refusal, objects and the electron-log hook', () => {
  it('zod issues keep their codes and field paths; a record key that is not a field name (a wijk, a rule text) shows as *', () => {
    const issues = [
      { code: 'invalid_type', path: ['items', 0, 'code'], message: 'BLO-2024-017 is geen getal', input: 'R. Bloemhof' },
      { code: 'custom', path: ['perWijk', 'Bloemhof', 'cases'] },
      { code: 'too_big', path: ['knelpuntenPerRule', 'huurschuld boven de grens'] },
    ];
    expect(redactLogValue(issues)).toBe('items.0.code: invalid_type; perWijk.*.cases: custom; knelpuntenPerRule.*: too_big');
  });

  it('objects and other arrays are redacted; null, booleans and small numbers stay what they are', () => {
    const out = redactionHook({ data: [{ passphrase: 'geheim', bsn: '123456782' }, ['Jansen'], null, 3, false], level: 'info' });
    expect(out.data).toEqual([REDACTED, REDACTED, null, 3, false]);
    expect(out.level).toBe('info');
  });

  it('the hook renders our lines and reduces everything else before any transport sees it', () => {
    const out = redactionHook({ data: [line`handler ${'cases:get'} threw`, 'BLO-2024-017', new UserError('NOT_FOUND', 'Casus BLO-2024-017 bestaat niet.')] });
    expect(out.data[0]).toBe('handler cases:get threw');
    expect(out.data[1]).toBe('[redacted:12 chars]');
    expect(JSON.stringify(out.data)).not.toMatch(/BLO-2024-017/);
  });

  it('a very long line is cut', () => {
    let long = line`start`;
    for (let i = 0; i < 1000; i++) long = line`${long} cases:get answered INTERNAL;`;
    const text = redactLogValue(long) as string;
    expect(text.endsWith('… [truncated]')).toBe(true);
    expect(text.length).toBe(4000 + '… [truncated]'.length);
  });
});

describe('the browser host logs to the console through the same redaction', () => {
  it('a handler that throws with a case code and a home path in its message: the host line names the channel, never the data', async () => {
    const written: string[] = [];
    const handlers = {
      'cases:get': async () => {
        throw new Error('no row for BLO-2024-017 in /home/jan/.config/werkbank/werkbank.db');
      },
    } as unknown as Handlers;
    const r = await dispatch('cases:get', { code: 'BLO-2024-017' }, handlers, consoleLog((t) => written.push(t)));
    expect(r.ok).toBe(false);
    expect(written).toHaveLength(1);
    expect(written[0]?.split('\n')[0]).toBe('[host] error handler cases:get threw Error (message: 65 chars)');
    expect(written.join('\n')).not.toMatch(/BLO-2024-017|jan|\.config/);
  });

  it('redactedText joins the arguments of one call the way the console shows them', () => {
    expect(redactedText([line`output of ${'cases:list'} failed its schema`, [{ code: 'invalid_type', path: ['items', 0, 'alias'] }]])).toBe(
      'output of cases:list failed its schema items.0.alias: invalid_type',
    );
  });
});
