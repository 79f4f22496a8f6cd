import { defineConfig } from 'vite';

/**
 * Cross-origin isolation (COOP + COEP) gives the page SharedArrayBuffer, which
 * the threaded wasm backend needs; both the dev and the preview server send it.
 */
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  // Relative asset URLs: the built site works from any static host and sub-path.
  base: './',
  server: { host: '127.0.0.1', headers: isolation },
  preview: { host: '127.0.0.1', headers: isolation },
  worker: {
    format: 'es',
    // tfjs-backend-wasm starts its pthreads from the threaded factory's source
    // text (Function.prototype.toString into a Blob); a minifier that renames or
    // hoists across that function breaks it ("e is not defined" in every
    // pthread), so the worker bundle keeps identifiers as written.
    rolldownOptions: { output: { minify: { mangle: false, compress: false } } },
  },
  // core locates its wasm binaries with new URL('./wasm/…', import.meta.url);
  // pre-bundling would move the module away from dist/wasm in dev.
  optimizeDeps: { exclude: ['@mlpinit/core'] },
  resolve: { dedupe: ['@tensorflow/tfjs-core'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 5000, reportCompressedSize: false },
});
