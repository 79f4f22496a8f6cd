import { WorkerClient } from './worker-client.js';

/** Shared page state: the worker and a count of running tasks (the backend cannot change under one). */
export class AppState {
  readonly worker = new WorkerClient();
  private busy = 0;
  private readonly listeners: ((busy: boolean) => void)[] = [];

  onBusyChange(fn: (busy: boolean) => void): void {
    this.listeners.push(fn);
  }

  /** Runs `fn` while marking the page busy. */
  async guard<T>(fn: () => Promise<T>): Promise<T> {
    this.busy++;
    for (const l of this.listeners) l(true);
    try {
      return await fn();
    } finally {
      this.busy--;
      if (this.busy === 0) for (const l of this.listeners) l(false);
    }
  }

  get isBusy(): boolean {
    return this.busy > 0;
  }
}
