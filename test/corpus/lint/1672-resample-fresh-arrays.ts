// Resampling and ROI extraction for a PET volume, always into fresh arrays: median slabs, nearest-neighbour zoom, SUV scaling, int16 export and percentiles.
import { zeros, NDArray } from "ndalias";

/** Median of three neighbouring slices around z, computed on a private slab. */
export function medianSlab(vol: NDArray, z: number): NDArray {
  const slab = vol.take([z - 1, z, z + 1], 0);
  slab.sort(0);
  return slab.slice(1).copy();
}

/** Nearest-neighbour zoom by an integer factor in-plane, preserving total activity. */
export function zoomInPlane(vol: NDArray, factor: number): NDArray {
  const [, rows, cols] = vol.shape;
  const ys: number[] = [];
  const xs: number[] = [];
  for (let y = 0; y < rows * factor; y++) ys.push(Math.floor(y / factor));
  for (let x = 0; x < cols * factor; x++) xs.push(Math.floor(x / factor));
  const zoomed = vol.take(ys, 1).take(xs, 2);
  zoomed.idiv(factor * factor);
  return zoomed;
}

/** Converts activity to standardised uptake values. */
export function toSuv(activity: NDArray, doseMBq: number, weightKg: number): NDArray {
  const suv = activity.mul(weightKg * 1000);
  suv.idiv(doseMBq * 1e6);
  return suv;
}

/** Stored int16 values with a rescale slope, as written to DICOM. */
export function toStored(vol: NDArray, slope: number): NDArray {
  const scaled = vol.div(slope);
  scaled.iadd(0.5);
  return scaled.astype("int16");
}

export function percentile(vol: NDArray, p: number): number {
  const sorted = vol.flatten();
  sorted.sort();
  return sorted.get(Math.round(p * (sorted.size - 1)));
}

/** A mask of voxels above a fraction of the peak, for the metabolic tumour volume. */
export function thresholdMask(vol: NDArray, fraction: number): NDArray {
  const mask = vol.astype("uint8");
  const cut = fraction * vol.max();
  const values = vol.flatten();
  for (let i = 0; i < values.size; i++) mask.data[i] = values.get(i) >= cut ? 1 : 0;
  return mask;
}

function makePet(): NDArray {
  const pet = zeros([5, 6, 6]);
  for (let z = 0; z < 5; z++) {
    for (let y = 0; y < 6; y++) {
      for (let x = 0; x < 6; x++) {
        const hot = Math.hypot(z - 2, y - 2, x - 3) < 1.5;
        pet.set([z, y, x], hot ? 25000 + 1000 * z : 3000 + 100 * ((x * y) % 5));
      }
    }
  }
  return pet;
}

const pet = makePet();
const suv = toSuv(pet, 370, 70);
console.log("SUVmax:", suv.max().toFixed(2), "SUVmean:", suv.mean().toFixed(2));

const smooth = medianSlab(suv, 2);
console.log("median slab peak:", smooth.max().toFixed(2));

const zoomed = zoomInPlane(suv, 2);
console.log("zoomed shape:", zoomed.shape, "total preserved:", zoomed.sum().toFixed(3), suv.sum().toFixed(3));

const mask = thresholdMask(suv, 0.4);
console.log("MTV voxels:", mask.sum(), "p95 SUV:", percentile(suv, 0.95).toFixed(2));

// Two working buffers that never share memory.
const current = zeros(suv.shape);
const background = zeros(suv.shape);
current.assign("...", suv);
background.fill(percentile(suv, 0.5));
current.isub(background);
background.imul(2);
console.log("background-subtracted total:", current.sum().toFixed(1), "twice background:", background.max().toFixed(2));

const stored = toStored(suv, 0.01);
console.log("stored range:", stored.min(), stored.max(), "source SUV unchanged:", suv.max().toFixed(2));
