// Extracts training patches from a normalised CT volume, augments them with flips and intensity jitter, and summarises the batch.
import { arange, zeros, NDArray } from "ndalias";

interface Patch {
  readonly origin: readonly [number, number, number];
  readonly data: NDArray;
}

class JitterSampler {
  private state: number;
  private readonly noise: NDArray;

  constructor(seed: number, size: number) {
    this.state = seed;
    this.noise = zeros(size);
  }

  private next(): number {
    this.state = (this.state * 1103515245 + 12345) % 2147483648;
    return this.state / 2147483648;
  }

  refresh(amplitude: number): number {
    for (let i = 0; i < this.noise.size; i++) {
      this.noise.set(i, (this.next() - 0.5) * 2 * amplitude);
    }
    return this.noise.mean();
  }

  noiseFor(shape: number[]): NDArray {
    return this.noise.reshape(...shape).copy();
  }
}

function makeNormalisedVolume(depth: number, size: number): NDArray {
  let vol = arange(0, depth * size * size).reshape(depth, size, size);
  vol = vol.astype("float64");
  const mean = vol.mean();
  vol.isub(mean);
  vol.idiv(Math.sqrt(vol.mul(vol).mean()));
  return vol;
}

function extractPatch(vol: NDArray, z: number, r: number, c: number, size: number): Patch {
  const rows: number[] = [];
  const cols: number[] = [];
  for (let i = 0; i < size; i++) {
    rows.push(r + i);
    cols.push(c + i);
  }
  const data = vol.take([z], 0).take(rows, 1).take(cols, 2);
  return { origin: [z, r, c], data };
}

function augment(patch: Patch, sampler: JitterSampler, flip: boolean): Patch {
  let data = patch.data;
  if (flip) {
    data = data.flip(2).copy();
  } else {
    data = data.copy();
  }
  data.iadd(sampler.noiseFor(data.shape));
  data.imul(1.05);
  return { origin: patch.origin, data };
}

function batchSummary(patches: Patch[]): string {
  return patches
    .map((p) => `[${p.origin.join(",")}] mean ${p.data.mean().toFixed(3)} max ${p.data.max().toFixed(3)}`)
    .join("\n");
}

const volume = makeNormalisedVolume(3, 6);
const firstSlice = volume.slice(0);
console.log("first slice range before augmentation:", firstSlice.min().toFixed(3), firstSlice.max().toFixed(3));

const sampler = new JitterSampler(7, 9);
console.log("noise mean:", sampler.refresh(0.05).toFixed(4));

const origins: [number, number, number][] = [
  [0, 0, 0],
  [1, 2, 2],
  [2, 3, 1],
];
const raw = origins.map(([z, r, c]) => extractPatch(volume, z, r, c, 3));
const augmented = raw.map((p, i) => augment(p, sampler, i % 2 === 1));
console.log("raw patches:\n" + batchSummary(raw));
console.log("augmented patches:\n" + batchSummary(augmented));

let front = zeros([3, 3]);
let back = zeros([3, 3]);
for (const p of augmented) {
  back.assign("...", front.mul(0.5).add(p.data.slice(0).mul(0.5)));
  [front, back] = [back, front];
}
console.log("running blend of patch centres:", front.tolist());

volume.imul(0.5);
const lastSlice = volume.slice(-1);
console.log("down-weighted last slice:", lastSlice.tolist());
console.log("volume mean after down-weighting:", volume.mean().toFixed(4));
