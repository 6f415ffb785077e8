// Scores inference requests asynchronously and records each request's inputs and outputs in linked object-dtype trace tables.
import { array, empty, zeros, NDArray } from "ndalias";
import { EventEmitter } from "node:events";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

const WEIGHTS = array([0.6, -0.2, 0.9, 0.1]);
const inflight = empty(8, "object");
const events = new EventEmitter();
let nextSlot = 0;

interface Trace {
  id: number;
  inputs: NDArray;
  outputs: NDArray;
}

async function openTrace(id: number, features: NDArray, width: number): Promise<Trace> {
  await tick();
  const inputs = empty(2, "object");
  const outputs = empty(2, "object");
  inputs.set(0, features);
  outputs.set(0, zeros(width));
  inputs.set(1, outputs);
  outputs.set(1, inputs); // expect: no-reference-cycle
  return { id, inputs, outputs };
}

function register(trace: Trace): number {
  const slot = nextSlot % inflight.size;
  inflight.set(slot, trace.inputs);
  nextSlot++;
  return slot;
}

async function score(features: NDArray): Promise<number> {
  await tick();
  const head = features.slice(":2");
  head.imul(0.5); // expect: no-view-mutation
  return features.mul(WEIGHTS).sum();
}

async function scoreCentred(features: NDArray): Promise<number> {
  await tick();
  const centred = features.sub(features.mean());
  centred.slice(":2").imul(0.5);
  return centred.mul(WEIGHTS).sum();
}

events.on("scored", (trace: Trace, value: number) => {
  const out = zeros(2);
  out.set(0, value);
  out.set(1, trace.id);
  trace.outputs.set(0, out);
  console.log(`request ${trace.id} scored ${value.toFixed(4)}`);
});

events.on("closed", (slot: number) => {
  inflight.set(slot, null);
});

async function handle(id: number, values: number[]): Promise<number> {
  const features = array(values);
  const trace = await openTrace(id, features, 2);
  const slot = register(trace);
  const value = await score(features);
  const centredValue = await scoreCentred(features);
  events.emit("scored", trace, value);
  console.log(`request ${id}: features ${JSON.stringify(features.tolist())}, centred ${centredValue.toFixed(4)}`);
  events.emit("closed", slot);
  return value;
}

async function handleAll(batch: number[][]): Promise<number[]> {
  const results = await Promise.all(batch.map((values, i) => handle(i + 1, values)));
  return results;
}

function inflightCount(): number {
  let count = 0;
  for (let i = 0; i < inflight.size; i++) {
    if (inflight.get(i) !== null && inflight.get(i) !== undefined) count++;
  }
  return count;
}

const results = await handleAll([
  [1.0, 2.0, 0.5, -1.0],
  [0.2, 0.4, 0.6, 0.8],
  [3.0, -1.0, 0.0, 2.0],
]);
console.log("scores:", results.map((r) => r.toFixed(4)).join(", "));
console.log("requests still in flight:", inflightCount());
console.log("weights used:", WEIGHTS.tolist());
