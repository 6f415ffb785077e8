// Artist hierarchy internals: artists map points to figure pixels through their parents, and an error-band artist builds its polygon.
import { array, ones, zeros, NDArray } from "ndalias";

class Artist {
  offset: NDArray;
  scale: NDArray;
  parent: Artist | null = null;

  constructor(readonly name: string) {
    this.offset = zeros(2);
    this.scale = ones(2);
  }

  isRoot(): boolean {
    return this.parent === null || this.parent === this;
  }

  toFigure(point: NDArray): NDArray {
    let p = point.copy();
    let a: Artist = this;
    for (;;) {
      p = p.mul(a.scale).add(a.offset);
      if (a.parent === null || a.parent === a) break;
      a = a.parent;
    }
    return p;
  }
}

class Figure extends Artist {
  constructor(width: number, height: number) {
    super("figure");
    this.scale = array([width, height]);
    this.parent = this; // expect: no-reference-cycle
  }
}

class Axes extends Artist {
  constructor(fig: Figure, left: number, bottom: number, width: number, height: number) {
    super("axes");
    this.offset = array([left, bottom]);
    this.scale = array([width, height]);
    this.parent = fig;
  }

  setLimits(xlim: [number, number], ylim: [number, number]): void {
    const [x0, x1] = xlim;
    const [y0, y1] = ylim;
    this.scale.set(0, this.scale.get(0) / (x1 - x0));
    this.scale.set(1, this.scale.get(1) / (y1 - y0));
    this.offset.isub(array([x0, y0]).mul(this.scale));
  }
}

function bandHeights(bounds: NDArray): NDArray {
  const lower = bounds.slice(0);
  lower.imul(-1); // expect: no-view-mutation
  return bounds.slice(1).add(lower);
}

function bandPolygonY(bounds: NDArray): NDArray {
  const n = bounds.shape[1];
  const ys = zeros(2 * n);
  ys.assign(`:${n}`, bounds.slice(1));
  ys.assign(`${n}:`, bounds.slice(0).flip());
  return ys;
}

function polygonX(x: NDArray): NDArray {
  const n = x.size;
  const xs = zeros(2 * n);
  xs.assign(`:${n}`, x);
  xs.assign(`${n}:`, x.flip());
  return xs;
}

const registry = new Map<string, Artist>();
const fig = new Figure(640, 480);
const ax = new Axes(fig, 0.1, 0.1, 0.8, 0.8);
ax.setLimits([0, 4], [0, 20]);
registry.set(fig.name, fig);
registry.set(ax.name, ax);

const x = array([0, 1, 2, 3, 4]);
const bounds = array([
  [4.0, 6.5, 9.0, 10.5, 12.0],
  [7.0, 9.5, 13.0, 15.5, 18.0],
]);

const heights = bandHeights(bounds);
console.log("widest band at x =", x.get((heights.tolist() as number[]).indexOf(heights.max())));

const px = polygonX(x);
const py = bandPolygonY(bounds);
const corners: string[] = [];
for (let i = 0; i < px.size; i += 3) {
  const pixel = ax.toFigure(array([px.get(i), py.get(i)]));
  corners.push(`(${(pixel.tolist() as number[]).map((v) => v.toFixed(0)).join(",")})`);
}
console.log("band polygon (pixels):", corners.join(" "));
console.log("figure root:", fig.isRoot(), "axes root:", ax.isRoot(), "artists:", [...registry.keys()].join(","));
