// In Node, `@tensorflow/tfjs-core` resolves to a CommonJS bundle that
// registers no gradients ("gradient function not found for Sum");
// `scripts/prepare-assets.mjs` bundles tfjs-core's gradient configs into
// ./generated/tfjs-gradients.js, whose registerAllGradients() writes them to
// tfjs's process-global gradient registry. Harmless where they already are.
import { registerAllGradients } from './generated/tfjs-gradients.js';

let done = false;

/** Registers tfjs-core's gradients once (idempotent). */
export function ensureGradients(): void {
  if (done) return;
  done = true;
  registerAllGradients();
}
