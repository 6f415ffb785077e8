// Keeps the scratch buffers of a processing pipeline in object-dtype tables, with a typed lookup helper and a size report.
import { empty, zeros, ones, NDArray } from "ndalias";

type Entry = NDArray | string | null;

interface StageTables {
  buffers: NDArray;
  meta: NDArray;
  names: string[];
}

function lookup<T extends Entry = NDArray>(table: NDArray, names: string[], name: string): T | undefined {
  const i = names.indexOf(name);
  return i < 0 ? undefined : (table.get(i) as T);
}

function totalElements(table: NDArray): number {
  let n = 0;
  for (let i = 0; i < table.size; i++) {
    const entry: unknown = table.get(i);
    if (entry instanceof NDArray && entry.dtype !== "object") n += entry.size;
  }
  return n;
}

export function buildFlatTable(width = 16, names: string[] = ["input", "output"]): StageTables {
  const buffers = empty(names.length, "object");
  names.forEach((_, i) => {
    buffers.set(i, i === 0 ? zeros(width) : ones(width));
  });
  const meta = empty(1, "object");
  meta.set(0, "flat");
  return { buffers, meta, names };
}

export function buildStageTables(width = 16): StageTables {
  const names = ["input", "output", "meta"];
  const buffers = empty(names.length, "object");
  const meta = empty(2, "object");
  buffers.set(0, zeros(width));
  buffers.set(1, ones(width));
  buffers.set(2, meta);
  meta.set(0, "stage-tables");
  meta.set(1, buffers); // expect: no-reference-cycle
  return { buffers, meta, names };
}

const flat = buildFlatTable(4);
const staged = buildStageTables(8);
const out = lookup(staged.buffers, staged.names, "output");
const label = lookup<string>(staged.meta, ["label", "owner"], "label");
console.log("output sum:", out?.sum(), "label:", label);
console.log("elements (flat, staged):", totalElements(flat.buffers), totalElements(staged.buffers));
flat.buffers.dispose();
