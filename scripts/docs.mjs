#!/usr/bin/env node
// Keeps README's rule list and the rule-page headers in docs/rules/ generated
// by eslint-doc-generator from the built plugin (dist/). `--check` (CI) fails
// when they are stale instead of writing. Usage:
//   npm run docs                 # build, then regenerate
//   node scripts/docs.mjs --check
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// Where README.md, docs/rules/ and scripts/doc-plugin/ are (the meta-test points
// this at a scratch copy to prove --check fails on stale docs).
const target = process.env.NDALIAS_DOCS_ROOT ?? root;
const built = join(root, "dist", "src", "eslint-plugin.js");

// The generator reads the plugin from dist/: refuse to check docs against a
// build older than the rule sources it describes.
const sources = [join(root, "src", "eslint-plugin.ts"), join(root, "src", "analysis", "create-rule.ts"),
  ...readdirSync(join(root, "rules")).filter((f) => f.endsWith(".ts")).map((f) => join(root, "rules", f))];
if (!existsSync(built)) {
  console.error("scripts/docs.mjs: dist/src/eslint-plugin.js is missing: run `npm run build` first");
  process.exit(2);
}
const stale = sources.filter((s) => existsSync(s) && statSync(s).mtimeMs > statSync(built).mtimeMs);
if (stale.length > 0) {
  console.error(`scripts/docs.mjs: dist/ is older than ${stale.map((s) => s.slice(root.length + 1)).join(", ")}: run \`npm run build\` first`);
  process.exit(2);
}

const bin = join(root, "node_modules", "eslint-doc-generator", "dist", "bin", "eslint-doc-generator.js");
const args = [
  bin,
  "scripts/doc-plugin", // wrapper package whose main export is the plugin (ndalias's main is the runtime)
  "--path-rule-doc", "../../docs/rules/{name}.md", // relative to the wrapper's root
  "--path-rule-list", "../../README.md",
  "--rule-doc-title-format", "desc-parens-prefix-name",
  "--config-emoji", "recommended,✅",
  // the title already carries the description
  "--rule-doc-notices", "deprecated,configs,fixableAndHasSuggestions,requiresTypeChecking",
  ...process.argv.slice(2),
];
const r = spawnSync(process.execPath, args, { cwd: target, stdio: "inherit" });
process.exit(r.status ?? 1);
