import * as tf from '@tensorflow/tfjs-core';
import type { Mlp } from '@mlpinit/core';
import { GoResult } from '@mlpinit/go-init';
import { type InfiniteNtkConfig, infiniteKernels, predictGd } from '@mlpinit/ntk';
import type { GoSummary } from './build-mlp.js';

/** How the infinite-width row of a trial was computed, and what it scored (`results.json` → `runs[].infiniteWidth`). */
export interface InfiniteWidthRecord {
  /** The kernel's family: per-layer weight scales c_l (= √(d_in·Var W_l)), bias means and stds, activation. */
  config: InfiniteNtkConfig;
  /** Training points the kernel regression used (image: the window widened by a margin), and the evaluation points. */
  trainPoints: number;
  testPoints: number;
  /** The suite's metric for the infinite-width NTK prediction (gradient flow to t = ∞) on the evaluation points. */
  kernel: number;
  /** The same metric for the trained network on the same evaluation points. */
  trained: number;
  /** Metric name: `heldOutSnrDb` (image, higher is better) or `testRelL2` (synthetic, lower is better). */
  metric: 'heldOutSnrDb' | 'testRelL2';
  seconds: number;
}

/** The infinite-width family of a built network, and the inputs its first dense layer sees. */
export interface InfiniteFamily {
  config: InfiniteNtkConfig;
  /** Maps the trial's input points to the kernel's (GO's normalisation, or a Fourier encoding γ(x)). */
  inputs(x: number[][]): Promise<number[][]>;
}

const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;

/**
 * The infinite-width limit that matches a network at initialization. GO:
 * its learned law (Wang & Perdikaris 2021), c_l and b_l on N(0, 1/d_in), with
 * its input normalisation. Otherwise the network's own per-layer statistics:
 * c_l = √(d_in · mean W_l²), bias mean and std per layer (so Glorot's first
 * layer keeps its small variance 2/(d_in + d_out)), with a Fourier encoding
 * applied to the inputs.
 */
export async function infiniteFamilyOf(mlp: Mlp, go?: GoSummary): Promise<InfiniteFamily> {
  if (go) {
    const law = GoResult.fromJSON(go.law);
    return {
      config: { activation: law.activation, depth: law.layerScales.length, c: [...law.layerScales], biasMean: [...law.layerBiases], outputScale: 1 },
      inputs: async (x) => law.normalizeInputs(x),
    };
  }
  const w = await mlp.readWeights();
  const L = w.weights.length - 1;
  const scale = (l: number): number => {
    const rows = w.weights[l] as number[][];
    return Math.sqrt(rows.length * mean(rows.flat().map((v) => v * v)));
  };
  const biasMean = w.biases.slice(0, L).map((b) => mean(b));
  const biasStd = w.biases.map((b) => {
    const m = mean(b);
    return Math.sqrt(mean(b.map((v) => (v - m) ** 2)));
  });
  const config: InfiniteNtkConfig = {
    activation: mlp.activation.name,
    depth: L,
    c: Array.from({ length: L }, (_, l) => scale(l)),
    biasMean,
    biasStd,
    outputScale: scale(L),
  };
  return {
    config,
    inputs: async (x) => {
      if (!mlp.encoding) return x;
      const t = tf.tensor2d(x, [x.length, mlp.inputSize], 'float32');
      const g = mlp.encodeInputs(t);
      try {
        return (await g.array()) as number[][];
      } finally {
        t.dispose();
        if (g !== t) g.dispose();
      }
    },
  };
}

/**
 * The infinite-width NTK's prediction at t = ∞ (kernel regression with the
 * NTK of the network's infinite-width limit, ntk's `predictGd`) for k outputs.
 */
export async function infiniteWidthPredict(
  family: InfiniteFamily,
  xTrain: number[][],
  yTrain: number[][],
  xTest: number[][],
  signal?: AbortSignal,
): Promise<number[][]> {
  const a = await family.inputs(xTrain);
  const b = await family.inputs(xTest);
  const opts = signal ? { signal } : {};
  const kernel = async (p: number[][] | number[] | tf.Tensor2D, q?: number[][] | number[] | tf.Tensor2D | null) =>
    (await infiniteKernels(family.config, p, q, opts)).ntk;
  // predictGd calls kernel(xTrain) and kernel(xTest, xTrain) with the points it was given.
  const [pred] = await predictGd(kernel, a, yTrain, b, opts);
  return pred?.test ?? [];
}

/** A run that may carry an infinite-width record, and the column that identifies its task (image or data size). */
interface RowSource {
  init: string;
  infiniteWidth?: InfiniteWidthRecord;
}

/**
 * The report's infinite-width table: per init (and task), the metric of the
 * infinite-width NTK's kernel regression beside the trained network's on the
 * same evaluation points. Empty when no run carries a record.
 */
export function infiniteWidthTable<R extends RowSource>(runs: readonly R[], task: { header: string; of: (r: R) => string }): string {
  const rows = runs.filter((r) => r.infiniteWidth);
  if (rows.length === 0) return '';
  const first = rows[0]?.infiniteWidth as InfiniteWidthRecord;
  const snr = first.metric === 'heldOutSnrDb';
  const fmt = (v: number): string => (snr ? `${v.toFixed(2)} dB` : v.toPrecision(3));
  const lines = [
    `Infinite width: kernel regression (gradient flow to t = ∞, ntk's \`predictGd\`) with each init's infinite-width NTK (ntk's \`infiniteKernels\`: the same per-layer weight scales, bias means and stds, GO's learned law), on the first seed, beside the trained network on the same evaluation points. ${snr ? 'Held-out SNR (higher is better); the gap is kernel − trained in dB' : 'Relative L2 test error (lower is better); the gap is the kernel error over the trained error'}.`,
    '',
    `| init | ${task.header} | training points | evaluation points | infinite-width NTK | trained network | gap | kernel seconds |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const w = r.infiniteWidth as InfiniteWidthRecord;
    const gap = snr ? `${(w.kernel - w.trained).toFixed(2)} dB` : w.trained > 0 ? `×${(w.kernel / w.trained).toFixed(2)}` : '—';
    lines.push(`| ${r.init} | ${task.of(r)} | ${w.trainPoints} | ${w.testPoints} | ${fmt(w.kernel)} | ${fmt(w.trained)} | ${gap} | ${w.seconds.toFixed(1)} |`);
  }
  return lines.join('\n');
}
