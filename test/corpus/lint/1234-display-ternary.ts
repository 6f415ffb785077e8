// Picks traces for display with ternaries: shifts the chosen trace for plotting, and mixes stereo channels after comparing them.
import { array, NDArray } from "ndalias";

const raw = array([1.2, 1.5, 1.1, 1.8, 1.4]);
const smoothed = array([1.3, 1.35, 1.4, 1.45, 1.5]);
const useSmoothed = process.argv.includes("--smooth");

// all statistics of the inputs are taken before the display trace is shifted
console.log("raw mean:", raw.mean().toFixed(3), "smoothed mean:", smoothed.mean().toFixed(3));
const roughness = raw.sub(smoothed);
console.log("roughness:", roughness.mul(roughness).sum().toFixed(4));

const display = useSmoothed ? smoothed : raw;
const floor = display.min();
display.isub(floor);
console.log("display (from zero):", display.tolist());
console.log("display peak:", display.max().toFixed(3));

// normalise the display trace, then decide what to export from it
display.idiv(display.max() || 1);
const exported = display.max() > 0.5 ? display : display.copy();
console.log("exported trace:", exported.tolist());

// gain stage: the caller decides whether its buffer may be modified
function applyGain(samples: NDArray, gain: number, inPlace: boolean, sink: (x: NDArray) => void): void {
  const work = inPlace ? samples : samples.copy();
  work.imul(gain);
  sink(work);
}

const received: number[][] = [];
const collect = (x: NDArray): void => {
  received.push(x.tolist() as number[]);
};

const left = array([0.2, 0.9, -0.4, 0.1]);
const right = array([0.1, 0.3, -0.2, 0.6]);

const louder = left.max() > right.max() ? left : right;
const quieter = louder === left ? right : left;
console.log("louder peak:", louder.max(), "quieter peak:", quieter.max());

// mute the left channel and halve the right one; the picks above are done
left.fill(0);
right.imul(0.5);
console.log("left:", left.tolist(), "right:", right.tolist());

applyGain(right, 2, true, collect);
applyGain(right, 10, false, collect);
console.log("received:", received);
console.log("right after gain stage:", right.tolist());

// choose a baseline: either a fresh copy of the recent window or of the history
const history = array([3, 4, 5, 6, 7, 8]);
const recent = history.slice("-3:");
const preferRecent = history.get(5) > history.get(0);
const baseline = preferRecent ? recent.copy() : history.copy();
baseline.isub(baseline.mean());
console.log("baseline:", baseline.tolist(), "history:", history.tolist(), "recent:", recent.tolist());

// a threshold picked by a ternary, applied to a copy of whichever trace was larger
function clipCopy(a: NDArray, b: NDArray): NDArray {
  const bigger = a.sum() >= b.sum() ? a.copy() : b.copy();
  const limit = bigger.size > 3 ? bigger.mean() : bigger.max();
  for (let i = 0; i < bigger.size; i++) {
    if (bigger.get(i) > limit) bigger.set(i, limit);
  }
  return bigger;
}

const clipped = clipCopy(history, array([1, 1, 1, 1, 1, 1]));
console.log("clipped:", clipped.tolist(), "history untouched:", history.tolist());

// the ternary here yields numbers, not arrays
const scale = useSmoothed ? 0.5 : 1;
const scaled = history.mul(scale);
scaled.iadd(useSmoothed ? -1 : 0);
console.log("scaled history:", scaled.tolist());

// pick the channel to export by energy: the pick is a copy either way
const energyL = left.mul(left).sum();
const energyR = right.mul(right).sum();
const exportChannel = energyL >= energyR ? left.copy() : right.copy();
exportChannel.imul(1000);
console.log("export (milli-units):", exportChannel.tolist(), "energies:", energyL, energyR);
