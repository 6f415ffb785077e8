// Recycles a fixed pool of voice render buffers between notes, shows one voice on the scope and mixes the active voices.
import { zeros, NDArray } from "ndalias";

const BLOCK = 8;
const SR = 8000;

interface Slot {
  note: number;
  age: number;
  gain: number;
  buffer: NDArray;
}

const pool: Slot[] = [0, 1, 2, 3].map(() => ({ note: -1, age: 0, gain: 0, buffer: zeros(BLOCK) }));

function midiToHz(note: number): number {
  return 440 * Math.pow(2, (note - 69) / 12);
}

function renderSine(slot: Slot, startSample: number): void {
  const f = midiToHz(slot.note);
  for (let i = 0; i < BLOCK; i++) {
    slot.buffer.set(i, slot.gain * Math.sin((2 * Math.PI * f * (startSample + i)) / SR));
  }
}

function fadeSlot(slot: Slot, amount: number): void {
  const faded = slot.buffer.copy();
  faded.imul(amount); // expect: no-lost-write
  slot.gain *= amount;
}

function allocate(note: number, velocity: number): Slot {
  let chosen = pool.find((s) => s.note < 0);
  if (!chosen) {
    chosen = pool.reduce((a, b) => (b.age > a.age ? b : a));
  }
  chosen.note = note;
  chosen.age = 0;
  chosen.gain = velocity / 127;
  return chosen;
}

function mixPool(): NDArray {
  const mix = zeros(BLOCK);
  for (const s of pool) {
    if (s.note >= 0) mix.iadd(s.buffer);
  }
  return mix;
}

function drawScope(rows: NDArray): void {
  for (let r = 0; r < rows.shape[0]; r++) {
    const row = rows.slice(r).tolist() as number[];
    console.log("  scope |", row.map((v) => (v >= 0 ? " " : "") + v.toFixed(2)).join(" "));
  }
}

for (const [note, vel] of [[60, 100], [64, 90], [67, 80]]) {
  allocate(note, vel);
}

let t = 0;
for (const s of pool) {
  if (s.note >= 0) renderSine(s, t);
  s.age += 1;
}
t += BLOCK;
console.log("mix 1:", mixPool().tolist());

// Show the second voice on the oscilloscope as two rows of four samples.
const scope = pool[1].buffer.reshape(2, 4);
console.log("scope of note", pool[1].note);
drawScope(scope);

// Note-off for the second voice: silence its buffer and return it to the pool.
pool[1].buffer.fill(0); // expect: no-view-mutation
pool[1].note = -1;
console.log("scope after note-off:");
drawScope(scope);

// The oldest voice fades while a new note takes the freed slot.
fadeSlot(pool[0], 0.5);
const fresh = allocate(72, 110);
renderSine(fresh, t);
console.log("new voice note", fresh.note, "peak", fresh.buffer.max().toFixed(3));

const mix2 = mixPool();
console.log("mix 2:", mix2.tolist());
console.log("active notes:", pool.filter((s) => s.note >= 0).map((s) => s.note).join(", "));
