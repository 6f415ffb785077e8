// Preprocessing helpers that compute into fresh arrays but hand back (or keep using) the original by mistake.
import { array, NDArray } from "ndalias";

function clipSpikes(signal: NDArray, limit: number): string {
  const clipped = signal.copy();
  for (let i = 0; i < signal.size; i++) {
    clipped.set(i, Math.max(-limit, Math.min(limit, signal.get(i)))); // expect: no-lost-write
  }
  return JSON.stringify(signal.tolist());
}

function standardise(x: NDArray): NDArray {
  const mu = x.mean();
  const centred = x.sub(mu);
  const sd = Math.sqrt(centred.mul(centred).mean()) || 1;
  centred.idiv(sd); // expect: no-lost-write
  return x;
}

function topValues(x: NDArray, k: number): number[] {
  const sorted = x.flatten();
  sorted.sort();
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(sorted.get(sorted.size - 1 - i));
  return out;
}

const trace = array([0.2, 3.5, -0.4, -4.1, 0.9]);
console.log("clipped:", clipSpikes(trace, 1), "standardised:", standardise(trace).tolist());
const image = array([[3, 9], [1, 7]], "uint8");
image.astype("float32").idiv(255); // expect: no-lost-write
console.log("top 2 pixels:", topValues(image, 2), "image:", image.tolist());
