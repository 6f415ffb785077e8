/** Output formats of `ndalias confirm`: text (grouped by file), JSON, SARIF 2.1.0. */
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { Confirmation } from "./confirm.js";

export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const ANSI: Colors = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};
const id = (s: string): string => s;
export const PLAIN: Colors = { red: id, yellow: id, green: id, dim: id, bold: id, underline: id };

/** Colour on a TTY unless NO_COLOR is set (non-empty); FORCE_COLOR (not "0") forces it. */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined && force !== "" && force !== "0" && force !== "false") return true;
  return stream.isTTY === true;
}

export interface Counts {
  total: number;
  confirmed: number;
  notObserved: number;
}

export function countOf(items: readonly Confirmation[]): Counts {
  const confirmed = items.filter((c) => c.status === "confirmed").length;
  return { total: items.length, confirmed, notObserved: items.length - confirmed };
}

export function summaryLine(items: readonly Confirmation[], c: Colors = PLAIN): string {
  const n = countOf(items);
  if (n.total === 0) return "no ndalias findings in the lint report";
  const conf = n.confirmed > 0 ? c.red(c.bold(`${n.confirmed} confirmed`)) : c.green("0 confirmed");
  return `${n.total} ndalias finding${n.total === 1 ? "" : "s"}: ${conf}, ${n.notObserved} not observed`;
}

/** Text report: findings grouped by file (in report order), one line each, then a summary. */
export function formatText(items: readonly Confirmation[], c: Colors = PLAIN, cwd = process.cwd()): string {
  const byFile = new Map<string, Confirmation[]>();
  for (const it of items) {
    let arr = byFile.get(it.filePath);
    if (arr === undefined) {
      arr = [];
      byFile.set(it.filePath, arr);
    }
    arr.push(it);
  }
  const lines: string[] = [];
  for (const [file, arr] of byFile) {
    const rel = relative(cwd, file);
    lines.push(c.underline(rel.startsWith("..") || rel === "" ? file : rel));
    arr.sort((a, b) => a.line - b.line || a.column - b.column);
    const posW = Math.max(...arr.map((a) => `${a.line}:${a.column}`.length));
    const ruleW = Math.max(...arr.map((a) => a.ruleId.length));
    for (const a of arr) {
      const pos = `${a.line}:${a.column}`.padEnd(posW);
      const status = a.status === "confirmed" ? c.red(c.bold("confirmed   ")) : c.yellow("not observed");
      lines.push(`  ${c.dim(pos)}  ${status}  ${a.ruleId.padEnd(ruleW)}  ${a.evidence}`);
    }
    lines.push("");
  }
  lines.push(summaryLine(items, c));
  return lines.join("\n") + "\n";
}

/** The `--format json` array: exactly `{ filePath, line, column, ruleId, status, evidence }` per finding. */
export function formatJson(items: readonly Confirmation[]): string {
  return (
    JSON.stringify(
      items.map(({ filePath, line, column, ruleId, status, evidence }) => ({ filePath, line, column, ruleId, status, evidence })),
      null,
      2,
    ) + "\n"
  );
}

const RULE_TEXT: Record<string, string> = {
  "ndalias/no-alias-mutation": "A write through one name is read afterwards through another name made by plain assignment.",
  "ndalias/no-view-mutation": "A write through a view (or its base) is read afterwards through the base (or the view).",
  "ndalias/no-reference-cycle": "A store makes an object that holds arrays reference itself.",
  "ndalias/no-lost-write": "A write into a fresh copy that is never read afterwards.",
};

export interface SarifOptions {
  toolVersion: string;
  /** Base for relative artifact URIs (`%SRCROOT%`); absolute file URIs are used for files outside it. */
  srcRoot?: string;
}

/** SARIF 2.1.0 log with one run; the confirmation status is in each result's `properties`. */
export function formatSarif(items: readonly Confirmation[], opts: SarifOptions): string {
  const ruleIds = [...new Set(items.map((i) => i.ruleId))].sort();
  const root = opts.srcRoot;
  const rootUri = root !== undefined ? pathToFileURL(root.endsWith("/") ? root : root + "/").href : undefined;
  const location = (file: string): { uri: string; uriBaseId?: string } => {
    if (root !== undefined) {
      const rel = relative(root, file);
      if (!rel.startsWith("..") && !rel.startsWith("/")) return { uri: rel.split("\\").join("/"), uriBaseId: "%SRCROOT%" };
    }
    return { uri: pathToFileURL(file).href };
  };
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ndalias",
            semanticVersion: opts.toolVersion,
            version: opts.toolVersion,
            rules: ruleIds.map((rid) => ({
              id: rid,
              shortDescription: { text: RULE_TEXT[rid] ?? rid },
              properties: { tags: ["ndalias", "memory"] },
            })),
          },
        },
        ...(rootUri !== undefined ? { originalUriBaseIds: { "%SRCROOT%": { uri: rootUri } } } : {}),
        columnKind: "utf16CodeUnits",
        results: items.map((it) => ({
          ruleId: it.ruleId,
          ruleIndex: ruleIds.indexOf(it.ruleId),
          level: it.status === "confirmed" ? "error" : "note",
          message: {
            text: `${it.status === "confirmed" ? "Confirmed at runtime" : "Not observed at runtime"}: ${it.evidence}.${it.message !== "" ? ` Lint: ${it.message}` : ""}`,
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: location(it.filePath),
                region: { startLine: Math.max(1, it.line), ...(it.column > 0 ? { startColumn: it.column } : {}) },
              },
            },
          ],
          properties: { status: it.status, evidence: it.evidence },
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
