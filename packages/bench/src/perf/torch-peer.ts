import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The peer script shipped in the package's `peers/` folder. */
const SCRIPT = fileURLToPath(new URL('../../peers/torch_perf.py', import.meta.url));

/** What the PyTorch peer reported, or why it did not run. */
export type PeerResult = { ms: number; torch: string; threads: number; method?: string } | { unavailable: string };

/**
 * The Python that runs the PyTorch peer: `--python` when given, else
 * `$MLPINIT_PYTHON`, else `python3` on PATH (a conda or venv interpreter when
 * one is active).
 */
export function peerPython(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag !== undefined && flag.trim() !== '') return flag;
  const fromEnv = env.MLPINIT_PYTHON;
  return fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv : 'python3';
}

const available = new Map<string, Promise<string | null>>();

/** `null` when `<python> -c "import torch"` works, else the reason it does not (naming the interpreter). */
export function torchUnavailable(python: string): Promise<string | null> {
  let p = available.get(python);
  if (!p) {
    p = (async () => {
      if (!existsSync(SCRIPT)) return `peer script missing at ${SCRIPT}`;
      try {
        await run(python, ['-c', 'import torch'], { timeout: 60_000 });
        return null;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return `${python} not found (set --python or MLPINIT_PYTHON)`;
        return `PyTorch is not importable from ${python} (pip install torch, or on Debian apt-get install python3-torch libopenblas0-pthread; or point --python / MLPINIT_PYTHON at a Python that has it)`;
      }
    })();
    available.set(python, p);
  }
  return p;
}

/** Runs one workload of `peers/torch_perf.py` with `python`; ms per step (train, go, pinn) or per call (ntk). */
export async function torchPeer(python: string, args: string[], signal?: AbortSignal): Promise<PeerResult> {
  const why = await torchUnavailable(python);
  if (why) return { unavailable: why };
  const { stdout } = await run(python, [SCRIPT, ...args], { timeout: 30 * 60_000, signal, maxBuffer: 1 << 20 });
  const line = stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(line) as { ms: number; torch: string; threads: number; method?: string };
}
