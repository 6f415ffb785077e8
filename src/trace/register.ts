/**
 * Preload module: `node --import ndalias/trace/register app.js` (or
 * `ndalias trace -- COMMAND`) traces the whole process and writes the trace at
 * exit — also after an uncaught exception, `process.exit()`, SIGINT or SIGTERM.
 *
 * Output: `$NDALIAS_TRACE_DIR/<pid>.json` when that is set (the CLI sets it
 * and merges the files of every traced process), else `$NDALIAS_TRACE_OUT`,
 * else `ndalias-trace.json` in the working directory. Processes that never
 * touched an array write nothing.
 */
import { installExitWriter } from "./exit.js";
import { startTracing } from "./index.js";

startTracing();
installExitWriter();
