import { PROFILES, type ProfileName } from '../suites/profiles.js';

/** A training workload the perf suite times in every implementation. */
export interface TrainWorkload {
  name: string;
  sizes: number[];
  n: number;
  batch: number;
  steps: { mlpinit: number; oneThread: number; stock: number; torch: number };
}

/** What the perf suite measures, as plain data (it crosses to a browser page). */
export interface PerfSpec {
  profile: ProfileName;
  /** `--steps`: scales every workload's step count (profile steps = 1×). */
  steps?: number;
}

/** `--steps N` over the profile's perf steps: every step count is scaled by it (at least 1 step each). */
export function perfScale(spec: PerfSpec): number {
  return spec.steps ? spec.steps / PROFILES[spec.profile].perf.steps : 1;
}

/** The paper profile's image network (Wang & Perdikaris 2021: 2 → 8×512 → 3, batch 512): its step time projects the paper run's wall time. */
export const PAPER_WORKLOAD_PREFIX = 'train paper image net';

/**
 * The training workloads of a perf run: the throughput network, the profile's
 * image network, a small full-batch network, the medium profile's image
 * network (when the profile's is not it) and the paper profile's.
 */
export function perfWorkloads(spec: PerfSpec): { workloads: TrainWorkload[]; mediumName: string; imgSizes: number[] } {
  const profile = PROFILES[spec.profile];
  const quick = profile.name === 'quick';
  const scale = perfScale(spec);
  const s = (k: number): number => Math.max(1, Math.round(k * scale * (quick ? 1 : 3)));
  const img = profile.image;
  const imgSizes = [2, ...new Array<number>(img.depth).fill(img.width), 3];
  const workloads: TrainWorkload[] = [
    { name: 'train 2→256×4→3, N=16384 full batch', sizes: [2, 256, 256, 256, 256, 3], n: 16384, batch: 16384, steps: { mlpinit: s(12), oneThread: s(4), stock: s(2), torch: s(6) } },
    {
      name: `train image net 2→${img.depth}×${img.width}→3, batch ${img.batchSize ?? 'full'}`,
      sizes: imgSizes,
      n: 12288,
      batch: img.batchSize ?? 12288,
      steps: { mlpinit: s(100), oneThread: s(50), stock: s(20), torch: s(100) },
    },
    { name: 'train 1→100×5→1, N=512 full batch', sizes: [1, 100, 100, 100, 100, 100, 1], n: 512, batch: 512, steps: { mlpinit: s(200), oneThread: s(100), stock: s(50), torch: s(200) } },
  ];
  const med = PROFILES.medium.image;
  const isMedium = img.depth === med.depth && img.width === med.width && img.batchSize === med.batchSize;
  const mediumName = isMedium ? (workloads[1] as TrainWorkload).name : `train medium image net 2→${med.depth}×${med.width}→3, batch ${med.batchSize}`;
  if (!isMedium) {
    workloads.push({
      name: mediumName,
      sizes: [2, ...new Array<number>(med.depth).fill(med.width), 3],
      n: 12288,
      batch: med.batchSize ?? 12288,
      steps: { mlpinit: s(30), oneThread: s(30), stock: s(4), torch: s(30) },
    });
  }
  const paper = PROFILES.paper.image;
  workloads.push({
    name: `${PAPER_WORKLOAD_PREFIX} 2→${paper.depth}×${paper.width}→3, batch ${paper.batchSize}`,
    sizes: [2, ...new Array<number>(paper.depth).fill(paper.width), 3],
    n: 16384,
    batch: paper.batchSize ?? 512,
    steps: { mlpinit: s(8), oneThread: s(4), stock: s(2), torch: s(8) },
  });
  return { workloads, mediumName, imgSizes };
}
