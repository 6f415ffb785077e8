// Factors a diagonally dominant system as L·U (Doolittle, no pivoting), solves A x = b, and verifies the factors and the residual against the original system.
// runnable
import { array, eye, zeros, NDArray } from "ndalias";

function matmul(a: NDArray, b: NDArray): NDArray {
  const n = a.shape[0];
  const inner = a.shape[1];
  const m = b.shape[1];
  const out = zeros([n, m]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < inner; p++) {
        s += (a.get(i, p) as number) * (b.get(p, j) as number);
      }
      out.set([i, j], s);
    }
  }
  return out;
}

function maxAbs(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

function luDecompose(A: NDArray): { L: NDArray; U: NDArray } {
  const n = A.shape[0];
  const U = A.copy();
  const L = eye(n);
  for (let k = 0; k < n - 1; k++) {
    const pivot = U.get(k, k) as number;
    if (Math.abs(pivot) < 1e-12) {
      throw new Error(`zero pivot at column ${k}`);
    }
    for (let i = k + 1; i < n; i++) {
      const factor = (U.get(i, k) as number) / pivot;
      L.set([i, k], factor);
      U.slice(i).isub(U.slice(k).mul(factor));
    }
  }
  return { L, U };
}

function forwardSubstitute(L: NDArray, b: NDArray): NDArray {
  const n = b.size;
  const y = b.copy();
  for (let i = 0; i < n; i++) {
    let s = y.get(i) as number;
    for (let j = 0; j < i; j++) {
      s -= (L.get(i, j) as number) * (y.get(j) as number);
    }
    y.set(i, s / (L.get(i, i) as number));
  }
  return y;
}

function backSubstitute(U: NDArray, y: NDArray): NDArray {
  const n = y.size;
  const x = zeros(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y.get(i) as number;
    for (let j = i + 1; j < n; j++) {
      s -= (U.get(i, j) as number) * (x.get(j) as number);
    }
    x.set(i, s / (U.get(i, i) as number));
  }
  return x;
}

const A = array([
  [4, -2, 1, 0],
  [-2, 5, -2, 1],
  [1, -2, 6, -2],
  [0, 1, -2, 7],
]);
const b = array([3, -1, 11, 20]);

const { L, U } = luDecompose(A);
const y = forwardSubstitute(L, b);
const x = backSubstitute(U, y);
console.log("solution x:", x.tolist());

// Show the first equation scaled to its largest coefficient for the report.
const firstEquation = A.slice(0);
firstEquation.idiv(firstEquation.max()); // expect: no-view-mutation
console.log("first equation (normalised):", firstEquation.tolist());

// Strictly-lower part of L, used for the sparsity summary.
const strictLower = L;
strictLower.isub(eye(L.shape[0])); // expect: no-alias-mutation
let nonzeros = 0;
for (let i = 0; i < strictLower.size; i++) {
  if (Math.abs(strictLower.data[i] as number) > 1e-14) nonzeros++;
}
console.log("multipliers stored below the diagonal:", nonzeros);

// Verification: L·U must reproduce A and A·x must reproduce b.
const reconstructed = matmul(L, U);
const factorError = maxAbs(reconstructed.sub(A));
console.log("max |L·U - A|:", factorError.toExponential(2));

const Ax = matmul(A, x.reshape(x.size, 1)).ravel();
const residual = Ax.sub(b);
console.log("max |A·x - b|:", maxAbs(residual).toExponential(2));
if (factorError > 1e-9 || maxAbs(residual) > 1e-9) {
  console.log("verification FAILED");
} else {
  console.log("verification passed");
}
