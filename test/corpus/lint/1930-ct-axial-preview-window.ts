// Builds a synthetic CT phantom, renders bone and soft-tissue previews of its middle axial slice and reports volume HU statistics.
// runnable
import { full, zeros, NDArray } from "ndalias";

interface WindowPreset {
  readonly name: string;
  readonly center: number;
  readonly width: number;
}

const PRESETS: Record<string, WindowPreset> = {
  softTissue: { name: "soft tissue", center: 40, width: 400 },
  bone: { name: "bone", center: 400, width: 1800 },
  lung: { name: "lung", center: -600, width: 1500 },
};

interface HuSummary {
  mean: number;
  min: number;
  max: number;
}

function makePhantom(depth: number, rows: number, cols: number): NDArray {
  const vol = full([depth, rows, cols], -1000);
  for (let z = 0; z < depth; z++) {
    vol.slice(z, "1:-1", "1:-1").fill(30 + 5 * z);
    vol.slice(z, "2:4", "2:4").fill(60);
  }
  vol.set([Math.floor(depth / 2), 1, 1], 1200);
  return vol;
}

function summarise(vol: NDArray): HuSummary {
  return { mean: vol.mean(), min: vol.min(), max: vol.max() };
}

function histogram(vol: NDArray, lo: number, hi: number, bins: number): NDArray {
  const hist = zeros(bins, "int32");
  const flat = vol.flatten();
  const step = (hi - lo) / bins;
  for (let i = 0; i < flat.size; i++) {
    const v = flat.get(i);
    if (v < lo || v >= hi) continue;
    const bin = Math.floor((v - lo) / step);
    hist.set(bin, hist.get(bin) + 1);
  }
  return hist;
}

function toDisplay(slice: NDArray, preset: WindowPreset): NDArray {
  const lo = preset.center - preset.width / 2;
  const out = slice.sub(lo).mul(255 / preset.width);
  for (let i = 0; i < out.size; i++) {
    const v = out.data[i] as number;
    out.data[i] = Math.min(255, Math.max(0, Math.round(v)));
  }
  return out;
}

function airFraction(vol: NDArray): number {
  let air = 0;
  const flat = vol.ravel();
  for (let i = 0; i < flat.size; i++) {
    if (flat.get(i) <= -900) air++;
  }
  return air / flat.size;
}

const volume = makePhantom(5, 6, 6);
const before = summarise(volume);
console.log("phantom shape:", volume.shape, "HU before preview:", before);
console.log("air fraction:", airFraction(volume).toFixed(3));
console.log("HU histogram:", histogram(volume, -1000, 1400, 6).tolist());

const mid = Math.floor(volume.shape[0] / 2);
const boneAxial = volume.slice(mid).copy();
const bonePreview = toDisplay(boneAxial, PRESETS.bone);
console.log(`${PRESETS.bone.name} preview row 1:`, bonePreview.slice(1).tolist());

// The soft-tissue preview is rendered straight into the slice to save an allocation.
const axial = volume.slice(mid);
const soft = PRESETS.softTissue;
const softLo = soft.center - soft.width / 2;
axial.assign(":", axial.sub(softLo).mul(255 / soft.width)); // expect: no-view-mutation
console.log(`${soft.name} preview row 2:`, axial.slice(2).tolist());

for (let z = 0; z < volume.shape[0]; z++) {
  const slab = volume.slice(z);
  console.log(`slice ${z}: mean ${slab.mean().toFixed(1)} HU, max ${slab.max()} HU`);
}

const after = summarise(volume);
console.log("HU after preview:", after);
if (Math.abs(after.mean - before.mean) > 1e-6) {
  console.log("warning: volume statistics changed while rendering previews");
}
