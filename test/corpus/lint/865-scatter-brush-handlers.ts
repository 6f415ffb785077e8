// Brush-and-zoom handlers for a scatter chart: event callbacks write the arrays they are handed on purpose, and the chart mutates its own fields.
import { array, zeros, NDArray } from "ndalias";

type Listener<E> = (event: E) => void;

class Emitter<E> {
  private listeners: Listener<E>[] = [];

  on(listener: Listener<E>): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  emit(event: E): void {
    for (const listener of this.listeners) listener(event);
  }
}

interface BrushEvent {
  x: NDArray;
  mask: NDArray;
  lo: number;
  hi: number;
}

interface ZoomEvent {
  domain: NDArray;
  factor: number;
}

class ScatterChart {
  readonly x: NDArray;
  readonly y: NDArray;
  readonly sizes: NDArray;
  readonly colors: NDArray;

  constructor(n: number) {
    this.x = zeros(n);
    this.y = zeros(n);
    this.sizes = zeros(n);
    this.colors = zeros([n, 3], "uint8");
  }

  load(points: Array<[number, number]>): void {
    points.forEach(([px, py], i) => {
      this.x.set(i, px);
      this.y.set(i, py);
    });
  }

  resetSizes(size: number): number {
    this.sizes.fill(size);
    return this.sizes.sum();
  }

  highlight(mask: NDArray): void {
    for (let i = 0; i < mask.size; i++) {
      if (mask.get(i)) this.colors.slice(i).assign(":", array([214, 39, 40], "uint8"));
      else this.colors.slice(i).fill(160);
    }
  }

  scaleSizes(mask: NDArray, factor: number): number {
    for (let i = 0; i < mask.size; i++) {
      if (mask.get(i)) this.sizes.set(i, this.sizes.get(i) * factor);
    }
    return this.sizes.max();
  }
}

function markBrushed(event: BrushEvent): void {
  event.mask.fill(0);
  for (let i = 0; i < event.x.size; i++) {
    const v = event.x.get(i);
    if (v >= event.lo && v <= event.hi) event.mask.set(i, 1);
  }
}

function applyZoom(event: ZoomEvent): void {
  const centre = event.domain.mean();
  event.domain.isub(centre);
  event.domain.imul(event.factor);
  event.domain.iadd(centre);
}

const chart = new ScatterChart(6);
chart.load([[1, 2], [2.5, 3], [3, 1], [4, 4], [5.5, 2], [6, 5]]);
console.log("total marker area:", chart.resetSizes(4));

const brush = new Emitter<BrushEvent>();
const zoom = new Emitter<ZoomEvent>();
brush.on(markBrushed);
brush.on((event) => {
  chart.highlight(event.mask);
});
const stopGrowing = brush.on((event) => {
  chart.scaleSizes(event.mask, 2);
});
zoom.on(applyZoom);

const mask = zeros(6, "uint8");
brush.emit({ x: chart.x, mask, lo: 2, hi: 4.5 });
console.log("brushed points:", mask.tolist(), "count:", mask.sum());
console.log("marker sizes:", chart.sizes.tolist());
stopGrowing();

brush.emit({ x: chart.x, mask, lo: 5, hi: 7 });
console.log("second brush:", mask.tolist(), "largest marker:", chart.sizes.max());

const domain = array([0, 8]);
zoom.emit({ domain, factor: 0.5 });
console.log("zoomed x domain:", domain.tolist());
zoom.emit({ domain, factor: 0.5 });
console.log("zoomed again:", domain.tolist(), "width:", domain.get(1) - domain.get(0));

const layers = [
  { name: "points", alpha: array([1, 1, 1, 1, 1, 1]) },
  { name: "labels", alpha: array([0.8, 0.8, 0.8, 0.8, 0.8, 0.8]) },
];
layers.forEach((layer) => {
  layer.alpha.imul(0.5);
});
for (const layer of layers) {
  console.log(`${layer.name} alpha:`, layer.alpha.tolist());
}
console.log("colours:", chart.colors.tolist());
