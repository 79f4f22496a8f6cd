/** Debian's Chromium, the default browser of the browser backends (`--browser PATH` for another). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags every launch uses: a quiet, sandbox-free headless Chromium (containers, CI). */
const BASE_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * Chromium's flags for a backend. WebGPU needs `--enable-unsafe-webgpu` on
 * Linux; on the default (Debian) Chromium the adapter is forced to SwiftShader,
 * the software Vulkan adapter that works without a GPU (CI); with a browser
 * of the user's own (`--browser`) the browser picks its GPU.
 */
export function chromiumFlags(backend: 'webgl' | 'webgpu', ownBrowser: boolean): string[] {
  if (backend === 'webgl') return BASE_FLAGS;
  return [...BASE_FLAGS, '--enable-unsafe-webgpu', '--enable-features=Vulkan', ...(ownBrowser ? [] : ['--use-webgpu-adapter=swiftshader'])];
}
