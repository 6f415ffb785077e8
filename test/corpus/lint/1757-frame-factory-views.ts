// A camera-frame factory that exposes a region of interest and a flat pixel view; applies display gain, computes a median, archives and releases frames.
import { array, NDArray } from "ndalias";

interface Frame {
  id: number;
  pixels: NDArray;
  roi: NDArray;
  flat: NDArray;
}

function createFrame(id: number, pixels: NDArray): Frame {
  return {
    id,
    pixels,
    roi: pixels.slice("1:3", "1:3"),
    flat: pixels.ravel(),
  };
}

function brightness(region: NDArray): number {
  return region.mean();
}

function histogram(values: NDArray, bins: number, maxValue: number): number[] {
  const counts: number[] = new Array(bins).fill(0);
  const flat = values.flatten();
  for (let i = 0; i < flat.size; i++) {
    const b = Math.min(bins - 1, Math.floor((flat.get(i) / maxValue) * bins));
    counts[b]++;
  }
  return counts;
}

function archive(frame: Frame): string {
  return `frame ${frame.id}: ${JSON.stringify(frame.pixels.tolist())}`;
}

// --- frame 1: ROI statistics and display gain ---
const frame1 = createFrame(
  1,
  array([
    [10, 12, 11, 9],
    [13, 80, 90, 12],
    [11, 85, 95, 10],
    [9, 10, 12, 11],
  ]),
);
console.log("roi brightness:", brightness(frame1.roi));

const roiSnapshot = frame1.roi.copy();
roiSnapshot.imul(0.5);
console.log("half-intensity roi:", roiSnapshot.tolist());

frame1.pixels.imul(2); // expect: no-view-mutation
console.log("display max:", frame1.pixels.max());
console.log("roi histogram:", histogram(frame1.roi, 4, 100));

// --- frame 2: median intensity, then archive the raw frame ---
const frame2 = createFrame(
  2,
  array([
    [40, 42, 41, 39],
    [43, 50, 52, 45],
    [44, 51, 255, 46],
    [38, 41, 40, 42],
  ]),
);
const sortedPixels = frame2.flat;
sortedPixels.sort(); // expect: no-view-mutation
const median = (sortedPixels.get(7) + sortedPixels.get(8)) / 2;
console.log("median intensity:", median);

const hotPixels: number[] = [];
for (let r = 0; r < frame2.pixels.shape[0]; r++) {
  for (let c = 0; c < frame2.pixels.shape[1]; c++) {
    if (frame2.pixels.get(r, c) > 3 * median) hotPixels.push(r * 4 + c);
  }
}
console.log("hot pixels:", hotPixels);
console.log(archive(frame2));

// release frame 1 for the next capture
frame1.pixels.flatten().fill(0); // expect: no-lost-write

const processed = [frame1, frame2].map((f) => f.id);
console.log("frames processed:", processed.join(", "));
