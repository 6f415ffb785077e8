/** Writing the trace when the process ends. */
import { resolve } from "node:path";
import { threadId } from "node:worker_threads";
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import type { TraceRun } from "./format.js";
import { currentRecorder, writeTraceFile } from "./index.js";

const INSTALLED = Symbol.for("ndalias.trace.exitWriter");

/** Where this process writes its trace. */
export function traceOutputPath(defaultDir?: string): string {
  const dir = process.env["NDALIAS_TRACE_DIR"] || defaultDir;
  if (dir !== undefined && dir !== "") return resolve(dir, `${process.pid}${threadId === 0 ? "" : `-${threadId}`}.json`);
  return resolve(process.env["NDALIAS_TRACE_OUT"] || "ndalias-trace.json");
}

/** Writes the current trace now (skipped when nothing was traced). Returns the path, or null. */
export function flushTrace(reason: TraceRun["reason"], exitCode: number | null, defaultDir?: string): string | null {
  const rec = currentRecorder();
  if (rec === null) return null;
  const t = rec.snapshot({ reason, exitCode });
  if (t.allocations.length === 0 && t.handles.length === 0 && t.writes.length === 0) return null;
  const path = traceOutputPath(defaultDir);
  try {
    writeTraceFile(path, t);
  } catch (e) {
    process.stderr.write(`ndalias trace: cannot write ${path}: ${(e as Error).message}\n`);
    return null;
  }
  return path;
}

function exposeGc(): (() => void) | null {
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/**
 * Installs the exit handlers once per process. When the event loop drains,
 * one garbage collection runs and finalizers get a turn first, so handles
 * that became unreachable without `dispose()` are reported as reclaimed and
 * only storages the program still holds (or a cycle holds) count as alive.
 */
export function installExitWriter(defaultDir?: string): void {
  const g = globalThis as { [INSTALLED]?: boolean };
  if (g[INSTALLED] === true) return;
  g[INSTALLED] = true;
  let reason: TraceRun["reason"] = "exit";
  let written = false;
  let drained = false;
  process.on("uncaughtExceptionMonitor", () => {
    reason = "uncaughtException";
  });
  const onBeforeExit = (): void => {
    if (drained) return;
    drained = true;
    // another beforeExit listener would run again after our extra turn: leave its program alone
    if (process.listenerCount("beforeExit") > 1) return;
    const gc = exposeGc();
    if (gc === null) return;
    gc();
    // finalization callbacks run as tasks: give them two turns
    setImmediate(() => setImmediate(() => undefined));
  };
  process.on("beforeExit", onBeforeExit);
  process.on("exit", (code) => {
    if (written) return;
    written = true;
    flushTrace(reason, code, defaultDir);
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    const onSignal = (): void => {
      if (process.listenerCount(sig) > 1) {
        // the program handles this signal itself: write what we have, keep running
        flushTrace("signal", null, defaultDir);
        return;
      }
      if (!written) {
        written = true;
        flushTrace("signal", null, defaultDir);
      }
      process.removeListener(sig, onSignal);
      process.kill(process.pid, sig);
    };
    process.on(sig, onSignal);
  }
}
