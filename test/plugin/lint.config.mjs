// Flat config used by the plugin's CLI tests: typed linting + the four ndalias rules.
import tsParser from "@typescript-eslint/parser";
import plugin from "../../dist/src/eslint-plugin.js";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export default [
  {
    files: ["**/*.ts"],
    languageOptions: {
      parser: tsParser,
      parserOptions: { projectService: { allowDefaultProject: ["*.ts"] }, tsconfigRootDir: root },
    },
  },
  plugin.configs.recommended,
];
