// Registers the buffers of an audio effect chain in object-dtype tables, applies the gain curves and releases the tables at the end.
// runnable
import { empty, zeros, ones, linspace, refcount, memoryStats, NDArray } from "ndalias";

const BLOCK = 8;

// one table for the input buffers of each stage, one for the outputs
function buildTables(): [NDArray, NDArray] {
  const inputs = empty(3, "object");
  const outputs = empty(3, "object");

  // stage buffers (all separate arrays)
  inputs.set(0, zeros(BLOCK));
  inputs.set(1, zeros(BLOCK));
  outputs.set(0, zeros(BLOCK));
  outputs.set(1, zeros(BLOCK));

  // the last slot links the two tables so a stage can find its partner table
  inputs.set(2, outputs);
  outputs.set(2, inputs); // expect: no-reference-cycle

  return [inputs, outputs];
}

// fade-in envelope, a fresh array every call
function fadeIn(n: number): NDArray {
  return linspace(0, 1, n);
}

// applies a gain curve to a signal and returns the result as a new array
function applyGain(signal: NDArray, gain: NDArray): NDArray {
  return signal.mul(gain);
}

const [inputTable, outputTable] = buildTables();
console.log("tables built, storages:", memoryStats().storages);

// the master gain curve starts flat at 1.0
const masterGain = ones(BLOCK);

// the track gain is the master gain turned down a bit
const trackGain = masterGain;
trackGain.imul(0.8); // expect: no-alias-mutation

// test tone: a ramp of samples
const tone = linspace(-1, 1, BLOCK);
const faded = applyGain(tone, fadeIn(BLOCK));
const trackOut = applyGain(faded, trackGain);
console.log("track output:", trackOut.tolist());

// the master bus uses the untouched master curve
const masterOut = applyGain(faded, masterGain);
console.log("master output:", masterOut.tolist());

// peak meter on a copy, so the output itself is not changed
const meter = masterOut.copy();
for (let i = 0; i < meter.size; i++) {
  meter.set(i, Math.abs(meter.get(i)));
}
console.log("master peak:", meter.max());

// release everything
console.log("references to the input table:", refcount(inputTable));
inputTable.dispose();
outputTable.dispose();
console.log("after release, storages:", memoryStats().storages);
