/**
 * `ndalias confirm`: matches the findings of an ESLint JSON report against a
 * trace and gives each ndalias finding a status (API.md, "Runtime companion").
 *
 * - `no-alias-mutation`: confirmed when a write on the finding's line ran and
 *   a read on another line observed what it wrote;
 * - `no-view-mutation`: the same, and the read went through another handle;
 * - `no-reference-cycle`: a store on the line linked arrays that stayed alive
 *   at exit only through a cycle, or that only `collect()` freed;
 * - `no-lost-write`: an array written on the line was never read afterwards;
 * - otherwise `not-observed`.
 */
import { existsSync, realpathSync } from "node:fs";
import { basename, resolve } from "node:path";
import { readJsonInput, type Observation, type StorageDetail, type TraceFile, type TraceSite } from "../trace/format.js";

export type Status = "confirmed" | "not-observed";

/** One ndalias finding with its status (the `--format json` element). */
export interface Confirmation {
  filePath: string;
  line: number;
  column: number;
  ruleId: string;
  status: Status;
  evidence: string;
  /** The lint message (not part of the JSON output). */
  message: string;
}

/** The parts of an `eslint -f json` result that confirm uses. */
export interface LintMessage {
  ruleId: string | null;
  line?: number;
  column?: number;
  message?: string;
  severity?: number;
}
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

export class InputError extends Error {}

/** Reads and checks an ESLint JSON report; errors name the file. */
export function readLintReport(path: string): LintResult[] {
  return readJsonInput(path, "lint report", "an ESLint JSON report (eslint -f json)", validateLintReport, InputError);
}

export function validateLintReport(v: unknown): LintResult[] {
  if (!Array.isArray(v)) throw new Error("expected an array of results");
  v.forEach((r: unknown, i) => {
    if (typeof r !== "object" || r === null) throw new Error(`result ${i} is not an object`);
    const o = r as Record<string, unknown>;
    if (typeof o["filePath"] !== "string") throw new Error(`result ${i} has no filePath`);
    if (!Array.isArray(o["messages"])) throw new Error(`result ${i} has no messages array`);
    (o["messages"] as unknown[]).forEach((m, j) => {
      if (typeof m !== "object" || m === null) throw new Error(`result ${i} message ${j} is not an object`);
    });
  });
  return v as LintResult[];
}

const realCache = new Map<string, string>();
/** Absolute, symlink-resolved path (when the file exists), for comparing lint paths with trace sites. */
export function canonicalPath(p: string): string {
  let r = realCache.get(p);
  if (r === undefined) {
    r = resolve(p);
    try {
      if (existsSync(r)) r = realpathSync(r);
    } catch {
      /* keep resolved */
    }
    realCache.set(p, r);
  }
  return r;
}

class TraceIndex {
  /** canonical file → line → site indices */
  private readonly byLine = new Map<string, Map<number, number[]>>();
  constructor(readonly trace: TraceFile) {
    trace.sites.forEach((s, i) => {
      const f = canonicalPath(s.file);
      let m = this.byLine.get(f);
      if (m === undefined) {
        m = new Map();
        this.byLine.set(f, m);
      }
      const arr = m.get(s.line);
      if (arr === undefined) m.set(s.line, [i]);
      else arr.push(i);
    });
  }
  sitesAt(file: string, line: number): Set<number> {
    return new Set(this.byLine.get(canonicalPath(file))?.get(line) ?? []);
  }
  hasFile(file: string): boolean {
    return this.byLine.has(canonicalPath(file));
  }
  site(i: number): TraceSite {
    return this.trace.sites[i]!;
  }
}

function plural(n: number, one: string, many = one + "s"): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "line 7" for a site in `file`, else "other.ts:7". */
function where(ix: TraceIndex, i: number | null, file: string): string {
  if (i === null) return "an unknown line";
  const s = ix.site(i);
  return canonicalPath(s.file) === canonicalPath(file) ? `line ${s.line}` : `${basename(s.file)}:${s.line}`;
}

function onOtherLine(ix: TraceIndex, i: number, file: string, line: number): boolean {
  const s = ix.site(i);
  return s.line !== line || canonicalPath(s.file) !== canonicalPath(file);
}

function through(ix: TraceIndex, o: Observation, file: string): string {
  const r = ix.site(o.read);
  if (o.through === "other-handle") {
    // the reading handle's own name (where it was declared), else the receiver at the read
    const name = (o.readerCreated !== null ? ix.site(o.readerCreated).name : undefined) ?? r.expr;
    const created = o.readerCreated !== null ? ` (created at ${where(ix, o.readerCreated, file)})` : "";
    return name !== undefined ? ` through another handle, \`${name}\`${created}` : ` through another handle${created}`;
  }
  return r.expr !== undefined ? ` through \`${r.expr}\`` : "";
}

function observationEvidence(ix: TraceIndex, o: Observation, file: string): string {
  const times = o.count > 1 ? ` (${plural(o.count, "read")})` : "";
  return (
    `write at ${where(ix, o.write, file)} wrote ${plural(o.elements, "element")} that ${where(ix, o.read, file)} ` +
    `read${through(ix, o, file)}${times}; refcount ${o.refcount}`
  );
}

function writeSummary(ix: TraceIndex, sites: Set<number>, line: number): { count: number; text: string } {
  let count = 0;
  let elements = 0;
  for (const w of ix.trace.writes) {
    if (sites.has(w.site)) {
      count += w.count;
      elements += w.elements;
    }
  }
  if (count === 0) return { count, text: `no write on line ${line} ran` };
  return { count, text: `the write at line ${line} ran ${plural(count, "time")} (${plural(elements, "element")})` };
}

function lineDidNotRun(ix: TraceIndex, file: string, line: number): string {
  return ix.hasFile(file) ? `line ${line} did not run in the traced program` : `the trace has no activity in ${basename(file)}`;
}

function confirmMutation(ix: TraceIndex, file: string, line: number, view: boolean): { status: Status; evidence: string } {
  const sites = ix.sitesAt(file, line);
  if (sites.size === 0) return { status: "not-observed", evidence: lineDidNotRun(ix, file, line) };
  const hits = ix.trace.observations.filter((o) => sites.has(o.write) && onOtherLine(ix, o.read, file, line));
  const good = view ? hits.filter((o) => o.through === "other-handle") : hits;
  if (good.length > 0) {
    // prefer a read through another handle, then one through a different name than the write's, then the first
    const differentName = (o: Observation): boolean => {
      const w = ix.site(o.write).expr;
      const r = ix.site(o.read).expr;
      return w !== undefined && r !== undefined && w !== r;
    };
    const best = good.find((o) => o.through === "other-handle") ?? good.find(differentName) ?? good[0]!;
    const more = good.length > 1 ? `; ${plural(good.length - 1, "more read site")}` : "";
    return { status: "confirmed", evidence: observationEvidence(ix, best, file) + more };
  }
  const w = writeSummary(ix, sites, line);
  if (w.count === 0) return { status: "not-observed", evidence: `${w.text}` };
  if (view && hits.length > 0) {
    const lines = [...new Set(hits.map((o) => where(ix, o.read, file)))].join(", ");
    return { status: "not-observed", evidence: `${w.text}; what it wrote was read on ${lines} only through the writing handle` };
  }
  return { status: "not-observed", evidence: `${w.text}; no read on another line observed what it wrote` };
}

function findDetails(ix: TraceIndex, site: Set<number>): StorageDetail[] {
  return ix.trace.storages.filter((d) => d.stores.some((s) => site.has(s.site)));
}

function confirmCycle(ix: TraceIndex, file: string, line: number): { status: Status; evidence: string } {
  const sites = ix.sitesAt(file, line);
  if (sites.size === 0) return { status: "not-observed", evidence: lineDidNotRun(ix, file, line) };
  const recs = ix.trace.stores.filter((s) => sites.has(s.site));
  const stores = recs.reduce((n, s) => n + s.count, 0);
  const kept = recs.reduce((n, s) => n + s.cycleKept, 0);
  const self = recs.reduce((n, s) => n + s.self, 0);
  if (kept > 0) {
    const details = findDetails(ix, sites);
    const how = details.some((d) => d.cycleOnlyAtExit)
      ? "it was alive at exit only through the cycle"
      : details.some((d) => d.released?.byCollector === true)
        ? "only collect() freed it"
        : "it was kept alive only by the cycle";
    const what = self > 0 ? "an object array into itself" : "an array into an object array on a reference cycle";
    const detail = details.find((d) => d.cycleOnlyAtExit || d.released?.byCollector === true);
    const made = detail !== undefined && detail.site !== null ? ` (created at ${where(ix, detail.site, file)}, refcount peak ${detail.refcount.peak})` : "";
    return { status: "confirmed", evidence: `store at line ${line} put ${what}${made}; ${how}` };
  }
  if (stores > 0) {
    if (findDetails(ix, sites).some((d) => d.aliveAtExit && !d.cycleOnlyAtExit)) {
      return {
        status: "not-observed",
        evidence: `store at line ${line} ran ${plural(stores, "time")}; at exit its storage was still held by a live handle, so the run cannot tell whether the cycle alone keeps it (dispose the array to check)`,
      };
    }
    return {
      status: "not-observed",
      evidence: `store at line ${line} ran ${plural(stores, "time")}; every storage it linked was released normally (no cycle kept one alive)`,
    };
  }
  const w = writeSummary(ix, sites, line);
  return { status: "not-observed", evidence: w.count > 0 ? `${w.text} but stored no array` : w.text };
}

function confirmLostWrite(ix: TraceIndex, file: string, line: number): { status: Status; evidence: string } {
  const sites = ix.sitesAt(file, line);
  if (sites.size === 0) return { status: "not-observed", evidence: lineDidNotRun(ix, file, line) };
  const recs = ix.trace.writes.filter((w) => sites.has(w.site));
  const storages = recs.reduce((n, w) => n + w.storages, 0);
  const unread = recs.reduce((n, w) => n + w.unread, 0);
  const count = recs.reduce((n, w) => n + w.count, 0);
  if (count === 0) return { status: "not-observed", evidence: `no write on line ${line} ran` };
  if (unread > 0) {
    const alloc = ix.trace.storages.find((d) => d.writes.some((w) => sites.has(w.site) && !w.read));
    const made = alloc !== undefined && alloc.site !== null ? ` (created at ${where(ix, alloc.site, file)})` : "";
    const of = storages > 1 ? ` (${unread} of ${storages} arrays written there)` : "";
    return { status: "confirmed", evidence: `the array written at line ${line}${made} was never read afterwards${of}` };
  }
  const reads = ix.trace.observations.filter((o) => sites.has(o.write));
  const by = reads.length > 0 ? ` at ${[...new Set(reads.map((o) => where(ix, o.read, file)))].join(", ")}` : "";
  return { status: "not-observed", evidence: `every array written at line ${line} was read afterwards${by}` };
}

export const NDALIAS_RULES = ["no-alias-mutation", "no-view-mutation", "no-reference-cycle", "no-lost-write"] as const;

/** Gives every `ndalias/*` finding of the report a status against the trace. */
export function confirmFindings(report: readonly LintResult[], trace: TraceFile): Confirmation[] {
  const ix = new TraceIndex(trace);
  const out: Confirmation[] = [];
  for (const r of report) {
    for (const m of r.messages) {
      if (typeof m.ruleId !== "string" || !m.ruleId.startsWith("ndalias/")) continue;
      const line = typeof m.line === "number" ? m.line : 0;
      const column = typeof m.column === "number" ? m.column : 0;
      const rule = m.ruleId.slice("ndalias/".length);
      let res: { status: Status; evidence: string };
      switch (rule) {
        case "no-alias-mutation":
          res = confirmMutation(ix, r.filePath, line, false);
          break;
        case "no-view-mutation":
          res = confirmMutation(ix, r.filePath, line, true);
          break;
        case "no-reference-cycle":
          res = confirmCycle(ix, r.filePath, line);
          break;
        case "no-lost-write":
          res = confirmLostWrite(ix, r.filePath, line);
          break;
        default:
          res = { status: "not-observed", evidence: `ndalias confirm does not know rule ${m.ruleId}` };
      }
      out.push({ filePath: r.filePath, line, column, ruleId: m.ruleId, status: res.status, evidence: res.evidence, message: m.message ?? "" });
    }
  }
  return out;
}
