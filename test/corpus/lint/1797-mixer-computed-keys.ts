// Stereo mixer keyed by computed property names: per-bus gain vectors, a transition fade on one bus, and a table of level operations with computed method names.
import { array, NDArray } from "ndalias";

const LEFT = "left";
const RIGHT = "right";
const RMS = "rms";
const NORMALISE = "normalise";
const CLIP = "clip";
const PAN = "pan";

type Bus = typeof LEFT | typeof RIGHT;

const trackGains = array([0.8, 0.6, 0.9, 0.4]);
const trackNames = ["kick", "bass", "keys", "vox"];

const buses = {
  [LEFT]: trackGains,
  [RIGHT]: trackGains.copy(),
};

const levelOps = {
  [RMS](levels: NDArray): number {
    return Math.sqrt(levels.mul(levels).mean());
  },

  [NORMALISE](levels: NDArray): number {
    const peak = levels.max();
    if (peak > 0) levels.idiv(peak); // expect: no-alias-mutation
    return peak;
  },

  [CLIP](levels: NDArray, ceiling: number): void {
    for (let i = 0; i < levels.size; i++) {
      if (levels.get(i) > ceiling) {
        levels.set(i, ceiling);
      }
    }
  },

  [PAN](levels: NDArray, position: number): [NDArray, NDArray] {
    const angle = ((position + 1) * Math.PI) / 4;
    return [levels.mul(Math.cos(angle)), levels.mul(Math.sin(angle))];
  },
};

function busLevel(bus: Bus): number {
  return levelOps[RMS](buses[bus]);
}

function describeBus(bus: Bus): string {
  const gains = buses[bus].tolist() as number[];
  return trackNames.map((name, i) => `${name}=${gains[i].toFixed(2)}`).join(" ");
}

console.log("before transition:", describeBus(LEFT), "|", describeBus(RIGHT));

// The left bus fades out for the transition; the right bus ducks slightly.
buses[LEFT].imul(0.5); // expect: no-alias-mutation
buses[RIGHT].imul(0.7);

console.log("left rms:", busLevel(LEFT).toFixed(3), "right rms:", busLevel(RIGHT).toFixed(3));
console.log("track gains:", trackGains.tolist());

const master = buses[LEFT].add(buses[RIGHT]);
levelOps[CLIP](master, 1.2);
const masterPeak = levelOps[NORMALISE](master);
console.log("master (normalised):", master.tolist(), "peak before:", masterPeak);

const [panLeft, panRight] = levelOps[PAN](trackGains, 0.25);
console.log("panned:", panLeft.tolist(), panRight.tolist());

const sends = {
  [`${LEFT}-reverb`]: buses[LEFT].mul(0.3),
  [`${RIGHT}-reverb`]: buses[RIGHT].mul(0.3),
};
for (const [name, send] of Object.entries(sends)) {
  console.log(`${name}:`, send.tolist(), "rms", levelOps[RMS](send).toFixed(3));
}

function loudestTrack(bus: Bus): string {
  const gains = buses[bus];
  let best = 0;
  for (let i = 1; i < gains.size; i++) {
    if (gains.get(i) > gains.get(best)) best = i;
  }
  return trackNames[best];
}

console.log("loudest left:", loudestTrack(LEFT), "loudest right:", loudestTrack(RIGHT));
