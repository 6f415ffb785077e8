import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const score = join(root, "..", "shared", "corpus", "score.mjs");
const present = existsSync(score);
if (!present) console.warn(`corpus scorer not found at ${score}: corpus test skipped`);

/** Runs the shared scorer (which lints with typed linting and applies the fixes) on one corpus. */
function scoreCorpus(dir: string | null): Record<string, unknown> {
  let out: string;
  const args = [score, ...(dir ? [dir] : []), "--fix-check", "--json"];
  try {
    out = execFileSync("node", args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? "");
  }
  const start = out.indexOf("{");
  expect(start, out).toBeGreaterThanOrEqual(0);
  return JSON.parse(out.slice(start)) as Record<string, unknown>;
}

function check(result: Record<string, unknown>, minPrecision: number, minRecall: number): void {
  const text = JSON.stringify(result);
  const total = (result.total ?? (result as { totals?: unknown }).totals) as { precision?: number; recall?: number } | undefined;
  expect(total, text.slice(0, 2000)).toBeTruthy();
  expect(total!.precision ?? 0, text.slice(0, 4000)).toBeGreaterThanOrEqual(minPrecision);
  expect(total!.recall ?? 0, text.slice(0, 4000)).toBeGreaterThanOrEqual(minRecall);
  expect(result.crashes, "crashes").toEqual([]);
  const fix = result.fix as { remainingFindings: number; typeErrors: number; remainingList: unknown; typeErrorList: unknown };
  expect(fix, "--fix-check result").toBeTruthy();
  expect(fix.remainingFindings, JSON.stringify(fix.remainingList)).toBe(0);
  expect(fix.typeErrors, JSON.stringify(fix.typeErrorList)).toBe(0);
}

// One test after the other: the scorer works in `.corpus-eval/` under the project root.
describe.skipIf(!present)("corpus score", () => {
  it("public corpus: precision and recall >= 0.95, no crash, fixes clean", () => {
    check(scoreCorpus(null), 0.95, 0.95);
  }, 600_000);

  // The project's own labelled corpus (test/corpus/lint): programs written to probe the analysis
  // where the public corpus does not (classes, closures, containers, helpers across functions).
  it("project corpus: precision >= 0.95, recall >= 0.90, no crash, fixes clean", () => {
    check(scoreCorpus(join(root, "test", "corpus", "lint")), 0.95, 0.9);
  }, 600_000);
});
