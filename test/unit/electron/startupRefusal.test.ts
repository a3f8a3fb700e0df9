import { describe, expect, it } from 'vitest';
import { startupRefusal, startupRefusalMessage } from '../../../electron/main/startupRefusal';

const EXE = '/opt/Casuïstiek Werkbank/casuistiek-werkbank';
const packaged = (...args: string[]) => startupRefusal([EXE, ...args], {}, true);

describe('§5 Electron hardening (issue #12 item 5): a packaged app refuses switches no fuse covers', () => {
  it.each([
    ['--remote-debugging-port=9222', '--remote-debugging-port'],
    ['--remote-debugging-port', '--remote-debugging-port'],
    ['--remote-debugging-pipe', '--remote-debugging-pipe'],
    ['--remote-debugging-address=0.0.0.0', '--remote-debugging-address'],
    ['--remote-allow-origins=*', '--remote-allow-origins'],
    ['--no-sandbox', '--no-sandbox'],
    ['--disable-gpu-sandbox', '--disable-gpu-sandbox'],
    ['--disable-seccomp-filter-sandbox', '--disable-seccomp-filter-sandbox'],
    ['--disable-setuid-sandbox', '--disable-setuid-sandbox'],
    ['--no-zygote-sandbox', '--no-zygote-sandbox'],
    ['--js-flags=--allow-natives-syntax', '--js-flags'],
    ['--disable-web-security', '--disable-web-security'],
    ['--disable-site-isolation-trials', '--disable-site-isolation-trials'],
    ['--allow-file-access-from-files', '--allow-file-access-from-files'],
    ['--single-process', '--single-process'],
    ['--renderer-cmd-prefix=gdb --args', '--renderer-cmd-prefix'],
    ['--utility-cmd-prefix=/tmp/x', '--utility-cmd-prefix'],
    ['--gpu-launcher=/tmp/x', '--gpu-launcher'],
    ['--browser-subprocess-path=/tmp/x', '--browser-subprocess-path'],
    ['--auto-open-devtools-for-tabs', '--auto-open-devtools-for-tabs'],
    ['--inspect', '--inspect'],
    ['--inspect=0.0.0.0:9229', '--inspect'],
    ['--inspect-brk', '--inspect-brk'],
    ['--inspect-brk=9229', '--inspect-brk'],
    ['--inspect-port=9229', '--inspect-port'],
    ['--inspect-wait', '--inspect-wait'],
    ['--inspect-publish-uid=http', '--inspect-publish-uid'],
    ['--debug=5858', '--debug'],
    ['--debug-brk', '--debug-brk'],
  ])('refuses %j (as %s)', (arg, name) => {
    expect(packaged(arg)).toEqual({ kind: 'refuse', switches: [name] });
  });

  it.each([
    ['-no-sandbox', 'a single dash (Chromium accepts it)'],
    ['/no-sandbox', 'a slash (Chromium on Windows accepts it)'],
    ['--NO-SANDBOX', 'upper case (Chromium lower-cases switches on Windows)'],
    ['--No-Sandbox=1', 'mixed case with a value'],
    ['--no_sandbox', 'an underscore'],
    [' --no-sandbox', 'a leading space'],
  ])('refuses %j: %s', (arg) => {
    expect(packaged(arg)).toEqual({ kind: 'refuse', switches: ['--no-sandbox'] });
  });

  it.each([['--Remote-Debugging-Port=9222'], ['-remote-debugging-port=9222'], ['/REMOTE-DEBUGGING-PORT=9222'], ['--remote_debugging_port=9222']])(
    'refuses the DevTools port spelt %j',
    (arg) => {
      expect(packaged(arg)).toEqual({ kind: 'refuse', switches: ['--remote-debugging-port'] });
    },
  );

  it.each([
    ['--INSPECT-BRK=9229', '--inspect-brk'],
    ['-inspect', '--inspect'],
    ['--inspect_brk', '--inspect-brk'],
    ['--Inspect-Port=1', '--inspect-port'],
  ])('refuses Node’s debugger spelt %j (as %s)', (arg, name) => {
    expect(packaged(arg)).toEqual({ kind: 'refuse', switches: [name] });
  });

  it('refuses a switch hidden after the -- terminator, and names every refused switch once', () => {
    expect(packaged('--no-sandbox', '--', '--js-flags=--x', '--no-sandbox')).toEqual({ kind: 'refuse', switches: ['--no-sandbox', '--js-flags'] });
  });

  it('does not treat the executable path (argv[0]) as a switch', () => {
    expect(startupRefusal(['/no-sandbox'], {}, true)).toEqual({ kind: 'start', dataDirOverride: null, ignoredDataDir: false });
  });

  it.each([
    [[]],
    [['--password-store=gnome-libsecret']],
    [['/home/anna/Documenten/dataset.json']],
    [['C:\\Users\\anna\\dataset.json']],
    [['-psn_0_12345']],
    [['--sandbox']],
    [['--inspector-like-name-of-a-file']],
  ])('starts with the harmless command line %j', (args) => {
    expect(packaged(...args)).toEqual({ kind: 'start', dataDirOverride: null, ignoredDataDir: false });
  });
});

describe('§5 Electron hardening (issue #12 item 5): unpackaged runs keep their switches', () => {
  it('starts an unpackaged run with the switches Playwright’s _electron adds', () => {
    expect(startupRefusal(['/x/electron', '.', '--remote-debugging-port=0', '--no-sandbox', '--inspect=0'], {}, false)).toEqual({
      kind: 'start',
      dataDirOverride: null,
      ignoredDataDir: false,
    });
  });
});

describe('§5 Electron hardening (issue #12 item 5): WERKBANK_DATA_DIR only moves the store of an unpackaged run', () => {
  it('uses WERKBANK_DATA_DIR when unpackaged', () => {
    expect(startupRefusal(['/x/electron', '.'], { WERKBANK_DATA_DIR: '/tmp/werkbank-test' }, false)).toEqual({
      kind: 'start',
      dataDirOverride: '/tmp/werkbank-test',
      ignoredDataDir: false,
    });
  });

  it('ignores WERKBANK_DATA_DIR when packaged, and says it did', () => {
    expect(startupRefusal([EXE], { WERKBANK_DATA_DIR: '\\\\attacker.example\\share' }, true)).toEqual({
      kind: 'start',
      dataDirOverride: null,
      ignoredDataDir: true,
    });
  });

  it('treats an empty WERKBANK_DATA_DIR as unset', () => {
    expect(startupRefusal(['/x/electron', '.'], { WERKBANK_DATA_DIR: '' }, false)).toEqual({ kind: 'start', dataDirOverride: null, ignoredDataDir: false });
  });
});

describe('§5 Electron hardening (issue #12 item 5): the refusal tells the person what to do', () => {
  it('names the switches in Dutch and says how to start instead', () => {
    expect(startupRefusalMessage(['--no-sandbox', '--js-flags'])).toEqual({
      title: 'Casuïstiek Werkbank start niet',
      content:
        'De werkbank is gestart met opties die de beveiliging uitschakelen: --no-sandbox, --js-flags. ' +
        'Start de werkbank opnieuw via de gewone snelkoppeling of het menu-item, zonder extra opties. Gebeurt dit opnieuw, meld het dan bij uw beheerder.',
    });
    expect(startupRefusalMessage(['--no-sandbox']).content).toMatch(/^De werkbank is gestart met een optie die de beveiliging uitschakelt: --no-sandbox\. /);
  });
});
