// Application telemetry: a static metrics class and a module-level state object written through their own paths, a sensor chain and a buffer tree.
import { array, empty, zeros, NDArray } from "ndalias";

class Metrics {
  static readonly totals = zeros(4);
  static readonly lastFrame = zeros(3);

  static record(slot: number, value: number): void {
    Metrics.totals.set(slot, Metrics.totals.get(slot) + value);
  }

  static capture(frame: NDArray): number {
    Metrics.lastFrame.assign(":", frame);
    return Metrics.lastFrame.max();
  }

  static snapshot(): NDArray {
    return Metrics.totals.copy();
  }
}

export const APP = { history: zeros(5), cursor: 0 };

export function pushHistory(v: number): number {
  APP.history.set(APP.cursor % APP.history.size, v);
  APP.cursor++;
  return APP.history.mean();
}

class Sensor {
  readings: NDArray;
  next: Sensor | null = null;
  constructor(readonly id: string, values: number[]) {
    this.readings = array(values);
  }
}

function chain(ids: string[]): Sensor {
  const a = new Sensor(ids[0], [1, 2, 3]);
  const b = new Sensor(ids[1], [4, 5, 6]);
  const c = new Sensor(ids[2], [7, 8, 9]);
  a.next = b;
  b.next = c;
  c.next = null;
  return a;
}

function buildTree(): NDArray {
  const root = empty(2, "object");
  const left = empty(2, "object");
  const right = empty(1, "object");
  left.set(0, array([1, 2]));
  left.set(1, array([3, 4]));
  right.set(0, array([5, 6, 7]));
  root.set(0, left);
  root.set(1, right);
  return root;
}

function leafTotal(node: NDArray): number {
  let total = 0;
  for (let i = 0; i < node.size; i++) {
    const child = node.get(i) as NDArray;
    total += child.dtype === "object" ? leafTotal(child) : child.sum();
  }
  return total;
}

const handlers: Array<(frame: NDArray) => void> = [
  (frame) => {
    frame.isub(frame.min());
  },
  (frame) => {
    Metrics.record(0, frame.sum());
  },
];

const frame = array([3, 7, 5]);
handlers.forEach((h) => h(frame));
console.log("frame after handlers:", frame.tolist(), "peak:", Metrics.capture(frame));

for (const v of [4, 8, 15, 16, 23, 42]) {
  Metrics.record(v % 4, v);
  pushHistory(v);
}
const report = Metrics.snapshot();
report.idiv(report.sum());
console.log("share per slot:", report.tolist(), "raw totals:", Metrics.totals.tolist());
console.log("history:", APP.history.tolist(), "mean:", APP.history.mean());

const shown = Metrics.lastFrame.copy();
shown.imul(10);
console.log("last frame x10:", shown.tolist());

for (let s: Sensor | null = chain(["north", "east", "south"]); s; s = s.next) {
  console.log(s.id, s.readings.mean());
}
const tree = buildTree();
console.log("leaf total:", leafTotal(tree));
