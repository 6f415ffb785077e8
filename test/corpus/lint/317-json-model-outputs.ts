// Serialises model outputs for a JSON API: a rounded float32 copy, a thresholded flat copy and re-ordered top rows, each written before it is serialised.
import { array, NDArray } from "ndalias";

interface WirePayload {
  shape: number[];
  values: unknown;
}

function toWire(x: NDArray, decimals: number): WirePayload {
  const rounded = x.astype("float32");
  const k = 10 ** decimals;
  for (let i = 0; i < rounded.size; i++) {
    rounded.data[i] = Math.round((rounded.data[i] as number) * k) / k;
  }
  return { shape: [...rounded.shape], values: rounded.tolist() };
}

function maskedSummary(scores: NDArray, threshold: number): { kept: number; values: unknown } {
  const flat = scores.flatten();
  let kept = 0;
  for (let i = 0; i < flat.size; i++) {
    if (flat.get(i) < threshold) flat.set(i, 0);
    else kept++;
  }
  return { kept, values: flat.tolist() };
}

function topRows(scores: NDArray, rows: number[]): unknown {
  const picked = scores.take(rows, 0);
  picked.sort(1);
  return picked.tolist();
}

function checksum(x: NDArray): number {
  using squares = x.mul(x);
  squares.isub(x.mean() ** 2);
  return squares.sum();
}

function respond(status: number, body: unknown): string {
  try {
    return JSON.stringify({ status, body });
  } catch (err) {
    return JSON.stringify({ status: 500, body: `unserialisable: ${(err as Error).message}` });
  } finally {
    console.log(`responded ${status}`);
  }
}

const logits = array([
  [0.12345, 0.98765, 0.5],
  [0.33333, 0.11111, 0.77777],
  [0.9, 0.05, 0.45],
]);
const calibration = array([0.1, 0.2, 0.3]);

console.log(respond(200, toWire(logits, 2)));
console.log(respond(200, maskedSummary(logits, 0.4)));
console.log(respond(200, { top: topRows(logits, [2, 0]), checksum: checksum(logits) }));
console.log(respond(200, { calibration: calibration.tolist(), logits: logits.tolist() }));
