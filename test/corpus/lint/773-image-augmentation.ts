// Augments a small batch of grayscale images: brightness jitter, column dropout, horizontal flips, clamping and per-image standardisation.
import { array, NDArray } from "ndalias";

interface Sample {
  pixels: NDArray;
  label: number;
}

function makeBatch(): Sample[] {
  return [
    { pixels: array([[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8], [0.9, 0.8, 0.7, 0.6]]), label: 0 },
    { pixels: array([[0.0, 0.0, 1.0, 1.0], [0.0, 1.0, 1.0, 0.0], [1.0, 1.0, 0.0, 0.0]]), label: 1 },
    { pixels: array([[0.3, 0.3, 0.3, 0.3], [0.2, 0.4, 0.6, 0.8], [0.8, 0.6, 0.4, 0.2]]), label: 0 },
  ];
}

// Brightness jitter.
function brighten(sample: Sample, amount: number): void {
  const px = sample.pixels.astype("float32");
  px.iadd(amount); // expect: no-lost-write
}

// Column dropout: blank out whole columns of an image.
function dropColumns(img: NDArray, cols: number[]): void {
  img.take(cols, 1).fill(0); // expect: no-lost-write
}

function flipped(img: NDArray): NDArray {
  return img.flip(1).copy();
}

function clampInPlace(img: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < img.size; i++) {
    img.data[i] = Math.min(hi, Math.max(lo, img.data[i] as number));
  }
}

function standardized(img: NDArray): NDArray {
  const out = img.sub(img.mean());
  const sd = Math.sqrt(out.mul(out).mean());
  out.idiv(sd === 0 ? 1 : sd);
  return out;
}

export function augment(batch: Sample[], seed: number): Sample[] {
  const out: Sample[] = [];
  batch.forEach((s, k) => {
    brighten(s, 0.1 * ((seed + k) % 3));
    dropColumns(s.pixels, [(seed + k) % 4]);
    const base = k % 2 === 0 ? flipped(s.pixels) : s.pixels.copy();
    clampInPlace(base, 0, 1);
    out.push({ pixels: standardized(base), label: s.label });
  });
  return out;
}

function columnEnergy(img: NDArray): number[] {
  const energy: number[] = [];
  for (let c = 0; c < img.shape[1]; c++) {
    energy.push(Math.round(img.slice(":", c).sum() * 100) / 100);
  }
  return energy;
}

function labelCounts(batch: Sample[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of batch) {
    counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
  }
  return counts;
}

const batch = makeBatch();
const augmented = augment(batch, 1);

for (let i = 0; i < batch.length; i++) {
  console.log(`sample ${i} (label ${batch[i].label})`);
  console.log("  original column energy: ", columnEnergy(batch[i].pixels));
  console.log("  augmented column energy:", columnEnergy(augmented[i].pixels));
  console.log("  augmented mean:", augmented[i].pixels.mean().toFixed(6));
}
console.log("labels:", [...labelCounts(augmented).entries()]);
