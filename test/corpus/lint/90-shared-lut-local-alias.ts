// A colour-correction module keeps a shared gamma lookup table; a per-request helper tweaks it through a local handle before mapping pixels.
import { linspace, array, NDArray } from "ndalias";

const GAMMA_LUT = linspace(0, 1, 5);
const PRESETS: { [name: string]: NDArray } = { neutral: GAMMA_LUT };

function mapPixels(px: NDArray, lut: NDArray): NDArray {
  const out = px.copy();
  for (let i = 0; i < out.size; i++) out.set(i, lut.get(Math.round(px.get(i) * (lut.size - 1))));
  return out;
}

export function correct(px: NDArray, boost: number): NDArray {
  const lut = GAMMA_LUT;
  if (boost !== 1) {
    for (let i = 0; i < lut.size; i++) lut.set(i, Math.min(1, lut.get(i) * boost)); // expect: no-alias-mutation
  }
  return mapPixels(px, lut);
}

export function neutralPreview(px: NDArray): NDArray {
  const preset = PRESETS["neutral"];
  const tweaked = preset ? preset.copy() : GAMMA_LUT.copy();
  tweaked.imul(0.95);
  return mapPixels(px, tweaked);
}

export function flattenTop(): number {
  const top = GAMMA_LUT.slice("-2:");
  top.fill(1); // expect: no-view-mutation
  return GAMMA_LUT.sum();
}

const pixels = array([0, 0.25, 0.5, 1]);
console.log("corrected:", correct(pixels, 1.3).tolist());
console.log("preview:", neutralPreview(pixels).tolist());
console.log("lut sum:", flattenTop(), "lut:", GAMMA_LUT.tolist());
