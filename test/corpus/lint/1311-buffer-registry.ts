// Keeps a module-level registry of named working buffers in an object-dtype table and reports memory use at shutdown.
// runnable
import { empty, zeros, ones, refcount, memoryStats, NDArray } from "ndalias";

const CAPACITY = 6;
const REGISTRY = empty(CAPACITY, "object");
const NAMES: string[] = [];
const SCRATCH = zeros(8);
const MASK = ones(8);
const LOOKUP = empty(2, "object");

function register(name: string, buffer: NDArray): number {
  if (NAMES.length >= CAPACITY) {
    throw new RangeError(`registry is full (${CAPACITY} slots), cannot add "${name}"`);
  }
  const slot = NAMES.length;
  REGISTRY.set(slot, buffer);
  NAMES.push(name);
  return slot;
}

function registerRegistry(): number {
  const slot = NAMES.length;
  REGISTRY.set(slot, REGISTRY); // expect: no-reference-cycle
  NAMES.push("registry");
  return slot;
}

function slotOf(name: string): number {
  const slot = NAMES.indexOf(name);
  if (slot < 0) {
    throw new Error(`no buffer named "${name}"; registered: ${NAMES.join(", ")}`);
  }
  return slot;
}

function describe(): string {
  return NAMES.map((name, i) => `${i}:${name}`).join(" ");
}

function fillScratch(value: number): void {
  SCRATCH.fill(value);
  SCRATCH.set(0, 0);
}

function maskedTotal(): number {
  return SCRATCH.mul(MASK).sum();
}

function buildLookup(): void {
  const index = zeros(NAMES.length);
  for (let i = 0; i < NAMES.length; i++) {
    index.set(i, NAMES[i].length);
  }
  LOOKUP.set(0, index);
  LOOKUP.set(1, REGISTRY);
}

register("scratch", SCRATCH);
register("mask", MASK);
register("gradients", zeros(8));
const registrySlot = registerRegistry();
buildLookup();

fillScratch(2.5);
MASK.set(7, 0);
MASK.set(6, 0);
console.log("registered:", describe());
console.log("registry lives in slot", registrySlot, "scratch in slot", slotOf("scratch"));
console.log("masked scratch total:", maskedTotal());
console.log("scratch:", SCRATCH.tolist());
console.log("references to the scratch buffer:", refcount(SCRATCH));
console.log("references to the registry table:", refcount(REGISTRY));

const before = memoryStats();
LOOKUP.dispose();
REGISTRY.dispose();
const after = memoryStats();
console.log("storages before shutdown:", before.storages, "after:", after.storages);
console.log("shutdown complete");
