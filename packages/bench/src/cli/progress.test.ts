import { describe, expect, it } from 'vitest';
import { lineProgress } from './progress.js';

describe('lineProgress (logs, CI, nohup)', () => {
  it('prints one line per 5% passed, with elapsed time and an ETA from the rate so far, and a last line', () => {
    const lines: string[] = [];
    let t = 0;
    const p = lineProgress({ write: (l) => lines.push(l), now: () => t });
    const bar = p.bar('image', 200);
    t = 10_000;
    bar.update(4, 'glorot s0');
    expect(lines).toEqual([]); // 2%: below the first 5% step
    bar.update(10, 'glorot s0');
    // 10 of 200 in 10 s → 190 more at 1/s: 3:10 left.
    expect(lines).toEqual(['image: 5% (10/200) after 0:10, ETA 3:10 · glorot s0']);
    t = 60_000;
    bar.update(100, 'go s1 done');
    // One line for the step reached, not one per step skipped; ETA from the mean rate (100 in 60 s).
    expect(lines.at(-1)).toBe('image: 50% (100/200) after 1:00, ETA 1:00 · go s1 done');
    expect(lines).toHaveLength(2);
    bar.update(100);
    expect(lines).toHaveLength(2);
    t = 120_000;
    bar.update(200);
    bar.stop();
    expect(lines.at(-1)).toBe('image: 100% (200/200) after 2:00 · go s1 done');
    bar.stop();
    expect(lines).toHaveLength(3);
  });

  it('says where a stopped run stopped, and a grown total lowers the percentage', () => {
    const lines: string[] = [];
    let t = 0;
    const p = lineProgress({ write: (l) => lines.push(l), now: () => t, every: 25 });
    const bar = p.bar('go', 4);
    bar.setTotal(8);
    t = 3_723_000;
    bar.increment(2);
    expect(lines).toEqual(['go: 25% (2/8) after 1:02:03, ETA 3:06:09']);
    p.stop();
    expect(lines.at(-1)).toBe('go: stopped at 2/8 after 1:02:03');
  });
});
