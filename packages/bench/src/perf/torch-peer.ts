import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';

/** The peer script shipped in the package's `peers/` folder. */
const SCRIPT = fileURLToPath(new URL('../../peers/torch_perf.py', import.meta.url));

/** What the PyTorch peer reported, or why it did not run. */
export type PeerResult = { ms: number; torch: string; threads: number } | { unavailable: string };

let available: Promise<string | null> | undefined;

/** `null` when `/usr/bin/python3 -c "import torch"` works, else the reason it does not. */
export function torchUnavailable(): Promise<string | null> {
  available ??= (async () => {
    if (!existsSync(PYTHON)) return `${PYTHON} not found`;
    if (!existsSync(SCRIPT)) return `peer script missing at ${SCRIPT}`;
    try {
      await run(PYTHON, ['-c', 'import torch'], { timeout: 60_000 });
      return null;
    } catch {
      return 'PyTorch is not installed (apt-get install python3-torch libopenblas0-pthread)';
    }
  })();
  return available;
}

/** Runs one workload of `peers/torch_perf.py`; ms per step (train, go) or per call (ntk). */
export async function torchPeer(args: string[], signal?: AbortSignal): Promise<PeerResult> {
  const why = await torchUnavailable();
  if (why) return { unavailable: why };
  const { stdout } = await run(PYTHON, [SCRIPT, ...args], { timeout: 30 * 60_000, signal, maxBuffer: 1 << 20 });
  const line = stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(line) as { ms: number; torch: string; threads: number };
}
