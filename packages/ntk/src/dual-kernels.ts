/**
 * Gaussian expectations of an activation pair under (u, v) ~ N(0, [[a, s], [s, b]]):
 * `value` = E[φ(u)φ(v)], `derivative` = E[φ'(u)φ'(v)] (the "dual" kernels).
 */
export interface DualKernel {
  value(a: number, b: number, s: number): number;
  derivative(a: number, b: number, s: number): number;
}

const clampCorrelation = (a: number, b: number, s: number): number => {
  const ab = a * b;
  return ab > 0 ? Math.min(1, Math.max(-1, s / Math.sqrt(ab))) : 0;
};

/**
 * ReLU: the arc-cosine kernels of Cho & Saul (2009), Eq. 6 with n = 1 and n = 0:
 * E[relu(u)relu(v)] = √(ab)/(2π)·(sin θ + (π − θ) cos θ) and
 * E[step(u)step(v)] = (π − θ)/(2π), θ = arccos(s/√(ab)).
 */
export const RELU_DUAL: DualKernel = {
  value(a, b, s) {
    const theta = Math.acos(clampCorrelation(a, b, s));
    return (Math.sqrt(a * b) / (2 * Math.PI)) * (Math.sin(theta) + (Math.PI - theta) * Math.cos(theta));
  },
  derivative(a, b, s) {
    if (a <= 0 || b <= 0) return 0;
    return (Math.PI - Math.acos(clampCorrelation(a, b, s))) / (2 * Math.PI);
  },
};

/**
 * erf: the arcsine kernel of Williams (1997), "Computing with infinite networks",
 * E[erf(u)erf(v)] = (2/π)·arcsin(2s/√((1 + 2a)(1 + 2b))); with erf'(x) = (2/√π)e^{−x²},
 * E[erf'(u)erf'(v)] = (4/π)·det(I + 2Λ)^{−1/2} = (4/π)/√((1 + 2a)(1 + 2b) − 4s²).
 */
export const ERF_DUAL: DualKernel = {
  value(a, b, s) {
    const r = (2 * s) / Math.sqrt((1 + 2 * a) * (1 + 2 * b));
    return (2 / Math.PI) * Math.asin(Math.min(1, Math.max(-1, r)));
  },
  derivative(a, b, s) {
    return 4 / Math.PI / Math.sqrt(Math.max((1 + 2 * a) * (1 + 2 * b) - 4 * s * s, Number.MIN_VALUE));
  },
};

/** The activations with a closed-form infinite-width NTK. */
export const DUAL_KERNELS = Object.freeze({ relu: RELU_DUAL, erf: ERF_DUAL });
