// Granular cloud: grains are cut from a source sample, windowed, optionally reversed and overlap-added into an output buffer; the source stays intact for the next cloud.
import { array, zeros, NDArray } from "ndalias";

interface GrainSpec {
  start: number; // position in the source, samples
  length: number;
  onset: number; // position in the output, samples
  gain: number;
  reverse: boolean;
}

function hann(n: number): NDArray {
  const w = zeros(n);
  for (let i = 0; i < n; i++) {
    w.set(i, 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1)));
  }
  return w;
}

// Cuts one grain; the slice is copied before the window is applied.
function makeGrain(source: NDArray, spec: GrainSpec): NDArray {
  const raw = source.slice(`${spec.start}:${spec.start + spec.length}`);
  const grain = spec.reverse ? raw.flip().copy() : raw.copy();
  grain.imul(hann(spec.length));
  grain.imul(spec.gain);
  return grain;
}

function cloud(source: NDArray, specs: GrainSpec[], outLength: number): NDArray {
  const out = zeros(outLength);
  for (const spec of specs) {
    const grain = makeGrain(source, spec);
    const end = Math.min(outLength, spec.onset + spec.length);
    out.slice(`${spec.onset}:${end}`).iadd(grain.slice(`0:${end - spec.onset}`));
  }
  const level = Math.max(out.max(), -out.min());
  if (level > 1) out.idiv(level);
  return out;
}

// Grain density per output sample, for the visualiser.
function density(specs: GrainSpec[], outLength: number): NDArray {
  const counts = zeros(outLength, "int32");
  for (const spec of specs) {
    const end = Math.min(outLength, spec.onset + spec.length);
    counts.slice(`${spec.onset}:${end}`).iadd(1);
  }
  return counts;
}

function scatter(count: number, sourceLength: number, outLength: number, grainLength: number, seed: number): GrainSpec[] {
  let state = seed;
  const rand = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const specs: GrainSpec[] = [];
  for (let g = 0; g < count; g++) {
    specs.push({
      start: Math.floor(rand() * (sourceLength - grainLength)),
      length: grainLength,
      onset: Math.floor(rand() * (outLength - grainLength)),
      gain: 0.5 + 0.5 * rand(),
      reverse: rand() > 0.6,
    });
  }
  return specs;
}

const source = array([
  0.0, 0.31, 0.59, 0.81, 0.95, 1.0, 0.95, 0.81, 0.59, 0.31,
  0.0, -0.31, -0.59, -0.81, -0.95, -1.0, -0.95, -0.81, -0.59, -0.31,
]);
const sourceEnergy = source.mul(source).sum();

const specs = scatter(6, source.size, 24, 6, 7);
const first = cloud(source, specs, 24);
const second = cloud(source, scatter(6, source.size, 24, 6, 11), 24);

console.log("cloud A:", (first.tolist() as number[]).map((v) => Number(v).toFixed(2)).join(" "));
console.log("cloud B:", (second.tolist() as number[]).map((v) => Number(v).toFixed(2)).join(" "));
console.log("density:", (density(specs, 24).tolist() as number[]).join(""));
console.log("source energy unchanged:", source.mul(source).sum() === sourceEnergy);

// A frozen grain for the hold pedal: copied out of the source, then shaped.
const held = source.slice("5:11").copy();
held.imul(hann(held.size));
console.log("held grain:", (held.tolist() as number[]).map((v) => Number(v).toFixed(3)));
console.log("source window:", source.slice("5:11").tolist());
