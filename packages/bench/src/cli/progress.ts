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

/** `h:mm:ss` or `m:ss`. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * Progress for logs, CI and `nohup` (stderr not a TTY): one line each time a
 * bar passes another `every` percent, with elapsed time and an ETA from the
 * mean rate so far, and a last line when it stops.
 */
export function lineProgress(opts: { write?: (line: string) => void; now?: () => number; every?: number } = {}): Progress {
  const write = opts.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = opts.now ?? (() => Date.now());
  const every = opts.every ?? 5;
  const open = new Set<ProgressBar>();
  return {
    bar(label, total0) {
      const started = now();
      let total = Math.max(total0, 1);
      let value = 0;
      let printed = 0;
      let status = '';
      let stopped = false;
      const report = (): void => {
        const pct = Math.min(100, (100 * value) / total);
        const step = Math.floor(pct / every) * every;
        if (step <= printed || stopped) return;
        printed = step;
        const elapsed = (now() - started) / 1000;
        const eta = value > 0 && value < total ? `, ETA ${clock((elapsed * (total - value)) / value)}` : '';
        write(`${label}: ${step}% (${value}/${total}) after ${clock(elapsed)}${eta}${status ? ` · ${status}` : ''}`);
      };
      const bar: ProgressBar = {
        update(v, s) {
          value = v;
          if (s !== undefined) status = s;
          report();
        },
        increment(d = 1, s) {
          value += d;
          if (s !== undefined) status = s;
          report();
        },
        setTotal(t) {
          total = Math.max(t, 1);
        },
        stop() {
          if (stopped) return;
          stopped = true;
          open.delete(bar);
          const elapsed = (now() - started) / 1000;
          if (value >= total) {
            if (printed < 100) write(`${label}: 100% (${value}/${total}) after ${clock(elapsed)}`);
          } else {
            write(`${label}: stopped at ${value}/${total} after ${clock(elapsed)}`);
          }
        },
      };
      open.add(bar);
      return bar;
    },
    stop() {
      for (const b of [...open]) b.stop();
    },
  };
}
