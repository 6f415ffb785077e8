// Registers the work buffers of a rendering pass in an object-dtype table, fills them and releases everything at the end.
import { empty, zeros, ones, NDArray } from "ndalias";

const registry = empty(3, "object");
const color = zeros([2, 4]);
const depth = ones([2, 4]);
const stencil = zeros([2, 4], "uint8");
registry.set(0, color);
registry.set(1, depth);
registry.set(2, stencil);

color.fill(0.5);
depth.imul(0.25);
for (let i = 0; i < registry.size; i++) {
  const buf: NDArray = registry.get(i);
  console.log(`buffer ${i}: mean ${buf.mean()}`);
}
registry.dispose();
