// Builds a Gaussian-style image pyramid whose levels link to their neighbours, with a WeakMap cache of gradient magnitudes per level.
import { zeros, NDArray } from "ndalias";

class PyramidLevel {
  coarser: PyramidLevel | null = null;
  finer: PyramidLevel | null = null;

  constructor(
    readonly image: NDArray,
    readonly scale: number,
  ) {}

  get height(): number {
    return this.image.shape[0];
  }

  get width(): number {
    return this.image.shape[1];
  }
}

const gradientCache = new WeakMap<PyramidLevel, NDArray>();

function downsample(img: NDArray): NDArray {
  const h = Math.floor(img.shape[0] / 2);
  const w = Math.floor(img.shape[1] / 2);
  const out = zeros([h, w]);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const block = img.slice(`${2 * y}:${2 * y + 2}, ${2 * x}:${2 * x + 2}`);
      out.set([y, x], block.mean());
    }
  }
  return out;
}

function gradientMagnitude(level: PyramidLevel): NDArray {
  const cached = gradientCache.get(level);
  if (cached) return cached;
  const img = level.image;
  const gx = img.slice(":, 1:").sub(img.slice(":, :-1")).slice(":-1, :");
  const gy = img.slice("1:, :").sub(img.slice(":-1, :")).slice(":, :-1");
  const mag = gx.mul(gx).add(gy.mul(gy));
  gradientCache.set(level, mag);
  return mag;
}

function link(fine: PyramidLevel, coarse: PyramidLevel): void {
  fine.coarser = coarse;
  coarse.finer = fine; // expect: no-reference-cycle
}

function buildPyramid(base: NDArray, levels: number): PyramidLevel {
  const bottom = new PyramidLevel(base, 1);
  let current = bottom;
  for (let i = 1; i < levels; i++) {
    if (current.height < 4 || current.width < 4) break;
    const next = new PyramidLevel(downsample(current.image), current.scale * 2);
    link(current, next);
    current = next;
  }
  return bottom;
}

function synthScene(h: number, w: number): NDArray {
  const scene = zeros([h, w]);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      scene.set([y, x], (x > w / 2 ? 180 : 30) + ((x * y) % 7));
    }
  }
  return scene;
}

function strongestEdgeLevel(bottom: PyramidLevel): PyramidLevel {
  let best = bottom;
  let bestScore = -Infinity;
  for (let level: PyramidLevel | null = bottom; level; level = level.coarser) {
    const score = gradientMagnitude(level).mean() / level.scale;
    if (score > bestScore) {
      bestScore = score;
      best = level;
    }
  }
  return best;
}

const scene = synthScene(32, 48);
const pyramid = buildPyramid(scene, 4);

for (let level: PyramidLevel | null = pyramid; level; level = level.coarser) {
  const grad = gradientMagnitude(level);
  console.log(
    `scale ${level.scale}: ${level.height}x${level.width}`,
    `mean=${level.image.mean().toFixed(1)} edge energy=${grad.sum().toFixed(0)}`,
  );
}

const chosen = strongestEdgeLevel(pyramid);
console.log("strongest edges at scale", chosen.scale);
console.log("finer neighbour:", chosen.finer ? chosen.finer.scale : "none");
console.log("top of pyramid:", (() => {
  let top = pyramid;
  while (top.coarser) top = top.coarser;
  return `${top.height}x${top.width}`;
})());
