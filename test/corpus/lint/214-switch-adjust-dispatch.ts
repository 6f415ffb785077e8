// Image adjustment dispatcher: a switch applies one named operation to a greyscale frame, most branches build a new array, a binariser works on the raw buffer, and an in-place variant serves callers that want it.
import { array, NDArray } from "ndalias";

export type Op =
  | { kind: "invert" }
  | { kind: "gain"; k: number }
  | { kind: "clamp"; lo: number; hi: number }
  | { kind: "mirror" };

export function adjust(frame: NDArray, op: Op): NDArray {
  let out: NDArray;
  switch (op.kind) {
    case "invert":
      out = frame.mul(-1);
      out.iadd(255);
      break;
    case "gain":
      out = frame;
      out.imul(op.k); // expect: no-alias-mutation
      break;
    case "clamp": {
      out = frame.copy();
      const { lo, hi } = op;
      for (let i = 0; i < out.size; i++) {
        const v = out.data[i] as number;
        out.data[i] = v < lo ? lo : v > hi ? hi : v;
      }
      break;
    }
    case "mirror":
      out = frame.flip(1).copy();
      break;
    default: {
      const unknownOp: never = op;
      throw new Error(`unsupported op ${JSON.stringify(unknownOp)}`);
    }
  }
  return out;
}

export function binarise(frame: NDArray, threshold: number): number {
  let lit = 0;
  for (let i = 0; i < frame.size; i++) {
    const on = (frame.data[i] as number) > threshold;
    if (on) lit++;
    frame.data[i] = on ? 255 : 0; // expect: no-alias-mutation
  }
  return lit;
}

export function adjustInPlace(frame: NDArray, op: Op): void {
  const result = adjust(frame.copy(), op);
  frame.assign(":", result);
}

export function describe(frame: NDArray, stat: "min" | "max" | "mean"): number {
  switch (stat) {
    case "min":
      return frame.min();
    case "max":
      return frame.max();
    default:
      return frame.mean();
  }
}

const img = array([[10, 200, 30], [250, 5, 128]]);
const ops: Op[] = [{ kind: "invert" }, { kind: "clamp", lo: 20, hi: 220 }, { kind: "mirror" }];
for (const op of ops) console.log(op.kind, adjust(img, op).tolist(), "source mean:", describe(img, "mean"));

const work = img.copy();
adjustInPlace(work, { kind: "gain", k: 0.5 });
console.log("halved:", work.tolist(), "original max:", describe(img, "max"));

const mask = img.copy();
const lit = binarise(mask, 100);
console.log("lit pixels:", lit, "mask:", mask.tolist());
