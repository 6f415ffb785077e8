// End-to-end runs of the built CLI (`node dist/src/cli/main.js`) on small programs in a temp dir:
// tsx, plain JS and compiled-with-source-maps programs, every output format, exit codes, errors.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TraceFile } from "../../src/trace/format.js";
import { ROOT, TSX, cli, lineOf, lintReport, readJson, requireBuild, run, sandbox, write } from "./helpers.js";

// TypeScript-only lines (interfaces, annotations) shift the generated code, so a correct site needs the source map.
const TS_PROGRAM = `// a small program with one bug of each kind
import { array, empty } from "ndalias";

interface Window {
  start: number;
  stop: number;
}
const win: Window = { start: 1, stop: 3 };

const a = array([1, 2, 3, 4]);
const b = a;
b.set(0, 10); // ALIAS
console.log(a.sum()); // READ-ALIAS
const s = a.slice(\`\${win.start}:\${win.stop}\`);
s.fill(0); // VIEW
console.log(a.tolist()); // READ-VIEW
a.take([0, 2]).fill(0); // LOST
const c = a.copy();
c.set(0, 1); // SAFE
console.log(c.sum());
function cycle(): void {
  const o = empty(2, "object");
  o.set(0, o); // CYCLE
  o.dispose();
}
cycle();
if (a.size > 100) {
  b.set(1, 0); // NOT-RUN
}
`;

const JS_PROGRAM = TS_PROGRAM.replace(/interface Window \{[^}]*\}\n/, "/* no interfaces in JS */\n\n\n\n")
  .replace("const win: Window =", "const win =")
  .replace("function cycle(): void {", "function cycle() {");

interface Finding {
  filePath: string;
  line: number;
  column: number;
  ruleId: string;
  status: string;
  evidence: string;
}

const FINDINGS: [string, string][] = [
  ["no-alias-mutation", "ALIAS"],
  ["no-view-mutation", "VIEW"],
  ["no-lost-write", "LOST"],
  ["no-view-mutation", "SAFE"],
  ["no-reference-cycle", "CYCLE"],
  ["no-alias-mutation", "NOT-RUN"],
];
const EXPECTED = ["confirmed", "confirmed", "confirmed", "not-observed", "confirmed", "not-observed"];

let dir = "";

beforeAll(() => {
  requireBuild();
  dir = sandbox("cli-e2e");
});
afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

function reportFor(file: string, text: string): string {
  const path = `${file}.lint.json`;
  writeFileSync(path, JSON.stringify(lintReport(file, FINDINGS.map(([rule, marker]) => [rule, lineOf(text, marker)]))));
  return path;
}

function siteLines(t: TraceFile, file: string): number[] {
  return t.sites.filter((s) => s.file === file).map((s) => s.line);
}

describe("trace + confirm on a tsx program (two node processes: the tsx CLI and the program)", () => {
  let file = "";
  let trace = "";
  let lint = "";
  beforeAll(() => {
    file = write(dir, "bugs.ts", TS_PROGRAM);
    trace = join(dir, "tsx-trace.json");
    const r = cli(["trace", "--out", trace, "--", process.execPath, TSX, file], dir);
    expect(r.stderr).toMatch(/wrote .*tsx-trace\.json/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("[ 10, 0, 0, 4 ]");
    lint = reportFor(file, TS_PROGRAM);
  });

  test("sites are in original .ts coordinates", () => {
    const t = readJson<TraceFile>(trace);
    expect(t.format).toBe("ndalias-trace");
    expect(t.version).toBe(1);
    const lines = siteLines(t, file);
    for (const m of ["ALIAS", "READ-ALIAS", "VIEW", "READ-VIEW", "LOST", "CYCLE"]) expect(lines).toContain(lineOf(TS_PROGRAM, m));
    expect(lines).not.toContain(lineOf(TS_PROGRAM, "NOT-RUN"));
    expect(t.sites.every((s) => !s.file.includes("/src/runtime/") && !s.file.includes("/src/trace/"))).toBe(true);
  });

  test("--format json: a status per finding with evidence; exit 1 because something is confirmed", () => {
    const r = cli(["confirm", "--lint", lint, "--trace", trace, "--format", "json"], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Finding[];
    expect(out.map((f) => f.status)).toEqual(EXPECTED);
    expect(out.map((f) => f.line)).toEqual(FINDINGS.map(([, m]) => lineOf(TS_PROGRAM, m)));
    for (const f of out) {
      expect(Object.keys(f).sort()).toEqual(["column", "evidence", "filePath", "line", "ruleId", "status"]);
      expect(f.filePath).toBe(file);
      expect(f.evidence.length).toBeGreaterThan(10);
    }
    expect(out[0]!.evidence).toMatch(
      new RegExp(`^write at line ${lineOf(TS_PROGRAM, "ALIAS")} wrote 1 element that line ${lineOf(TS_PROGRAM, "READ-ALIAS")} read through \`a\`; refcount 1; \\d+ more read sites$`),
    );
    expect(out[1]!.evidence).toMatch(new RegExp(`^write at line ${lineOf(TS_PROGRAM, "VIEW")} wrote 2 elements that line ${lineOf(TS_PROGRAM, "READ-VIEW")} read through another handle, \`a\` \\(created at line ${lineOf(TS_PROGRAM, "const a =")}\\); refcount 2`));
    expect(out[5]!.evidence).toBe(`line ${lineOf(TS_PROGRAM, "NOT-RUN")} did not run in the traced program`);
  });

  test("--no-fail exits 0; text output is grouped by file, without colour when not a TTY, with FORCE_COLOR", () => {
    const r = cli(["confirm", "--lint", lint, "--trace", trace, "--no-fail"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("bugs.ts");
    expect(r.stdout).toMatch(/confirmed +ndalias\/no-alias-mutation/);
    expect(r.stdout).toMatch(/not observed +ndalias\/no-alias-mutation +line \d+ did not run/);
    expect(r.stdout).toMatch(/6 ndalias findings: 4 confirmed, 2 not observed/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const colored = cli(["confirm", "--lint", lint, "--trace", trace], dir, { FORCE_COLOR: "1" });
    expect(colored.code).toBe(1);
    expect(colored.stdout).toMatch(/\u001b\[31m/);
    const noColor = cli(["confirm", "--lint", lint, "--trace", trace], dir, { FORCE_COLOR: "1", NO_COLOR: "1" });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
  });

  test("--format sarif: valid SARIF 2.1.0 with the status in properties", () => {
    const r = cli(["confirm", "--lint", lint, "--trace", trace, "--format", "sarif"], dir);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as {
      version: string;
      $schema: string;
      runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: Record<string, unknown>[] }[];
    };
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    const run0 = log.runs[0]!;
    expect(run0.tool.driver.name).toBe("ndalias");
    expect(run0.results).toHaveLength(FINDINGS.length);
    run0.results.forEach((res, i) => {
      const r2 = res as {
        ruleId: string;
        ruleIndex: number;
        level: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
        properties: { status: string };
      };
      expect(r2.ruleId).toBe(`ndalias/${FINDINGS[i]![0]}`);
      expect(run0.tool.driver.rules[r2.ruleIndex]!.id).toBe(r2.ruleId);
      expect(["error", "warning", "note", "none"]).toContain(r2.level);
      expect(typeof r2.message.text).toBe("string");
      expect(r2.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/bugs\.ts$/);
      expect(r2.locations[0]!.physicalLocation.region.startLine).toBe(lineOf(TS_PROGRAM, FINDINGS[i]![1]));
      expect(r2.properties.status).toBe(EXPECTED[i]);
    });
  });

  test("--output writes the report to a file", () => {
    const out = join(dir, "confirm.json");
    const r = cli(["confirm", "--lint", lint, "--trace", trace, "-f", "json", "-o", out, "--no-fail"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readJson<Finding[]>(out).map((f) => f.status)).toEqual(EXPECTED);
  });
});

describe("plain JS and compiled TypeScript with source maps", () => {
  test("a plain .mjs program: raw coordinates", () => {
    const file = write(dir, "bugs.mjs", JS_PROGRAM);
    const trace = join(dir, "js-trace.json");
    const r = cli(["trace", "-o", trace, "-q", "--", process.execPath, file], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const t = readJson<TraceFile>(trace);
    expect(siteLines(t, file)).toContain(lineOf(JS_PROGRAM, "VIEW"));
    const c = cli(["confirm", "--lint", reportFor(file, JS_PROGRAM), "--trace", trace, "--format", "json"], dir);
    expect((JSON.parse(c.stdout) as Finding[]).map((f) => f.status)).toEqual(EXPECTED);
  });

  test("tsc output with .js.map files: sites point into the .ts source", () => {
    // .mts → .mjs: no package.json of its own, so "ndalias" still resolves by self-reference
    const src = write(dir, "compiled/src/bugs.mts", TS_PROGRAM);
    write(
      dir,
      "compiled/tsconfig.json",
      JSON.stringify({
        compilerOptions: { strict: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", sourceMap: true, outDir: "out", rootDir: "src", skipLibCheck: true, types: [] },
        include: ["src"],
      }),
    );
    const tsc = run(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(dir, "compiled")], dir);
    expect(tsc.stdout + tsc.stderr).toBe("");
    const js = join(dir, "compiled", "out", "bugs.mjs");
    expect(existsSync(`${js}.map`)).toBe(true);
    const trace = join(dir, "compiled-trace.json");
    const r = cli(["trace", "-o", trace, "--", process.execPath, js], dir);
    expect(r.code).toBe(0);
    const t = readJson<TraceFile>(trace);
    expect(t.sites.some((s) => s.file === js)).toBe(false);
    const lines = siteLines(t, src);
    for (const m of ["ALIAS", "VIEW", "LOST", "CYCLE"]) expect(lines).toContain(lineOf(TS_PROGRAM, m));
    const c = cli(["confirm", "--lint", reportFor(src, TS_PROGRAM), "--trace", trace, "--format", "json"], dir);
    expect((JSON.parse(c.stdout) as Finding[]).map((f) => f.status)).toEqual(EXPECTED);
  });
});

describe("call-site marks (the trace loader)", () => {
  /** The trace without what differs between two runs of one program (process, timing, how sites were found). */
  const comparable = (t: TraceFile): unknown => ({ ...t, runs: [], storages: t.storages.map((s) => ({ ...s, refcount: { ...s.refcount, series: [] } })) });
  const traced = (file: string, name: string, env: Record<string, string> = {}): TraceFile => {
    const out = join(dir, name);
    const r = cli(["trace", "-q", "-o", out, "--", process.execPath, file], dir, env);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    return readJson<TraceFile>(out);
  };

  test("a marked program gives the trace stack walks give, finding its sites without walking", () => {
    // an element loop through two handles of one storage, on lines after a view and a copy
    const loop = `${JS_PROGRAM}\nconst m = array([1, 2, 3, 4, 5, 6]);\nconst mv = m.slice("::-1");\nfor (let i = 0; i < 6; i++) {\n  mv.set(i, m.get(i) + mv.get(i));\n}\nconsole.log(m.T.copy().tolist());\n`;
    const file = write(dir, "marked.mjs", loop);
    const marked = traced(file, "marked.json");
    const walked = traced(file, "walked.json", { NDALIAS_TRACE_MARKS: "0" });
    expect(comparable(marked)).toEqual(comparable(walked));
    expect(marked.observations.length).toBeGreaterThan(2);
    expect(walked.runs[0]!.siteLookups!.marked).toBe(0);
    const { marked: m, walked: w } = marked.runs[0]!.siteLookups!;
    expect(m).toBeGreaterThan(20);
    expect(w).toBeLessThan(m / 4);
  });

  test("CommonJS is traced by stack walks, with the same sites", () => {
    const body = `const z = zeros(2);\nz.fill(1);\nconsole.log(z.sum());\n`;
    const cjs = write(dir, "walked.cjs", `import("ndalias").then(({ zeros }) => {\n${body}});\n`);
    const t = traced(cjs, "cjs.json");
    expect(t.runs[0]!.siteLookups).toMatchObject({ marked: 0 });
    expect(t.runs[0]!.siteLookups!.walked).toBeGreaterThan(0);
    expect(siteLines(t, cjs)).toEqual([2, 3, 4]);
  });
});

describe("the trace is written however the program ends", () => {
  const body = `import { array } from "ndalias";
const a = array([1, 2, 3]);
const b = a;
b.set(0, 5); // W
console.log(a.get(0)); // R
`;
  test("after an uncaught exception (exit code passed through)", () => {
    const file = write(dir, "throws.mjs", body + `throw new Error("boom");\n`);
    const trace = join(dir, "throws.json");
    const r = cli(["trace", "-o", trace, "--", process.execPath, file], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/boom/);
    const t = readJson<TraceFile>(trace);
    expect(t.runs[0]!.reason).toBe("uncaughtException");
    expect(t.observations.some((o) => t.sites[o.write]!.line === lineOf(body, "// W") && t.sites[o.read]!.line === lineOf(body, "// R"))).toBe(true);
  });

  test("after process.exit(3)", () => {
    const file = write(dir, "exits.mjs", body + `process.exit(3);\nconsole.log("unreachable");\n`);
    const trace = join(dir, "exits.json");
    const r = cli(["trace", "-o", trace, "--", process.execPath, file], dir);
    expect(r.code).toBe(3);
    const t = readJson<TraceFile>(trace);
    expect(t.runs[0]).toMatchObject({ reason: "exit", exitCode: 3 });
    expect(t.writes).toHaveLength(1);
  });

  test("handles dropped without dispose() are reported as reclaimed by the GC before the trace is written", () => {
    const file = write(dir, "drops.mjs", `import { zeros } from "ndalias";\nfunction f() {\n  const z = zeros(3);\n  z.fill(1);\n}\nf();\n`);
    const trace = join(dir, "drops.json");
    expect(cli(["trace", "-q", "-o", trace, "--", process.execPath, file], dir).code).toBe(0);
    const t = readJson<TraceFile>(trace);
    expect(t.handles).toEqual([{ site: 0, kind: "owner", created: 1, disposed: 0, reclaimed: 1 }]);
    expect(t.allocations[0]).toMatchObject({ storages: 1, released: 1, aliveAtExit: 0 });
    expect(t.writes[0]).toMatchObject({ storages: 1, unread: 1 });
  });

  test("the register module alone writes NDALIAS_TRACE_OUT", () => {
    const file = write(dir, "plain.mjs", body);
    const out = join(dir, "by-register.json");
    const r = run(process.execPath, ["--import", join(ROOT, "dist/src/trace/register.js"), file], dir, { NDALIAS_TRACE_OUT: out });
    expect(r.code).toBe(0);
    expect(readJson<TraceFile>(out).writes).toHaveLength(1);
  });
});

describe("usage, help and input errors", () => {
  let lint = "";
  let trace = "";
  beforeAll(() => {
    const file = write(dir, "tiny.mjs", `import { zeros } from "ndalias";\nconst z = zeros(2);\nz.fill(1);\nconsole.log(z.sum());\n`);
    lint = join(dir, "tiny.lint.json");
    // read afterwards on another line, but only through the writing handle: a view finding is not observed
    writeFileSync(lint, JSON.stringify(lintReport(file, [["no-view-mutation", 3]])));
    trace = join(dir, "tiny.trace.json");
    expect(cli(["trace", "-q", "-o", trace, "--", process.execPath, file], dir).code).toBe(0);
  });

  test("nothing confirmed: exit 0", () => {
    const r = cli(["confirm", "--lint", lint, "--trace", trace, "--format", "json"], dir);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Finding[])[0]!.status).toBe("not-observed");
  });

  test("--help, --version and per-command help", () => {
    const h = cli(["--help"], dir);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/Usage:/);
    expect(h.stdout).toMatch(/ndalias trace/);
    expect(h.stdout).toMatch(/ndalias confirm/);
    const pkg = readJson<{ version: string }>(join(ROOT, "package.json"));
    const v = cli(["--version"], dir);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(pkg.version);
    expect(cli(["confirm", "--help"], dir).stdout).toMatch(/--format FORMAT/);
    expect(cli(["trace", "--help"], dir).stdout).toMatch(/--out FILE/);
  });

  test.each([
    [[], /Usage:/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["confirm", "--trace", "x.json"], /needs --lint/],
    [["confirm", "--lint", "x.json"], /needs --trace/],
    [["confirm", "--lint", "a", "--trace", "b", "--format", "xml"], /unknown --format "xml"; allowed: text, json, sarif/],
    [["confirm", "--lint", "a", "--trace", "b", "--bogus"], /unknown argument for confirm: --bogus/],
    [["trace"], /trace needs a command/],
    [["trace", "--out"], /--out needs a file name/],
  ])("usage error %j exits 2", (args, msg) => {
    const r = cli(args as string[], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
  });

  test("missing, corrupt and foreign input files exit 2 with a message naming the file", () => {
    const missing = join(dir, "nope.json");
    const r1 = cli(["confirm", "--lint", missing, "--trace", trace], dir);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain(`cannot read lint report ${missing}: ENOENT`);
    const r2 = cli(["confirm", "--lint", lint, "--trace", missing], dir);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain(`cannot read trace file ${missing}`);
    const corrupt = write(dir, "corrupt.json", "{ not json");
    const r3 = cli(["confirm", "--lint", lint, "--trace", corrupt], dir);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toContain(`trace file ${corrupt} is not valid JSON`);
    const r4 = cli(["confirm", "--lint", corrupt, "--trace", trace], dir);
    expect(r4.code).toBe(2);
    expect(r4.stderr).toContain(`lint report ${corrupt} is not valid JSON`);
    const future = write(dir, "future.json", JSON.stringify({ ...readJson<TraceFile>(trace), version: 99 }));
    const r5 = cli(["confirm", "--lint", lint, "--trace", future], dir);
    expect(r5.code).toBe(2);
    expect(r5.stderr).toContain(`trace file ${future} is not an ndalias trace: unsupported trace version 99`);
    const notReport = write(dir, "not-report.json", JSON.stringify({ results: [] }));
    const r6 = cli(["confirm", "--lint", notReport, "--trace", trace], dir);
    expect(r6.code).toBe(2);
    expect(r6.stderr).toContain(`lint report ${notReport} is not an ESLint JSON report`);
  });

  test("a command that cannot start", () => {
    const r = cli(["trace", "-q", "-o", join(dir, "none.json"), "--", join(dir, "no-such-binary")], dir);
    expect(r.code).toBe(127);
    expect(r.stderr).toMatch(/cannot run .*no-such-binary/);
  });
});
