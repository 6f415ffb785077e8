// Measures liver and spleen ROI statistics on a CT slice after background subtraction and prints them beside the stored slice.
// runnable
import { array, NDArray } from "ndalias";

interface Roi {
  readonly label: string;
  readonly rows: readonly [number, number];
  readonly cols: readonly [number, number];
}

interface RoiStats {
  label: string;
  mean: number;
  std: number;
  pixels: number;
}

const ROIS: Roi[] = [
  { label: "liver", rows: [1, 3], cols: [1, 4] },
  { label: "spleen", rows: [3, 5], cols: [3, 5] },
];
const BACKGROUND: Roi = { label: "air", rows: [0, 1], cols: [0, 5] };

function ensureFloat(img: NDArray): NDArray {
  if (img.dtype === "float64" || img.dtype === "float32") {
    return img;
  }
  return img.astype("float64");
}

function roiView(img: NDArray, roi: Roi): NDArray {
  return img.slice(`${roi.rows[0]}:${roi.rows[1]}`, `${roi.cols[0]}:${roi.cols[1]}`);
}

function roiStats(img: NDArray, roi: Roi): RoiStats {
  const patch = roiView(img, roi);
  const mean = patch.mean();
  const centred = patch.sub(mean);
  return {
    label: roi.label,
    mean,
    std: Math.sqrt(centred.mul(centred).mean()),
    pixels: patch.size,
  };
}

function formatStats(s: RoiStats): string {
  return `${s.label.padEnd(7)} mean ${s.mean.toFixed(1).padStart(7)} HU  sd ${s.std.toFixed(1).padStart(5)}  n=${s.pixels}`;
}

const storedSlice = array([
  [-995, -1002, -998, -1001, -1004],
  [-990, 62, 58, 65, 40],
  [-20, 60, 55, 61, 35],
  [-15, 30, 33, 48, 45],
  [-10, 28, 31, 47, 44],
]);

console.log("stored slice statistics:");
for (const roi of ROIS) {
  console.log("  " + formatStats(roiStats(storedSlice, roi)));
}

const slice = ensureFloat(storedSlice);
const background = roiStats(slice, BACKGROUND).mean;
slice.isub(background); // expect: no-alias-mutation
console.log(`background ${background.toFixed(1)} HU subtracted:`);
for (const roi of ROIS) {
  console.log("  " + formatStats(roiStats(slice, roi)));
}

const contrast = roiStats(slice, ROIS[0]).mean - roiStats(slice, ROIS[1]).mean;
console.log("liver-spleen contrast:", contrast.toFixed(1));

const session = {
  hu: storedSlice.copy(),
  display: storedSlice.add(1000).div(2000),
  contrast,
};
const { hu, display } = session;
console.log("display range:", display.min().toFixed(3), display.max().toFixed(3));
hu.imul(1.02); // expect: no-alias-mutation
console.log("calibrated liver mean:", roiStats(hu, ROIS[0]).mean.toFixed(1));
console.log("session HU mean:", session.hu.mean().toFixed(2));

console.log("stored slice mean for the audit log:", storedSlice.mean().toFixed(2));
