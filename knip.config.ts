import type { KnipConfig } from 'knip';

/**
 * `npm run lint` runs knip after ESLint: an unused file, export or dependency fails lint, so dead
 * code does not pile up between issues. The entry points are every way the code is started.
 */
const config: KnipConfig = {
  entry: [
    'electron/main/index.ts', // Electron main process (electron-vite)
    'electron/preload/index.ts', // the preload that builds window.api
    // The browser host, the werkbank command and the renderer knip finds itself (package.json
    // scripts, renderer/index.html).
    'scripts/*.{mjs,ts}',
    'test/**/*.test.ts',
    'test/e2e-browser/**/*.e2e.ts',
    'test/e2e-electron/**/*.e2e.ts',
    // Started as separate Node processes by test/unit/electron/bootstrap.test.ts.
    'test/unit/electron/fakeElectron/{hooks,probe}.ts',
  ],
  project: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/src/**/*.{ts,tsx}', 'scripts/**/*.{mjs,ts}', 'test/**/*.ts'],
  // builderConfig.test.ts validates electron-builder.yml with electron-builder's own validator, which
  // lives in app-builder-lib (installed with electron-builder, same release); no second copy to pin.
  ignoreDependencies: ['app-builder-lib'],
};

export default config;
