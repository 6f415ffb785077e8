// Tracks training losses per epoch: exponential smoothing, outlier masking on copies, and a plateau check for early stopping.
import { array, zeros, NDArray } from "ndalias";

const Tracker = {
  ema: (x: NDArray, beta: number) => {
    const out = x.copy();
    for (let i = 1; i < out.size; i++) out.set(i, beta * out.get(i - 1) + (1 - beta) * x.get(i));
    return out;
  },
  plateau: (x: NDArray, window: number, tol: number) => {
    if (x.size < 2 * window) return false;
    const last = x.slice(`-${window}:`).mean();
    const prev = x.slice(`-${2 * window}:-${window}`).mean();
    return prev - last < tol;
  },
  spikes: (x: NDArray, factor: number) => {
    const med = (() => {
      const s = x.flatten();
      s.sort();
      return s.get(Math.floor(s.size / 2));
    })();
    const idx: number[] = [];
    for (let i = 0; i < x.size; i++) if (x.get(i) > factor * med) idx.push(i);
    return idx;
  },
};

const losses = array([2.31, 1.87, 1.52, 4.9, 1.21, 1.08, 0.97, 0.93, 3.7, 0.88, 0.86, 0.85, 0.85, 0.84]);

// spike positions are replaced in a masked copy that feeds the smoother
const spikes = Tracker.spikes(losses, 2);
const masked = losses.copy();
spikes.forEach((i) => masked.set(i, masked.get(Math.max(0, i - 1))));
const smooth = Tracker.ema(masked, 0.6);
console.log("spikes at:", spikes.join(","), "smoothed:", (smooth.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));

// the spike values themselves go into a fresh array for the log, which is printed
const spikeValues = losses.take(spikes);
spikeValues.imul(1000);
console.log("spike values (milli):", spikeValues.tolist());

// a recent-window summary is taken before the losses are rescaled for the chart
const recent = losses.slice("-4:");
const recentMean = recent.mean();
const recentMin = recent.min();
losses.idiv(losses.max());
console.log(`recent mean ${recentMean.toFixed(3)} min ${recentMin.toFixed(3)}; rescaled max ${losses.max()}`);

// chart buffer in single precision: the converted copy is written and then drawn
const chart = losses.astype("float32");
chart.imul(20);
const bars = (chart.tolist() as number[]).map((v) => "*".repeat(Math.round(v)));
bars.forEach((b, i) => console.log(String(i).padStart(2), b));

// the per-epoch grid is zeroed through its own reshaped view, the NumPy idiom g.reshape(2, 3)[...] = 0
const grid = zeros(6);
grid.iadd(losses.slice("0:6"));
grid.reshape(2, 3).slice(1).fill(0);
console.log("grid:", grid.tolist());

// early stopping on the smoothed curve; the window view is made after the last write
const stop = Tracker.plateau(smooth, 3, 0.01);
smooth.imul(0.5);
const tail = smooth.slice("-3:");
console.log("plateau:", stop, "halved tail:", tail.tolist());

// per-phase statistics in a fresh table returned to the caller
const phases = (x: NDArray, sizes: number[]) => {
  const table = zeros([sizes.length, 2]);
  let at = 0;
  sizes.forEach((n, k) => {
    const part = x.slice(`${at}:${at + n}`);
    table.set([k, 0], part.mean());
    table.set([k, 1], part.min());
    at += n;
  });
  return table;
};
console.log("phases:", phases(losses, [4, 5, 5]).tolist());
export default Tracker;
