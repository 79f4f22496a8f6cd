import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

/** Nodes and weights of an n-point Gauss rule, nodes ascending. */
export interface GaussRule {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

/**
 * Golub & Welsch (1969), "Calculation of Gauss quadrature rules": the nodes of
 * the n-point Gauss rule of a weight with monic three-term recurrence
 * p_{k+1} = x·p_k − β_k·p_{k−1} (zero diagonal) are the eigenvalues of the
 * symmetric tridiagonal Jacobi matrix with off-diagonal √β_k, and the weights
 * are μ₀·v₀², v₀ the first component of each normalised eigenvector.
 */
function golubWelsch(n: number, beta: (k: number) => number, mu0: number): GaussRule {
  const j = Matrix.zeros(n, n);
  for (let k = 1; k < n; k++) {
    const b = Math.sqrt(beta(k));
    j.set(k - 1, k, b);
    j.set(k, k - 1, b);
  }
  const eig = new EigenvalueDecomposition(j, { assumeSymmetric: true });
  const vals = eig.realEigenvalues;
  const vecs = eig.eigenvectorMatrix;
  const order = vals.map((_, i) => i).sort((a, b) => (vals[a] as number) - (vals[b] as number));
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  order.forEach((col, i) => {
    let norm = 0;
    for (let r = 0; r < n; r++) norm += vecs.get(r, col) ** 2;
    nodes[i] = vals[col] as number;
    weights[i] = (mu0 * vecs.get(0, col) ** 2) / norm;
  });
  // Symmetric weights: average mirrored pairs so odd moments vanish exactly.
  for (let i = 0; i < n >> 1; i++) {
    const x = 0.5 * ((nodes[n - 1 - i] as number) - (nodes[i] as number));
    const w = 0.5 * ((weights[i] as number) + (weights[n - 1 - i] as number));
    nodes[i] = -x;
    nodes[n - 1 - i] = x;
    weights[i] = w;
    weights[n - 1 - i] = w;
  }
  if (n % 2 === 1) nodes[n >> 1] = 0;
  return { nodes, weights };
}

const cache = new Map<string, GaussRule>();

/** @internal The n-point Gauss–Legendre rule on [−1, 1] (β_k = k²/(4k² − 1), μ₀ = 2). */
export function gaussLegendre(n: number): GaussRule {
  const key = `L${n}`;
  let rule = cache.get(key);
  if (!rule) {
    rule = golubWelsch(n, (k) => (k * k) / (4 * k * k - 1), 2);
    cache.set(key, rule);
  }
  return rule;
}

/**
 * @internal The n-point Gauss–Hermite rule for the standard normal density
 * (probabilists' Hermite polynomials, β_k = k, μ₀ = 1): Σ wᵢ g(xᵢ) ≈ E[g(z)], z ~ N(0, 1).
 */
export function gaussHermiteNormal(n: number): GaussRule {
  const key = `H${n}`;
  let rule = cache.get(key);
  if (!rule) {
    rule = golubWelsch(n, (k) => k, 1);
    cache.set(key, rule);
  }
  return rule;
}
