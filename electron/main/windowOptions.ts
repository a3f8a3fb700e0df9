import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the built (CommonJS) preload script. */
  preloadPath: string;
  /** Developer tools only in unpackaged builds; a packaged app has no use for them. */
  devTools?: boolean;
}

export const WINDOW_TITLE = 'Casuïstiek Werkbank';

/**
 * The one place the main window's web preferences are decided. Every flag below is spelled out
 * even where it equals Electron's default, so a future default change or a careless edit shows up
 * in review and in the unit test rather than silently weakening the renderer.
 */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: WINDOW_TITLE,
    // Matches the renderer's page background, so the window never flashes dark before paint.
    backgroundColor: '#ffffff',
    // Shown on 'ready-to-show' to avoid a blank white frame while the bundle loads.
    show: false,
    webPreferences: {
      preload: input.preloadPath,
      // Checklist #3: the preload and the page run in separate JavaScript worlds.
      contextIsolation: true,
      // Checklist #4: the renderer process runs in Chromium's OS-level sandbox.
      sandbox: true,
      // Checklist #2: no Node.js in the page, its workers or any sub-frame.
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // Checklist #6: never turn off the same-origin policy.
      webSecurity: true,
      // Checklist #8: no http content inside our secure origin.
      allowRunningInsecureContent: false,
      // Checklist #9: no experimental Chromium features.
      experimentalFeatures: false,
      // Checklist #12: no <webview> tag at all (also refused in will-attach-webview).
      webviewTag: false,
      // Dropping a file on the window must not navigate away from the app.
      navigateOnDragDrop: false,
      // The spellchecker downloads dictionaries from Google's CDN: remote traffic we do not want.
      spellcheck: false,
      safeDialogs: true,
      devTools: input.devTools ?? false,
    },
  };
}
