// Bundles the browser backends' page (src/browser/page-entry.ts and the
// portable trial code) once, into dist-page/; mlpinit-bench serves it on
// 127.0.0.1 and drives it with Playwright (src/browser/browser-runner.ts).
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'page',
  base: './',
  logLevel: 'warn',
  build: {
    outDir: '../dist-page',
    emptyOutDir: true,
    target: 'es2022',
    // Readable stack traces from the page; the bundle is served locally, size does not matter.
    minify: false,
    chunkSizeWarningLimit: 20_000,
    rollupOptions: {
      input: 'page/page.html',
      // Node-only branches (file reads in Node) are never taken in the page.
      external: [/^node:/],
    },
  },
  resolve: { dedupe: ['@tensorflow/tfjs-core'] },
});
