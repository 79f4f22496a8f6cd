import { type BackendInfo, type BackendName, setBackend } from '@mlpinit/core';

/** Backends this browser can offer (webgpu only where navigator.gpu exists). */
export function availableBackends(): BackendName[] {
  const list: BackendName[] = ['wasm'];
  if (typeof OffscreenCanvas !== 'undefined') list.push('webgl');
  if (typeof navigator !== 'undefined' && 'gpu' in navigator) list.push('webgpu');
  list.push('cpu');
  return list;
}

/**
 * Activates a backend through core. The wasm thread count is set explicitly
 * (tfjs would otherwise take half the cores); it applies when wasm first
 * starts, so later switches report the count in force.
 */
export async function backendTask(params: { name: BackendName; threads: number }): Promise<BackendInfo & { available: BackendName[] }> {
  const opts = params.name === 'wasm' ? { threads: params.threads } : {};
  const info = await setBackend(params.name, opts);
  return { ...info, available: availableBackends() };
}
