import type { Claim } from '../results/results.js';
import { PROFILES } from '../suites/profiles.js';
import type { PerfRun, PerfSummary } from './perf-run.js';
import { PAPER_WORKLOAD_PREFIX } from './perf-workloads.js';

/** Speed ratios, GO's share, NTK speed-up and memory from the perf runs. */
export function summarize(
  names: string[],
  runs: PerfRun[],
  goShare: number | null,
  memory: PerfSummary['memory'],
  mediumName: string,
  pinnNames: string[] = [],
): PerfSummary {
  const ms = (w: string, v: PerfRun['variant']): number | null => runs.find((r) => r.workload === w && r.variant === v)?.ms ?? null;
  const ratio = (a: number | null, b: number | null): number | null => (a !== null && b !== null && b > 0 ? a / b : null);
  return {
    ratios: names.map((w) => ({
      workload: w,
      mlpinitOverPytorch: ratio(ms(w, 'mlpinit'), ms(w, 'pytorch')),
      stockOverMlpinit: ratio(ms(w, 'stock-tfjs'), ms(w, 'mlpinit')),
      mlpinitOverOneThread: ratio(ms(w, 'mlpinit'), ms(w, 'mlpinit-1thread')),
    })),
    goShareOfTraining: goShare,
    memory,
    ntkSpeedupOverPytorch: (() => {
      // Each side at its best: PyTorch's best thread count against mlpinit's best of one and two threads.
      const w = 'NTK 1→5×100→1 on 256 points';
      const ours = (['structured', 'structured-1thread', 'structured-2threads'] as const).map((v) => ms(w, v)).filter((v): v is number => v !== null);
      return ratio(ms(w, 'pytorch'), ours.length > 0 ? Math.min(...ours) : null);
    })(),
    mediumPairHoursOneCore: (() => {
      const one = runs.find((r) => r.variant === 'mlpinit-1thread' && r.workload === mediumName)?.ms;
      return one ? (2 * PROFILES.medium.image.steps * one) / 3.6e6 : null;
    })(),
    paperImageHoursPerInit: (() => {
      const step = runs.find((r) => r.variant === 'mlpinit' && r.workload.startsWith(PAPER_WORKLOAD_PREFIX))?.ms;
      return step ? (PROFILES.paper.image.steps * step) / 3.6e6 : null;
    })(),
    repeatedTrainRatio: (() => {
      const w = 'repeated train 2→256×4→3, N=16384 full batch, 6-step calls';
      return ratio(ms(w, 'repeat-call'), ms(w, 'steady-state'));
    })(),
    pinn: pinnNames.map((w) => ({
      workload: w,
      mlpinitOverPytorch: ratio(ms(w, 'mlpinit'), ms(w, 'pytorch')),
      autodiffOverExplicit: ratio(ms(w, 'autodiff'), ms(w, 'mlpinit')),
    })),
    ntkLargeRssMiB: (() => {
      const note = runs.find((r) => r.workload === 'NTK 1→5×100→1 on 4096 points')?.note;
      const m = note ? /(?:RSS|holds) (\d+) MiB after/.exec(note) : null;
      return m ? Number(m[1]) : null;
    })(),
  };
}

/** The perf suite's claims on the measured backend (its name and GPU adapter), each "not measured" when its baseline did not run. */
export function perfClaims(s: PerfSummary, device: { name: string; adapter?: string; software?: boolean } = { name: 'wasm' }): Claim[] {
  const on = device.software ? `${device.name}, software (${device.adapter ?? 'unnamed adapter'})` : device.name;
  const first = s.ratios[0];
  const fmt = (v: number | null, d = 2): string => (v === null ? 'not measured' : v.toFixed(d));
  return [
    {
      claim: `Training step (2→256×4→3, N=16384) on ${on} within 3× of PyTorch on the same machine`,
      measured: first?.mlpinitOverPytorch == null ? 'not measured (no PyTorch peer; see --python)' : `${fmt(first.mlpinitOverPytorch)}× PyTorch's time`,
      holds: first?.mlpinitOverPytorch == null ? null : first.mlpinitOverPytorch <= 3,
    },
    {
      claim: 'At least 10× faster than stock tfjs (variableGrads + tf.train.adam) on the same backend',
      measured: `stock tfjs takes ${fmt(first?.stockOverMlpinit ?? null, 1)}× mlpinit's time`,
      holds: first?.stockOverMlpinit == null ? null : first.stockOverMlpinit >= 10,
    },
    {
      claim: 'GO costs under 10% of the training it precedes (quick image network)',
      measured:
        s.goShareOfTraining === null
          ? 'not measured'
          : `${(100 * s.goShareOfTraining).toFixed(1)}% for the whole default \`go\` (GO path at batch 256 and lr 2e-2, plus the NTK half-width of each candidate) against the profile's image training`,
      holds: s.goShareOfTraining === null ? null : s.goShareOfTraining < 0.1,
    },
    {
      claim: `Structured NTK on ${on} at least 5× faster than the functorch jacobian contraction (1 → 100×5 → 1, N = 256), each at its best thread count, steady state`,
      measured: s.ntkSpeedupOverPytorch === null ? 'not measured' : `${fmt(s.ntkSpeedupOverPytorch, 1)}× faster`,
      holds: s.ntkSpeedupOverPytorch === null ? null : s.ntkSpeedupOverPytorch >= 5,
    },
    {
      claim: "Medium profile: Glorot and GO together on one CPU core in under an hour (training steps, projected from the one-thread step)",
      measured: s.mediumPairHoursOneCore === null ? 'not measured' : `${(60 * s.mediumPairHoursOneCore).toFixed(0)} min`,
      holds: s.mediumPairHoursOneCore === null ? null : s.mediumPairHoursOneCore < 1,
    },
    {
      claim: `Paper profile (image, 2 → 8×512 → 3, batch 512, 400k steps) on ${on}: one init within a day (projected from the timed step)`,
      measured:
        s.paperImageHoursPerInit == null
          ? 'not measured'
          : `${s.paperImageHoursPerInit.toFixed(1)} h per init (training steps only${device.adapter && !device.software ? `; ${device.adapter}` : ''})`,
      holds: s.paperImageHoursPerInit == null ? null : s.paperImageHoursPerInit < 24,
    },
    {
      claim: 'NTK at N = 4096 on that network within 2 GB',
      measured: s.ntkLargeRssMiB === null ? 'not measured' : `${device.name === 'webgl' || device.name === 'webgpu' ? 'tfjs memory' : 'process RSS'} ${s.ntkLargeRssMiB} MiB`,
      holds: s.ntkLargeRssMiB === null ? null : s.ntkLargeRssMiB < 2048,
    },
    {
      claim: `A repeated 6-step data-parallel \`train\` call (2→256×4→3, N=16384) on ${on} within 1.2× of the steady-state step (persistent worker pool)`,
      measured: s.repeatedTrainRatio == null ? 'not measured (Node, wasm or cpu only)' : `${fmt(s.repeatedTrainRatio)}× the steady-state step`,
      holds: s.repeatedTrainRatio == null ? null : s.repeatedTrainRatio <= 1.2,
    },
    ...(s.pinn ?? []).flatMap((p) => [
      {
        claim: `${p.workload} on ${on}: within 4× of PyTorch's double backward on the same machine (explicit engine, one thread; PyTorch at its better of 1 and all threads)`,
        measured: p.mlpinitOverPytorch === null ? 'not measured (no PyTorch peer; see --python)' : `${fmt(p.mlpinitOverPytorch)}× PyTorch's time`,
        holds: p.mlpinitOverPytorch === null ? null : p.mlpinitOverPytorch <= 4,
      },
      {
        claim: `${p.workload} on ${on}: the explicit engine at least 3× faster than this project's autodiff path`,
        measured: p.autodiffOverExplicit === null ? 'not measured' : `the autodiff path takes ${fmt(p.autodiffOverExplicit)}× the explicit step`,
        holds: p.autodiffOverExplicit === null ? null : p.autodiffOverExplicit >= 3,
      },
    ]),
    {
      claim: `Memory per step stable over ${s.memory.steps.toLocaleString('en-US')} steps`,
      measured: `tensors ${s.memory.tensorsBefore} → ${s.memory.tensorsAfter}, bytes ${s.memory.bytesBefore} → ${s.memory.bytesAfter}`,
      holds: s.memory.steps === 0 ? null : s.memory.tensorsAfter === s.memory.tensorsBefore && s.memory.bytesAfter === s.memory.bytesBefore,
    },
  ];
}
