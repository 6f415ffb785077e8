// Builds a small scene graph of object-dtype nodes [transform, children, owner] and counts the transforms it holds.
import { empty, eye, NDArray } from "ndalias";

function makeNode(transform: NDArray, slots: number): NDArray {
  const node = empty(3, "object");
  node.set(0, transform);
  node.set(1, empty(slots, "object"));
  node.set(2, null);
  return node;
}

function buildVehicle(): NDArray {
  const body = empty(3, "object");
  const parts = empty(2, "object");
  body.set(0, eye(4));
  body.set(1, parts);
  body.set(2, null);

  const wheel = makeNode(eye(4).mul(0.5), 0);
  const owner = body;
  wheel.set(2, owner);
  parts.set(0, wheel); // expect: no-reference-cycle
  parts.set(1, makeNode(eye(4), 0));
  return body;
}

function countTransforms(node: NDArray, depth = 0): number {
  if (depth > 8) return 0;
  const children = node.get(1) as NDArray;
  let total = 1;
  for (let i = 0; i < children.size; i++) {
    const child = children.get(i) as NDArray | null;
    if (child !== null) total += countTransforms(child, depth + 1);
  }
  return total;
}

const vehicle = buildVehicle();
console.log("transforms in the vehicle:", countTransforms(vehicle));
vehicle.dispose();
