import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { MlpinitError } from '@mlpinit/core';
import { INIT_NAME_FORMS } from '../trials/init-spec.js';
import { PROFILE_NAMES } from '../suites/profiles.js';
import { CLI_BACKENDS, type CliOptions, type RawOptions, resolveOptions } from './options.js';

/** Subcommands of `mlpinit-bench`. */
export type CommandName = 'variance-flow' | 'ntk' | 'synthetic' | 'image' | 'pinn' | 'perf' | 'all' | 'merge';

/** A parsed invocation. */
export interface Invocation {
  command: CommandName;
  options: CliOptions;
  /** `merge`: the folders to merge. */
  dirs: string[];
}

const DESCRIPTIONS: Record<Exclude<CommandName, 'merge'>, string> = {
  'variance-flow': 'Figures 1 and 2: flow of variance through deep MLPs (@mlpinit/variance-flow)',
  ntk: 'Figure 3: NTK heatmaps and half-widths under Glorot and GO (@mlpinit/go-init + @mlpinit/ntk)',
  synthetic: 'Figure 4: high-frequency 2-D regression over data sizes',
  image: 'Figure 5: image regression from a random 25% of the pixels',
  pinn: 'physics-informed networks (@mlpinit/pinn): 1-D Poisson (smooth, multi-scale) and 2-D Helmholtz per init; Node backends only',
  perf: 'training-step time on the chosen backend',
  all: 'every suite, then DIR/report.md',
};

/** Flags every suite subcommand takes. */
function runOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--profile <name>', 'size profile').choices(PROFILE_NAMES as string[]).default('quick'))
    .addOption(new Option('--backend <name>', 'TensorFlow.js backend (webgl, webgpu: in headless Chromium)').choices(CLI_BACKENDS as string[]).default('wasm'))
    .option('--browser <path>', 'webgl, webgpu: the Chrome or Chromium to run in (default: $CHROMIUM_PATH, else /usr/bin/chromium with WebGPU on SwiftShader)')
    .option('--headed', 'webgl, webgpu: show the browser window')
    .option('--out <dir>', 'results folder', 'bench-results')
    .option('--json', 'no progress output; a machine-readable summary on stdout');
}

/** Flags of the suites that run a grid of trials (init × seed …): synthetic, image, all. */
function trialOptions(cmd: Command): Command {
  return cmd
    .option('--seeds <n>', "number of seeds 0…n−1 (default: the profile's)")
    .option('--inits <list>', `comma-separated inits: ${INIT_NAME_FORMS}`)
    .option('--shard <i/n|auto>', 'run the deterministic slice i of n of the trial grid; auto: from a Slurm job array or a Kubernetes Indexed Job (bench README)')
    .option('--sweep', "run the profile's full sweep of inits instead of its default few")
    .option('--no-infinite-width', "skip the infinite-width NTK row (kernel regression with each init's infinite-width NTK)")
    .option('--workers <k>', 'worker threads (webgl, webgpu: browser pages) running independent trials', '1');
}

/** Which flag groups each subcommand takes: a flag it would ignore is rejected, not accepted silently. */
const FLAGS: Record<Exclude<CommandName, 'merge'>, { trials: boolean; steps: boolean; python: boolean; image: boolean; synthetic: boolean }> = {
  'variance-flow': { trials: false, steps: false, python: false, image: false, synthetic: false },
  ntk: { trials: false, steps: false, python: false, image: false, synthetic: false },
  synthetic: { trials: true, steps: true, python: false, image: false, synthetic: true },
  image: { trials: true, steps: true, python: false, image: true, synthetic: false },
  pinn: { trials: true, steps: true, python: false, image: false, synthetic: false },
  perf: { trials: false, steps: true, python: true, image: false, synthetic: false },
  all: { trials: true, steps: true, python: true, image: true, synthetic: true },
};

/** The package's version (for `--version`). */
function packageVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

/**
 * The commander program. Each action records the invocation through
 * `onInvoke`; flag errors become `MlpinitError` (core)s naming the flag.
 */
export function createProgram(onInvoke: (inv: Invocation) => void): Command {
  const program = new Command('mlpinit-bench')
    .description('Benchmarks reproducing Wang & Perdikaris (2021), Figures 1–5, on any TensorFlow.js backend')
    .version(packageVersion(), '-V, --version', 'print the version')
    .exitOverride()
    // Errors are reported by the caller (one line, no internal prefixes); help and version go to stdout.
    .configureOutput({ writeErr: () => {} })
    .showHelpAfterError(false);
  for (const name of Object.keys(DESCRIPTIONS) as Exclude<CommandName, 'merge'>[]) {
    const flags = FLAGS[name];
    const cmd = runOptions(program.command(name).description(DESCRIPTIONS[name]).exitOverride().configureOutput({ writeErr: () => {} }));
    if (flags.trials) trialOptions(cmd);
    if (flags.steps) cmd.option('--steps <n>', "training steps (default: the profile's)");
    if (flags.python) cmd.option('--python <path>', 'Python with PyTorch for the side-by-side peer (default: $MLPINIT_PYTHON, else python3 on PATH)');
    if (flags.image) {
      cmd
        .option('--image <path>', "PNG or JPEG to fit; repeat for several images (default: the profile's bundled photographs)", (v: string, prev: string[]) => [...prev, v], [] as string[])
        .option('--size <WxH|N>', 'resize every image to W×H, or to longer side N keeping the aspect ratio')
        .option('--pixels <fraction>', 'fraction of pixels used for training (default 0.25)')
        .option('--batch-size <n>', "training mini-batch (default: the profile's)")
        .option('--reg <list>', 'regulariser(s): grad, tv, none, or a comma-separated list', 'none');
    }
    if (flags.synthetic) {
      cmd
        .option('--scale-freq', 'grow maxFreq with the sampling density, √(n/n₀)')
        .option('--sizes <list>', "comma-separated numbers of training points (default: the profile's)");
    }
    cmd.action((raw: RawOptions) => onInvoke({ command: name, options: resolveOptions(raw, name), dirs: [] }));
  }
  program
    .command('merge')
    .description('merge shard outputs (DIR…) into one results set and report in --out')
    .argument('<dirs...>', 'results folders, or suite results.json files')
    .option('--out <dir>', 'results folder', 'bench-results')
    .option('--union', 'combine result sets of one task (same profile, data, network and budget) that ran different inits or seeds')
    .option('--drop-inits <list>', 'with --union: leave these inits out of every part (e.g. a config whose meaning changed)')
    .option('--json', 'machine-readable summary on stdout')
    .exitOverride()
    .configureOutput({ writeErr: () => {} })
    .action((dirs: string[], raw: RawOptions) => onInvoke({ command: 'merge', options: resolveOptions(raw), dirs }));
  return program;
}

/** An error's message without core's `param: ` prefix. */
export function bareMessage(err: Error): string {
  const param = err instanceof MlpinitError ? err.param : undefined;
  return param !== undefined && err.message.startsWith(`${param}: `) ? err.message.slice(param.length + 2) : err.message;
}

/**
 * What the CLI prints for an error: flags stay named (`--workers: expected …`);
 * internal parameter names (a subcommand, a folder list) are dropped.
 */
export function userMessage(err: Error): string {
  const param = err instanceof MlpinitError ? err.param : undefined;
  return param?.startsWith('-') ? err.message : bareMessage(err);
}

/** Thrown for bare `mlpinit-bench`, `--help` and `--version`: the text is printed, the exit code is 0. */
export class CliInfo extends Error {
  constructor(readonly text: string) {
    super('help or version');
  }
}

/**
 * Parses argv (`process.argv` form) into an {@link Invocation}. Throws
 * `MlpinitError` (core) for bad flags, its message written for users (no
 * internal names) and its `param` the flag or subcommand at fault; bare
 * invocation, `--help` and `--version` throw {@link CliInfo} with the text to
 * print.
 */
export function parseCli(argv: readonly string[]): Invocation {
  let inv: Invocation | undefined;
  let out = '';
  const program = createProgram((i) => {
    inv = i;
  });
  const capture = (cmd: Command): void => {
    cmd.configureOutput({ writeOut: (t) => (out += t), writeErr: () => {} });
    for (const c of cmd.commands) capture(c);
  };
  capture(program);
  const args = argv.slice(2);
  if (args.length === 0) throw new CliInfo(program.helpInformation());
  const sub = program.commands.find((c) => c.name() === args[0]);
  try {
    program.parse([...argv]);
  } catch (err) {
    if (err instanceof CommanderError && (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version')) throw new CliInfo(out);
    if (err instanceof CommanderError) {
      const flag = /'(--?[a-zA-Z-]+)/.exec(err.message)?.[1];
      const where = sub ? `mlpinit-bench ${sub.name()}` : 'mlpinit-bench';
      let message = err.message.replace(/^error: /, '');
      if (err.code === 'commander.unknownOption' && sub && flag) message = `not an option of ${sub.name()}`;
      if (err.code === 'commander.unknownCommand' || (!sub && err.code === 'commander.excessArguments')) {
        message = `unknown command ${JSON.stringify(args[0])}; expected one of ${program.commands.map((c) => c.name()).join(', ')}`;
      }
      if (err.code === 'commander.missingArgument' && sub?.name() === 'merge') message = 'expected one or more results folders to merge';
      throw new MlpinitError('INVALID_ARGUMENT', `${message} (see ${where} --help)`, flag ?? sub?.name() ?? 'command');
    }
    if (err instanceof MlpinitError) {
      throw new MlpinitError(err.code, `${bareMessage(err)} (see mlpinit-bench${sub ? ` ${sub.name()}` : ''} --help)`, err.param);
    }
    throw err;
  }
  if (!inv) throw new MlpinitError('INVALID_ARGUMENT', `expected a subcommand: ${program.commands.map((c) => c.name()).join(', ')} (see mlpinit-bench --help)`, 'command');
  return inv;
}
