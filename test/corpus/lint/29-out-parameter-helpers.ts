// Element-wise helpers with output buffers, used to accumulate gradient shards and average them.
import { array, zeros, NDArray } from "ndalias";

/**
 * Writes a + b into `out` and returns it.
 * @ndalias write out
 */
function addInto(a: NDArray, b: NDArray, out: NDArray): NDArray {
  out.assign("...", a);
  out.iadd(b);
  return out;
}

function scaledInto(a: NDArray, k: number, out?: NDArray): NDArray {
  const dst = out || zeros(a.shape);
  dst.assign("...", a); // expect: no-alias-mutation
  dst.imul(k); // expect: no-alias-mutation
  return dst;
}

const shards = [array([0.1, 0.2]), array([0.3, -0.1]), array([0.0, 0.4])];
const total = zeros(2);
for (const g of shards) addInto(total, g, total);
const avg = scaledInto(total, 1 / shards.length);
console.log("average gradient:", avg.tolist(), "total:", total.tolist());
