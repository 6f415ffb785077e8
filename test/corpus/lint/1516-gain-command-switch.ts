// Applies operator commands to a motor controller's PID gains (scale, nudge, preview, reset, audit) and prints the gains after each batch.
import { array, NDArray } from "ndalias";

type Command =
  | { kind: "scale"; factor: number }
  | { kind: "nudge"; term: "p" | "i" | "d"; delta: number }
  | { kind: "preview"; factor: number }
  | { kind: "reset" }
  | { kind: "audit" };

const TERM_INDEX = { p: 0, i: 1, d: 2 } as const;
const LIMITS = array([5, 1, 0.5]);

const gains = array([1.2, 0.08, 0.05]);
const factoryDefaults = gains.copy();
const history: NDArray[] = [];

function clampToLimits(values: NDArray): NDArray {
  const clamped = values.copy();
  for (let k = 0; k < clamped.size; k++) {
    const limit = LIMITS.get(k);
    if (clamped.get(k) > limit) clamped.set(k, limit);
    if (clamped.get(k) < -limit) clamped.set(k, -limit);
  }
  return clamped;
}

function apply(cmd: Command): void {
  switch (cmd.kind) {
    case "scale": {
      if (cmd.factor <= 0) {
        console.log(`ignored non-positive scale ${cmd.factor}`);
        return;
      }
      history.push(gains.copy());
      gains.imul(cmd.factor);
      break;
    }
    case "nudge": {
      const k = TERM_INDEX[cmd.term];
      history.push(gains.copy());
      gains.set(k, gains.get(k) + cmd.delta);
      break;
    }
    case "preview": {
      const preview = gains.mul(cmd.factor);
      preview.set(TERM_INDEX.d, 0);
      console.log("preview without derivative:", preview.tolist());
      break;
    }
    case "reset": {
      history.push(gains.copy());
      const restored = gains.copy();
      restored.assign(":", factoryDefaults); // expect: no-lost-write
      console.log("gains reset to factory defaults");
      break;
    }
    case "audit": {
      const bounded = clampToLimits(gains);
      const overshoot = gains.sub(bounded);
      console.log("over limit by:", overshoot.tolist());
      return;
    }
  }
  const safe = clampToLimits(gains);
  if (safe.sub(gains).mul(safe.sub(gains)).sum() > 0) {
    console.log("warning: gains exceed limits");
  }
}

function undo(): void {
  const previous = history.pop();
  if (previous === undefined) {
    console.log("nothing to undo");
    return;
  }
  gains.assign(":", previous);
}

const batches: Command[][] = [
  [{ kind: "scale", factor: 1.5 }, { kind: "nudge", term: "i", delta: 0.02 }],
  [{ kind: "preview", factor: 2 }, { kind: "audit" }],
  [{ kind: "scale", factor: -1 }, { kind: "reset" }],
];

for (const [n, batch] of batches.entries()) {
  for (const cmd of batch) apply(cmd);
  console.log(`after batch ${n}:`, gains.tolist());
}
undo();
console.log("after undo:", gains.tolist(), "history depth:", history.length);
