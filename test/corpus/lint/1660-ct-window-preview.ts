// Builds a CT phantom, renders a soft-tissue display copy and a lung preview, measures scout-slice noise and reports Hounsfield statistics of the scan.
// runnable
import { zeros, full, NDArray } from "ndalias";

const DEPTH = 5;
const ROWS = 8;
const COLS = 8;

interface WindowPreset {
  name: string;
  level: number;
  width: number;
}

const SOFT_TISSUE: WindowPreset = { name: "soft tissue", level: 40, width: 400 };
const LUNG: WindowPreset = { name: "lung", level: -600, width: 1500 };

function makePhantom(): NDArray {
  const vol = zeros([DEPTH, ROWS, COLS]);
  for (let z = 0; z < DEPTH; z++) {
    for (let y = 0; y < ROWS; y++) {
      for (let x = 0; x < COLS; x++) {
        const r = Math.hypot(y - ROWS / 2 + 0.5, x - COLS / 2 + 0.5);
        const hu = r < 1.5 ? 50 + 5 * z : r < 3 ? -800 + 7 * ((x + y + z) % 3) : r < 3.6 ? 400 : -1000;
        vol.set([z, y, x], hu);
      }
    }
  }
  return vol;
}

function clampUnit(img: NDArray): void {
  for (let i = 0; i < img.size; i++) {
    const v = img.data[i] as number;
    img.data[i] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
}

function applyWindowInPlace(img: NDArray, preset: WindowPreset): void {
  img.isub(preset.level - preset.width / 2);
  img.idiv(preset.width);
  clampUnit(img);
}

function sliceRange(vol: NDArray, z: number): [number, number] {
  const plane = vol.slice(z);
  return [plane.min(), plane.max()];
}

function axialMip(vol: NDArray): NDArray {
  const [depth, rows, cols] = vol.shape;
  const mip = full([rows, cols], -Infinity);
  for (let z = 0; z < depth; z++) {
    for (let y = 0; y < rows; y++) {
      for (let x = 0; x < cols; x++) {
        mip.set([y, x], Math.max(mip.get(y, x), vol.get(z, y, x)));
      }
    }
  }
  return mip;
}

function huSummary(vol: NDArray): string {
  return `min ${vol.min()} / max ${vol.max()} / mean ${vol.mean().toFixed(1)}`;
}

const ct = makePhantom();
const midIndex = Math.floor(DEPTH / 2);
const [midLo, midHi] = sliceRange(ct, midIndex);
console.log("mid axial HU range:", midLo, "to", midHi);

// The soft-tissue rendering works on its own copy of the scan.
const display = ct.copy();
applyWindowInPlace(display, SOFT_TISSUE);
console.log(`${SOFT_TISSUE.name} display mean:`, display.mean().toFixed(3));

// A lung preview, meant as a throwaway rendering of the same scan.
const lungPreview = ct;
lungPreview.isub(LUNG.level - LUNG.width / 2); // expect: no-alias-mutation
const lungImage = lungPreview.div(LUNG.width);
clampUnit(lungImage);
console.log(`${LUNG.name} preview mean:`, lungImage.mean().toFixed(3));

// Noise estimate on the first slice: centre it and take the RMS.
const scout = ct.slice(0);
scout.isub(scout.mean()); // expect: no-view-mutation
const scoutNoise = Math.sqrt(scout.mul(scout).mean());
console.log("scout noise (HU):", scoutNoise.toFixed(2));

const mip = axialMip(ct);
console.log("MIP peak:", mip.max(), "MIP mean:", mip.mean().toFixed(1));
console.log("scan HU:", huSummary(ct));
