/**
 * Module loader hooks (run in Node's hooks thread, registered by
 * `register.ts`): marks the call sites of runtime operations in each user ES
 * module as it loads (see `instrument.ts`) and posts each module's site table
 * to the main thread.
 *
 * Registered after a TypeScript loader such as tsx, these hooks see its
 * JavaScript output; the sites are then in that output's coordinates, which
 * the tracer maps through its source map. `register.ts` registers them again
 * after every loader registered later, each registration a layer of its own;
 * only the outermost layer marks. Modules in `node_modules`, the
 * runtime's and the tracer's own, CommonJS and anything that does not parse
 * are left as they are: their operations are traced by stack walks.
 */
import { fileURLToPath } from "node:url";
import type { MessagePort } from "node:worker_threads";
import { instrument, type MarkNames } from "./instrument.js";
import type { ModuleMarks } from "./marks.js";
import { isOwnFrame } from "./sites.js";

interface InitData {
  port: MessagePort;
  /** This registration's number; only the outermost (last) one marks. */
  layer: number;
  /** [0]: the layer that marks; [1]: the next site id (shared by every registration). */
  shared: Int32Array;
  calls: string[];
  getters: string[];
}

let port: MessagePort | null = null;
let names: MarkNames | null = null;
let layer = 0;
let shared: Int32Array | null = null;

export function initialize(data: InitData): void {
  port = data.port;
  layer = data.layer;
  shared = data.shared;
  names = { calls: new Set(data.calls), getters: new Set(data.getters) };
}

interface LoadResult {
  format?: string | null;
  source?: string | ArrayBuffer | ArrayBufferView | null;
  shortCircuit?: boolean;
}

type NextLoad = (url: string, context?: unknown) => Promise<LoadResult>;

function marked(url: string): boolean {
  if (!url.startsWith("file:") || /[\\/]node_modules[\\/]/.test(url)) return false;
  try {
    return !isOwnFrame(fileURLToPath(url));
  } catch {
    return false;
  }
}

export async function load(url: string, context: unknown, nextLoad: NextLoad): Promise<LoadResult> {
  const r = await nextLoad(url, context);
  if (port === null || names === null || shared === null || Atomics.load(shared, 0) !== layer) return r;
  if (r.format !== "module" || r.source === null || r.source === undefined || !marked(url)) return r;
  const src = typeof r.source === "string" ? r.source : new TextDecoder().decode(r.source as Uint8Array);
  const firstId = Atomics.load(shared, 1);
  const out = instrument(src, names, firstId);
  if (out === null) return r;
  Atomics.store(shared, 1, firstId + out.sites.length / 2);
  const msg: ModuleMarks = { url, firstId, sites: out.sites, shifts: out.shifts };
  port.postMessage(msg);
  return { ...r, source: out.code };
}
