// Calibrates a 4x4 sensor patch: per-column dark offsets broadcast over the patch, an exposure-scaled colour matrix checked on its diagonal, and a median-based hot-pixel threshold.
// runnable
import { array, NDArray } from "ndalias";

const raw = array([
  [52, 61, 47, 70],
  [50, 63, 45, 255],
  [55, 60, 49, 72],
  [51, 64, 46, 69],
]);

// One dark offset per column (column-parallel ADCs).
const darkOffsets = array([4, 6, 3, 5]);
const darkFrame = darkOffsets.broadcastTo([4, 4]);

// Colour-correction matrix; its diagonal holds the per-channel gains.
const ccm = array([
  [1.2, -0.1, -0.05, -0.05],
  [-0.08, 1.15, -0.04, -0.03],
  [-0.02, -0.06, 1.1, -0.02],
  [-0.05, -0.05, -0.05, 1.05],
]);
const channelGains = ccm.diagonal();

function formatRow(values: number[], digits: number): string {
  return values.map((v) => v.toFixed(digits).padStart(8)).join("");
}

function printMatrix(label: string, m: NDArray, digits = 1): void {
  console.log(label);
  for (const row of m.tolist() as number[][]) console.log(formatRow(row, digits));
}

function countAbove(m: NDArray, threshold: number): number {
  let n = 0;
  for (let y = 0; y < m.shape[0]; y++) {
    for (let x = 0; x < m.shape[1]; x++) {
      if (m.get(y, x) > threshold) n++;
    }
  }
  return n;
}

printMatrix("raw patch:", raw, 0);
console.log("dark offsets:", darkOffsets.tolist(), "mean dark level:", darkFrame.mean().toFixed(2));
console.log("channel gains (factory):", channelGains.tolist());

// Exposure compensation for this capture.
const exposureScale = 1.1;
ccm.imul(exposureScale); // expect: no-view-mutation

// The temperature sensor reports a drift of the column ADCs since the dark frame was taken.
const drift = array([0.5, 0.5, 1.0, 0.5]);
darkOffsets.iadd(drift); // expect: no-view-mutation

// Dark subtraction over the whole patch through the broadcast view.
const corrected = raw.sub(darkFrame);
printMatrix("dark-corrected patch:", corrected);

// Median of the corrected patch for the hot-pixel threshold.
corrected.flatten().sort(); // expect: no-lost-write
const flatView = corrected.ravel();
const median = flatView.get(Math.floor(flatView.size / 2));
const threshold = 2 * median;
console.log("median:", median.toFixed(1), "hot-pixel threshold:", threshold.toFixed(1));
console.log("hot pixels:", countAbove(corrected, threshold));

// Factory gain check: the weakest channel must stay above unity.
const weakest = channelGains.min();
console.log("weakest channel gain:", weakest.toFixed(3), weakest >= 1 ? "ok" : "below unity");

// A normalised copy of the corrected patch for display, written and then shown.
const display = corrected.copy();
display.isub(display.min());
display.idiv(Math.max(1e-9, display.max()));
printMatrix("display (0..1):", display, 2);

// The exposure-scaled matrix applied to the first row of the corrected patch.
const firstRow = corrected.slice(0);
const mixed: number[] = [];
for (let i = 0; i < 4; i++) {
  let acc = 0;
  for (let j = 0; j < 4; j++) acc += ccm.get(i, j) * firstRow.get(j);
  mixed.push(acc);
}
console.log("colour-corrected first row:", formatRow(mixed, 1));
