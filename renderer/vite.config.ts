import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * @fontsource lists a .woff fallback beside every .woff2 file. Chromium (Electron and the
 * preview) reads woff2, so the fallbacks would only double the app's size.
 */
function woff2Only(): Plugin {
  return {
    name: 'alliance-atlas:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@fontsource') || !id.endsWith('.css')) return null;
      return code.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, '');
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [woff2Only(), react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Inlined data: fonts would be blocked by the Content-Security-Policy (font-src 'self').
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
});
