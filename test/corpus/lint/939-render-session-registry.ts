// Session bookkeeping for a tile renderer: an object-dtype registry holds the mosaic, its quadrant tiles and a render buffer, and is released at shutdown.
// runnable
import { empty, zeros, refcount, memoryStats, NDArray } from "ndalias";

const SIZE = 4;

function buildMosaic(size: number): NDArray {
  const m = zeros([size, size]);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      m.set([i, j], 100 + 3 * i + j);
    }
  }
  return m;
}

function quadrantsOf(mosaic: NDArray): NDArray {
  const half = mosaic.shape[0] / 2;
  const q = empty(4, "object");
  q.set(0, mosaic.slice(`:${half}`, `:${half}`));
  q.set(1, mosaic.slice(`:${half}`, `${half}:`));
  q.set(2, mosaic.slice(`${half}:`, `:${half}`));
  q.set(3, mosaic.slice(`${half}:`, `${half}:`));
  return q;
}

function renderQuadrant(tile: NDArray, lo: number, hi: number): NDArray {
  const out = tile.copy();
  out.isub(lo);
  out.imul(255 / Math.max(1, hi - lo));
  return out.astype("uint8");
}

function describeRange(lo: number, hi: number): string {
  return `elevation ${lo.toFixed(0)}..${hi.toFixed(0)} m`;
}

function quadrantLabel(k: number): string {
  return ["NW", "NE", "SW", "SE"][k] ?? `#${k}`;
}

const mosaic = buildMosaic(SIZE);
const quadrants = quadrantsOf(mosaic);
const lo = mosaic.min();
const hi = mosaic.max();
console.log("mosaic:", describeRange(lo, hi));

// The registry lists every handle the session opened, including itself,
// so that shutdown code can find everything from one place.
const session = empty(4, "object");
session.set(0, mosaic);
session.set(1, quadrants);
session.set(2, zeros([SIZE, SIZE], "uint8"));
session.set(3, session); // expect: no-reference-cycle

const renderBuffer = session.get(2) as NDArray;
for (let k = 0; k < 4; k++) {
  const tile = quadrants.get(k) as NDArray;
  const rendered = renderQuadrant(tile, lo, hi);
  const r0 = k < 2 ? 0 : SIZE / 2;
  const c0 = k % 2 === 0 ? 0 : SIZE / 2;
  renderBuffer.slice(`${r0}:${r0 + SIZE / 2}`, `${c0}:${c0 + SIZE / 2}`).assign(":", rendered);
  console.log(`quadrant ${quadrantLabel(k)} mean=${tile.mean().toFixed(2)}:`, rendered.tolist());
}
console.log("render buffer:", renderBuffer.tolist());

// Per-quadrant statistics go into their own numeric array.
const quadrantMeans = zeros(4);
for (let k = 0; k < 4; k++) {
  quadrantMeans.set(k, (quadrants.get(k) as NDArray).mean());
}
console.log("quadrant means:", quadrantMeans.tolist());

// Report what the registry holds before shutdown.
for (let k = 0; k < 3; k++) {
  const entry = session.get(k) as NDArray;
  console.log(`slot ${k}: dtype=${entry.dtype} shape=${entry.shape.join("x")}`);
}

console.log("references to the session table:", refcount(session));
console.log("before shutdown:", memoryStats());

// Shutdown: release the session table.
session.dispose();
console.log("session closed, storages still tracked:", memoryStats().storages);
