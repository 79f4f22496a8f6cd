import { byId, setStatus } from './dom.js';
import { CancelledError } from './worker-client.js';

/** What a view's run function gets from {@link bindTaskForm}. */
export interface TaskFormRun {
  form: HTMLFormElement;
  status: HTMLElement;
  /** Registers the running task, so Cancel reaches it. */
  track<T extends { cancel(): void }>(task: T): T;
}

/**
 * Wires the form `#<prefix>-form` of a view that runs one worker task at a
 * time: submitting runs `run` with Run disabled and Cancel enabled; Cancel
 * cancels the tracked task; a bad form value, a failure or a cancellation
 * ends in the status line `#<prefix>-status`, and the buttons are restored.
 */
export function bindTaskForm(prefix: string, run: (ctx: TaskFormRun) => Promise<void>): void {
  const form = byId<HTMLFormElement>(`${prefix}-form`);
  const status = byId(`${prefix}-status`);
  const runBtn = byId<HTMLButtonElement>(`${prefix}-run`);
  const cancelBtn = byId<HTMLButtonElement>(`${prefix}-cancel`);
  let task: { cancel(): void } | undefined;
  cancelBtn.addEventListener('click', () => task?.cancel());
  const track = <T extends { cancel(): void }>(t: T): T => {
    task = t;
    return t;
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      runBtn.disabled = true;
      cancelBtn.disabled = false;
      try {
        await run({ form, status, track });
      } catch (err) {
        if (err instanceof CancelledError) setStatus(status, 'cancelled');
        else setStatus(status, (err as Error).message, 'error');
      } finally {
        task = undefined;
        runBtn.disabled = false;
        cancelBtn.disabled = true;
      }
    })();
  });
}
