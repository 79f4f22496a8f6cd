// Registers tfjs-core's gradient functions. In Node, `@tensorflow/tfjs-core`
// resolves to a CommonJS bundle that registers none ("gradient function not
// found for Sum"); `scripts/bundle-gradients.mjs` bundles the registrations
// into this side-effect module, which writes to tfjs's process-global
// gradient registry. Harmless where gradients are already registered.
import './generated/tfjs-gradients.js';
