import { describe, expect, it } from 'vitest';
import { createWindowOptions, WINDOW_TITLE } from '../../../electron/main/windowOptions';

describe('§5 Electron hardening: window options', () => {
  const options = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs' });
  const web = options.webPreferences ?? {};

  it('keeps contextIsolation and sandbox on and nodeIntegration off', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, experimental features, webviews and the spellchecker download', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.spellcheck).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('enables no Blink feature and sets no web preference that could weaken the renderer', () => {
    expect(web).not.toHaveProperty('enableBlinkFeatures');
    expect(web).not.toHaveProperty('additionalArguments');
    expect(Object.keys(web).sort()).toEqual(
      [
        'preload',
        'contextIsolation',
        'sandbox',
        'nodeIntegration',
        'nodeIntegrationInWorker',
        'nodeIntegrationInSubFrames',
        'webSecurity',
        'allowRunningInsecureContent',
        'experimentalFeatures',
        'webviewTag',
        'navigateOnDragDrop',
        'spellcheck',
        'safeDialogs',
        'devTools',
      ].sort(),
    );
  });

  it('loads the given preload, hides developer tools unless asked, and waits for ready-to-show', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
    expect(web.devTools).toBe(false);
    expect(createWindowOptions({ preloadPath: 'p', devTools: true }).webPreferences?.devTools).toBe(true);
    expect(options.show).toBe(false);
  });

  it('is titled Casuïstiek Werkbank with a usable size and a background colour', () => {
    expect(options.title).toBe(WINDOW_TITLE);
    expect(WINDOW_TITLE).toBe('Casuïstiek Werkbank');
    expect(options.width).toBeGreaterThanOrEqual(1024);
    expect(options.height).toBeGreaterThanOrEqual(700);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});
