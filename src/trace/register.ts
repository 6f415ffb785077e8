/**
 * Preload module: `node --import ndalias/trace/register app.js` (or
 * `ndalias trace -- COMMAND`) traces the whole process and writes the trace at
 * exit — also after an uncaught exception, `process.exit()`, SIGINT or SIGTERM.
 *
 * It also registers the trace loader (`loader.ts`), which marks the call
 * sites of runtime operations in the ES modules loaded after it, so that
 * tracing needs no stack walk for them. `NDALIAS_TRACE_MARKS=0` turns that
 * off (every site is then found by a stack walk, as under a test runner).
 *
 * Output: `$NDALIAS_TRACE_DIR/<pid>.json` when that is set (the CLI sets it
 * and merges the files of every traced process), else `$NDALIAS_TRACE_OUT`,
 * else `ndalias-trace.json` in the working directory. Processes that never
 * touched an array write nothing.
 */
import nodeModule from "node:module";
import { MessageChannel } from "node:worker_threads";
import * as runtime from "../index.js";
import { NDArray } from "../runtime/ndarray.js";
import { installExitWriter } from "./exit.js";
import { startTracing } from "./index.js";
import { addMarkPort, installMarks } from "./marks.js";

/**
 * The names whose calls the loader marks: every method of `NDArray` and every
 * function the package exports; and the one getter that reaches a hook, `T`
 * (a view). The loader cannot know a receiver's type, so a `Map#set` is marked
 * too, which costs a little and changes nothing.
 */
function markNames(): { calls: string[]; getters: string[] } {
  const calls = new Set<string>();
  for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(NDArray.prototype))) {
    if (typeof d.value === "function" && k !== "constructor") calls.add(k);
  }
  for (const [k, v] of Object.entries(runtime)) if (typeof v === "function" && !/^[A-Z]/.test(k)) calls.add(k);
  return { calls: [...calls], getters: ["T"] };
}

startTracing();
installExitWriter();

type Register = (specifier: string | URL, parentURL?: unknown, options?: unknown) => unknown;
const original = (nodeModule as { register?: Register }).register?.bind(nodeModule);

if (process.env["NDALIAS_TRACE_MARKS"] !== "0" && typeof original === "function") {
  const names = markNames();
  /**
   * Shared with every registration of the loader: [0] the layer (registration) that marks, the
   * outermost one, which sees other loaders' output; [1] the next site id.
   */
  const shared = new Int32Array(new SharedArrayBuffer(8));
  let layers = 0;
  const registerLoader = (): void => {
    const { port1, port2 } = new MessageChannel();
    port1.unref();
    addMarkPort(port1);
    const layer = layers++;
    // a distinct module instance per layer
    original(new URL(`./loader.js?layer=${layer}`, import.meta.url), { data: { port: port2, layer, shared, ...names }, transferList: [port2] });
    Atomics.store(shared, 0, layer);
  };
  installMarks();
  registerLoader();
  // Loaders registered later (tsx's, when `ndalias trace` preloads this module through NODE_OPTIONS)
  // run before this one and would hand it TypeScript: register again after each, so that the
  // marking loader stays outermost and marks their JavaScript output.
  (nodeModule as { register?: Register }).register = function register(...args: Parameters<Register>): unknown {
    const r = original(...args);
    registerLoader();
    return r;
  };
  nodeModule.syncBuiltinESMExports();
}
