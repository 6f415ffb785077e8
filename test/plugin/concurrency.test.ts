import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const eslintBin = join(root, "node_modules", "eslint", "bin", "eslint.js");
const config = join(root, "test", "plugin", "lint.config.mjs");

function files(): string[] {
  const out: string[] = [];
  for (const dir of ["examples", "rules", "src/runtime"]) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs)) if (f.endsWith(".ts")) out.push(relative(root, join(abs, f)));
  }
  return out;
}

function lint(concurrency: string, list: string[]): unknown {
  let out: string;
  try {
    out = execFileSync("node", [eslintBin, "--no-config-lookup", "-c", config, `--concurrency=${concurrency}`, "-f", "json", ...list],
      { cwd: root, encoding: "utf8", maxBuffer: 256 << 20 });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? "");
  }
  const results = JSON.parse(out) as Array<{ filePath: string; messages: Array<Record<string, unknown>> }>;
  return results
    .map((r) => ({ filePath: r.filePath, messages: r.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, message: m.message, fatal: m.fatal ?? false })) }))
    .sort((a, b) => a.filePath.localeCompare(b.filePath));
}

describe("concurrent linting", () => {
  it("--concurrency=2 gives the same results as --concurrency=off", () => {
    const list = files();
    expect(list.length).toBeGreaterThan(3);
    const serial = lint("off", list);
    const parallel = lint("2", list);
    expect((serial as unknown[]).length).toBe(list.length);
    expect(parallel).toEqual(serial);
  }, 300_000);
});
