// Fisher-KPP travelling front with adaptive time step: keeps a linked chain of checkpoints in object arrays and rewinds to the last one when a step overshoots.
import { empty, zeros, NDArray } from "ndalias";

// ---- parameters ----
const nx = 80;
const dx = 0.5;
const diffusivity = 1.0;
const growthRate = 1.0;
const tEnd = 10.0;
const checkpointEvery = 20;
const maxSteps = 5000;
const farField = 0.0;

// zero-gradient (Neumann) ghosts on both ends
function neumann(u: NDArray): void {
  u.set(0, u.get(1));
  u.set(u.size - 1, u.get(u.size - 2));
}

// step profile: the invaded region u = 1 on the left
function initialFront(): NDArray {
  const u = zeros(nx + 2);
  u.slice("1:11").fill(1);
  return u;
}

// checkpoint record: [field copy, time, previous record]
function makeCheckpoint(u: NDArray, t: number, previous: NDArray | null): NDArray {
  const record = empty(3, "object");
  record.set(0, u.copy());
  record.set(1, t);
  if (previous === null) {
    record.set(2, record); // expect: no-reference-cycle
  } else {
    record.set(2, previous);
  }
  return record;
}

function restore(record: NDArray): NDArray {
  const saved: NDArray = record.get(0);
  return saved.copy();
}

function chainLength(head: NDArray): number {
  let n = 1;
  let rec: NDArray = head;
  while (rec.get(2) !== rec) {
    rec = rec.get(2);
    n += 1;
  }
  return n;
}

// position where u crosses 1/2, by linear interpolation
function frontPosition(u: NDArray): number {
  for (let i = 1; i < u.size - 2; i++) {
    const a: number = u.get(i);
    const b: number = u.get(i + 1);
    if (a >= 0.5 && b < 0.5) return (i - 1 + (a - 0.5) / (a - b)) * dx;
  }
  return NaN;
}

// ---- time loop ----
let u = initialFront();
let head = makeCheckpoint(u, 0, null);
let t = 0;
let dtCur = 0.3; // deliberately above the explicit limit dx^2 / (2 D) = 0.125
let steps = 0;
let rewinds = 0;

while (t < tEnd && steps < maxSteps) {
  neumann(u);
  const inner = u.slice("1:-1");
  const lap = u.slice("2:").sub(inner.mul(2)).add(u.slice(":-2")).div(dx * dx);
  const reaction = inner.mul(inner.mul(-1).add(1)).mul(growthRate);
  const uTrial = u.copy();
  uTrial.assign("1:-1", inner.add(lap.mul(diffusivity).add(reaction).mul(dtCur)));

  if (uTrial.max() > 1 + 1e-3 || uTrial.min() < -1e-3) {
    // overshoot: go back to the last checkpoint and halve the step
    u = restore(head);
    t = head.get(1);
    dtCur *= 0.5;
    rewinds += 1;
    continue;
  }

  u = uTrial;
  t += dtCur;
  steps += 1;

  if (steps % checkpointEvery === 0) {
    // remove the slow drift of the far-field level before saving
    const drift = u.get(u.size - 2) - farField;
    const corrected = u.copy();
    corrected.isub(drift); // expect: no-lost-write
    head = makeCheckpoint(u, t, head);
  }
}

// ---- diagnostics ----
const speedTheory = 2 * Math.sqrt(diffusivity * growthRate);
console.log(`t = ${t.toFixed(2)} after ${steps} steps, ${rewinds} rewinds, final dt = ${dtCur}`);
console.log(`front at x = ${frontPosition(u).toFixed(3)}, asymptotic speed ${speedTheory}`);
console.log(`checkpoints in the chain: ${chainLength(head)}`);
const lastSaved = restore(head);
const sinceSave = u.sub(lastSaved);
console.log("change since the last checkpoint:", Math.max(sinceSave.max(), -sinceSave.min()).toFixed(4));
