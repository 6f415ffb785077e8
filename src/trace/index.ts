/**
 * `ndalias/trace`: the runtime companion's tracing API.
 *
 * Tracing is off unless started: the runtime's only cost is one `null`
 * check per operation. `startTracing()` installs a {@link TraceRecorder} as
 * the runtime's tracer (install it before creating arrays);
 * `snapshot()`/`writeTrace()` give the trace file (docs/trace-format.md).
 * `ndalias trace -- COMMAND` and `ndalias/trace/register` do this for a whole
 * process; `ndalias/trace/vitest-setup` for a test run.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { hooks, setTracer } from "../runtime/hooks.js";
import { unreachableStorages } from "../runtime/storage.js";
import { TraceFormatError, mergeTraces, readJsonInput, validateTrace, type TraceFile, type TraceRun } from "./format.js";
import { TraceRecorder, type RecorderOptions } from "./recorder.js";
import { findPackageRoot } from "./sites.js";

export * from "./format.js";
export { TraceRecorder, type RecorderOptions } from "./recorder.js";
export type { Site } from "./sites.js";

let cachedVersion: string | undefined;
/** This package's version (from its package.json). */
export function packageVersion(): string {
  if (cachedVersion !== undefined) return cachedVersion;
  cachedVersion = "0.0.0";
  const root = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  if (root !== null) {
    try {
      const v = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version?: unknown }).version;
      if (typeof v === "string") cachedVersion = v;
    } catch {
      /* keep 0.0.0 */
    }
  }
  return cachedVersion;
}

/**
 * The recorder lives in a `globalThis` slot, like the runtime's hooks, so a
 * test runner that loads this module once per test file keeps one recorder
 * per process.
 */
const RECORDER = Symbol.for("ndalias.trace.recorder");
type RecorderSlot = { [RECORDER]?: TraceRecorder };

/** The recorder installed by `startTracing`, if tracing is on. */
export function currentRecorder(): TraceRecorder | null {
  const rec = (globalThis as RecorderSlot)[RECORDER];
  return rec !== undefined && hooks.tracer === rec ? rec : null;
}

/**
 * Turns tracing on (idempotent: returns the installed recorder when there is
 * one) and enables source maps so sites are in original coordinates.
 * Arrays created before this call are traced from their next operation on.
 */
export function startTracing(options: RecorderOptions = {}): TraceRecorder {
  const cur = currentRecorder();
  if (cur !== null) return cur;
  process.setSourceMapsEnabled(true);
  const rec = new TraceRecorder({ unreachable: unreachableStorages, toolVersion: packageVersion(), ...options });
  setTracer(rec);
  (globalThis as RecorderSlot)[RECORDER] = rec;
  return rec;
}

/** Turns tracing off; returns the recorder that was installed (its data stays readable). */
export function stopTracing(): TraceRecorder | null {
  const cur = currentRecorder();
  if (cur !== null) {
    setTracer(null);
    delete (globalThis as RecorderSlot)[RECORDER];
  }
  return cur;
}

/** True while a tracer is installed. */
export function isTracing(): boolean {
  return hooks.tracer !== null;
}

/** Writes a trace file (JSON), creating its directory. */
export function writeTraceFile(path: string, trace: TraceFile): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(trace) + "\n");
}

/** Snapshot of the current recorder written to `path`; returns the trace (null when tracing is off). */
export function writeTrace(path: string, run?: Partial<TraceRun>): TraceFile | null {
  const rec = currentRecorder();
  if (rec === null) return null;
  const t = rec.snapshot(run);
  writeTraceFile(path, t);
  return t;
}

/** Reads and validates a trace file; errors name the file. */
export function readTraceFile(path: string): TraceFile {
  return readJsonInput(path, "trace file", "an ndalias trace", validateTrace, TraceFormatError);
}

export { mergeTraces };
