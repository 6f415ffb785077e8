import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const score = join(root, "..", "shared", "corpus", "score.mjs");
const present = existsSync(score);
if (!present) console.warn(`corpus scorer not found at ${score}: corpus test skipped`);

describe.skipIf(!present)("corpus score", () => {
  it("precision and recall >= 0.95, no crash, fixes clean", () => {
    let out: string;
    try {
      out = execFileSync("node", [score, "--fix-check", "--json"], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? "");
    }
    const start = out.indexOf("{");
    expect(start, out).toBeGreaterThanOrEqual(0);
    const result = JSON.parse(out.slice(start)) as Record<string, unknown>;
    const text = JSON.stringify(result);
    const total = (result.total ?? (result as { totals?: unknown }).totals) as { precision?: number; recall?: number } | undefined;
    expect(total, text.slice(0, 2000)).toBeTruthy();
    expect(total!.precision ?? 0, text.slice(0, 4000)).toBeGreaterThanOrEqual(0.95);
    expect(total!.recall ?? 0, text.slice(0, 4000)).toBeGreaterThanOrEqual(0.95);
    expect(result.crashes, "crashes").toEqual([]);
    const fix = result.fix as { remainingFindings: number; typeErrors: number; remainingList: unknown; typeErrorList: unknown };
    expect(fix, "--fix-check result").toBeTruthy();
    expect(fix.remainingFindings, JSON.stringify(fix.remainingList)).toBe(0);
    expect(fix.typeErrors, JSON.stringify(fix.typeErrorList)).toBe(0);
  }, 600_000);
});
