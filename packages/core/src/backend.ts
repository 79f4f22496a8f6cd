import * as tf from '@tensorflow/tfjs-core';
import { MlpinitError } from './errors.js';
import { isNode, nodeModule } from './node-module.js';

/** Backends mlpinit can run on; `tensorflow` is `@tensorflow/tfjs-node`. */
export type BackendName = 'cpu' | 'wasm' | 'webgl' | 'webgpu' | 'tensorflow';

/** The active backend and what it can use. */
export interface BackendInfo {
  name: BackendName;
  /** wasm: SIMD in use; others: false except tensorflow (native, vectorised). */
  simd: boolean;
  /** CPU threads the backend computes with (1 for wasm in Node and for GPU backends' CPU side). */
  threads: number;
  /**
   * Whether mlpinit reads tensors synchronously (`dataSync`, `arraySync`)
   * here. False on WebGPU, whose tfjs read-back goes through a canvas: slow
   * everywhere, and on Chromium's software adapter (SwiftShader) it returns
   * zeros and can lose the device. mlpinit's synchronous APIs then throw
   * `SYNC_READ_UNSUPPORTED` instead of returning wrong numbers; the
   * asynchronous ones (`readWeights`, `meanCos2Async`, …) work everywhere.
   */
  syncReads: boolean;
  /** GPU backends: the adapter or renderer as the browser names it (e.g. "google swiftshader"). */
  adapter?: string;
  /** GPU backends: true when the adapter is a software rasterizer (SwiftShader, llvmpipe). */
  software?: boolean;
}

/** Options for {@link setBackend}. */
export interface SetBackendOptions {
  /**
   * wasm only: where the `.wasm` binaries live (a URL prefix ending in `/`, or
   * a map from file name to URL). By default mlpinit finds them itself: next
   * to the backend package in Node, and through the bundler in a browser app.
   */
  wasmPaths?: string | Record<string, string>;
  /** wasm in a cross-origin-isolated browser: number of threads (default: all cores). */
  threads?: number;
}

export const BACKEND_NAMES: readonly BackendName[] = ['cpu', 'wasm', 'webgl', 'webgpu', 'tensorflow'];

const PACKAGES: Record<BackendName, string> = {
  cpu: '@tensorflow/tfjs-backend-cpu',
  wasm: '@tensorflow/tfjs-backend-wasm',
  webgl: '@tensorflow/tfjs-backend-webgl',
  webgpu: '@tensorflow/tfjs-backend-webgpu',
  tensorflow: '@tensorflow/tfjs-node',
};

// Static specifiers so bundlers include the browser backends; tfjs-node is
// loaded through a variable so browser bundlers never try to resolve it.
const tfjsNodeSpecifier = '@tensorflow/tfjs-node';
const loaders: Record<BackendName, () => Promise<unknown>> = {
  cpu: () => import('@tensorflow/tfjs-backend-cpu'),
  wasm: () => import('@tensorflow/tfjs-backend-wasm'),
  webgl: () => import('@tensorflow/tfjs-backend-webgl'),
  webgpu: () => import('@tensorflow/tfjs-backend-webgpu'),
  tensorflow: () => import(/* @vite-ignore */ tfjsNodeSpecifier),
};

let current: BackendInfo | undefined;
let pending: Promise<BackendInfo> | undefined;

function unavailableReason(name: BackendName): string | undefined {
  if (isNode && (name === 'webgl' || name === 'webgpu')) {
    return `the '${name}' backend needs a browser (${name === 'webgl' ? 'WebGL2' : 'WebGPU'}); in Node.js use 'wasm', 'cpu' or 'tensorflow'`;
  }
  if (!isNode && name === 'tensorflow') {
    return "the 'tensorflow' backend (@tensorflow/tfjs-node) runs only in Node.js";
  }
  if (name === 'webgpu' && !isNode && !(typeof navigator !== 'undefined' && 'gpu' in navigator)) {
    return "this browser has no WebGPU (navigator.gpu is missing); use 'webgl' or 'wasm'";
  }
  return undefined;
}

async function configureWasm(mod: unknown, opts: SetBackendOptions): Promise<void> {
  const wasm = mod as {
    setWasmPaths: (p: string | Record<string, string>, usePlatformFetch?: boolean) => void;
    setThreadsCount: (n: number) => void;
  };
  if (opts.wasmPaths !== undefined) {
    wasm.setWasmPaths(opts.wasmPaths);
  } else if (!isNode) {
    // Browser: resolve the binaries shipped next to this module so any bundler
    // that understands `new URL(..., import.meta.url)` emits and links them.
    wasm.setWasmPaths({
      'tfjs-backend-wasm.wasm': new URL('./wasm/tfjs-backend-wasm.wasm', import.meta.url).href,
      'tfjs-backend-wasm-simd.wasm': new URL('./wasm/tfjs-backend-wasm-simd.wasm', import.meta.url).href,
      'tfjs-backend-wasm-threaded-simd.wasm': new URL('./wasm/tfjs-backend-wasm-threaded-simd.wasm', import.meta.url)
        .href,
    });
  }
  if (opts.threads !== undefined) wasm.setThreadsCount(opts.threads);
}

async function describe(name: BackendName): Promise<BackendInfo> {
  if (name === 'wasm') {
    const simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
    const mt = Boolean(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'));
    let threads = 1;
    if (mt && !isNode) {
      const mod = (await loaders.wasm()) as { getThreadsCount?: () => number };
      threads = mod.getThreadsCount?.() ?? 1;
    }
    return { name, simd, threads, syncReads: true };
  }
  if (name === 'tensorflow') {
    const os = await nodeModule<typeof import('node:os')>('node:os');
    return { name, simd: true, threads: os.cpus().length, syncReads: true };
  }
  if (name === 'webgl' || name === 'webgpu') {
    const adapter = gpuAdapterName(name);
    return {
      name,
      simd: false,
      threads: 1,
      syncReads: name === 'webgl',
      ...(adapter ? { adapter, software: /swiftshader|llvmpipe|software|basic render/i.test(adapter) } : {}),
    };
  }
  return { name, simd: false, threads: 1, syncReads: true };
}

/** The GPU the webgl or webgpu backend drives, as the browser reports it. */
function gpuAdapterName(name: 'webgl' | 'webgpu'): string | undefined {
  try {
    const b = tf.backend() as unknown as {
      adapterInfo?: { vendor?: string; architecture?: string; description?: string };
      gpgpu?: { gl: WebGL2RenderingContext };
    };
    if (name === 'webgpu') {
      const a = b.adapterInfo;
      const parts = [a?.vendor, a?.architecture, a?.description].filter((p) => p !== undefined && p !== '');
      return parts.length > 0 ? parts.join(' ') : undefined;
    }
    const gl = b.gpgpu?.gl;
    if (!gl) return undefined;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  } catch {
    return undefined;
  }
}

/**
 * Loads (lazily, once) and activates a tfjs backend. Resolves to what is
 * active. A backend that is not installed or cannot run here rejects with an
 * {@link MlpinitError} (`BACKEND_UNAVAILABLE`) naming the backend and the fix;
 * the previously active backend stays active.
 */
export async function setBackend(name: BackendName, opts: SetBackendOptions = {}): Promise<BackendInfo> {
  if (!BACKEND_NAMES.includes(name)) {
    throw new MlpinitError(
      'UNKNOWN_BACKEND',
      `unknown backend ${JSON.stringify(name)}; expected one of ${BACKEND_NAMES.join(', ')}`,
      'name',
    );
  }
  const reason = unavailableReason(name);
  if (reason) throw new MlpinitError('BACKEND_UNAVAILABLE', reason, 'name');
  const run = async (): Promise<BackendInfo> => {
    if (name === 'webgpu') {
      const gpu = (navigator as unknown as { gpu: { requestAdapter(): Promise<unknown> } }).gpu;
      if (!(await gpu.requestAdapter().catch(() => null))) {
        throw new MlpinitError('BACKEND_UNAVAILABLE', "this browser has WebGPU but returned no GPU adapter; use 'webgl' or 'wasm'", 'name');
      }
    }
    let mod: unknown;
    try {
      mod = await loaders[name]();
    } catch (err) {
      throw new MlpinitError(
        'BACKEND_UNAVAILABLE',
        `the '${name}' backend needs the package ${PACKAGES[name]}, which could not be loaded ` +
          `(install it next to @mlpinit/core: npm install ${PACKAGES[name]}@4.22.0): ${(err as Error).message}`,
        'name',
      );
    }
    if (name === 'wasm') await configureWasm(mod, opts);
    let ok = false;
    try {
      ok = await tf.setBackend(name);
    } catch (err) {
      throw new MlpinitError('BACKEND_UNAVAILABLE', `the '${name}' backend failed to start: ${(err as Error).message}`, 'name');
    }
    if (!ok) {
      throw new MlpinitError('BACKEND_UNAVAILABLE', `the '${name}' backend failed to initialize in this runtime`, 'name');
    }
    if (name === 'cpu' && isNode) {
      // The cpu backend prints an advert for tfjs-node on first use; mlpinit's
      // own docs already say which backend to use, so keep stderr clean.
      const cpu = tf.findBackend('cpu') as { firstUse?: boolean } | null;
      if (cpu) cpu.firstUse = false;
    }
    current = await describe(name);
    return current;
  };
  pending = (pending ?? Promise.resolve(undefined as unknown as BackendInfo)).catch(() => undefined).then(run);
  return pending;
}

/**
 * Makes sure a backend is active, starting the default (wasm) if none is.
 * Every asynchronous entry point of mlpinit calls this first.
 */
export async function ready(): Promise<BackendInfo> {
  if (pending) await pending.catch(() => undefined);
  const active = activeBackendName();
  if (active && (!current || current.name !== active)) current = await describe(active);
  if (current && activeBackendName() === current.name) return current;
  return setBackend('wasm');
}

/** The active backend, or `undefined` when none has been started. */
export function getBackendInfo(): BackendInfo | undefined {
  const active = activeBackendName();
  return current && current.name === active ? current : undefined;
}

function activeBackendName(): BackendName | undefined {
  // `tf.engine().backendName` is null until a backend is initialized; reading
  // it does not trigger initialization (unlike `tf.getBackend()`).
  const name = (tf.engine() as unknown as { backendName: string | null }).backendName;
  return name && (BACKEND_NAMES as readonly string[]).includes(name) ? (name as BackendName) : undefined;
}

/**
 * Throws a clear error when no backend is active (synchronous APIs cannot start
 * the default wasm backend, whose initialization is asynchronous).
 */
export function requireBackend(): void {
  if (activeBackendName() === undefined) {
    throw new MlpinitError(
      'NO_BACKEND',
      "no tfjs backend is active: `await ready()` (wasm by default) or `await setBackend('cpu')` first",
    );
  }
}
