// Sampler voice pool kept as a matrix of voice rows; stealing, logging, mixdown and statistics work on taken rows, flattened copies and arithmetic results, so nothing written shares memory with the pool.
import { array, zeros, NDArray } from "ndalias";

// Columns of a voice row.
const NOTE = 0;
const VELOCITY = 1;
const AGE = 2;
const LEVEL = 3;
const VOICES = 4;
const BLOCK = 8;

const pool = zeros([VOICES, 4]);
const TEMPLATE = array([0, 0, 0, 1]);

function oldestVoice(state: NDArray): number {
  let best = 0;
  for (let v = 1; v < state.shape[0]; v++) {
    if ((state.get(v, AGE) as number) > (state.get(best, AGE) as number)) best = v;
  }
  return best;
}

// A voice row built from the template, in a new array.
function voiceRow(note: number, velocity: number): NDArray {
  const row = TEMPLATE.copy();
  row.set(NOTE, note);
  row.set(VELOCITY, velocity);
  return row;
}

function noteOn(note: number, velocity: number): number {
  const slot = oldestVoice(pool);
  const evicted = pool.take([slot], 0);
  evicted.set([0, LEVEL], 0);
  console.log(`steal slot ${slot}:`, evicted.tolist());
  pool.assign(`${slot}`, voiceRow(note, velocity));
  pool.assign(":, 2", pool.slice(":", AGE).add(1));
  return slot;
}

// Decaying sine per voice, rendered into a fresh block.
function renderVoice(row: NDArray): NDArray {
  const out = zeros(BLOCK);
  const f = 440 * Math.pow(2, ((row.get(NOTE) as number) - 69) / 12);
  const amp = (row.get(VELOCITY) as number) * (row.get(LEVEL) as number);
  for (let n = 0; n < BLOCK; n++) {
    out.set(n, amp * Math.exp(-n / BLOCK) * Math.sin((2 * Math.PI * f * n) / 48000));
  }
  return out;
}

for (const [note, vel] of [[60, 0.8], [64, 0.6], [67, 0.7], [71, 0.5], [72, 0.9]]) {
  noteOn(note, vel);
}
console.log("pool:", pool.tolist());

// Mixdown of all voices; each render is its own array.
const renders = [0, 1, 2, 3].map((v) => renderVoice(pool.take([v], 0).flatten()));
const bus = renders[0].add(renders[1]);
bus.iadd(renders[2]);
bus.iadd(renders[3]);
bus.imul(1 / VOICES);
console.log("bus:", (bus.tolist() as number[]).map((x) => Number(x).toFixed(4)).join(" "));
console.log("first voice alone:", (renders[0].tolist() as number[]).map((x) => Number(x).toFixed(4)).join(" "));

// Velocity statistics on a flattened copy of the velocity column.
const velocities = pool.take([VELOCITY], 1).flatten();
velocities.sort();
console.log("velocity range:", velocities.get(0), "..", velocities.get(velocities.size - 1));
console.log("velocities in slot order:", pool.take([VELOCITY], 1).tolist());

// Release stage: a scaled copy of the levels is the new level column.
const released = pool.take([LEVEL], 1).flatten().mul(0.5);
released.isub(0.1);
pool.assign(":, 3", released);
console.log("levels after release:", released.tolist(), "pool:", pool.tolist());

// Per-voice crossfade gains, from a fresh ones-like array.
const gains = TEMPLATE.add(0);
gains.fill(0.25);
console.log("crossfade gains:", gains.tolist(), "template:", TEMPLATE.tolist());
