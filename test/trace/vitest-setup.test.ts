// `ndalias/trace/vitest-setup` as a setup entry of a (nested) vitest run: with and without the CLI.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TraceFile } from "../../src/trace/format.js";
import { ROOT, cli, lineOf, lintReport, readJson, requireBuild, run, sandbox, write } from "../cli/helpers.js";

const VITEST = join(ROOT, "node_modules", "vitest", "vitest.mjs");
const TEST_FILE = `import { test, expect } from "vitest";
import { array } from "ndalias";

test("an alias written and read", () => {
  const a = array([1, 2, 3]);
  const b = a;
  b.set(0, 9); // W
  expect(a.get(0)).toBe(9); // R
});
`;

let dir = "";
beforeAll(() => {
  requireBuild();
  dir = sandbox("vitest-setup");
  write(dir, "vitest.config.mjs", `export default { test: { include: ["*.test.ts"], setupFiles: ["ndalias/trace/vitest-setup"] } };\n`);
  write(dir, "one.test.ts", TEST_FILE);
  write(dir, "two.test.ts", TEST_FILE);
});
afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

function observedWR(t: TraceFile, file: string): boolean {
  const w = lineOf(TEST_FILE, "// W");
  const r = lineOf(TEST_FILE, "// R");
  return t.observations.some((o) => t.sites[o.write]!.file === file && t.sites[o.write]!.line === w && t.sites[o.read]!.line === r);
}

describe("vitest setup entry", () => {
  test("under `ndalias trace -- vitest run`: one merged trace, sites in the test files' own lines", () => {
    const out = join(dir, "trace.json");
    const r = cli(["trace", "-o", out, "--", process.execPath, VITEST, "run", "--root", dir], dir);
    expect(r.code).toBe(0);
    const t = readJson<TraceFile>(out);
    expect(observedWR(t, join(dir, "one.test.ts"))).toBe(true);
    expect(observedWR(t, join(dir, "two.test.ts"))).toBe(true);
    const lint = write(dir, "lint.json", JSON.stringify(lintReport(join(dir, "one.test.ts"), [["no-alias-mutation", lineOf(TEST_FILE, "// W")]])));
    const c = cli(["confirm", "--lint", lint, "--trace", out, "-f", "json"], dir);
    expect(c.code).toBe(1);
    expect((JSON.parse(c.stdout) as { status: string }[])[0]!.status).toBe("confirmed");
  });

  test("without the CLI: per-process files in ndalias-trace/, which confirm reads as a directory", () => {
    const traceDir = join(dir, "ndalias-trace");
    rmSync(traceDir, { recursive: true, force: true });
    const r = run(process.execPath, [VITEST, "run", "--root", dir], dir);
    expect(r.code).toBe(0);
    expect(existsSync(traceDir)).toBe(true);
    expect(readdirSync(traceDir).filter((f) => f.endsWith(".json")).length).toBeGreaterThanOrEqual(1);
    const lint = write(dir, "lint2.json", JSON.stringify(lintReport(join(dir, "two.test.ts"), [["no-alias-mutation", lineOf(TEST_FILE, "// W")]])));
    const c = cli(["confirm", "--lint", lint, "--trace", traceDir, "-f", "json"], dir);
    expect(c.stderr).toBe("");
    expect((JSON.parse(c.stdout) as { status: string }[])[0]!.status).toBe("confirmed");
  });
});
