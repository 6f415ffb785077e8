// Dataset splitter and ping-pong smoother: splits return tuples of copies, standardisation destructures its tuple parameter, buffers are swapped by destructuring, and a try/finally restores a flag.
// runnable
import { arange, zeros, NDArray } from "ndalias";

function split(data: NDArray, at: number): [NDArray, NDArray] {
  return [data.slice(`0:${at}`).copy(), data.slice(`${at}:`).copy()];
}

function standardise([train, test]: [NDArray, NDArray]): [NDArray, NDArray] {
  const mu = train.mean();
  const centred = train.sub(mu);
  const sd = Math.sqrt(centred.mul(centred).mean()) || 1;
  return [centred.div(sd), test.sub(mu).div(sd)];
}

function smooth(signal: NDArray, passes: number): NDArray {
  let src = signal.copy();
  let dst = zeros(signal.size);
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < src.size; i++) {
      const left = src.get(Math.max(0, i - 1));
      const right = src.get(Math.min(src.size - 1, i + 1));
      dst.set(i, (left + src.get(i) + right) / 3);
    }
    [src, dst] = [dst, src];
  }
  return src;
}

let verbose = false;

function withVerbose<T>(fn: () => T): T {
  const previous = verbose;
  verbose = true;
  try {
    return fn();
  } finally {
    verbose = previous;
  }
}

const data = arange(10).mul(1.5);
const [train, test] = split(data, 7);
train.iadd(100);
test.set(0, -1);
console.log("data untouched:", data.tolist());

const [zTrain, zTest] = standardise([train, test]);
zTrain.imul(2);
console.log("z-train x2:", zTrain.tolist(), "z-test:", zTest.tolist());

const smoothed = withVerbose(() => smooth(data, 3));
smoothed.slice("0:2").fill(0);
console.log("smoothed:", smoothed.tolist(), "verbose restored:", !verbose);
console.log("train:", train.tolist(), "test:", test.tolist(), "data sum:", data.sum());
