import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import plugin from "../../src/eslint-plugin.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const names = ["no-alias-mutation", "no-view-mutation", "no-reference-cycle", "no-lost-write"];

describe("plugin shape", () => {
  it("has meta with the package version", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(plugin.meta).toEqual({ name: "ndalias", version: pkg.version });
  });
  it("exports exactly the four rules", () => {
    expect(Object.keys(plugin.rules).sort()).toEqual([...names].sort());
  });
  it("recommended config registers the plugin and turns every rule on", () => {
    const rec = plugin.configs.recommended;
    expect(rec.name).toBe("ndalias/recommended");
    expect(rec.plugins?.ndalias).toBe(plugin);
    expect(rec.rules).toEqual(Object.fromEntries(names.map((n) => [`ndalias/${n}`, "error"])));
  });
});

describe.each(names)("rule %s", (name) => {
  const rule = plugin.rules[name as keyof typeof plugin.rules];
  const docs = rule.meta.docs as { url?: string; requiresTypeChecking?: boolean; description?: string };
  it("has a docs page with the generator header", () => {
    const page = join(root, "docs", "rules", `${name}.md`);
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, "utf8")).toContain(`(\`ndalias/${name}\`)`);
  });
  it("has a test file", () => {
    expect(existsSync(join(root, "test", "rules", `${name}.test.ts`))).toBe(true);
  });
  it("docs url points to its page and requires type checking", () => {
    expect(docs.url).toBe(`https://github.com/ndalias/ndalias/blob/main/docs/rules/${name}.md`);
    expect(docs.requiresTypeChecking).toBe(true);
    expect(docs.description).toBeTruthy();
  });
  it("uses every message id it declares", () => {
    const src = readFileSync(join(root, "rules", `${name}.ts`), "utf8");
    for (const id of Object.keys(rule.meta.messages)) expect(src, id).toMatch(new RegExp(`["'\`]?${id}["'\`]?`));
    for (const id of Object.keys(rule.meta.messages)) {
      const uses = src.split(id).length - 1;
      expect(uses, `message id ${id} only declared, never reported`).toBeGreaterThanOrEqual(2);
    }
  });
  it("has a row in README's rule list when the list exists", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const start = readme.indexOf("<!-- begin auto-generated rules list -->");
    if (start < 0) { console.warn("README has no rules-list markers yet: row check skipped"); return; }
    const end = readme.indexOf("<!-- end auto-generated rules list -->");
    expect(readme.slice(start, end)).toContain(`docs/rules/${name}.md`);
  });
});
