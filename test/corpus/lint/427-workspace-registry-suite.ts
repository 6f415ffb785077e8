// Tests for a workspace registry that keeps named buffers in an object-dtype table and wires processing stages forward.
import { array, empty, ones, zeros, NDArray } from "ndalias";

class Workspace {
  readonly slots: NDArray = empty(4, "object");
  private used = 0;
  register(buf: NDArray): number {
    this.slots.set(this.used, buf);
    return this.used++;
  }
  lookup(i: number): NDArray {
    return this.slots.get(i) as NDArray;
  }
}

class Stage {
  output: NDArray;
  next: Stage | null = null;
  constructor(readonly label: string, size: number) {
    this.output = zeros(size);
  }
}

let ws: Workspace;
const log: string[] = [];

function withFixture(name: string, body: () => void): void {
  ws = new Workspace();
  try {
    body();
    log.push(`ok ${name}`);
  } catch (e) {
    log.push(`FAILED ${name}: ${(e as Error).message}`);
  } finally {
    ws.slots.dispose();
  }
}

function assertTrue(cond: boolean, msg: string): void {
  if (!cond) throw new Error(msg);
}

withFixture("a registered buffer is visible through the table", () => {
  const a = ones(3);
  const slot = ws.register(a);
  a.imul(2);
  assertTrue(ws.lookup(slot).sum() === 6, "table sees the doubled buffer");
  assertTrue(a.sum() === 6, "buffer doubled");
});

withFixture("one array can fill two slots", () => {
  const shared = array([1, 2]);
  ws.slots.set(0, shared);
  ws.slots.set(1, ws.slots.get(0));
  assertTrue(ws.lookup(1) === ws.lookup(0), "same buffer in both slots");
});

withFixture("an inner workspace can be nested in an outer one", () => {
  const inner = new Workspace();
  inner.register(zeros(2));
  const idx = ws.register(inner.slots);
  const nested = ws.lookup(idx);
  assertTrue((nested.get(0) as NDArray).size === 2, "nested buffer size");
  inner.slots.dispose();
});

withFixture("stages wired forward pass their outputs along", () => {
  const load = new Stage("load", 3);
  const scale = new Stage("scale", 3);
  const store = new Stage("store", 3);
  load.next = scale;
  scale.next = store;
  let depth = 1;
  for (let stage: Stage | null = load; stage && stage.next; stage = stage.next) depth++;
  load.output.fill(1);
  scale.output.assign(":", load.output.mul(2));
  store.output.assign(":", scale.output.mul(2));
  assertTrue(depth === 3, `pipeline depth ${depth}`);
  assertTrue(store.output.sum() === 12, `store total ${store.output.sum()}`);
});

withFixture("independent stages keep independent outputs", () => {
  const left = new Stage("left", 2);
  const right = new Stage("right", 2);
  left.output.fill(5);
  right.output.assign(":", left.output);
  left.output.fill(0);
  assertTrue(right.output.sum() === 10, "right keeps its own copy");
  assertTrue(left.output.sum() === 0, "left cleared");
});

console.log(log.join("\n"));
