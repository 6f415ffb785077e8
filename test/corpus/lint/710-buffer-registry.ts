// Organises the scratch buffers of a feature-extraction pipeline in object-dtype tables and reports memory use per stage.
// runnable
import { empty, zeros, ones, full, refcount, memoryStats, NDArray } from "ndalias";

interface StageSpec {
  name: string;
  width: number;
  fillValue: number;
}

const SPECS: StageSpec[] = [
  { name: "resample", width: 8, fillValue: 0 },
  { name: "window", width: 8, fillValue: 1 },
  { name: "spectrum", width: 5, fillValue: 0.5 },
];

function makeStageTable(spec: StageSpec): NDArray {
  const table = empty(3, "object");
  const input = zeros(spec.width);
  const output = full(spec.width, spec.fillValue);
  table.set(0, input);
  table.set(1, output);
  table.set(2, spec.name);
  input.fill(spec.fillValue + 1);
  output.iadd(input);
  return table;
}

function buildRegistry(specs: StageSpec[]): NDArray {
  const registry = empty(specs.length, "object");
  for (let i = 0; i < specs.length; i++) {
    registry.set(i, makeStageTable(specs[i]));
  }
  return registry;
}

function linkStages(upstream: NDArray, downstream: NDArray): NDArray {
  const link = empty(2, "object");
  link.set(0, upstream);
  link.set(1, downstream);
  return link;
}

function makeMonitoredStage(spec: StageSpec): NDArray {
  const stage = makeStageTable(spec);
  const monitor = empty(2, "object");
  monitor.set(0, stage);
  monitor.set(1, ones(4));
  stage.set(2, monitor); // expect: no-reference-cycle
  return monitor;
}

function stageOutputTotal(stage: NDArray): number {
  const out: NDArray = stage.get(1);
  return out.sum();
}

function snapshotRegistry(registry: NDArray): NDArray {
  const snapshot = registry.copy();
  snapshot.set(0, snapshot.copy());
  return snapshot;
}

function describe(table: NDArray): string {
  const parts: string[] = [];
  for (let i = 0; i < table.size; i++) {
    const entry: unknown = table.get(i);
    parts.push(typeof entry === "string" ? entry : `array(${(entry as NDArray).size})`);
  }
  return parts.join(", ");
}

const before = memoryStats();
const registry = buildRegistry(SPECS);
for (let i = 0; i < SPECS.length; i++) {
  const stage: NDArray = registry.get(i);
  console.log(`${SPECS[i].name}: output total ${stageOutputTotal(stage).toFixed(2)}`);
}

const firstStage: NDArray = registry.get(0);
const secondStage: NDArray = registry.get(1);
const link = linkStages(firstStage, secondStage);
console.log("link references to the first stage:", refcount(firstStage));

const history = empty(2, "object");
history.set(0, registry.copy());
history.set(1, zeros(3));

const snapshot = snapshotRegistry(registry);
console.log("snapshot entries:", snapshot.size, "history entries:", history.size);

const scratch = zeros(6);
const holder = empty(1, "object");
holder.set(0, scratch);
scratch.fill(3);
console.log("scratch total:", scratch.sum(), "holder refs to scratch:", refcount(scratch));

const monitor = makeMonitoredStage({ name: "features", width: 4, fillValue: 2 });
console.log("monitor slots:", monitor.size, "first stage:", describe(firstStage));

link.dispose();
holder.dispose();
history.dispose();
snapshot.dispose();
monitor.dispose();
registry.dispose();
firstStage.dispose();
secondStage.dispose();
const after = memoryStats();
console.log(`storages before ${before.storages}, after ${after.storages}`);
