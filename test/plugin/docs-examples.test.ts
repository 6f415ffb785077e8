// The ❌/✅ examples of docs/rules/*.md and docs/effects.md are real: every
// ```ts block after an "❌ Incorrect" line is linted and must be reported by
// its rule (on docs/effects.md: by any ndalias rule), exactly on the lines
// marked `// ❌` when it marks any; every block after "✅ Correct" must get no
// ndalias finding at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ESLint } from "eslint";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import tsParser from "@typescript-eslint/parser";
import plugin from "../../src/eslint-plugin.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const docsDir = join(root, "docs", "rules");
const work = join(root, "test", "plugin", `.tmp-docs-${process.pid}`);

interface Example { rule: string; kind: "incorrect" | "correct"; index: number; code: string; marked: number[]; docLine: number; file: string }

function examples(): Example[] {
  const out: Example[] = [];
  const pages = [...readdirSync(docsDir).filter((f) => f.endsWith(".md")).sort().map((f) => join(docsDir, f)), join(root, "docs", "effects.md")];
  for (const page of pages) {
    const rule = page.endsWith("effects.md") ? "effects" : page.slice(docsDir.length + 1).replace(/\.md$/, "");
    const lines = readFileSync(page, "utf8").split("\n");
    let kind: Example["kind"] | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (/^#{1,6} /.test(line)) kind = undefined; // a new section ends the ❌/✅ context
      if (line.includes("❌ Incorrect")) kind = "incorrect";
      else if (line.includes("✅ Correct")) kind = "correct";
      if (line.trim() !== "```ts" || !kind) continue;
      const start = i + 1;
      let end = start;
      while (end < lines.length && lines[end]!.trim() !== "```") end++;
      const body = lines.slice(start, end);
      const marked = body.flatMap((l, k) => (/\/\/ ❌/.test(l) ? [k + 1] : []));
      const index = out.filter((e) => e.rule === rule).length;
      out.push({ rule, kind, index, code: body.join("\n") + "\n", marked, docLine: start, file: join(work, `${rule}-${index}.ts`) });
      i = end;
    }
  }
  return out;
}

const all = examples();
const config = () => [
  { files: ["**/*.ts"], languageOptions: { parser: tsParser, parserOptions: { project: "./tsconfig.json", tsconfigRootDir: work } } },
  plugin.configs.recommended,
];
let eslint: ESLint;

beforeAll(() => {
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, "tsconfig.json"), JSON.stringify({
    compilerOptions: { target: "ES2022", lib: ["ES2022", "ESNext.Disposable"], module: "NodeNext", moduleResolution: "NodeNext",
      strict: true, noEmit: true, skipLibCheck: true, types: ["node"], paths: { ndalias: ["../../../src/index.ts"] } },
    include: ["*.ts"],
  }));
  for (const e of all) writeFileSync(e.file, e.code);
  eslint = new ESLint({ cwd: work, overrideConfigFile: true, overrideConfig: config() as never });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("docs/rules examples", () => {
  it("every rule page (and docs/effects.md) has both ❌ and ✅ examples", () => {
    for (const rule of [...Object.keys(plugin.rules), "effects"]) {
      expect(all.some((e) => e.rule === rule && e.kind === "incorrect"), `${rule}: ❌ example`).toBe(true);
      expect(all.some((e) => e.rule === rule && e.kind === "correct"), `${rule}: ✅ example`).toBe(true);
    }
  });
  it.each(all.map((e) => [`${e.rule} ${e.kind === "incorrect" ? "❌" : "✅"} #${e.index} (docs line ${e.docLine})`, e] as const))("%s", async (_name, e) => {
    const [res] = await eslint.lintFiles([e.file]);
    const msgs = res!.messages;
    const where = `${e.rule === "effects" ? "docs/effects.md" : `docs/rules/${e.rule}.md`} line ${e.docLine} (${relative(root, e.file)}): ${JSON.stringify(msgs.map((m) => `${m.line}: ${m.ruleId} ${m.message}`))}`;
    expect(msgs.filter((m) => m.fatal), where).toEqual([]);
    if (e.kind === "correct") {
      expect(msgs.filter((m) => m.ruleId?.startsWith("ndalias/")), where).toEqual([]);
      return;
    }
    const own = msgs.filter((m) => (e.rule === "effects" ? m.ruleId?.startsWith("ndalias/") : m.ruleId === `ndalias/${e.rule}`));
    expect(own.length, where).toBeGreaterThan(0);
    if (e.marked.length > 0) expect([...new Set(own.map((m) => m.line))].sort((a, b) => a - b), where).toEqual(e.marked);
    // an autofix must fix: after --fix only the findings that offered none may remain
    const unfixable = own.filter((m) => !m.fix).length;
    if (own.length > unfixable) {
      const fixer = new ESLint({ cwd: work, overrideConfigFile: true, fix: true, overrideConfig: [...config(), { rules: Object.fromEntries(Object.keys(plugin.rules).map((r) => [`ndalias/${r}`, `ndalias/${r}` === own[0]!.ruleId ? "error" : "off"])) }] as never });
      const [fixed] = await fixer.lintFiles([e.file]);
      const left = fixed!.messages.filter((m) => m.ruleId === own[0]!.ruleId);
      expect(left.length, `after --fix: ${fixed!.output ?? "(no change)"}\n${JSON.stringify(left.map((m) => `${m.line}: ${m.message}`))}`).toBeLessThanOrEqual(unfixable);
    }
  }, 120_000);
});
