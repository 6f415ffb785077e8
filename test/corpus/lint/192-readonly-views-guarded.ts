// Covariance and bias utilities that attempt writes through read-only views (diagonal, broadcast) inside try/catch, then keep using the untouched base arrays.
// runnable
import { array, zeros, ReadOnlyError } from "ndalias";

const cov = array([[4, 1.5, 0.2], [1.5, 9, 0.7], [0.2, 0.7, 1]]);
const variances = cov.diagonal();
try {
  variances.fill(1);
} catch (err) {
  if (!(err instanceof ReadOnlyError)) throw err;
  console.log("diagonal is read-only; normalising through copies instead");
}
console.log("trace:", variances.sum(), "total covariance:", cov.sum());

const sd = variances.copy();
for (let i = 0; i < sd.size; i++) sd.set(i, Math.sqrt(sd.get(i)));
const corr = cov.copy();
for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    corr.set([i, j], corr.get(i, j) / (sd.get(i) * sd.get(j)));
  }
}
console.log("correlation:", corr.tolist());
console.log("variance of first factor is still", cov.get(0, 0));

const bias = array([0.1, -0.2, 0.05, 0]);
const tiled = bias.broadcastTo([3, 4]);
let refused = 0;
try {
  tiled.iadd(1);
} catch (err) {
  if (err instanceof ReadOnlyError) refused++;
  else throw err;
}
try {
  tiled.set([0, 0], 5);
} catch (err) {
  if (err instanceof ReadOnlyError) refused++;
  else throw err;
}
const activations = zeros([3, 4]).add(tiled);
console.log("refused writes:", refused, "bias:", bias.tolist());
console.log("activations row 2:", activations.slice(2).tolist(), "tiled mean:", tiled.mean());

const shrinkTarget = cov.diagonal();
const avgVariance = shrinkTarget.mean();
cov.imul(0.8);
for (let i = 0; i < 3; i++) cov.set([i, i], cov.get(i, i) + 0.2 * avgVariance);
console.log("shrunk covariance:", cov.tolist());
