// Builds a small training set from labelled grey crops: each sample is an augmented copy, the source crops are kept for auditing.
import { array, zeros, NDArray } from "ndalias";

interface Sample {
  image: NDArray;
  label: number;
  tag: string;
}

const augmentedCache = new Map<string, NDArray>();

function makeCrop(seed: number): NDArray {
  const crop = zeros([4, 4], "uint8");
  for (let i = 0; i < 16; i++) crop.set([Math.floor(i / 4), i % 4], (seed * 37 + i * 11) % 256);
  return crop;
}

/** Rescales an image to [0, 1] in place; the caller passes a buffer it owns. */
function toUnit(img: NDArray): void {
  img.isub(img.min());
  img.idiv(img.max() || 1);
}

function medianLevel(img: NDArray): number {
  const sorted = img.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

function jitter(crop: NDArray, amount: number): NDArray {
  const out = crop.astype("float32");
  for (let i = 0; i < out.size; i++) {
    out.data[i] = (out.data[i] as number) + ((i * 7) % 3 - 1) * amount;
  }
  return out;
}

function masked(crop: NDArray, rows: number[], key: string): NDArray {
  // the removed rows are kept, in unit range, for the audit view
  const removed = crop.take(rows, 0).astype("float32");
  removed.idiv(255);
  augmentedCache.set(key, removed);
  const out = crop.astype("float32");
  for (const r of rows) out.slice(r).fill(0);
  return out;
}

function summarise(img: NDArray, label: number, tag: string): Sample {
  const normalised = img.astype("float64");
  toUnit(normalised);
  return { image: normalised, label, tag };
}

const crops = [makeCrop(1), makeCrop(2), makeCrop(3)];
const labels = array([0, 1, 0]);
const samples: Sample[] = [];

for (let i = 0; i < crops.length; i++) {
  const crop = crops[i];
  const label = labels.get(i);

  // plain sample: an independent float copy, rescaled in place and then stored
  const plain = crop.astype("float32");
  toUnit(plain);
  samples.push({ image: plain, label, tag: `crop${i}` });

  // jittered sample: the helper writes into its own copy and returns it
  samples.push(summarise(jitter(crop, 4), label, `crop${i}-jitter`));

  // occlusion sample: rows blanked in a copy, the removed rows cached for auditing
  samples.push(summarise(masked(crop, [0, 3], `crop${i}-mask`), label, `crop${i}-mask`));
}

// flipped copies of the positives, written after the copy and read through the samples list
const positives = samples.filter((s) => s.label === 1 && s.tag.endsWith("jitter"));
for (const s of positives) {
  const flipped = s.image.flip(1).copy();
  flipped.imul(0.9);
  samples.push({ image: flipped, label: 1, tag: `${s.tag}-flip` });
}

// a class-balance weight vector, built from an arithmetic result and then used
const counts = array([0, 0]);
for (const s of samples) counts.set(s.label, counts.get(s.label) + 1);
const weights = counts.add(1);
weights.set(0, weights.get(0) * 0.5);
const classWeights = weights.div(weights.sum());

for (const s of samples) {
  console.log(`${s.tag.padEnd(16)} label=${s.label} mean=${s.image.mean().toFixed(3)} median=${medianLevel(s.image).toFixed(3)}`);
}
console.log("class weights:", classWeights.tolist());
console.log("cached masks:", [...augmentedCache.keys()].join(", "), "first:", augmentedCache.get("crop0-mask")?.tolist());
console.log("source crops untouched:", crops.map((c) => c.sum()).join(", "));
