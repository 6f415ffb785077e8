// Prepares a CT angiography volume for vessel review: baselines a slab, builds a maximum intensity projection and reports sagittal views.
import { array, zeros, NDArray } from "ndalias";

const CONTRAST_SCALE = 1.1;
const PHASE_OFFSET = -15;

function makeAngioVolume(depth: number, rows: number, cols: number): NDArray {
  const nested: number[][][] = [];
  for (let z = 0; z < depth; z++) {
    const plane: number[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: number[] = [];
      for (let c = 0; c < cols; c++) {
        const vessel = c === 2 || r === z ? 350 : 0;
        line.push(40 + vessel + 5 * z - 2 * r);
      }
      plane.push(line);
    }
    nested.push(plane);
  }
  return array(nested);
}

function mip(vol: NDArray): NDArray {
  const [depth, rows, cols] = vol.shape;
  const out = zeros([rows, cols]);
  out.fill(-Infinity);
  for (let z = 0; z < depth; z++) {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v = vol.get(z, r, c);
        if (v > out.get(r, c)) out.set([r, c], v);
      }
    }
  }
  return out;
}

function percentile(vol: NDArray, q: number): number {
  const sorted = vol.flatten();
  sorted.sort();
  const k = Math.min(sorted.size - 1, Math.floor(q * sorted.size));
  return sorted.get(k);
}

function applyPhaseOffset(vol: NDArray, offset: number): void {
  const phase = vol.astype("float32");
  phase.iadd(offset); // expect: no-lost-write
}

function vesselFraction(image: NDArray, threshold: number): number {
  let n = 0;
  for (let i = 0; i < image.size; i++) {
    if ((image.data[i] as number) >= threshold) n++;
  }
  return n / image.size;
}

const volume = makeAngioVolume(4, 5, 5);
const sagittal = volume.transpose(2, 1, 0);
console.log("sagittal through the vessel before review:", sagittal.slice(2).tolist());
console.log("95th percentile HU:", percentile(volume, 0.95));

applyPhaseOffset(volume, PHASE_OFFSET);

const vesselSlab = volume.slice("1:3");
const slabFloor = vesselSlab.min();
console.log("slab floor:", slabFloor);
vesselSlab.isub(slabFloor); // expect: no-view-mutation

const projection = mip(volume);
projection.imul(1 / projection.max());
console.log("normalised MIP:", projection.tolist());
console.log("vessel fraction of the MIP:", vesselFraction(projection, 0.8).toFixed(2));

const reviewCopy = volume.copy();
reviewCopy.imul(CONTRAST_SCALE);
console.log("review copy max:", reviewCopy.max());

volume.imul(CONTRAST_SCALE); // expect: no-view-mutation
for (let x = 0; x < sagittal.shape[0]; x++) {
  console.log(`sagittal ${x} mean:`, sagittal.slice(x).mean().toFixed(1));
}
