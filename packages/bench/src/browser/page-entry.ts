// The page the browser backends run: the bench's portable trial code
// (bundled once by Vite into dist-page/), driven from Node by BrowserRunner.
import { setBackend } from '@mlpinit/core';
import type { BackendName } from '@mlpinit/core';
import { runPortableTask } from '../trials/run-portable.js';
import { type PageApi, type WireTask, fromWire } from './page-protocol.js';

const controllers = new Map<number, AbortController>();

const api: PageApi = {
  async setBackend(name) {
    const info = await setBackend(name as BackendName);
    return { ...info, userAgent: navigator.userAgent };
  },
  async run(id: number, wire: WireTask) {
    const ac = new AbortController();
    controllers.set(id, ac);
    try {
      return await runPortableTask(fromWire(wire), {
        signal: ac.signal,
        onStep: (done, total) => void window.mlpinitProgress?.(id, done, total),
      });
    } finally {
      controllers.delete(id);
    }
  },
  abort(id) {
    controllers.get(id)?.abort();
  },
};

window.mlpinitBench = api;
document.title = 'mlpinit-bench page: ready';
