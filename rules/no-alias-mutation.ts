import { ESLintUtils } from "@typescript-eslint/utils";
import { createRule } from "../src/analysis/create-rule.js";

/**
 * NOT IMPLEMENTED YET: this rule module exists so the plugin builds; it reports nothing.
 * The dataflow analysis it needs (src/analysis) has not been written.
 */
export default createRule({
  name: "no-alias-mutation",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow writes through one name to memory read afterwards through an alias",
      recommended: true,
      requiresTypeChecking: true,
    },
    fixable: "code",
    hasSuggestions: true,
    messages: {
      finding: "{{detail}}",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Require type information, per typescript-eslint convention (throws the standard error).
    ESLintUtils.getParserServices(context);
    return {};
  },
});
