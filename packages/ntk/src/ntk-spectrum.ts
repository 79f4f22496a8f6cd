import { MlpinitError } from '@mlpinit/core';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { type KernelInput, readSymmetricKernel } from './kernel.js';

/** The leading eigenpairs of a symmetric kernel (see {@link ntkSpectrum}). */
export interface NtkSpectrum {
  /** The k largest eigenvalues, descending. */
  values: number[];
  /** `vectors[i]`: unit eigenvector of `values[i]` (length N), sign fixed so its largest-magnitude entry is positive. */
  vectors: number[][];
  /** Sum of all N eigenvalues (the kernel's trace). */
  trace: number;
}

/**
 * Top-k eigenvalues and eigenvectors of a symmetric kernel matrix, through
 * ml-matrix's symmetric eigendecomposition (Householder tridiagonalisation and
 * QL, after EISPACK tred2/tql2). The NTK eigenbasis orders what gradient
 * descent fits first: the residual along eigenvector i decays like
 * exp(−η λ_i t) (Jacot et al. 2018, Sec. 5; spectral bias, Rahaman et al.
 * 2019; Wang, Wang & Perdikaris 2022).
 *
 * @param K an N × N symmetric kernel (asymmetry beyond 1e-5 relative is rejected; the mean of K and Kᵀ is used).
 * @param k how many eigenpairs (integer in [1, N], default N).
 */
export function ntkSpectrum(K: KernelInput, k?: number): NtkSpectrum {
  const { values, n } = readSymmetricKernel(K, 'K');
  const count = k ?? n;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > n) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected an integer in [1, ${n}], got ${String(k)}`, 'k');
  }
  const m = new Matrix(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m.set(i, j, ((values[i * n + j] as number) + (values[j * n + i] as number)) / 2);
  const evd = new EigenvalueDecomposition(m, { assumeSymmetric: true });
  const lambda = evd.realEigenvalues;
  const vecs = evd.eigenvectorMatrix;
  const order = [...lambda.keys()].sort((a, b) => (lambda[b] as number) - (lambda[a] as number)).slice(0, count);
  const vectors = order.map((c) => {
    const v = vecs.getColumn(c);
    let big = 0;
    for (const e of v) if (Math.abs(e) > Math.abs(big)) big = e;
    return big < 0 ? v.map((e) => -e) : v;
  });
  return { values: order.map((c) => lambda[c] as number), vectors, trace: lambda.reduce((s, v) => s + v, 0) };
}
