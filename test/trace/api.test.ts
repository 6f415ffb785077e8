// The programmatic API of `ndalias/trace`: start/stop, snapshots, trace files.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { array } from "../../src/index.js";
import { hooks } from "../../src/runtime/hooks.js";
import { currentRecorder, isTracing, readTraceFile, startTracing, stopTracing, writeTrace } from "../../src/trace/index.js";

const dir = mkdtempSync(join(tmpdir(), "ndalias-trace-api-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("startTracing is idempotent, stopTracing uninstalls, writeTrace/readTraceFile round-trip", () => {
  expect(isTracing()).toBe(false);
  expect(writeTrace(join(dir, "none.json"))).toBeNull();
  const rec = startTracing();
  try {
    expect(startTracing()).toBe(rec);
    expect(currentRecorder()).toBe(rec);
    expect(hooks.tracer).toBe(rec);
    const a = array([1, 2, 3]);
    const b = a;
    b.set(2, 0);
    a.sum();
    const path = join(dir, "sub", "t.json");
    const t = writeTrace(path, { reason: "snapshot" });
    expect(t).not.toBeNull();
    const back = readTraceFile(path);
    expect(back).toEqual(JSON.parse(JSON.stringify(t)));
    expect(back.observations).toHaveLength(1);
    expect(back.runs[0]!.pid).toBe(process.pid);
  } finally {
    expect(stopTracing()).toBe(rec);
  }
  expect(isTracing()).toBe(false);
  expect(currentRecorder()).toBeNull();
  expect(stopTracing()).toBeNull();
});

test("readTraceFile names the file in every error", () => {
  const missing = join(dir, "missing.json");
  expect(() => readTraceFile(missing)).toThrow(`cannot read trace file ${missing}: ENOENT`);
  const bad = join(dir, "bad.json");
  writeFileSync(bad, "[1,");
  expect(() => readTraceFile(bad)).toThrow(`trace file ${bad} is not valid JSON`);
  const other = join(dir, "other.json");
  writeFileSync(other, JSON.stringify({ format: "something-else" }));
  expect(() => readTraceFile(other)).toThrow(`trace file ${other} is not an ndalias trace: "format" is "something-else"`);
});
