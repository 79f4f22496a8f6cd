import { Command, CommanderError, Option } from 'commander';
import { MlpinitError } from '@mlpinit/core';
import { INIT_NAME_FORMS } from '../init-spec.js';
import { PROFILE_NAMES } from '../profiles.js';
import { CLI_BACKENDS, type CliOptions, type RawOptions, resolveOptions } from './options.js';

/** Subcommands of `mlpinit-bench`. */
export type CommandName = 'variance-flow' | 'ntk' | 'synthetic' | 'image' | 'perf' | 'all' | 'merge';

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
  perf: 'training-step time on the chosen backend',
  all: 'every suite, then DIR/report.md',
};

function commonOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--profile <name>', 'size profile').choices(PROFILE_NAMES as string[]).default('quick'))
    .addOption(new Option('--backend <name>', 'TensorFlow.js backend').choices(CLI_BACKENDS as string[]).default('wasm'))
    .option('--seeds <n>', "number of seeds 0…n−1 (default: the profile's)")
    .option('--inits <list>', `comma-separated inits: ${INIT_NAME_FORMS}`)
    .option('--out <dir>', 'results folder', 'bench-results')
    .option('--shard <i/n|auto>', 'run the deterministic slice i of n of the trial grid; auto: from a Slurm job array or a Kubernetes Indexed Job (bench README)')
    .option('--sweep', "run the profile's full sweep of inits instead of its default few")
    .option('--workers <k>', 'worker threads running independent trials', '1')
    .option('--json', 'no progress output; a machine-readable summary on stdout')
    .option('--steps <n>', "training steps (default: the profile's)");
}

/**
 * The commander program. Each action records the invocation through
 * `onInvoke`; flag errors become {@link MlpinitError}s naming the flag.
 */
export function createProgram(onInvoke: (inv: Invocation) => void): Command {
  const program = new Command('mlpinit-bench')
    .description('Benchmarks reproducing Wang & Perdikaris (2021), Figures 1–5, on any TensorFlow.js backend')
    .exitOverride()
    .configureOutput({ writeErr: () => {} })
    .showHelpAfterError(false);
  for (const name of Object.keys(DESCRIPTIONS) as Exclude<CommandName, 'merge'>[]) {
    const cmd = commonOptions(program.command(name).description(DESCRIPTIONS[name]).exitOverride());
    if (name === 'image' || name === 'all') {
      cmd
        .option('--image <path>', "PNG or JPEG to fit; repeat for several images (default: the profile's bundled photographs)", (v: string, prev: string[]) => [...prev, v], [] as string[])
        .option('--size <WxH|N>', 'resize every image to W×H, or to longer side N keeping the aspect ratio')
        .option('--pixels <fraction>', 'fraction of pixels used for training (default 0.25)')
        .option('--batch-size <n>', "training mini-batch (default: the profile's)")
        .option('--reg <list>', 'regulariser(s): grad, tv, none, or a comma-separated list', 'none');
    }
    if (name === 'synthetic' || name === 'all') {
      cmd
        .option('--scale-freq', 'grow maxFreq with the sampling density, √(n/n₀)')
        .option('--sizes <list>', "comma-separated numbers of training points (default: the profile's)");
    }
    cmd.action((raw: RawOptions) => onInvoke({ command: name, options: resolveOptions(raw), dirs: [] }));
  }
  program
    .command('merge')
    .description('merge shard outputs (DIR…) into one results set and report in --out')
    .argument('<dirs...>', 'results folders')
    .option('--out <dir>', 'results folder', 'bench-results')
    .option('--json', 'machine-readable summary on stdout')
    .exitOverride()
    .action((dirs: string[], raw: RawOptions) => onInvoke({ command: 'merge', options: resolveOptions(raw), dirs }));
  return program;
}

/**
 * Parses argv (`process.argv` form) into an {@link Invocation}. Throws
 * {@link MlpinitError} for bad flags; `--help` and `--version` surface as
 * CommanderError with exitCode 0.
 */
export function parseCli(argv: readonly string[]): Invocation {
  let inv: Invocation | undefined;
  const program = createProgram((i) => {
    inv = i;
  });
  try {
    program.parse([...argv]);
  } catch (err) {
    if (err instanceof CommanderError && (err.exitCode === 0 || err.code === 'commander.helpDisplayed')) throw err;
    if (err instanceof CommanderError) {
      const flag = /'(--?[a-z-]+)/.exec(err.message)?.[1];
      throw new MlpinitError('INVALID_ARGUMENT', err.message.replace(/^error: /, ''), flag ?? 'argv');
    }
    throw err;
  }
  if (!inv) throw new MlpinitError('INVALID_ARGUMENT', 'expected a subcommand: variance-flow, ntk, synthetic, image, perf, all or merge', 'argv');
  return inv;
}
