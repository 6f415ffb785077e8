// Offline render helpers: channel extraction, dithered 16-bit export, wet/dry blending and a mono fold-down, all on new buffers.
import { array, NDArray } from "ndalias";

export function extractChannels(multichannel: NDArray, wanted: number[]): NDArray {
  const picked = multichannel.take(wanted, 0);
  picked.imul(1 / Math.sqrt(wanted.length));
  return picked;
}

export function exportInt16(block: NDArray, seed: number): NDArray {
  const scaled = block.mul(32767);
  let state = seed;
  for (let i = 0; i < scaled.size; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const tpdf = state / 2147483648 - 0.5;
    scaled.data[i] = Math.round((scaled.data[i] as number) + tpdf);
  }
  return scaled.astype("int16");
}

export function blendWetDry(dry: NDArray, wet: NDArray, mix: number): NDArray {
  const out = wet.mul(mix);
  out.iadd(dry.mul(1 - mix));
  return out;
}

export function foldToMono(stereo: NDArray): NDArray {
  const mono = stereo.slice(0).copy();
  mono.iadd(stereo.slice(1));
  mono.imul(0.5);
  return mono;
}

export function sortedMagnitudes(block: NDArray): NDArray {
  const flat = block.flatten();
  for (let i = 0; i < flat.size; i++) {
    flat.set(i, Math.abs(flat.get(i)));
  }
  flat.sort();
  return flat;
}

export function percentileLevel(block: NDArray, p: number): number {
  const mags = sortedMagnitudes(block);
  const idx = Math.min(mags.size - 1, Math.floor(p * mags.size));
  return mags.get(idx);
}

export function normalizeTo(block: NDArray, target: number): NDArray {
  const out = block.copy();
  const peak = Math.max(out.max(), -out.min());
  if (peak > 0) {
    out.imul(target / peak);
  }
  return out;
}

function toFloat32(block: NDArray): NDArray {
  const f = block.astype("float32");
  f.isub(f.mean());
  return f;
}

const session = array([
  [0.1, 0.4, -0.3, 0.2, 0.0, -0.1],
  [0.2, -0.1, 0.3, 0.0, 0.1, 0.2],
  [0.05, 0.05, 0.05, 0.05, 0.05, 0.05],
  [-0.3, 0.1, 0.2, -0.2, 0.4, 0.0],
]);

const stereoStem = extractChannels(session, [0, 1]);
const reverbSend = extractChannels(session, [3]);
const wet = stereoStem.copy().imul(0.7);
const blended = blendWetDry(stereoStem, wet, 0.4);
const mono = foldToMono(blended);
const pcm = exportInt16(mono, 42);
const p95 = percentileLevel(session, 0.95);

const preview = toFloat32(blended);
preview.slice(":", -1).fill(0);

const summed = session.sum(), checksum = pcm.sum();
console.log("stem:", stereoStem.tolist());
console.log("send:", reverbSend.tolist());
console.log("mono:", mono.tolist(), "normalised:", normalizeTo(mono, 0.9).tolist());
console.log("pcm:", pcm.tolist(), "checksum:", checksum);
console.log("95th percentile level:", p95.toFixed(3), "session sum:", summed.toFixed(3));
console.log("preview:", preview.tolist());
