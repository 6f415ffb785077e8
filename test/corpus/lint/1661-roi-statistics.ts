// Region-of-interest statistics on an MR volume: masked voxel statistics, a per-slice contrast score and the soft-tissue fraction of a scan.
import { array, zeros, NDArray } from "ndalias";

export interface RoiStats {
  voxels: number;
  mean: number;
  std: number;
  min: number;
  max: number;
}

export function maskedValues(volume: NDArray, mask: NDArray): number[] {
  const values = volume.flatten();
  const inside = mask.flatten();
  const out: number[] = [];
  for (let i = 0; i < values.size; i++) {
    if (inside.get(i) > 0) out.push(values.get(i));
  }
  return out;
}

export function roiStats(volume: NDArray, mask: NDArray): RoiStats {
  const vals = maskedValues(volume, mask);
  if (vals.length === 0) {
    return { voxels: 0, mean: NaN, std: NaN, min: NaN, max: NaN };
  }
  const roi = array(vals);
  const mean = roi.mean();
  const centered = roi.sub(mean);
  const variance = centered.mul(centered).mean();
  return { voxels: roi.size, mean, std: Math.sqrt(variance), min: roi.min(), max: roi.max() };
}

/** Ratio of mean to peak intensity of one axial slice, after removing its floor. */
export function sliceContrast(volume: NDArray, z: number): number {
  const axial = volume.slice(z);
  const floor = axial.min();
  axial.isub(floor); // expect: no-view-mutation
  const peak = axial.max();
  return peak === 0 ? 0 : axial.mean() / peak;
}

/** Fraction of voxels whose value lies in [lo, hi]. */
export function softTissueFraction(volume: NDArray, lo: number, hi: number): number {
  volume.isub(lo); // expect: no-alias-mutation
  const shifted = volume.flatten();
  let inside = 0;
  for (let i = 0; i < shifted.size; i++) {
    const v = shifted.get(i);
    if (v >= 0 && v <= hi - lo) inside++;
  }
  return inside / shifted.size;
}

/** Clears every voxel outside the mask; the caller hands over a volume to be edited. */
export function zeroOutsideMask(volume: NDArray, mask: NDArray): void {
  volume.imul(mask);
}

export function sliceMeans(volume: NDArray): number[] {
  const means: number[] = [];
  for (let z = 0; z < volume.shape[0]; z++) {
    means.push(volume.slice(z).mean());
  }
  return means;
}

export function boxMask(shape: number[], z: number, y0: number, y1: number, x0: number, x1: number): NDArray {
  const mask = zeros(shape);
  mask.slice(z, `${y0}:${y1}`, `${x0}:${x1}`).fill(1);
  return mask;
}

const mr = zeros([3, 6, 6]);
for (let z = 0; z < 3; z++) {
  for (let y = 0; y < 6; y++) {
    for (let x = 0; x < 6; x++) {
      mr.set([z, y, x], 200 + 40 * z + 15 * ((x * y) % 4));
    }
  }
}

const lesion = boxMask(mr.shape, 1, 2, 4, 2, 5);
const stats = roiStats(mr, lesion);
console.log(`lesion: ${stats.voxels} voxels, mean ${stats.mean.toFixed(1)} ± ${stats.std.toFixed(1)}`);

console.log("slice contrast:", [0, 1, 2].map((z) => sliceContrast(mr, z).toFixed(3)).join(", "));
console.log("soft-tissue fraction:", softTissueFraction(mr, 220, 300).toFixed(2));

const lesionOnly = mr.copy();
zeroOutsideMask(lesionOnly, lesion);
console.log("lesion-only total:", lesionOnly.sum(), "per-slice means:", sliceMeans(mr));
