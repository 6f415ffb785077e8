// Model-serving script: registers layer weights in a module-level object-dtype table, links the layers for backprop and reports memory use.
import { empty, ones, zeros, NDArray, memoryStats, refcount } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

interface Layer {
  name: string;
  weights: NDArray;
  grad: NDArray;
  prev: Layer | null;
  next: Layer | null;
}

const REGISTRY = empty(6, "object");
const LAYERS: Layer[] = [];
const SERVE = { batch: 8, warmup: 2, tag: "v3" };
const OVERRIDES = { ...SERVE, batch: 16 };
let slotCursor = 0;

function makeLayer(name: string, size: number): Layer {
  const layer: Layer = { name, weights: ones(size), grad: zeros(size), prev: null, next: null };
  LAYERS.push(layer);
  return layer;
}

function register(arr: NDArray): number {
  const slot = slotCursor++;
  REGISTRY.set(slot, arr);
  return slot;
}

function link(upstream: Layer, downstream: Layer): void {
  upstream.next = downstream;
  downstream.prev = upstream; // expect: no-reference-cycle
}

function chainLength(start: Layer): number {
  let n = 0;
  for (let cur: Layer | null = start; cur; cur = cur.next) n++;
  return n;
}

function attachIndex(): number {
  const index = empty(2, "object");
  index.set(0, REGISTRY);
  index.set(1, LAYERS.length);
  REGISTRY.set(5, index); // expect: no-reference-cycle
  return index.size;
}

function parameterCount(): number {
  let total = 0;
  for (let i = 0; i < slotCursor; i++) {
    const entry = REGISTRY.get(i) as NDArray;
    total += entry.size;
  }
  return total;
}

const embed = makeLayer("embed", 12);
const hidden = makeLayer("hidden", 8);
const head = makeLayer("head", 4);

register(embed.weights);
register(hidden.weights);
register(head.weights);

link(embed, hidden);
link(hidden, head);

await delay(1);
console.log(`[${OVERRIDES.tag}] batch ${OVERRIDES.batch}, chain length`, chainLength(embed));
console.log("parameters:", parameterCount());
console.log("index entries:", attachIndex());
console.log("head weight refs:", refcount(head.weights));

const stats = memoryStats();
console.log("storages:", stats.storages, "bytes:", stats.bytes);

for (const layer of LAYERS) {
  console.log(layer.name, "grad norm:", Math.sqrt(layer.grad.mul(layer.grad).sum()));
}
