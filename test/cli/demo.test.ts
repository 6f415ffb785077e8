// `npm run demo` (dist/src/cli/demo.js): lints examples/, runs them traced, confirms; consistent output, exit 0.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, expect, test } from "vitest";
import { ROOT, requireBuild, run } from "./helpers.js";

beforeAll(() => requireBuild());

test("the demo runs every example traced and confirms whatever the rules report", () => {
  const t0 = Date.now();
  const r = run(process.execPath, [join(ROOT, "dist", "src", "cli", "demo.js")], ROOT);
  const secs = (Date.now() - t0) / 1000;
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const out = r.stdout;
  for (const h of ["1. Lint", "2. Run traced", "3. Confirm", "Summary"]) expect(out).toContain(h);
  expect(out).not.toMatch(/\u001b\[/); // not a TTY: no colour
  const examples = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".ts"));
  expect(examples.length).toBeGreaterThanOrEqual(3);
  expect(examples.length).toBeLessThanOrEqual(5);
  for (const f of examples) expect(out).toMatch(new RegExp(`examples/${f.replace(".", "\\.")} +exit 0, \\d+ storages`));
  // the summary agrees with the lint section and the confirm section
  const m = /(\d+) programs, (\d+) lint findings, (\d+) confirmed at runtime, (\d+) not observed/.exec(out);
  expect(m).not.toBeNull();
  const [, programs, findings, confirmed, notObserved] = m!.map(Number);
  expect(programs).toBe(examples.length);
  const lintLines = out.split("\n").filter((l) => /^ {5}\d+:\d+ ndalias\//.test(l)).length;
  expect(findings).toBe(lintLines);
  const statusLines = out.split("\n").filter((l) => /^ {5}\d+:\d+ +(confirmed|not observed) +ndalias\//.test(l));
  expect(statusLines).toHaveLength(findings!);
  expect(statusLines.filter((l) => /confirmed/.test(l) && !/not observed/.test(l))).toHaveLength(confirmed!);
  expect(confirmed! + notObserved!).toBe(findings);
  console.log(`[demo] ${findings} lint findings, ${confirmed} confirmed, wall ${secs.toFixed(1)} s`);
}, 120_000);
