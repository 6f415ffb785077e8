// Gizmo editing session: records undo snapshots of a node transform, rotates and moves the node, and prints what undo would restore.
// runnable
import { eye, array, NDArray } from "ndalias";

interface Snapshot {
  label: string;
  matrix: NDArray;
}

const undoStack: Snapshot[] = [];

function record(label: string, matrix: NDArray): Snapshot {
  const snap: Snapshot = { label, matrix: matrix.copy() };
  undoStack.push(snap);
  return snap;
}

function rotationY(angle: number): NDArray {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return array([
    [c, 0, s],
    [0, 1, 0],
    [-s, 0, c],
  ]);
}

const transform = eye(4);
transform.assign(":3, 3", array([2, 0, 5]));
record("place", transform);

// Rotate the node a quarter turn about Y.
const rotation = transform.slice(":3", ":3");
console.log("rotation before edit:", rotation.tolist());
record("rotate", transform);
rotation.assign(":", rotationY(Math.PI / 2)); // expect: no-view-mutation

// Drag the node three units along X.
const beforeMove: Snapshot = { label: "move", matrix: transform };
undoStack.push(beforeMove);
transform.set([0, 3], transform.get(0, 3) + 3); // expect: no-alias-mutation

console.log("undo 'move' would restore:", JSON.stringify(beforeMove.matrix.tolist()));
console.log("current transform:", JSON.stringify(transform.tolist()));
console.log("history:", undoStack.map((entry) => entry.label).join(" -> "));
const placed = undoStack[0].matrix;
console.log("initial placement x:", placed.get(0, 3));
