import type { BackendName } from '@mlpinit/core';
import type { AppState } from './app-state.js';
import { byId, setStatus } from './dom.js';
import { readNumber } from './form.js';

const LABELS: Record<string, string> = { wasm: 'wasm', webgl: 'webgl', webgpu: 'webgpu', cpu: 'cpu' };

/** Backend switcher: wasm / webgl / webgpu (where present) / cpu, with what is active. */
export function mountBackendBar(app: AppState): { ready: Promise<void> } {
  const select = byId<HTMLSelectElement>('backend-select');
  const threads = byId<HTMLInputElement>('backend-threads');
  const status = byId('backend-status');
  const cores = navigator.hardwareConcurrency || 1;
  // tfjs-backend-wasm 4.22 caps its XNNPACK pool at half the logical cores
  // (assuming two hardware threads per core) and at 8 (its pre-created
  // workers), whatever is asked; the page asks for that cap explicitly.
  const cap = Math.max(1, Math.min(8, Math.floor(cores / 2)));
  // ?threads=N chooses the pool size before wasm starts (it is fixed once it has).
  const asked = Number(new URLSearchParams(location.search).get('threads'));
  threads.value = String(Number.isInteger(asked) && asked >= 1 && asked <= cap ? asked : cap);
  threads.max = String(cap);
  threads.title = `at most ${cap} here: tfjs-backend-wasm uses up to half the logical cores (${cores}) and at most 8`;
  const offered: BackendName[] = ['wasm', 'webgl', ...('gpu' in navigator ? (['webgpu'] as const) : []), 'cpu'];
  select.replaceChildren(
    ...offered.map((name) => {
      const opt = document.createElement('option');
      opt.value = name;
      opt.textContent = LABELS[name] ?? name;
      return opt;
    }),
  );
  let wasmStarted = false;
  let active: string | undefined;
  // navigator.gpu can exist without an adapter (headless, blocklisted GPUs): only offer webgpu with one.
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  void gpu
    ?.requestAdapter()
    .catch(() => null)
    .then((adapter) => {
      const opt = select.querySelector<HTMLOptionElement>('option[value="webgpu"]');
      if (opt && !adapter) {
        opt.disabled = true;
        opt.textContent = 'webgpu (no adapter)';
      }
    });
  const apply = async (): Promise<void> => {
    const name = select.value as BackendName;
    let count = 1;
    try {
      count = readNumber(threads.parentElement ?? document.body, 'threads', { min: 1, max: cap, integer: true });
    } catch (err) {
      setStatus(status, (err as Error).message, 'error');
      return;
    }
    select.disabled = true;
    setStatus(status, `starting ${name}…`);
    status.dataset.backend = '';
    try {
      const info = await app.guard(() => app.worker.run('backend', { name, threads: count }).result);
      if (info.name === 'wasm') wasmStarted = true;
      const isolated = globalThis.crossOriginIsolated ? 'cross-origin isolated' : 'not cross-origin isolated (no wasm threads)';
      setStatus(status, `active: ${info.name} · SIMD ${info.simd ? 'yes' : 'no'} · threads ${info.threads} · ${isolated}`, 'ok');
      status.dataset.backend = info.name;
      active = info.name;
      for (const opt of Array.from(select.options)) {
        if (!info.available.includes(opt.value as BackendName)) opt.disabled = true;
      }
    } catch (err) {
      const still = active ? `; still on ${active}` : '';
      setStatus(status, `could not start ${name}: ${(err as Error).message}${still}`, 'error');
      status.dataset.backend = 'error';
      if (active) select.value = active;
    } finally {
      select.disabled = app.isBusy;
    }
  };
  select.addEventListener('change', () => void apply());
  threads.addEventListener('change', () => {
    // The wasm pool is sized when wasm starts: a new count needs a fresh page.
    if (!wasmStarted) return;
    const url = new URL(location.href);
    url.searchParams.set('threads', threads.value);
    location.assign(url.href);
  });
  app.onBusyChange((busy) => {
    select.disabled = busy;
  });
  return { ready: apply() };
}
