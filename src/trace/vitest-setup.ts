/**
 * Vitest setup entry: `test.setupFiles: ["ndalias/trace/vitest-setup"]`
 * traces a test run. Tracing starts in every worker before the test files
 * import anything; after each test file the worker's cumulative trace is
 * written to `$NDALIAS_TRACE_DIR/<pid>[-<thread>].json` (the directory
 * `ndalias trace -- npx vitest run` sets up and merges), or, run without the
 * CLI, to `ndalias-trace/` in the working directory — pass that directory to
 * `ndalias confirm --trace`.
 */
import { afterAll } from "vitest";
import { flushTrace, installExitWriter } from "./exit.js";
import { startTracing } from "./index.js";

const DEFAULT_DIR = "ndalias-trace";

startTracing();
installExitWriter(DEFAULT_DIR);

afterAll(() => {
  flushTrace("snapshot", null, DEFAULT_DIR);
});
