import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { SuiteResults } from './results/results.js';
import type { SyntheticRun } from './synthetic/synthetic-trial.js';
import { stripTimings } from './test-utils/strip-timings.js';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const bin = fileURLToPath(new URL('../bin/mlpinit-bench.js', import.meta.url));
// A tiny synthetic sweep: 2 inits × 2 sizes × 2 seeds of the quick network, 4 steps each.
const ARGS = '--profile quick --backend cpu --inits glorot,orthogonal --sizes 16,32 --seeds 2 --steps 4 --json';
const strip = stripTimings;

describe('the job-array examples of the README', () => {
  it('slurm-sweep.sh, run as an array of 3 by its environment and then merged, equals the unsharded run', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-slurm-'));
    const env = { ...process.env, MLPINIT_BENCH: `node ${bin}`, MLPINIT_SUITE: 'synthetic', MLPINIT_ARGS: ARGS, MLPINIT_OUT: join(root, 'sweep') };
    for (const id of [0, 1, 2]) {
      const task = spawnSync('bash', [join(examples, 'slurm-sweep.sh')], {
        env: { ...env, SLURM_ARRAY_TASK_ID: String(id), SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '3' },
        encoding: 'utf8',
      });
      expect(task.status, task.stderr).toBe(0);
    }
    const merge = spawnSync('bash', [join(examples, 'slurm-sweep.sh'), 'merge'], { env, encoding: 'utf8' });
    expect(merge.status, merge.stderr).toBe(0);
    const whole = spawnSync('node', [bin, 'synthetic', ...ARGS.split(' '), '--out', join(root, 'whole')], { encoding: 'utf8' });
    expect(whole.status, whole.stderr).toBe(0);
    const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'synthetic', 'results.json'), 'utf8')) as SuiteResults<SyntheticRun>;
    const merged = read(join(root, 'sweep', 'merged'));
    const one = read(join(root, 'whole'));
    expect(merged.status).toBe('complete');
    expect(strip(merged.runs)).toEqual(strip(one.runs));
    expect(merged.summary).toEqual(one.summary);
    // Outside an array job the script refuses, naming what is missing.
    const outside = spawnSync('bash', [join(examples, 'slurm-sweep.sh')], { env, encoding: 'utf8' });
    expect(outside.status).not.toBe(0);
    expect(outside.stderr).toMatch(/not in a Slurm job array/);
  }, 300_000);

  it('k8s-sweep.yaml is an Indexed Job whose shard count matches its completions, then a merge Job', () => {
    const docs = parseAllDocuments(readFileSync(join(examples, 'k8s-sweep.yaml'), 'utf8')).map((d) => d.toJS());
    const [sweep, merge] = docs;
    expect(sweep.kind).toBe('Job');
    expect(sweep.spec.completionMode).toBe('Indexed');
    const c = sweep.spec.template.spec.containers[0];
    const count = c.env.find((e: { name: string }) => e.name === 'MLPINIT_SHARD_COUNT').value;
    expect(Number(count)).toBe(sweep.spec.completions);
    expect(c.args.join(' ')).toMatch(/--shard auto --out \/results\/shard-\$JOB_COMPLETION_INDEX/);
    expect(merge.spec.template.spec.containers[0].args.join(' ')).toMatch(/merge \/results\/shard-\* --out \/results\/merged/);
    expect([sweep.metadata.labels.stage, merge.metadata.labels.stage]).toEqual(['sweep', 'merge']);
  });
});
