/**
 * Call sites in original source coordinates.
 *
 * A site is the first stack frame outside the ndalias runtime and the tracer
 * itself. Frames are captured as V8 CallSite objects (no string formatting)
 * and mapped through `module.findSourceMap`, which knows the source maps Node
 * parsed while source maps were enabled (tsx's inline maps, `.js.map` files
 * next to compiled output). Each distinct raw position is mapped once.
 */
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { findSourceMap } from "node:module";
import { dirname, isAbsolute, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { drainMarks, markState, unshiftColumn } from "./marks.js";

/** A source position: `file` absolute, `line` and `column` 1-based. */
export interface Site {
  file: string;
  line: number;
  column: number;
}

/** Walks up from `start` to the nearest directory with a package.json named `ndalias`. */
export function findPackageRoot(start: string): string | null {
  let dir = start;
  for (;;) {
    const pj = join(dir, "package.json");
    if (existsSync(pj)) {
      try {
        const pkg = JSON.parse(readFileSync(pj, "utf8")) as { name?: unknown };
        if (pkg.name === "ndalias") return dir;
      } catch {
        /* not ours */
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

const here = dirname(fileURLToPath(import.meta.url));

function skipPrefixes(): string[] {
  const out: string[] = [];
  const roots = new Set<string>();
  const root = findPackageRoot(here);
  if (root !== null) {
    roots.add(root);
    try {
      roots.add(realpathSync(root));
    } catch {
      /* keep the plain path */
    }
  }
  for (const r of roots) {
    for (const d of ["src/runtime", "dist/src/runtime", "src/trace", "dist/src/trace"]) out.push(join(r, d) + sep);
  }
  return out;
}

/** Frames in these directories are the runtime's or the tracer's own. */
const SKIP = skipPrefixes();
/** Any other installed copy of the package. */
const SKIP_RE = /[\\/]node_modules[\\/]ndalias[\\/](?:dist[\\/])?src[\\/](?:runtime|trace)[\\/]/;

export function isOwnFrame(file: string): boolean {
  for (const p of SKIP) if (file.startsWith(p)) return true;
  return SKIP_RE.test(file);
}

/** Per raw frame file name (path or file: URL): is it the runtime's or the tracer's own? */
const ownByRaw = new Map<string, boolean>();
function isOwnRaw(raw: string): boolean {
  let own = ownByRaw.get(raw);
  if (own === undefined) {
    own = raw.startsWith("node:") || isOwnFrame(toPath(raw));
    ownByRaw.set(raw, own);
  }
  return own;
}

function toPath(f: string): string {
  if (f.startsWith("file://")) {
    try {
      return fileURLToPath(f);
    } catch {
      return f;
    }
  }
  return f;
}

interface SourceMapLike {
  findEntry(line: number, column: number): {
    originalSource?: string;
    originalLine?: number;
    originalColumn?: number;
  };
}

function lookupMap(raw: string): SourceMapLike | undefined {
  const candidates = [raw];
  if (raw.startsWith("file://")) candidates.push(toPath(raw));
  else if (isAbsolute(raw)) candidates.push("file://" + raw);
  for (const c of candidates) {
    try {
      const m = findSourceMap(c) as SourceMapLike | undefined;
      if (m !== undefined) return m;
    } catch {
      /* try the next spelling */
    }
  }
  return undefined;
}

const FRAME_RE = /(?:\(|at\s+)((?:file:\/\/)?[^()\s][^()]*?):(\d+):(\d+)\)?\s*$/;

/**
 * Maps a frame through an installed `Error.prepareStackTrace` (vitest and
 * source-map-support map positions there, not through Node's source map
 * cache). Null when there is none or its output is not a frame.
 */
function mapThroughAmbient(frame: CallSiteLike): Site | null {
  const prep = ambientPrepare;
  if (typeof prep !== "function") return null;
  try {
    const err = new Error("");
    const text = prep(err, [frame as unknown as NodeJS.CallSite]);
    if (typeof text !== "string") return null;
    const last = text.trimEnd().split("\n").pop() ?? "";
    const m = FRAME_RE.exec(last);
    if (m === null) return null;
    return { file: toPath(m[1]!), line: Number(m[2]), column: Number(m[3]) };
  } catch {
    return null;
  }
}

/** Maps a raw (generated) position to original source coordinates when a source map is known. */
export function mapPosition(rawFile: string, line: number, column: number): Site {
  const file = toPath(rawFile);
  const map = lookupMap(rawFile);
  if (map !== undefined) {
    const e = map.findEntry(line - 1, column - 1);
    if (e !== undefined && typeof e.originalLine === "number" && typeof e.originalSource === "string") {
      let src = toPath(e.originalSource);
      if (!isAbsolute(src)) src = resolve(dirname(file), src);
      return { file: src, line: e.originalLine + 1, column: (e.originalColumn ?? 0) + 1 };
    }
  }
  return { file, line, column };
}

/** The first frame of `frames` outside the runtime and the tracer, in raw coordinates. */
export interface RawFrame {
  file: string;
  line: number;
  column: number;
}

interface CallSiteLike {
  getFileName(): string | null | undefined;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
}

type Prepare = (err: Error, stack: NodeJS.CallSite[]) => unknown;

/** The `Error.prepareStackTrace` installed by someone else (a test runner's source-map interceptor), if any. */
let ambientPrepare: Prepare | undefined;

function captureCallSites(limit: number, below: (...a: never[]) => unknown): CallSiteLike[] {
  const prevPrepare = Error.prepareStackTrace;
  ambientPrepare = prevPrepare;
  const prevLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = limit;
  Error.prepareStackTrace = (_e, cs) => cs;
  const holder: { stack?: unknown } = {};
  try {
    Error.captureStackTrace(holder, below);
    const cs = holder.stack;
    return Array.isArray(cs) ? (cs as CallSiteLike[]) : [];
  } finally {
    Error.prepareStackTrace = prevPrepare;
    Error.stackTraceLimit = prevLimit;
  }
}

/**
 * The table of sites seen by a tracer: `capture()` returns the index of the
 * current user frame, mapping each distinct raw position once.
 */
export class SiteTable {
  readonly sites: Site[] = [];
  private readonly byRaw = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  /**
   * Frames to capture first, per hook: the deepest user frame seen so far
   * below that hook (the cost of a capture grows with its depth, and each
   * hook is called from a few runtime methods of similar depth).
   */
  private readonly depth = new Map<(...a: never[]) => unknown, number>();

  /** Per call-site mark id: its index in the table. */
  private readonly byMark: number[] = [];

  /** The site (index in the table) of call-site mark `id`, -1 when the loader has not described it. */
  fromMark(id: number): number {
    const i = this.byMark[id];
    if (i !== undefined) return i;
    const st = markState;
    if (st.url[id] === undefined) drainMarks();
    const url = st.url[id];
    if (url === undefined) return -1;
    const site = this.intern(mapPosition(url, st.line[id]!, st.column[id]!));
    this.byMark[id] = site;
    return site;
  }

  /** Index of `site`, adding it when new. */
  intern(site: Site): number {
    const key = `${site.file}\u0000${site.line}\u0000${site.column}`;
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.sites.length;
      this.sites.push(site);
      this.byKey.set(key, i);
    }
    return i;
  }

  /**
   * The site (index in the table, -1 when none) of the caller of the runtime
   * operation in progress: the first frame below `below` outside the runtime
   * and the tracer.
   */
  capture(below: (...a: never[]) => unknown): number {
    let limit = this.depth.get(below) ?? 6;
    for (;;) {
      const cs = captureCallSites(limit, below);
      const r = this.scan(cs);
      if (r.site !== -1 || cs.length < limit || limit >= 64) {
        if (r.frame >= 0 && r.frame + 1 > (this.depth.get(below) ?? 0)) this.depth.set(below, r.frame + 1);
        return r.site;
      }
      limit = limit < 16 ? 16 : 64;
    }
  }

  private scan(cs: CallSiteLike[]): { site: number; frame: number } {
    for (let k = 0; k < cs.length; k++) {
      const c = cs[k]!;
      const f = c.getFileName();
      if (f === null || f === undefined) continue;
      if (isOwnRaw(f)) continue;
      const line = c.getLineNumber() ?? 0;
      let column = c.getColumnNumber() ?? 0;
      const raw = `${f}\u0000${line}\u0000${column}`;
      let i = this.byRaw.get(raw);
      if (i === undefined) {
        // a module marked by the trace loader: its columns moved by the inserted marks
        if (markState.ports.length > 0) drainMarks();
        const shift = markState.shifts.get(f)?.get(line);
        if (shift !== undefined) column = unshiftColumn(shift, column);
        i = this.intern(shift === undefined ? (mapThroughAmbient(c) ?? mapPosition(f, line, column)) : mapPosition(f, line, column));
        this.byRaw.set(raw, i);
      }
      return { site: i, frame: k };
    }
    return { site: -1, frame: -1 };
  }
}

const sourceCache = new Map<string, string[] | null>();

/** Line `line` (1-based) of `file`, or null when unreadable. */
export function sourceLine(file: string, line: number): string | null {
  let lines = sourceCache.get(file);
  if (lines === undefined) {
    try {
      lines = readFileSync(file, "utf8").split(/\r?\n/);
    } catch {
      lines = null;
    }
    sourceCache.set(file, lines);
  }
  if (lines === null) return null;
  return lines[line - 1] ?? null;
}

/**
 * The receiver expression of the call at `column` on a source line: for
 * `console.log(prices.tolist())` at `tolist`, `prices`. Null when the text
 * before the column is not `<path>.`.
 */
export function receiverAt(text: string, column: number): string | null {
  const before = text.slice(0, Math.max(0, column - 1));
  const m = /((?:this|[A-Za-z_$][\w$]*)(?:\s*(?:\?\.|\.)\s*[A-Za-z_$][\w$]*|\[[^\][]*\])*)\s*(?:\?\.|\.)\s*$/.exec(before);
  return m === null ? null : m[1]!.replace(/\s+/g, "");
}

/** The variable a declaration on this line binds (`const s = a.slice(...)` → `s`). */
export function declaredNameAt(text: string, column: number): string | null {
  const before = text.slice(0, Math.max(0, column - 1));
  // the declaration closest to the call: `for (let i = 0; ...) { const v = a.slice(i)` binds `v`
  const decls = [...before.matchAll(/(?:^|[;{(\s])(?:const|let|var|using)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;]+)?=(?!=)/g)];
  const assigns = [...before.matchAll(/(?:^|[;{(\s])((?:this\.)?[A-Za-z_$][\w$]*)\s*=(?![=>])/g)];
  // `const w: Window = ...` is one declaration, not also an assignment to `Window`
  const inDecl = (m: RegExpMatchArray): boolean =>
    decls.some((d) => (d.index ?? 0) <= (m.index ?? 0) && (m.index ?? 0) < (d.index ?? 0) + d[0].length);
  const last = [...decls, ...assigns.filter((m) => !inDecl(m))].sort((x, y) => (x.index ?? 0) - (y.index ?? 0)).pop();
  return last === undefined ? null : last[1]!;
}
