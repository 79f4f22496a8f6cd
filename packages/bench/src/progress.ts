import cliProgress from 'cli-progress';

/** One progress bar of a suite (steps of all its trials). */
export interface ProgressBar {
  /** Sets the absolute value, optionally with a status text. */
  update(value: number, status?: string): void;
  increment(delta?: number, status?: string): void;
  /** Grows the total (e.g. when a GO phase adds steps). */
  setTotal(total: number): void;
  stop(): void;
}

/** Creates bars; a silent implementation is used with `--json` or without a TTY. */
export interface Progress {
  bar(label: string, total: number): ProgressBar;
  stop(): void;
}

const SILENT_BAR: ProgressBar = { update() {}, increment() {}, setTotal() {}, stop() {} };

/** Progress that prints nothing. */
export const silentProgress: Progress = { bar: () => SILENT_BAR, stop() {} };

/** Terminal progress bars with ETA (cli-progress), on stderr. */
export function terminalProgress(): Progress {
  const multi = new cliProgress.MultiBar(
    {
      format: ' {label} |{bar}| {percentage}% | {value}/{total} | ETA {eta_formatted} | {status}',
      clearOnComplete: false,
      hideCursor: true,
      stream: process.stderr,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    bar(label, total) {
      const b = multi.create(Math.max(total, 1), 0, { label: label.padEnd(14), status: '' });
      return {
        update: (v, status) => b.update(v, status === undefined ? {} : { status }),
        increment: (d = 1, status) => b.increment(d, status === undefined ? {} : { status }),
        setTotal: (t) => b.setTotal(Math.max(t, 1)),
        stop: () => b.stop(),
      };
    },
    stop: () => multi.stop(),
  };
}
