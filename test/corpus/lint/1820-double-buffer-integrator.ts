// Integrates a one-compartment model with first-order absorption using swapped state buffers and rebound working profiles.
import { array, zeros, NDArray } from "ndalias";

const DT_H = 0.25;
const STEPS = 96;

interface OralModel {
  doseMg: number;
  bioavailability: number;
  kaPerH: number;
  kePerH: number;
  volumeL: number;
}

function derivative(state: NDArray, m: OralModel): NDArray {
  const gut = state.get(0);
  const central = state.get(1);
  return array([-m.kaPerH * gut, m.kaPerH * gut - m.kePerH * central]);
}

function integrate(m: OralModel): NDArray {
  let current = zeros(2);
  let next = zeros(2);
  current.set(0, m.doseMg * m.bioavailability);
  const curve = zeros(STEPS);
  for (let step = 0; step < STEPS; step++) {
    const d = derivative(current, m);
    next.set(0, current.get(0) + DT_H * d.get(0));
    next.set(1, current.get(1) + DT_H * d.get(1));
    curve.set(step, next.get(1) / m.volumeL);
    [current, next] = [next, current];
  }
  return curve;
}

function tmaxH(curve: NDArray): number {
  let best = 0;
  for (let i = 1; i < curve.size; i++) {
    if (curve.get(i) > curve.get(best)) best = i;
  }
  return (best + 1) * DT_H;
}

const model: OralModel = { doseMg: 400, bioavailability: 0.8, kaPerH: 1.5, kePerH: 0.2, volumeL: 35 };
const reference = integrate(model);
console.log(`reference: Cmax ${reference.max().toFixed(2)} mg/L at ${tmaxH(reference)} h`);

// A working profile starts as the reference, then is rebound to a scaled copy before being adjusted.
let working: NDArray = reference;
working = working.mul(600 / model.doseMg);
working.iadd(0.05);
console.log(`600 mg (with baseline): Cmax ${working.max().toFixed(2)} mg/L`);

// A scratch profile is rebound to fresh memory before it is written.
let scratch: NDArray = reference;
scratch = zeros(reference.size);
for (let i = 1; i < scratch.size; i++) {
  scratch.set(i, scratch.get(i - 1) + 0.5 * DT_H * (reference.get(i) + reference.get(i - 1)));
}
console.log("AUC(0-24) mg*h/L:", scratch.get(scratch.size - 1).toFixed(2));

// Two candidate regimens are compared, then their buffers are exchanged for the next round.
let candidate = integrate({ ...model, doseMg: 300 });
let incumbent = integrate({ ...model, doseMg: 500 });
if (candidate.max() > incumbent.max()) {
  [candidate, incumbent] = [incumbent, candidate];
}
candidate.imul(0);
candidate.iadd(integrate({ ...model, doseMg: 450 }));
console.log(`incumbent Cmax ${incumbent.max().toFixed(2)}, candidate Cmax ${candidate.max().toFixed(2)}`);

// Trough-to-peak smoothing in a ping-pong pair of buffers.
let src = reference.copy();
let dst = zeros(reference.size);
for (let pass = 0; pass < 3; pass++) {
  for (let i = 1; i < src.size - 1; i++) {
    dst.set(i, (src.get(i - 1) + src.get(i) + src.get(i + 1)) / 3);
  }
  dst.set(0, src.get(0));
  dst.set(src.size - 1, src.get(src.size - 1));
  [src, dst] = [dst, src];
}

console.log("smoothed peak:", src.max().toFixed(3), "raw peak:", reference.max().toFixed(3));
console.log("reference untouched first samples:", reference.slice(":4").tolist());
