// Two-operator FM voice whose operators are object-dtype records (wavetable, frequency ratio, modulator, index); renders one block and prints its spectrum-ish summary.
import { empty, linspace, zeros, NDArray } from "ndalias";

const TABLE_SIZE = 64;
const BLOCK = 16;
const SAMPLE_RATE = 8000;

// Record layout.
const TABLE = 0;
const RATIO = 1;
const MODULATOR = 2;
const INDEX = 3;

function sineTable(size: number): NDArray {
  const phase = linspace(0, 2 * Math.PI * (1 - 1 / size), size);
  const table = zeros(size);
  for (let i = 0; i < size; i++) {
    table.set(i, Math.sin(phase.get(i) as number));
  }
  return table;
}

const SINE = sineTable(TABLE_SIZE);

function makeOperator(ratio: number): NDArray {
  const op = empty(4, "object");
  op.set(TABLE, SINE);
  op.set(RATIO, ratio);
  op.set(MODULATOR, null);
  op.set(INDEX, 0);
  return op;
}

function lookup(table: NDArray, phase: number): number {
  const pos = (((phase / (2 * Math.PI)) % 1) + 1) % 1;
  return table.get(Math.floor(pos * table.size) % table.size);
}

// Renders one operator; a modulator is rendered first and its output bends the phase.
function renderOperator(op: NDArray, f0: number, depth: number): NDArray {
  const out = zeros(BLOCK);
  const table: NDArray = op.get(TABLE);
  const ratio: number = op.get(RATIO);
  const index: number = op.get(INDEX);
  const mod: NDArray | null = op.get(MODULATOR);
  const modSignal = mod !== null && depth < 4 ? renderOperator(mod, f0, depth + 1) : zeros(BLOCK);
  for (let n = 0; n < BLOCK; n++) {
    const t = n / SAMPLE_RATE;
    const phase = 2 * Math.PI * f0 * ratio * t + index * (modSignal.get(n) as number);
    out.set(n, lookup(table, phase));
  }
  return out;
}

// Classic two-operator patch: modulator into carrier.
function buildPatch(brightness: number): NDArray {
  const carrier = makeOperator(1);
  const modulator = makeOperator(2);
  modulator.set(INDEX, 0);
  carrier.set(MODULATOR, modulator);
  carrier.set(INDEX, brightness);
  return carrier;
}

// Operator 2 feeds back into itself for a sawtooth-like timbre.
function buildFeedbackPatch(brightness: number, feedback: number): NDArray {
  const carrier = makeOperator(1);
  const modulator = makeOperator(1);
  modulator.set(INDEX, feedback);
  modulator.set(MODULATOR, modulator); // expect: no-reference-cycle
  carrier.set(MODULATOR, modulator);
  carrier.set(INDEX, brightness);
  return carrier;
}

function summary(label: string, block: NDArray): void {
  const energy = block.mul(block).mean();
  let crossings = 0;
  for (let n = 1; n < block.size; n++) {
    const a: number = block.get(n - 1);
    const b: number = block.get(n);
    if ((a < 0 && b >= 0) || (a >= 0 && b < 0)) crossings++;
  }
  console.log(`${label}: mean power ${energy.toFixed(4)}, zero crossings ${crossings}`);
}

const note = 440 * Math.pow(2, (71 - 69) / 12);
const plain = renderOperator(makeOperator(1), note, 0);
const bright = renderOperator(buildPatch(1.5), note, 0);
const saw = renderOperator(buildFeedbackPatch(1.2, 0.8), note, 0);

summary("sine", plain);
summary("fm 2:1", bright);
summary("feedback", saw);
console.log("first samples of the feedback voice:", saw.slice(":4").tolist());
