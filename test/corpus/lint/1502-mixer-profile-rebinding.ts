// Copies a frozen gain profile into a mixer singleton at startup, adapts the gains per frame and compares boosted and ping-pong mixes.
import { array, zeros, NDArray } from "ndalias";

const PROFILE = Object.freeze({
  gains: array([1.0, 0.8, 1.2, 0.9]),
  floor: 0.1,
  historyDepth: 3,
});

class Mixer {
  private static active: Mixer | null = null;
  readonly gains: NDArray;
  private readonly history: NDArray;
  private frames = 0;

  private constructor() {
    this.gains = PROFILE.gains.copy();
    this.history = zeros([PROFILE.historyDepth, PROFILE.gains.size]);
  }

  static instance(): Mixer {
    return (Mixer.active ??= new Mixer());
  }

  adapt(levels: NDArray): number {
    const error = levels.sub(1);
    error.imul(0.1);
    this.gains.isub(error);
    for (let i = 0; i < this.gains.size; i++) {
      if (this.gains.get(i) < PROFILE.floor) this.gains.set(i, PROFILE.floor);
    }
    this.history.slice(this.frames % PROFILE.historyDepth).assign(":", this.gains);
    this.frames++;
    return this.gains.mean();
  }

  averageGains(): NDArray {
    const depth = Math.min(this.frames, PROFILE.historyDepth);
    const total = zeros(this.gains.size);
    for (let r = 0; r < depth; r++) total.iadd(this.history.slice(r));
    return depth > 0 ? total.div(depth) : total;
  }
}

// A boosted variant starts from the profile but rebinds before touching anything.
function boosted(levels: NDArray): NDArray {
  let g: NDArray = PROFILE.gains;
  g = g.mul(1.5);
  g.iadd(levels.mul(0.01));
  return g;
}

function quietest(levels: NDArray): number {
  let target: NDArray = PROFILE.gains;
  const spread = target.max() - target.min();
  target = zeros(levels.size);
  target.assign(":", levels);
  target.isub(spread);
  return target.min();
}

const frames = [
  array([1.1, 0.7, 1.4, 0.9]),
  array([1.0, 0.9, 1.3, 0.8]),
  array([0.9, 1.0, 1.1, 1.0]),
  array([1.2, 0.8, 1.0, 0.95]),
];

const mixer = Mixer.instance();
for (const levels of frames) {
  console.log("mean gain:", mixer.adapt(levels).toFixed(4));
}
console.log("gains:", mixer.gains.tolist(), "average:", mixer.averageGains().tolist());
console.log("boosted:", boosted(frames[0]).tolist(), "quietest:", quietest(frames[1]).toFixed(3));

// Ping-pong smoothing of the level frames with two buffers that never overlap.
let front = zeros(4);
let back = zeros(4);
for (const levels of frames) {
  back.assign(":", front.mul(0.5).add(levels.mul(0.5)));
  [front, back] = [back, front];
}
console.log("smoothed levels:", front.tolist());
console.log("profile untouched:", PROFILE.gains.tolist());
