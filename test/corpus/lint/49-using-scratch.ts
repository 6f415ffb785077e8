// Computes a log-sum-exp and a softmax entropy with scratch buffers released at the end of each function.
import { array, NDArray } from "ndalias";

function logSumExp(x: NDArray): number {
  const m = x.max();
  using shifted = x.sub(m);
  for (let i = 0; i < shifted.size; i++) shifted.set(i, Math.exp(shifted.get(i)));
  return m + Math.log(shifted.sum());
}

function entropy(logits: NDArray): number {
  const lse = logSumExp(logits);
  using logp = logits.sub(lse);
  using p = logp.copy();
  for (let i = 0; i < p.size; i++) p.set(i, Math.exp(p.get(i)));
  return -p.mul(logp).sum();
}

const logits = array([1.5, 0.3, -0.8, 2.2]);
console.log("logsumexp:", logSumExp(logits), "entropy:", entropy(logits), "logits:", logits.tolist());
