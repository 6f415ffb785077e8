// Render-graph frame bus: passes publish their output buffers in an object-dtype slot table that the compositor can look up.
// runnable
import { empty, zeros, ones, full, refcount, memoryStats, collect } from "ndalias";

function buildFrameGraph(width: number, height: number) {
  const bus = empty(3, "object");
  const compositor = empty(2, "object");
  bus.set(0, zeros([height, width]));
  bus.set(1, ones([height, width]));
  bus.set(2, compositor);
  compositor.set(0, full([height, width], 0.5));
  compositor.set(1, bus); // expect: no-reference-cycle
  return { bus, compositor };
}

function compositeTotal(width: number, height: number): number {
  const layers = empty(2, "object");
  layers.set(0, ones([height, width]));
  layers.set(1, full([height, width], 2));
  let total = 0;
  for (let i = 0; i < layers.size; i++) {
    total += layers.get(i).sum();
  }
  layers.dispose();
  return total;
}

const before = memoryStats().storages;
const { bus, compositor } = buildFrameGraph(4, 3);
console.log("bus slots:", bus.size, "references to the bus:", refcount(bus));
console.log("compositor references:", refcount(compositor));
console.log("composite total:", compositeTotal(4, 3));
for (let slot = 0; slot < 2; slot++) {
  const pass = bus.get(slot);
  console.log(`pass ${slot}: shape ${pass.shape.join("x")}, mean ${pass.mean()}`);
}
console.log("background level:", compositor.get(0).max());

bus.dispose();
compositor.dispose();
console.log("storages still alive after release:", memoryStats().storages - before);
console.log("storages freed by collect():", collect());
