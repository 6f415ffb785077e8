// Interpreter scope tables stored as object-dtype arrays: nested scopes, buffer slots, lookups and explicit teardown.
import { empty, zeros, ones, arange, refcount, memoryStats, NDArray } from "ndalias";

const SLOT_COUNT = 4;

interface ScopeInfo {
  name: string;
  table: NDArray;
}

function newTable(): NDArray {
  return empty(SLOT_COUNT, "object");
}

function fillBuffers(table: NDArray, size: number): void {
  table.set(0, zeros(size));
  table.set(1, ones(size));
  table.set(2, arange(size));
}

function makeChildScope(parentInfo: ScopeInfo, name: string): ScopeInfo {
  const table = newTable();
  table.set(0, parentInfo.table.get(2).copy());
  table.set(1, zeros(3));
  return { name, table };
}

function buildModuleScopes(size: number): ScopeInfo[] {
  const globals = newTable();
  fillBuffers(globals, size);
  const builtins = newTable();
  builtins.set(0, ones(size).mul(2));
  builtins.set(1, arange(size).add(10));
  const scopes = newTable();
  scopes.set(0, globals);
  scopes.set(1, builtins);
  globals.set(3, scopes); // expect: no-reference-cycle
  return [
    { name: "globals", table: globals },
    { name: "builtins", table: builtins },
    { name: "scopes", table: scopes },
  ];
}

function buildFunctionScope(size: number): ScopeInfo {
  const locals = newTable();
  fillBuffers(locals, size);
  const closure = newTable();
  closure.set(0, locals.get(0).copy());
  closure.set(1, zeros(size));
  locals.set(3, closure);
  return { name: "locals", table: locals };
}

function slotSum(info: ScopeInfo, slot: number): number {
  const value = info.table.get(slot);
  if (value === undefined || value === null) return 0;
  return (value as NDArray).sum();
}

function describe(info: ScopeInfo): string {
  const parts: string[] = [];
  for (let i = 0; i < SLOT_COUNT; i++) {
    const v = info.table.get(i);
    if (v === undefined || v === null) parts.push("-");
    else if ((v as NDArray).dtype === "object") parts.push("table");
    else parts.push(`[${(v as NDArray).size}]`);
  }
  return `${info.name}: ${parts.join(" ")}`;
}

function release(infos: ScopeInfo[]): void {
  for (const info of infos) {
    for (let i = 0; i < SLOT_COUNT; i++) {
      const v = info.table.get(i);
      if (v !== undefined && v !== null && (v as NDArray).dtype !== "object") (v as NDArray).dispose();
    }
    info.table.dispose();
  }
}

const moduleScopes = buildModuleScopes(5);
for (const info of moduleScopes) {
  console.log(describe(info));
}
console.log("globals slot 2 sum:", slotSum(moduleScopes[0], 2), "builtins slot 1 sum:", slotSum(moduleScopes[1], 1));

const fnScope = buildFunctionScope(5);
console.log(describe(fnScope), "closure refs:", refcount(fnScope.table.get(3)));

const child = makeChildScope(moduleScopes[0], "block");
const counter = child.table.get(0).copy();
counter.iadd(1);
console.log(describe(child), "counter+1:", counter.tolist(), "source slot:", slotSum(moduleScopes[0], 2));

const archive = newTable();
archive.set(0, child.table);
archive.set(1, fnScope.table);
archive.set(2, zeros(2));
console.log("archive holds", archive.size, "slots; child table refs:", refcount(child.table));

const before = memoryStats();
release([child, fnScope]);
archive.dispose();
release(moduleScopes);
const after = memoryStats();
console.log("storages before:", before.storages, "after:", after.storages);
