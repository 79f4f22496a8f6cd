/**
 * Adam's hyper-parameters on GO's 2L scalars (PyTorch's and core's defaults).
 * @internal
 */
export const GO_ADAM = { beta1: 0.9, beta2: 0.999, eps: 1e-8 } as const;

/**
 * One Adam step (Kingma & Ba 2015, in PyTorch's form, as core's `Adam`) in
 * float64 on the parameters GO holds in JavaScript: updates `params` and the
 * moment estimates `m`, `v` in place, with gradient `grads[i]` for
 * `params[i]`, `t` the 1-based step number and `lr` the learning rate.
 * The bias corrections are folded into the step size and the denominator:
 * p −= lr/(1−β₁ᵗ) · m / (√v/√(1−β₂ᵗ) + ε), which is Algorithm 1's
 * p −= lr · m̂ / (√v̂ + ε).
 * @internal Not exported from the package; `goInit`'s optimizer and its tests use it.
 */
export function goAdamStep(params: Float64Array, m: Float64Array, v: Float64Array, grads: ArrayLike<number>, t: number, lr: number): void {
  const { beta1, beta2, eps } = GO_ADAM;
  const stepSize = lr / (1 - beta1 ** t);
  const sqrtC2 = Math.sqrt(1 - beta2 ** t);
  for (let i = 0; i < params.length; i++) {
    const g = grads[i] as number;
    m[i] = beta1 * (m[i] as number) + (1 - beta1) * g;
    v[i] = beta2 * (v[i] as number) + (1 - beta2) * g * g;
    params[i] = (params[i] as number) - (stepSize * (m[i] as number)) / (Math.sqrt(v[i] as number) / sqrtC2 + eps);
  }
}
