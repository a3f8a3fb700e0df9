import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer alone, for the browser host (Electron's build is electron.vite.config.ts). */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../out/renderer', emptyOutDir: true, sourcemap: false },
});
