// Maps every import or require of 'electron' to the fake, for ESM and CommonJS (electron-log) alike.
import { registerHooks } from 'node:module';

const fake = new URL('./electron.ts', import.meta.url).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: fake, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
