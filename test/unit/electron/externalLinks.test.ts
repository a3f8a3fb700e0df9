import { redactedText } from '../../../electron/core/log/redact';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWindowOpenHandler } from '../../../electron/main/security/externalLinks';

const root = join(import.meta.dirname, '../../..');

// What a compromised renderer might try through window.open or a target=_blank link: schemes that
// launch programs or leak NTLM hashes, disguised hosts, and plain https — which must not leave
// either, since the app has no external links and works offline (issue #12 item 4).
const ATTACKS = [
  'https://wetten.overheid.nl/BWBR0015703',
  'HTTP://EXAMPLE.COM',
  'https://example.org/exfiltrate?alias=J.%20Jansen',
  'https://gemeente.rotterdam.nl@evil.example/',
  'https://user:pass@example.org/',
  'https://rotterdam.nl.evil.example/',
  'https://xn--rttrdam-n2a.nl/',
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  'file:///',
  'file:///C:/Windows/System32/calc.exe',
  'FILE://///attacker.example/share/x.exe',
  'smb://attacker.example/share',
  '\\\\attacker.example\\share',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=x&crumb=location:\\\\attacker.example',
  'app://werkbank/index.html',
  'mailto:someone@example.org',
  'about:blank',
  '',
  'not a url',
  `https://example.org/${'a'.repeat(3000)}`,
];

describe('§5 Electron hardening (issue #12 item 4): no window is opened and no URL reaches the OS', () => {
  it.each(ATTACKS)('denies %j', (url) => {
    expect(createWindowOpenHandler()({ url })).toEqual({ action: 'deny' });
  });

  it('logs every refusal with the scheme only, never the URL (it may carry data the page put in it)', () => {
    const logged: string[] = [];
    const handler = createWindowOpenHandler((m) => logged.push(redactedText([m])));
    for (const url of ['https://example.org/exfiltrate?alias=J.%20Jansen', 'SMB://attacker.example/share', '\\\\attacker\\share', '']) handler({ url });
    expect(logged).toEqual([
      'refused to open a window or external link (https)',
      'refused to open a window or external link (smb)',
      'refused to open a window or external link (malformed)',
      'refused to open a window or external link (malformed)',
    ]);
  });

  it('no code in electron/ calls shell.openExternal', () => {
    const files = readdirSync(join(root, 'electron'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx|js|mjs|cjs)$/.test(f));
    expect(files).toContain(join('main', 'index.ts'));
    const callers = files.filter((f) => /\bopenExternal\s*\(/.test(readFileSync(join(root, 'electron', f), 'utf8')));
    expect(callers).toEqual([]);
  });
});
