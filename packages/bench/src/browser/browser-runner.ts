import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MlpinitError } from '@mlpinit/core';
import type { Browser, Page } from 'playwright-core';
import type { DeviceInfo } from '../results/results.js';
import type { TrialOutcome, TrialRunOptions, TrialTask } from '../trials/trial-kinds.js';
import { DEFAULT_CHROMIUM, chromiumFlags } from './chromium-launch.js';
import type { PageApi } from './page-protocol.js';
import { toWire } from './page-protocol.js';
import { servePage } from './page-server.js';

/** The browser backends. */
export type BrowserBackend = 'webgl' | 'webgpu';

/** Options of {@link BrowserRunner.start}. */
export interface BrowserRunnerOptions {
  backend: BrowserBackend;
  /** Pages, each running one trial at a time (`--workers`). */
  pages: number;
  /** `--browser`: a Chromium or Chrome executable (default Debian's /usr/bin/chromium or $CHROMIUM_PATH). */
  executablePath?: string;
  /** `--headed`: show the browser. */
  headed?: boolean;
  /** Page console errors and crashes. */
  log?: (msg: string) => void;
}

type Slot = { page: Page; busy: boolean };

/** The bundled page (Vite, `pnpm build`), or where it would be. */
function pageDir(): string {
  return fileURLToPath(new URL('../../dist-page/', import.meta.url));
}

/**
 * Runs trials inside headless Chromium on webgl or webgpu: one static server
 * on 127.0.0.1 (a secure context, as WebGPU needs) serving the bench's trial
 * code bundled once by Vite, one browser, `pages` pages each with the backend
 * started, one trial per page at a time; progress and cancellation cross
 * over, results come back as plain data.
 */
export class BrowserRunner {
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private nextId = 1;

  private constructor(
    private readonly browser: Browser,
    private readonly slots: Slot[],
    private readonly closeServer: () => Promise<void>,
    private readonly progress: Map<number, (done: number, total: number) => void>,
    /** The backend's device as the first page described it. */
    readonly device: DeviceInfo,
  ) {}

  /** Number of pages. */
  get pages(): number {
    return this.slots.length;
  }

  /** Launches the browser and opens the pages; rejects with a clear error when the browser, the page bundle or the backend is missing. */
  static async start(opts: BrowserRunnerOptions): Promise<BrowserRunner> {
    const executablePath = opts.executablePath ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
    if (!existsSync(executablePath)) {
      throw new MlpinitError(
        'BACKEND_UNAVAILABLE',
        `the ${opts.backend} backend runs in Chromium, and there is none at ${executablePath}: install one (apt-get install chromium) or pass --browser PATH (Chrome or Chromium)`,
        '--browser',
      );
    }
    const dir = pageDir();
    if (!existsSync(`${dir}page.html`)) {
      throw new MlpinitError('BACKEND_UNAVAILABLE', `the browser page bundle is missing (${dir}page.html): build the bench package first (pnpm build)`, '--backend');
    }
    const { chromium } = await import('playwright-core');
    const server = await servePage({ '/data/': fileURLToPath(new URL('../../data/', import.meta.url)), '/': dir });
    let browser: Browser | undefined;
    try {
      // Ctrl-C is the CLI's to handle (stop after the current step, keep finished trials): Playwright must not close the browser on it.
      browser = await chromium.launch({
        executablePath,
        headless: opts.headed !== true,
        args: chromiumFlags(opts.backend, opts.executablePath !== undefined),
        handleSIGINT: false,
      });
      const progress = new Map<number, (done: number, total: number) => void>();
      const slots: Slot[] = [];
      let device: DeviceInfo | undefined;
      for (let i = 0; i < Math.max(1, opts.pages); i++) {
        const page = await browser.newPage();
        page.on('pageerror', (err) => opts.log?.(`browser page ${i + 1}: ${err.message}`));
        page.on('console', (msg) => {
          if (msg.type() === 'error') opts.log?.(`browser page ${i + 1} console: ${msg.text()}`);
        });
        await page.exposeFunction('mlpinitProgress', (id: number, done: number, total: number) => progress.get(id)?.(done, total));
        await page.goto(`${server.url}/page.html`);
        await page.waitForFunction(() => window.mlpinitBench !== undefined, undefined, { timeout: 60_000 });
        const info = await page.evaluate((b) => (window.mlpinitBench as PageApi).setBackend(b), opts.backend).catch((err: Error) => {
          throw new MlpinitError('BACKEND_UNAVAILABLE', `the ${opts.backend} backend did not start in ${executablePath}: ${err.message.split('\n')[0]}`, '--backend');
        });
        device ??= {
          name: info.name,
          ...(info.adapter ? { adapter: info.adapter } : {}),
          ...(info.software !== undefined ? { software: info.software } : {}),
          browser: `${browser.version()} (${info.userAgent})`,
        };
        slots.push({ page, busy: false });
      }
      return new BrowserRunner(browser, slots, server.close, progress, device as DeviceInfo);
    } catch (err) {
      await browser?.close().catch(() => undefined);
      await server.close();
      throw err;
    }
  }

  private acquire(): Promise<Slot> {
    const free = this.slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }

  /** Runs one trial in the next free page. Cancelling `signal` stops it after its current step. */
  async run(task: TrialTask, opts: Pick<TrialRunOptions, 'signal' | 'onStep'> = {}): Promise<TrialOutcome> {
    const slot = await this.acquire();
    const id = this.nextId++;
    const onAbort = (): void => void slot.page.evaluate((i) => window.mlpinitBench?.abort(i), id).catch(() => undefined);
    try {
      if (opts.signal?.aborted) return { ok: false, aborted: true, message: 'cancelled' };
      if (opts.onStep) this.progress.set(id, opts.onStep);
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      const wire = toWire({ ...task, trainWorkers: 1 });
      return (await slot.page.evaluate(([i, t]) => (window.mlpinitBench as PageApi).run(i, t), [id, wire] as const)) as TrialOutcome;
    } catch (err) {
      return { ok: false, aborted: false, message: `browser page: ${(err as Error).message.split('\n')[0]}` };
    } finally {
      opts.signal?.removeEventListener('abort', onAbort);
      this.progress.delete(id);
      this.release(slot);
    }
  }

  /** Closes the browser and the server. */
  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.closeServer();
  }
}
