// Worker-thread entry of the trial pool (tinypool): one trial per call.
import type { TrialOutcome, TrialTask } from './trial-kinds.js';
import { runTask } from './run-task.js';

export default function run(task: TrialTask): Promise<TrialOutcome> {
  return runTask(task);
}
