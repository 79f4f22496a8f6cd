import { describe, expect, it } from 'vitest';
import { familyBests, familyOfInit, scaleRuleVerdicts } from './family-comparison.js';
import type { ImageRun } from '../image/image-trial.js';

/** A run with just the fields the comparison reads. */
function run(image: string, init: string, seed: number, held: number, scale?: number, weighed: number[] = [5, 10, 20]): ImageRun {
  return {
    image,
    init,
    seed,
    reg: 'none',
    heldOutSnrDb: held,
    ...(scale !== undefined ? { scale: { family: 'fourier', rule: 'kernel', scale, k: 1, epochs: 100, candidates: weighed.map((c) => ({ scale: c })) } } : {}),
  } as unknown as ImageRun;
}

describe('family comparison', () => {
  // Two images, three seeds: on a.png ff-s10 is best, on b.png ff-s20; the rule picks 10 on a, 5 on b.
  const held: Record<string, Record<string, number[]>> = {
    'a.png': { 'ff-s5': [10, 11, 12], 'ff-s10': [14, 15, 16], 'ff-s20': [13, 13, 13], ff: [14, 15, 16], glorot: [9, 9, 9], siren: [12, 12, 12] },
    'b.png': { 'ff-s5': [8, 8.5, 9], 'ff-s10': [9, 9, 9], 'ff-s20': [10, 10.5, 11], ff: [8, 8.5, 9], glorot: [7, 7, 7], siren: [11, 13, 12] },
  };
  const runs = Object.entries(held).flatMap(([image, byInit]) =>
    Object.entries(byInit).flatMap(([init, vals]) => vals.map((v, seed) => run(image, init, seed, v, init === 'ff' ? (image === 'a.png' ? 10 : 5) : undefined))),
  );

  it('pairs the rule with the best fixed scale of each image (plain-loop means)', () => {
    const [v] = scaleRuleVerdicts(runs);
    expect(v?.rule).toBe('ff');
    expect(v?.sweep.sort()).toEqual(['ff-s10', 'ff-s20', 'ff-s5']);
    expect(v?.bestPerImage).toEqual({ 'a.png': 'ff-s10', 'b.png': 'ff-s20' });
    // a: ff − ff-s10 = 0 on every seed; b: ff − ff-s20 = −2 on every seed. Pooled mean −1.
    const pooled = v?.vsBest.find((d) => d.image === 'all');
    expect(pooled?.n).toBe(6);
    expect(pooled?.meanDiffDb).toBeCloseTo(-1, 12);
    expect(v?.vsBest.find((d) => d.image === 'b.png')?.meanDiffDb).toBeCloseTo(-2, 12);
    expect(v?.chosen.filter((c) => c.image === 'b.png').map((c) => c.scale)).toEqual([5, 5, 5]);
    // No siren-auto ran: no SIREN verdict.
    expect(scaleRuleVerdicts(runs)).toHaveLength(1);
    expect(v?.missing).toEqual([]);
    expect(v?.unpaired).toBe(0);
  });

  it("names the rule's candidates the sweep lacks and the rule runs left unpaired", () => {
    const partial = runs.filter((r) => !(r.init === 'ff-s20' && r.seed === 2));
    partial.push(run('a.png', 'ff', 3, 15, 10, [2.5, 5, 10, 20, 40]));
    const [v] = scaleRuleVerdicts(partial);
    expect(v?.missing).toEqual([2.5, 40]);
    // b.png seed 2 lost its best fixed scale's run; a.png seed 3 never had one.
    expect(v?.unpaired).toBe(2);
    expect(v?.vsBest.find((d) => d.image === 'all')?.n).toBe(5);
  });

  it("names each family's best config per image", () => {
    expect(familyOfInit('ff-s2.5')).toBe('fourier');
    expect(familyOfInit('siren-auto')).toBe('siren');
    expect(familyOfInit('go-p75')).toBe('tanh');
    const b = familyBests(runs).filter((x) => x.image === 'b.png');
    expect(b.map((x) => [x.family, x.init])).toEqual([
      ['tanh', 'glorot'],
      ['fourier', 'ff-s20'],
      ['siren', 'siren'],
    ]);
    expect(b.find((x) => x.family === 'siren')?.heldOutSnrDb).toBeCloseTo(12, 12);
  });
});
