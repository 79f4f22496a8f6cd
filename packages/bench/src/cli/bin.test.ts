import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/mlpinit-bench.js', import.meta.url));
const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string };
// Pipes, not a terminal: what CI, `nohup` and `> log` see.
const cli = (...args: string[]) => spawnSync('node', [bin, ...args], { encoding: 'utf8', timeout: 120_000 });

describe('the mlpinit-bench binary, as a user runs it', () => {
  it('bare: prints help, exit 0', () => {
    const r = cli();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: mlpinit-bench \[options\] \[command\]/);
    expect(r.stderr).toBe('');
  });

  it('--version and -V print the package version', () => {
    for (const flag of ['--version', '-V']) {
      const r = cli(flag);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(pkg.version);
    }
  });

  it('a flag a subcommand would ignore is an error, exit 2, in one line without internal names', () => {
    const r = cli('perf', '--seeds', '3');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('mlpinit-bench: --seeds: not an option of perf (see mlpinit-bench perf --help)\n');
    const m = cli('merge');
    expect(m.status).toBe(2);
    expect(m.stderr).toBe('mlpinit-bench: expected one or more results folders to merge (see mlpinit-bench merge --help)\n');
  });

  it('without a TTY, progress comes as lines with percentages (not silence)', () => {
    const out = mkdtempSync(join(tmpdir(), 'mlpinit-bin-'));
    try {
      const r = cli('variance-flow', '--out', out);
      expect(r.status).toBe(0);
      const lines = r.stderr.split('\n').filter((l) => /^variance-flow: \d+% \(\d+\/3\) after \d+:\d\d/.test(l));
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines.at(-1)).toMatch(/^variance-flow: 100% \(3\/3\)/);
      expect(r.stdout).toMatch(/variance-flow: complete/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
