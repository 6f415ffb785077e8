// Unit tests of `ndalias confirm`'s matching and output formats, on hand-built traces.
import { describe, expect, test } from "vitest";
import { confirmFindings, validateLintReport, type LintResult } from "../../src/cli/confirm.js";
import { ANSI, PLAIN, formatJson, formatSarif, formatText, useColor } from "../../src/cli/output.js";
import { emptyTrace, type TraceFile, type TraceSite } from "../../src/trace/format.js";

const F = "/project/src/app.ts";

/** A trace with the given sites (by line, column 1 unless given) in file F. */
function traceWith(lines: (number | Partial<TraceSite> & { line: number })[], build: (t: TraceFile) => void): TraceFile {
  const t = emptyTrace("0.0.0");
  t.sites = lines.map((l) => (typeof l === "number" ? { file: F, line: l, column: 1 } : { file: F, column: 1, ...l }));
  build(t);
  return t;
}

function report(...msgs: [string, number][]): LintResult[] {
  return [{ filePath: F, messages: msgs.map(([rule, line]) => ({ ruleId: rule, line, column: 3, message: `${rule} here`, severity: 2 })) }];
}

function obs(write: number, read: number, through: "same-handle" | "other-handle", extra: Partial<TraceFile["observations"][number]> = {}) {
  return { write, read, through, count: 1, elements: 2, refcount: 2, readerCreated: null, writerCreated: null, ...extra };
}

function write(site: number, extra: Partial<TraceFile["writes"][number]> = {}) {
  return { site, count: 1, elements: 2, maxRefcount: 1, storages: 1, readAfter: 1, unread: 0, ...extra };
}

describe("no-alias-mutation and no-view-mutation", () => {
  test("confirmed when a read on another line observed the write, with evidence naming lines, name and refcount", () => {
    const t = traceWith([5, { line: 7, expr: "a" }], (t) => {
      t.writes = [write(0)];
      t.observations = [obs(0, 1, "same-handle")];
    });
    const [c] = confirmFindings(report(["ndalias/no-alias-mutation", 5]), t);
    expect(c).toMatchObject({ filePath: F, line: 5, column: 3, ruleId: "ndalias/no-alias-mutation", status: "confirmed" });
    expect(c!.evidence).toBe("write at line 5 wrote 2 elements that line 7 read through `a`; refcount 2");
  });

  test("a read on the same line does not confirm", () => {
    const t = traceWith([5, { line: 5, column: 20 }], (t) => {
      t.writes = [write(0)];
      t.observations = [obs(0, 1, "other-handle")];
    });
    const [c] = confirmFindings(report(["ndalias/no-alias-mutation", 5]), t);
    expect(c!.status).toBe("not-observed");
    expect(c!.evidence).toMatch(/ran 1 time .*no read on another line/);
  });

  test("a view finding needs a read through another handle; the same handle is not enough", () => {
    const same = traceWith([5, 7], (t) => {
      t.writes = [write(0)];
      t.observations = [obs(0, 1, "same-handle")];
    });
    const v1 = confirmFindings(report(["ndalias/no-view-mutation", 5]), same)[0]!;
    expect(v1.status).toBe("not-observed");
    expect(v1.evidence).toMatch(/read on line 7 only through the writing handle/);
    // the same trace confirms an alias finding on that line
    expect(confirmFindings(report(["ndalias/no-alias-mutation", 5]), same)[0]!.status).toBe("confirmed");
    const other = traceWith([5, { line: 8, expr: "a" }, { line: 2, name: "base" }], (t) => {
      t.writes = [write(0)];
      t.observations = [obs(0, 1, "other-handle", { readerCreated: 2 })];
    });
    const v2 = confirmFindings(report(["ndalias/no-view-mutation", 5]), other)[0]!;
    expect(v2.status).toBe("confirmed");
    expect(v2.evidence).toBe("write at line 5 wrote 2 elements that line 8 read through another handle, `base` (created at line 2); refcount 2");
  });

  test("a line that never ran, and a file the trace never saw", () => {
    const t = traceWith([5], (t) => {
      t.writes = [write(0)];
    });
    expect(confirmFindings(report(["ndalias/no-alias-mutation", 9]), t)[0]).toMatchObject({
      status: "not-observed",
      evidence: "line 9 did not run in the traced program",
    });
    const other: LintResult[] = [{ filePath: "/elsewhere/b.ts", messages: [{ ruleId: "ndalias/no-view-mutation", line: 5, column: 1 }] }];
    expect(confirmFindings(other, t)[0]!.evidence).toBe("the trace has no activity in b.ts");
  });

  test("relative lint paths match absolute trace sites", () => {
    const abs = `${process.cwd()}/rel-case.ts`;
    const t = emptyTrace("0");
    t.sites = [{ file: abs, line: 3, column: 1 }, { file: abs, line: 4, column: 1 }];
    t.writes = [write(0)];
    t.observations = [obs(0, 1, "same-handle")];
    const r: LintResult[] = [{ filePath: "rel-case.ts", messages: [{ ruleId: "ndalias/no-alias-mutation", line: 3, column: 1 }] }];
    expect(confirmFindings(r, t)[0]!.status).toBe("confirmed");
  });
});

describe("no-reference-cycle and no-lost-write", () => {
  test("a store that a cycle kept alive is confirmed; a store released normally is not", () => {
    const kept = traceWith([4, 6], (t) => {
      t.writes = [write(1)];
      t.stores = [{ site: 1, count: 1, self: 1, cycleKept: 1 }];
      t.storages = [
        {
          id: 1, dtype: "object", length: 2, site: 0, handles: [], handlesTruncated: false,
          refcount: { peak: 2, final: 1, series: [], truncated: false },
          writes: [], stores: [{ site: 1, target: 1 }], released: null, aliveAtExit: true, cycleOnlyAtExit: true,
        },
      ];
    });
    const c = confirmFindings(report(["ndalias/no-reference-cycle", 6]), kept)[0]!;
    expect(c.status).toBe("confirmed");
    expect(c.evidence).toBe("store at line 6 put an object array into itself (created at line 4, refcount peak 2); it was alive at exit only through the cycle");
    const freed = traceWith([6], (t) => {
      t.writes = [write(0)];
      t.stores = [{ site: 0, count: 3, self: 0, cycleKept: 0 }];
    });
    expect(confirmFindings(report(["ndalias/no-reference-cycle", 6]), freed)[0]).toMatchObject({
      status: "not-observed",
      evidence: "store at line 6 ran 3 times; every storage it linked was released normally (no cycle kept one alive)",
    });
  });

  test("a cycle whose storage a live handle still held at exit is not observed, and says why", () => {
    const held = traceWith([4, 6], (t) => {
      t.writes = [write(1)];
      t.stores = [{ site: 1, count: 1, self: 1, cycleKept: 0 }];
      t.storages = [
        {
          id: 1, dtype: "object", length: 1, site: 0, handles: [], handlesTruncated: false,
          refcount: { peak: 2, final: 2, series: [], truncated: false },
          writes: [], stores: [{ site: 1, target: 1 }], released: null, aliveAtExit: true, cycleOnlyAtExit: false,
        },
      ];
    });
    const c = confirmFindings(report(["ndalias/no-reference-cycle", 6]), held)[0]!;
    expect(c.status).toBe("not-observed");
    expect(c.evidence).toMatch(/still held by a live handle/);
  });

  test("a lost write is confirmed when an array written there was never read; not when every one was", () => {
    const lost = traceWith([12], (t) => {
      t.writes = [write(0, { storages: 3, readAfter: 1, unread: 2 })];
    });
    expect(confirmFindings(report(["ndalias/no-lost-write", 12]), lost)[0]).toMatchObject({
      status: "confirmed",
      evidence: "the array written at line 12 was never read afterwards (2 of 3 arrays written there)",
    });
    const read = traceWith([12, 14], (t) => {
      t.writes = [write(0, { storages: 1, readAfter: 1, unread: 0 })];
      t.observations = [obs(0, 1, "same-handle")];
    });
    expect(confirmFindings(report(["ndalias/no-lost-write", 12]), read)[0]).toMatchObject({
      status: "not-observed",
      evidence: "every array written at line 12 was read afterwards at line 14",
    });
  });
});

describe("report handling", () => {
  test("only ndalias findings get a status, in report order", () => {
    const t = traceWith([1], () => undefined);
    const r: LintResult[] = [
      {
        filePath: F,
        messages: [
          { ruleId: "no-unused-vars", line: 1, column: 1 },
          { ruleId: null, line: 1, column: 1, message: "Parsing error" },
          { ruleId: "ndalias/no-lost-write", line: 2, column: 1 },
          { ruleId: "ndalias/no-alias-mutation", line: 1, column: 1 },
        ],
      },
    ];
    expect(confirmFindings(r, t).map((c) => c.ruleId)).toEqual(["ndalias/no-lost-write", "ndalias/no-alias-mutation"]);
  });

  test("validateLintReport rejects non-reports", () => {
    expect(() => validateLintReport({})).toThrow(/array/);
    expect(() => validateLintReport([{ messages: [] }])).toThrow(/filePath/);
    expect(() => validateLintReport([{ filePath: "x", messages: 3 }])).toThrow(/messages/);
    expect(validateLintReport([])).toEqual([]);
  });
});

describe("formats", () => {
  const t = traceWith([5, { line: 7, expr: "a" }], (t) => {
    t.writes = [write(0)];
    t.observations = [obs(0, 1, "same-handle")];
  });
  const items = confirmFindings(report(["ndalias/no-alias-mutation", 5], ["ndalias/no-lost-write", 9]), t);

  test("json: exactly the six fields per finding", () => {
    const arr = JSON.parse(formatJson(items)) as Record<string, unknown>[];
    expect(arr).toHaveLength(2);
    for (const a of arr) expect(Object.keys(a).sort()).toEqual(["column", "evidence", "filePath", "line", "ruleId", "status"]);
    expect(arr.map((a) => a["status"])).toEqual(["confirmed", "not-observed"]);
  });

  test("text: grouped under the file, statuses and a summary; ANSI colour only when asked", () => {
    const plain = formatText(items, PLAIN, "/project");
    expect(plain.split("\n")[0]).toBe("src/app.ts");
    expect(plain).toMatch(/ {2}5:3 {2}confirmed {5}ndalias\/no-alias-mutation {2}write at line 5/);
    expect(plain).toMatch(/9:3 {2}not observed {2}ndalias\/no-lost-write/);
    expect(plain).toMatch(/2 ndalias findings: 1 confirmed, 1 not observed/);
    expect(plain).not.toMatch(/\u001b\[/);
    expect(formatText(items, ANSI, "/project")).toMatch(/\u001b\[31m/);
  });

  test("useColor: TTY on, NO_COLOR off, FORCE_COLOR on", () => {
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(useColor({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
  });

  test("sarif: the required 2.1.0 structure with the status in properties", () => {
    const log = JSON.parse(formatSarif(items, { toolVersion: "1.2.3", srcRoot: "/project" })) as {
      version: string;
      $schema: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        originalUriBaseIds: Record<string, { uri: string }>;
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[];
          properties: { status: string; evidence: string };
        }[];
      }[];
    };
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe("ndalias");
    expect(run.originalUriBaseIds["%SRCROOT%"]!.uri).toBe("file:///project/");
    expect(run.results).toHaveLength(2);
    const [r0, r1] = run.results;
    expect(run.tool.driver.rules[r0!.ruleIndex]!.id).toBe(r0!.ruleId);
    expect(r0!.properties).toEqual({ status: "confirmed", evidence: items[0]!.evidence });
    expect(r0!.level).toBe("error");
    expect(r1!.properties.status).toBe("not-observed");
    expect(r1!.level).toBe("note");
    expect(r0!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: "src/app.ts", uriBaseId: "%SRCROOT%" });
    expect(r0!.locations[0]!.physicalLocation.region).toEqual({ startLine: 5, startColumn: 3 });
    expect(r0!.message.text.length).toBeGreaterThan(0);
  });
});
