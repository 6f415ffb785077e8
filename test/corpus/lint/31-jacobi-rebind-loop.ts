// Solves a small linear system with damped Jacobi iterations, rebinding the estimate every iteration.
import { array, zeros, NDArray } from "ndalias";

const A = array([[4, 1], [2, 3]]);
const b = array([1, 2]);
let x: NDArray = b;
for (let it = 0; it < 25; it++) {
  const next = zeros(2);
  for (let i = 0; i < 2; i++) {
    let s: number = b.get(i);
    for (let j = 0; j < 2; j++) if (j !== i) s -= A.get(i, j) * x.get(j);
    next.set(i, s / A.get(i, i));
  }
  x = x.mul(0.5);
  x.iadd(next.mul(0.5));
}
console.log("solution:", x.tolist(), "rhs:", b.tolist());
