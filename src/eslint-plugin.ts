/**
 * ndalias ESLint plugin: type-aware rules that catch aliasing bugs in code
 * using the ndalias runtime. Default export `{ meta, rules, configs }`;
 * `configs.recommended` is a flat-config object.
 */
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TSESLint } from "@typescript-eslint/utils";
import noAliasMutation from "../rules/no-alias-mutation.js";
import noViewMutation from "../rules/no-view-mutation.js";
import noReferenceCycle from "../rules/no-reference-cycle.js";
import noLostWrite from "../rules/no-lost-write.js";

/** Walks up from this module to the nearest package.json named `ndalias`. */
function readVersion(): string {
  try {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
      const candidate = join(dir, "package.json");
      if (existsSync(candidate)) {
        const pkg = JSON.parse(readFileSync(candidate, "utf8")) as { name?: unknown; version?: unknown };
        if (pkg.name === "ndalias" && typeof pkg.version === "string") return pkg.version;
      }
      const parent = dirname(dir);
      if (parent === dir) return "0.0.0";
      dir = parent;
    }
  } catch {
    return "0.0.0";
  }
}

export const rules = {
  "no-alias-mutation": noAliasMutation,
  "no-view-mutation": noViewMutation,
  "no-reference-cycle": noReferenceCycle,
  "no-lost-write": noLostWrite,
} as const;

type RuleName = keyof typeof rules;

interface NdaliasPlugin {
  meta: { name: string; version: string };
  rules: typeof rules;
  configs: { recommended: TSESLint.FlatConfig.Config };
}

const plugin: NdaliasPlugin = {
  meta: { name: "ndalias", version: readVersion() },
  rules,
  configs: {} as NdaliasPlugin["configs"],
};

const recommendedRules = Object.fromEntries(
  (Object.keys(rules) as RuleName[]).map((name) => [`ndalias/${name}`, "error"] as const),
) as Record<`ndalias/${RuleName}`, "error">;

plugin.configs.recommended = {
  name: "ndalias/recommended",
  plugins: { ndalias: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: recommendedRules,
};

export default plugin;
