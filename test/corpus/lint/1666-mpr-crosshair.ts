// Multiplanar reformatting of an MR volume: axial, coronal and sagittal views, an intensity normalisation and crosshair overlays for display.
import { zeros, NDArray } from "ndalias";

const DEPTH = 6;
const ROWS = 7;
const COLS = 7;

function makeMr(): NDArray {
  const vol = zeros([DEPTH, ROWS, COLS]);
  for (let z = 0; z < DEPTH; z++) {
    for (let y = 0; y < ROWS; y++) {
      for (let x = 0; x < COLS; x++) {
        const r = Math.hypot(z - 2.5, y - 3, x - 3);
        vol.set([z, y, x], r < 2 ? 900 - 50 * r : r < 3 ? 450 : 30 + 2 * x);
      }
    }
  }
  return vol;
}

function render(plane: NDArray, label: string): string {
  const lo = plane.min();
  const hi = plane.max();
  const ramp = " .:-=+*#%@";
  const [rows, cols] = plane.shape;
  const lines: string[] = [label];
  for (let r = 0; r < rows; r++) {
    let line = "";
    for (let c = 0; c < cols; c++) {
      const t = hi === lo ? 0 : (plane.get(r, c) - lo) / (hi - lo);
      line += ramp[Math.min(ramp.length - 1, Math.floor(t * ramp.length))];
    }
    lines.push(line);
  }
  return lines.join("\n");
}

function paddedCopy(vol: NDArray, value: number): NDArray {
  const padded = vol.copy();
  padded.slice(0).fill(value);
  padded.slice(-1).fill(value);
  return padded;
}

function centreOfMass(vol: NDArray): number[] {
  const [d, r, c] = vol.shape;
  let total = 0;
  const acc = [0, 0, 0];
  for (let z = 0; z < d; z++) {
    for (let y = 0; y < r; y++) {
      for (let x = 0; x < c; x++) {
        const w = vol.get(z, y, x);
        total += w;
        acc[0] += w * z;
        acc[1] += w * y;
        acc[2] += w * x;
      }
    }
  }
  return acc.map((a) => Math.round(a / total));
}

const mr = makeMr();
const [cz, cy, cx] = centreOfMass(mr);
const axial = mr.slice(cz);
const coronal = mr.slice(":", cy);
const sagittal = mr.slice(":", ":", cx);
console.log("plane means (axial, coronal, sagittal):", axial.mean(), coronal.mean(), sagittal.mean());

// Normalise intensities to [0, 1] for the viewer.
mr.imul(1 / mr.max()); // expect: no-view-mutation

// Sagittal crosshair drawn on an overlay copy.
const sagOverlay = sagittal.copy();
sagOverlay.assign(`:, ${cy}`, 1);
sagOverlay.assign(`${cz}, :`, 1);
console.log(render(sagOverlay, "sagittal"));

// Coronal crosshair drawn straight onto the plane.
coronal.assign(`:, ${cx}`, 1); // expect: no-view-mutation
console.log(render(coronal, "coronal"));

console.log(render(axial, "axial"));
const padded = paddedCopy(mr, 0);
console.log("padded mean:", padded.mean().toFixed(3), "volume mean:", mr.mean().toFixed(3));
