import ts from "typescript";
import { ESLintUtils, type TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/analysis/create-rule.js";
import { effectsOf } from "../src/analysis/effects.js";

/**
 * PARTIAL: only the chained form is detected so far — a write-tagged call made directly on a
 * copy-tagged result in a statement whose value is discarded (`a.take([0, 2]).fill(0);`).
 * The named form (`const p = a.flatten(); p.set(0, 1);` with `p` never read) needs the dataflow
 * analysis, which is not written yet.
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
        "This write goes into a fresh copy made by `{{copy}}` on line {{line}}, which is never read afterwards: the original is not changed.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const services = ESLintUtils.getParserServices(context);
    const checker = services.program.getTypeChecker();
    const kinds = (n: TSESTree.Node): string[] =>
      effectsOf(services.esTreeNodeToTSNodeMap.get(n) as ts.Node, checker).map((t) => t.kind);
    return {
      "ExpressionStatement > CallExpression"(node: TSESTree.CallExpression) {
        const callee = node.callee;
        if (callee.type !== "MemberExpression" || callee.object.type !== "CallExpression") return;
        if (!kinds(node).includes("write")) return;
        const inner = callee.object;
        if (!kinds(inner).includes("copy")) return;
        const name =
          inner.callee.type === "MemberExpression" && inner.callee.property.type === "Identifier"
            ? inner.callee.property.name
            : "copy";
        context.report({ node, messageId: "lostWrite", data: { copy: name, line: inner.loc.start.line } });
      },
    };
  },
});
