import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;
// The bootstrap test builds into its own folder (inside the repo, so node_modules resolves) and
// never races the browser suite's build of out/renderer.
const out = resolve(root, process.env.WERKBANK_ELECTRON_OUT_DIR ?? 'out');

/**
 * One build for the three Electron targets. Outputs line up with package.json "main"
 * (out/main/index.js) and with the paths electron/main/index.ts loads at run time.
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(out, 'main'),
      // ESM (package.json "type": "module"); runtime dependencies stay in node_modules, where the
      // native SQLite module must live anyway.
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(out, 'preload'),
      // A sandboxed preload can only require('electron') and a few Node built-ins: it must be
      // CommonJS and self-contained, so shared code and zod are bundled into it.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(out, 'renderer'),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
