// Gaussian/Laplacian image pyramid: 2x2 box downsampling from strided views of the input, upsampling into fresh buffers through chained strided writes, a void soft-threshold on copied detail bands, and reconstructions that rebind their running image.
import { arange, zeros, NDArray } from "ndalias";

function downsample(img: NDArray): NDArray {
  const tl = img.slice("::2", "::2");
  const tr = img.slice("::2", "1::2");
  const bl = img.slice("1::2", "::2");
  const br = img.slice("1::2", "1::2");
  return tl.add(tr).add(bl).add(br).mul(0.25);
}

function upsample(small: NDArray): NDArray {
  const [h, w] = small.shape;
  const big = zeros([2 * h, 2 * w]);
  big.slice("::2", "::2").assign(":", small);
  big.slice("::2", "1::2").assign(":", small);
  big.slice("1::2", "::2").assign(":", small);
  big.slice("1::2", "1::2").assign(":", small);
  return big;
}

function buildPyramid(img: NDArray, levels: number): { gaussian: NDArray[]; laplacian: NDArray[] } {
  const gaussian = [img.copy()];
  const laplacian: NDArray[] = [];
  for (let l = 0; l < levels; l++) {
    const fine = gaussian[l];
    const coarse = downsample(fine);
    laplacian.push(fine.sub(upsample(coarse)));
    gaussian.push(coarse);
  }
  return { gaussian, laplacian };
}

/** Soft-thresholds every detail band in place. */
function shrinkDetails(bands: NDArray[], t: number): void {
  for (const band of bands) {
    for (let i = 0; i < band.size; i++) {
      const v = band.data[i] as number;
      band.data[i] = Math.sign(v) * Math.max(0, Math.abs(v) - t);
    }
  }
}

function reconstruct(top: NDArray, laplacian: NDArray[]): NDArray {
  let out = top;
  for (let l = laplacian.length - 1; l >= 0; l--) {
    out = upsample(out).add(laplacian[l]);
  }
  return out;
}

const image = arange(64).reshape(8, 8);
const { gaussian, laplacian } = buildPyramid(image, 3);
const coarsest = gaussian[gaussian.length - 1];

const denoised = laplacian.map((band) => band.copy());
shrinkDetails(denoised, 0.75);

const exact = reconstruct(coarsest, laplacian);
const smooth = reconstruct(coarsest, denoised);
const err = exact.sub(image);
console.log("levels:", gaussian.map((g) => g.shape.join("x")), "max reconstruction error:", Math.max(err.max(), -err.min()));
console.log("detail energy:", laplacian.map((b) => b.mul(b).sum().toFixed(2)), "coarsest:", coarsest.tolist());

const framed = zeros([10, 10]);
framed.slice("1:-1", "1:-1").assign(":", smooth);
framed.slice(0).fill(255);
framed.slice(-1).fill(255);
console.log("framed preview mean:", framed.mean().toFixed(2), "image mean:", image.mean());
