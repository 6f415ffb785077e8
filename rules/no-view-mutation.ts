import { createRule } from "../src/analysis/create-rule.js";
import { reportMutations } from "../src/analysis/report.js";

/**
 * A write to memory that is read afterwards through another handle on it: a write through a view
 * seen through its base, or a write through the base seen through a view (`slice`, `T`,
 * `transpose`, `reshape`, `ravel`, ... — every `view`/`maybe-view` method). One finding per write,
 * even when an alias reads it too.
 */
export default createRule({
  name: "no-view-mutation",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow writes to memory that is read afterwards through a view (or through the base of a view)",
      recommended: true,
      requiresTypeChecking: true,
    },
    fixable: "code",
    hasSuggestions: true,
    messages: {
      viewMutation: "{{writer}} shares memory with {{other}} ({{made}}): this write also changes {{other}}, which {{read}}.",
      copyView: "Copy the view instead: insert `.copy()` where it is made (line {{line}}).",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return {
      Program() {
        reportMutations(context, true, "viewMutation", "copyView");
      },
    };
  },
});
