import { createRule } from "../src/analysis/create-rule.js";
import { reportMutations } from "../src/analysis/report.js";

/**
 * A write through one name to memory that is read afterwards through another name made by plain
 * assignment (variable, property, element, destructuring, conditional, a returned parameter, or
 * the caller's argument for a parameter). The analysis is shared with `no-view-mutation`: when the
 * memory is also read through a view, that rule reports it instead.
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
      aliasMutation: "{{writer}} shares memory with {{other}} ({{made}}): this write also changes {{other}}, which {{read}}.",
      copyAlias: "Give the alias its own memory: insert `.copy()` where it is made (line {{line}}).",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return {
      Program() {
        reportMutations(context, false, "aliasMutation", "copyAlias");
      },
    };
  },
});
