// Crash freedom over the project's own code: the four rules, with typed linting through the
// repository's tsconfig, over every tracked TypeScript file of src/, rules/, test/, bench/ and
// examples/ (the labelled corpus programs are linted and scored by corpus.test.ts). No rule may
// throw and no file may fail to lint; findings are allowed (the runtime writes through its own
// names on purpose) and only counted.
import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import tsParser from "@typescript-eslint/parser";
import plugin from "../../src/eslint-plugin.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function trackedSources(): string[] {
  const out = execFileSync("git", ["ls-files", "--", "src", "rules", "test", "bench", "examples"], { cwd: root, encoding: "utf8" });
  return out.split("\n").filter((f) => f.endsWith(".ts") && !f.startsWith("test/corpus/") && !f.startsWith("test/fixtures/"));
}

describe("the rules over this repository's own TypeScript", () => {
  it("lint every tracked source and test file without an exception or a fatal error", async () => {
    const files = trackedSources();
    expect(files.length).toBeGreaterThan(50);
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ["**/*.ts"], languageOptions: { parser: tsParser, parserOptions: { project: "./tsconfig.json", tsconfigRootDir: root } } },
        plugin.configs.recommended,
      ] as never,
    });
    const results = await eslint.lintFiles(files.map((f) => join(root, f)));
    const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.filePath}: ${m.message}`));
    expect(fatal).toEqual([]);
    expect(results.length).toBe(files.length);
    const findings = results.reduce((n, r) => n + r.messages.filter((m) => m.ruleId?.startsWith("ndalias/")).length, 0);
    console.log(`self-lint: ${files.length} files, ${findings} ndalias findings, no exception`);
  }, 300_000);
});
