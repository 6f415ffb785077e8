// A paint editor takes undo snapshots of its state with object spread and Object.assign, then paints on the live canvas.
import { zeros, NDArray } from "ndalias";

interface CanvasState {
  pixels: NDArray;
  brush: number;
}

const state: CanvasState = { pixels: zeros([2, 3]), brush: 1 };

const deepSnapshot: CanvasState = { ...state, pixels: state.pixels.copy() };
state.pixels.fill(10);
console.log("deep snapshot still blank:", deepSnapshot.pixels.sum());

const snapshot: CanvasState = { ...state };
state.pixels.set([0, 1], 255); // expect: no-alias-mutation
console.log("undo would restore:", snapshot.pixels.tolist());

const saved = Object.assign({}, state);
state.pixels.slice(1).fill(0); // expect: no-alias-mutation
console.log("saved copy:", saved.pixels.tolist(), "brush:", saved.brush);
