// Line-chart downsampling: picks min/max points per pixel bucket with take, maps the picked points to pixel space and prints the polyline.
// runnable
import { array, arange, NDArray } from "ndalias";

interface Viewport {
  width: number;
  height: number;
  yMin: number;
  yMax: number;
}

interface Polyline {
  px: NDArray;
  py: NDArray;
}

function bucketExtremaIndices(y: NDArray, buckets: number): number[] {
  const n = y.size;
  const per = Math.ceil(n / buckets);
  const picked: number[] = [];
  for (let start = 0; start < n; start += per) {
    const chunk = y.slice(`${start}:${Math.min(n, start + per)}`);
    let iMin = 0;
    let iMax = 0;
    for (let i = 1; i < chunk.size; i++) {
      if (chunk.get(i) < chunk.get(iMin)) iMin = i;
      if (chunk.get(i) > chunk.get(iMax)) iMax = i;
    }
    const first = start + Math.min(iMin, iMax);
    const second = start + Math.max(iMin, iMax);
    picked.push(first);
    if (second !== first) picked.push(second);
  }
  return picked;
}

function toPixels(x: NDArray, y: NDArray, picked: number[], vp: Viewport): Polyline {
  const xMin = x.min();
  const xSpan = x.max() - xMin;
  const px = x.take(picked);
  px.isub(xMin);
  px.imul(vp.width / xSpan);

  const py = y.take(picked);
  py.isub(vp.yMin);
  py.imul(-vp.height / (vp.yMax - vp.yMin));
  py.iadd(vp.height);
  return { px, py };
}

function svgPath(line: Polyline): string {
  const xs = line.px.tolist() as number[];
  const ys = line.py.tolist() as number[];
  return xs.map((x, i) => `${i === 0 ? "M" : "L"}${x.toFixed(1)},${ys[i].toFixed(1)}`).join(" ");
}

function synthesize(n: number): NDArray {
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    values.push(Math.sin(i / 5) * 10 + ((i * 7919) % 13) / 4);
  }
  return array(values);
}

const t = arange(0, 96);
const signal = synthesize(96);
const viewport: Viewport = { width: 320, height: 120, yMin: -12, yMax: 14 };

const picked = bucketExtremaIndices(signal, 12);
const line = toPixels(t, signal, picked, viewport);
console.log(`kept ${picked.length} of ${signal.size} points`);
console.log(svgPath(line));

// blank the warm-up samples before building the preview window
signal.slice(":4").fill(0);
const preview = signal.slice(":8");
console.log("preview after warm-up blanking:", preview.tolist());

// a scaled copy for the secondary axis, rebound before it is adjusted
let secondary = signal;
secondary = secondary.mul(0.5);
secondary.iadd(2);
console.log("secondary axis range:", secondary.min().toFixed(2), secondary.max().toFixed(2));
console.log("primary axis range:", signal.min().toFixed(2), signal.max().toFixed(2));

// highlight markers are a fresh take of the signal, written and then drawn
const markerIdx = picked.filter((_, i) => i % 4 === 0);
const markers = signal.take(markerIdx);
markers.imul(1.05);
console.log("markers:", (markers.tolist() as number[]).map((v) => v.toFixed(2)).join(", "));
