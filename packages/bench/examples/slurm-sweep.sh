#!/usr/bin/env bash
# A bench sweep as a Slurm job array, then one merge.
#
#   jid=$(sbatch --parsable slurm-sweep.sh)                          # 3 array tasks, one shard each
#   sbatch --dependency=afterok:$jid --array=0 slurm-sweep.sh merge  # merge when all succeeded
#
# Each task runs `mlpinit-bench <suite> … --shard auto`: the CLI reads its shard
# from SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT.
# Change --array and nothing else to change the number of shards.
#SBATCH --job-name=mlpinit-sweep
#SBATCH --array=0-2
#SBATCH --cpus-per-task=2
#SBATCH --mem=4G
#SBATCH --time=04:00:00
#SBATCH --output=mlpinit-sweep-%A_%a.out
set -euo pipefail

# How to call the CLI (default: the published package), what to run and where the shards go (a shared folder).
BENCH=${MLPINIT_BENCH:-npx -y @mlpinit/bench}
SUITE=${MLPINIT_SUITE:-image}
ARGS=${MLPINIT_ARGS:---profile medium --inits glorot,go,glorot-c3 --seeds 3 --workers 2}
OUT=${MLPINIT_OUT:-bench-sweep}

if [ "${1:-}" = merge ]; then
  # shellcheck disable=SC2086
  $BENCH merge "$OUT"/shard-* --out "$OUT/merged"
  exit
fi
# shellcheck disable=SC2086
$BENCH "$SUITE" $ARGS --shard auto --out "$OUT/shard-${SLURM_ARRAY_TASK_ID:?not in a Slurm job array}"
