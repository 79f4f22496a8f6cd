import { MlpinitError } from '@mlpinit/core';
import { describe, expect, it } from 'vitest';
import { CliInfo, parseCli, userMessage } from './program.js';

const argv = (...args: string[]): string[] => ['node', 'mlpinit-bench', ...args];

function flagError(args: string[]): MlpinitError {
  try {
    parseCli(argv(...args));
  } catch (err) {
    expect(err).toBeInstanceOf(MlpinitError);
    return err as MlpinitError;
  }
  throw new Error(`expected ${args.join(' ')} to be rejected`);
}

describe('mlpinit-bench flags', () => {
  it('parses a full invocation', () => {
    const inv = parseCli(
      argv('synthetic', '--profile', 'medium', '--backend', 'cpu', '--seeds', '3', '--inits', 'glorot,go-lam1e-3,glorot-c1.5', '--shard', '2/4', '--workers', '2', '--json', '--scale-freq', '--sizes', '64,128'),
    );
    expect(inv.command).toBe('synthetic');
    expect(inv.options.profile.name).toBe('medium');
    expect(inv.options.backend).toBe('cpu');
    expect(inv.options.seeds).toEqual([0, 1, 2]);
    expect(inv.options.inits).toEqual(['glorot', 'go-lam1e-3', 'glorot-c1.5']);
    expect(inv.options.shard).toEqual({ index: 2, count: 4 });
    expect(inv.options.workers).toBe(2);
    expect(inv.options.json).toBe(true);
    expect(inv.options.scaleFreq).toBe(true);
    expect(inv.options.sizes).toEqual([64, 128]);
    expect(inv.options.out).toBe('bench-results');
  });

  it('defaults to quick on wasm', () => {
    const inv = parseCli(argv('image', '--reg', 'grad,none', '--pixels', '0.5'));
    expect(inv.options.profile.name).toBe('quick');
    expect(inv.options.backend).toBe('wasm');
    expect(inv.options.reg).toEqual(['grad', 'none']);
    expect(inv.options.pixels).toBe(0.5);
    expect(parseCli(argv('merge', 'a', 'b', '--out', 'c')).dirs).toEqual(['a', 'b']);
    expect(parseCli(argv('merge', 'a', 'b', '--out', 'c')).options.union).toBe(false);
    expect(parseCli(argv('merge', '--union', 'a/image/results.json', 'b')).options.union).toBe(true);
    expect(() => parseCli(argv('image', '--union'))).toThrow(/union/);
  });

  it('takes several images, a size, a batch size and the full sweep', () => {
    const inv = parseCli(argv('image', '--image', 'a.png', '--image', 'b.jpg', '--size', '128x96', '--batch-size', '256', '--sweep', '--steps', '300'));
    expect(inv.options.images).toEqual(['a.png', 'b.jpg']);
    expect(inv.options.size).toEqual({ width: 128, height: 96 });
    expect(inv.options.batchSize).toBe(256);
    expect(inv.options.sweep).toBe(true);
    expect(inv.options.steps).toBe(300);
    expect(parseCli(argv('image', '--size', '256')).options.size).toEqual({ longer: 256 });
  });

  it.each([
    [['image', '--seeds', '0'], '--seeds'],
    [['image', '--seeds', 'two'], '--seeds'],
    [['image', '--workers', '0'], '--workers'],
    [['image', '--steps', '-5'], '--steps'],
    [['image', '--shard', '3/2'], '--shard'],
    [['image', '--shard', 'x'], '--shard'],
    [['image', '--inits', 'glorot,xavier'], '--inits'],
    [['image', '--pixels', '1.5'], '--pixels'],
    [['image', '--reg', 'l2'], '--reg'],
    [['image', '--backend', 'metal'], '--backend'],
    [['image', '--browser', '/opt/chrome'], '--browser'],
    [['image', '--backend', 'cpu', '--headed'], '--headed'],
    [['image', '--backend', 'webgpu', '--browser', ' '], '--browser'],
    [['image', '--profile', 'huge'], '--profile'],
    [['image', '--bogus'], '--bogus'],
    [['synthetic', '--sizes', '1,x'], '--sizes'],
    [['image', '--size', '0x3'], '--size'],
    [['image', '--batch-size', '0'], '--batch-size'],
    [['image', '--shard', 'auto'], '--shard'],
  ])('rejects %j naming %s', (args, flag) => {
    const err = flagError(args);
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.param).toBe(flag);
  });

  it('accepts the browser backends with their browser, window and page count', () => {
    const inv = parseCli(argv('image', '--backend', 'webgpu', '--browser', '/opt/chrome/chrome', '--headed', '--workers', '2'));
    expect(inv.options.backend).toBe('webgpu');
    expect(inv.options.browser).toBe('/opt/chrome/chrome');
    expect(inv.options.headed).toBe(true);
    expect(inv.options.workers).toBe(2);
    expect(parseCli(argv('ntk', '--backend', 'webgl')).options.headed).toBe(false);
  });

  it('rejects an unknown subcommand and merge without folders, in words a user reads', () => {
    const unknown = flagError(['figure6']);
    expect(userMessage(unknown)).toMatch(/^unknown command "figure6"; expected one of variance-flow, ntk, synthetic, image, pinn, perf, all, merge \(see mlpinit-bench --help\)$/);
    const merge = flagError(['merge']);
    expect(userMessage(merge)).toBe('expected one or more results folders to merge (see mlpinit-bench merge --help)');
    for (const err of [unknown, merge]) expect(userMessage(err)).not.toMatch(/argv|dirs|command:/);
  });

  it('bare invocation, --help and --version are information, not errors', () => {
    const info = (args: string[]): string => {
      try {
        parseCli(argv(...args));
      } catch (err) {
        expect(err).toBeInstanceOf(CliInfo);
        return (err as CliInfo).text;
      }
      throw new Error('expected CliInfo');
    };
    expect(info([])).toMatch(/^Usage: mlpinit-bench \[options\] \[command\]/);
    expect(info([])).toMatch(/image \[options\]/);
    expect(info(['--help'])).toBe(info([]));
    expect(info(['--version']).trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(info(['-V'])).toBe(info(['--version']));
    expect(info(['perf', '--help'])).toMatch(/--python <path>/);
  });

  it.each([
    ['perf', '--seeds', '3'],
    ['perf', '--inits', 'glorot'],
    ['perf', '--workers', '2'],
    ['ntk', '--inits', 'glorot'],
    ['ntk', '--seeds', '2'],
    ['ntk', '--steps', '10'],
    ['variance-flow', '--workers', '2'],
    ['variance-flow', '--sweep', ''],
    ['synthetic', '--image', 'a.png'],
    ['image', '--python', 'python3'],
    ['image', '--sizes', '64'],
  ])('%s rejects %s, which it would ignore', (sub: string, flag: string, value: string) => {
    const err = flagError(value === '' ? [sub, flag] : [sub, flag, value]);
    expect(err.param).toBe(flag);
    expect(userMessage(err)).toBe(`${flag}: not an option of ${sub} (see mlpinit-bench ${sub} --help)`);
  });

  it('takes the Python of the PyTorch peer where it is used', () => {
    expect(parseCli(argv('perf', '--python', '/opt/conda/bin/python')).options.python).toBe('/opt/conda/bin/python');
    expect(parseCli(argv('all', '--python', 'py')).options.python).toBe('py');
    expect(flagError(['perf', '--python', ' ']).param).toBe('--python');
  });

  it('flag errors name the flag and point at the subcommand’s help', () => {
    expect(userMessage(flagError(['image', '--workers', '0']))).toBe('--workers: expected an integer ≥ 1, got "0" (see mlpinit-bench image --help)');
  });
});
