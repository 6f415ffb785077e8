// Smooths a sensor level in an event-handler closure, clears its padding with a void helper, and renders an optional overlay from a copy.
import { array, ones, zeros, NDArray } from "ndalias";

const level = zeros(4);

const onSample = (sample: NDArray): void => {
  level.imul(0.8);
  level.iadd(sample.mul(0.2));
};

const readLevel = () => level.tolist();

function clearPadding(buf: NDArray): void {
  buf.slice("-1:").fill(0);
  buf.set(0, 0);
}

function makeTrend(history: NDArray): () => number {
  return () => history.slice("1:").sub(history.slice(":-1")).mean();
}

const normalise = (x: NDArray): NDArray => {
  let y = x;
  y = y.sub(y.min());
  y.idiv(y.max() || 1);
  return y;
};

const samples = [array([1, 2, 3, 4]), array([2, 2, 2, 2]), array([4, 3, 2, 1])];
for (const s of samples) onSample(s);
const trend = makeTrend(level);
console.log("trend before padding:", trend());

clearPadding(level);
console.log("level:", readLevel(), "trend:", trend());

const overlay: NDArray | undefined = process.argv.includes("--overlay") ? ones(4) : undefined;
overlay?.imul(0.5);
console.log("overlay:", overlay?.tolist() ?? "none");

const base = (overlay ?? level).copy();
base.slice(":2").fill(1);
base.slice("2:").imul(2);
console.log("rendered:", base.tolist(), "level:", level.tolist());
console.log("normalised level:", normalise(level).tolist(), "raw level:", level.tolist());
