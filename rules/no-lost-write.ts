import { createRule } from "../src/analysis/create-rule.js";
import { fileFindings, lineOf, locOf } from "../src/analysis/report.js";

/**
 * A write into a fresh copy of an existing array (`take`, `flatten`, `copy`, `astype`, arithmetic:
 * every `copy`-tagged method) that nothing reads afterwards: the write was meant for the original.
 * Creation functions, maybe-views and unknown calls are not copies of an existing array.
 */
export default createRule({
  name: "no-lost-write",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow writes into a fresh copy of an array that is never read afterwards",
      recommended: true,
      requiresTypeChecking: true,
    },
    messages: {
      lostWrite:
        "This write goes into a fresh copy made {{copy}}, which is never read afterwards: the original is not changed.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return {
      Program() {
        const { findings } = fileFindings(context);
        for (const f of findings.lostWrites) {
          const copy = f.copySite
            ? `by \`${f.copySite.getText().replace(/\s+/g, " ").slice(0, 40)}\` on line ${lineOf(f.copySite)}`
            : "earlier";
          context.report({ loc: locOf(context, f.write), messageId: "lostWrite", data: { copy } });
        }
      },
    };
  },
});
