// Denoising stage of an inspection camera: a 3x3 median filter, an unsharp mask and a noise estimate reported per job.
import { zeros, NDArray } from "ndalias";

interface FilterJob {
  name: string;
  input: NDArray;
  strength: number;
}

function noisyPlate(h: number, w: number): NDArray {
  const img = zeros([h, w]);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const salt = (x * 7 + y * 3) % 11 === 0 ? 200 : 0;
      img.set([y, x], 60 + 5 * x + salt);
    }
  }
  return img;
}

function medianOf(window: NDArray): number {
  const values = window.flatten();
  values.sort();
  return values.get(Math.floor(values.size / 2));
}

function medianFilter(img: NDArray): NDArray {
  const out = img.copy();
  for (let y = 1; y < img.shape[0] - 1; y++) {
    for (let x = 1; x < img.shape[1] - 1; x++) {
      out.set([y, x], medianOf(img.slice(`${y - 1}:${y + 2}, ${x - 1}:${x + 2}`)));
    }
  }
  return out;
}

function boxBlur(img: NDArray): NDArray {
  const out = img.copy();
  for (let y = 1; y < img.shape[0] - 1; y++) {
    for (let x = 1; x < img.shape[1] - 1; x++) {
      out.set([y, x], img.slice(`${y - 1}:${y + 2}, ${x - 1}:${x + 2}`).mean());
    }
  }
  return out;
}

function noiseSigma(img: NDArray): number {
  const centre = img.slice("1:-1, 1:-1");
  const residual = centre.sub(boxBlur(img).slice("1:-1, 1:-1"));
  return Math.sqrt(residual.mul(residual).mean());
}

const plate = noisyPlate(7, 9);
const denoised = medianFilter(plate);
console.log("noise sigma raw:", noiseSigma(plate).toFixed(2), "median:", noiseSigma(denoised).toFixed(2));

// unsharp mask: denoised + k * (denoised - blur), written into a fresh detail image
const detail = denoised.sub(boxBlur(denoised));
detail.imul(0.6);
const sharpened = denoised.add(detail);
console.log("sharpened range:", sharpened.min().toFixed(1), sharpened.max().toFixed(1));

// robust exposure statistics for the report: percentiles of the denoised patch
const patch = denoised.slice("2:5, 2:7").copy();
const ranked = patch.ravel();
ranked.sort(); // expect: no-view-mutation
const p10 = ranked.get(Math.floor(0.1 * (ranked.size - 1)));
const p90 = ranked.get(Math.floor(0.9 * (ranked.size - 1)));
console.log(`patch p10=${p10} p90=${p90}`);

// the defect classifier samples the patch at fixed probe positions
const probes: Array<[number, number]> = [[0, 0], [1, 2], [2, 4]];
console.log("probe values:", probes.map(([y, x]) => patch.get(y, x)).join(", "));

// contrast stretch job queued for the viewer
const job: FilterJob = { name: "stretch", input: patch, strength: 1.5 };
const gain = job.strength * (255 / Math.max(1, p90 - p10));
job.input.isub(p10).imul(gain); // expect: no-alias-mutation
console.log(`${job.name}: viewer range`, job.input.min().toFixed(1), job.input.max().toFixed(1));

// the defect score is computed from the original patch statistics
const defectScore = patch.sub(patch.mean()).max() / (p90 - p10 || 1);
console.log("defect score:", defectScore.toFixed(3));
