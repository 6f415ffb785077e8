// Registers the working buffers of a two-stage signal pipeline in object-dtype tables, cross-links the stages and reports memory use.
// runnable
import { empty, zeros, ones, linspace, NDArray, memoryStats, refcount } from "ndalias";

type StageName = "filter" | "resample";

interface StageSpec {
  readonly taps: number;
  readonly gain?: number;
}

const SPECS: Record<StageName, StageSpec> = {
  filter: { taps: 5, gain: 0.2 },
  resample: { taps: 3 },
};

function makeTable(spec: StageSpec): NDArray {
  const { taps, gain = 1 } = spec;
  const table = empty(4, "object");
  table.set(0, ones(taps).mul(gain));
  table.set(1, zeros(16));
  table.set(2, linspace(0, 1, taps));
  return table;
}

function convolve(signal: NDArray, kernel: NDArray): NDArray {
  const n = signal.size - kernel.size + 1;
  const out = zeros(Math.max(n, 0));
  for (let i = 0; i < out.size; i++) {
    out.set(i, signal.slice(`${i}:${i + kernel.size}`).mul(kernel).sum());
  }
  return out;
}

function describe(table: NDArray): string {
  const parts: string[] = [];
  for (let i = 0; i < table.size; i++) {
    const entry: unknown = table.get(i);
    parts.push(entry instanceof Object && "shape" in entry ? `[${String(entry.shape)}]` : String(entry));
  }
  return parts.join(" ");
}

const tables = Object.fromEntries(
  (Object.entries(SPECS) as [StageName, StageSpec][]).map(([name, spec]) => [name, makeTable(spec)]),
) as Record<StageName, NDArray>;

const { filter: filterTable, resample: resampleTable } = tables;

// Each stage keeps a back-pointer to its own table so that workers can find the scratch buffers.
const home = filterTable;
filterTable.set(3, home); // expect: no-reference-cycle

// The downstream stage reads the upstream buffers, and the upstream stage forwards to it.
function connect(upstream: NDArray, downstream: NDArray): void {
  downstream.set(3, upstream);
  upstream.set(1, downstream); // expect: no-reference-cycle
}
connect(filterTable, resampleTable);

// An index of both tables for the monitor: it points at the stages, they do not point back.
const monitor = empty(2, "object");
monitor.set(0, filterTable);
monitor.set(1, resampleTable);

const signal = linspace(0, 2 * Math.PI, 24);
const kernel = ones(SPECS.filter.taps).mul(SPECS.filter.gain ?? 1);
const smoothed = convolve(signal, kernel);
const stride = smoothed.slice("::2").copy();

console.log("smoothed length:", smoothed.size, "resampled:", stride.size);
console.log("filter table:", describe(filterTable));
console.log("resample table:", describe(resampleTable));
console.log("references to the filter table:", refcount(filterTable));

const before = memoryStats();
for (const table of [monitor, filterTable, resampleTable]) table.dispose();
const { storages, handles, bytes } = memoryStats();
console.log(`released tables: storages ${before.storages} -> ${storages}, handles ${before.handles} -> ${handles}`);
console.log(`pipeline finished with ${bytes} bytes still allocated`);
