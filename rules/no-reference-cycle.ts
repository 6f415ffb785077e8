/**
 * ndalias/no-reference-cycle: a store that makes an object holding arrays
 * (a class with an NDArray field, or an object-dtype NDArray) reference
 * itself, directly or through a chain of stores built in the same function.
 */
import { ESLintUtils, type TSESTree } from "@typescript-eslint/utils";
import ts from "typescript";

export interface NdaliasDocs { description: string; requiresTypeChecking?: boolean }

const createRule = ESLintUtils.RuleCreator<NdaliasDocs>(
  (name) => `https://github.com/ndalias/ndalias/blob/main/docs/rules/${name}.md`,
);

type MessageIds = "selfCycle" | "chainCycle";

interface Edge { from: string; to: string; line: number }
interface Frame { aliases: Map<string, string>; edges: Edge[]; counter: number }

function hasTag(decl: ts.Node | undefined, tag: string, arg?: string): boolean {
  if (!decl) return false;
  for (const t of ts.getJSDocTags(decl)) {
    if (t.tagName.text !== "ndalias") continue;
    const text = (typeof t.comment === "string" ? t.comment : ts.getTextOfJSDocComment(t.comment) ?? "").trim();
    const words = text.split(/\s+/);
    if (words[0] === tag && (arg === undefined || words[1] === arg)) return true;
  }
  return false;
}

function isNDArray(type: ts.Type): boolean {
  const sym = type.getSymbol() ?? type.aliasSymbol;
  if (!sym) return false;
  return (sym.getDeclarations() ?? []).some((d) => hasTag(d, "ndarray")) || sym.getName() === "NDArray";
}

function mayBeNDArray(type: ts.Type, checker: ts.TypeChecker, depth = 0): boolean {
  if (depth > 3) return false;
  if (isNDArray(type)) return true;
  if (type.isUnion() || type.isIntersection()) return type.types.some((t) => mayBeNDArray(t, checker, depth + 1));
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    return checker.getTypeArguments(type as ts.TypeReference).some((t) => mayBeNDArray(t, checker, depth + 1));
  }
  return false;
}

/** An object that holds arrays: an NDArray itself (object dtype), or a type with an NDArray-typed field. */
function holdsArrays(type: ts.Type, checker: ts.TypeChecker, at: ts.Node): boolean {
  const parts = type.isUnion() ? type.types : [type];
  for (const t of parts) {
    if (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) continue;
    if (isNDArray(t)) return true;
    for (const prop of checker.getPropertiesOfType(t)) {
      const pt = checker.getTypeOfSymbolAtLocation(prop, at);
      if (mayBeNDArray(pt, checker)) return true;
    }
  }
  return false;
}

export default createRule<[], MessageIds>({
  name: "no-reference-cycle",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow stores that make an object holding arrays reference itself",
      requiresTypeChecking: true,
    },
    messages: {
      selfCycle: "This store makes `{{target}}`, which holds arrays, reference itself: the cycle keeps its memory alive until collect().",
      chainCycle: "This store closes a reference cycle through `{{target}}`, which holds arrays, with the store on line {{line}}: the cycle keeps its memory alive until collect().",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const services = ESLintUtils.getParserServices(context);
    const checker = services.program.getTypeChecker();
    const frames: Frame[] = [{ aliases: new Map(), edges: [], counter: 0 }];
    const top = (): Frame => frames[frames.length - 1]!;

    const idOf = (node: TSESTree.Node): string | undefined => {
      const f = top();
      switch (node.type) {
        case "ThisExpression":
          return "this";
        case "Identifier":
          return f.aliases.get(node.name) ?? `var:${node.name}`;
        case "TSNonNullExpression":
        case "TSAsExpression":
        case "TSTypeAssertion":
          return idOf(node.expression);
        case "MemberExpression": {
          if (node.computed) return undefined;
          const o = idOf(node.object);
          return o && node.property.type === "Identifier" ? `${o}.${node.property.name}` : undefined;
        }
        default:
          return undefined;
      }
    };

    const bind = (name: string, init: TSESTree.Node | null | undefined): void => {
      const f = top();
      const id = init ? idOf(init) : undefined;
      f.aliases.set(name, id ?? `fresh:${name}#${f.counter++}`);
    };

    const pathExists = (from: string, to: string): Edge | undefined => {
      // returns the first edge of a path from -> to, if any
      const edges = top().edges;
      const seen = new Set<string>([from]);
      const queue: Array<[string, Edge | undefined]> = [[from, undefined]];
      while (queue.length) {
        const [cur, first] = queue.shift()!;
        for (const e of edges) {
          if (e.from !== cur) continue;
          const f1 = first ?? e;
          if (e.to === to) return f1;
          if (!seen.has(e.to)) { seen.add(e.to); queue.push([e.to, f1]); }
        }
      }
      return undefined;
    };

    const store = (node: TSESTree.Node, holder: TSESTree.Node, value: TSESTree.Node): void => {
      const from = idOf(holder);
      const to = idOf(value);
      if (!from || !to) return;
      const line = node.loc.start.line;
      const tsHolder = services.esTreeNodeToTSNodeMap.get(holder);
      const holderType = checker.getTypeAtLocation(tsHolder);
      if (from === to) {
        if (holdsArrays(holderType, checker, tsHolder)) {
          context.report({ node, messageId: "selfCycle", data: { target: context.sourceCode.getText(holder) } });
        }
        return;
      }
      const back = pathExists(to, from);
      top().edges.push({ from, to, line });
      if (back && holdsArrays(holderType, checker, tsHolder)) {
        context.report({
          node, messageId: "chainCycle",
          data: { target: context.sourceCode.getText(holder), line: String(back.line) },
        });
      }
    };

    const enter = (): void => { frames.push({ aliases: new Map(), edges: [], counter: 0 }); };
    const exit = (): void => { frames.pop(); };

    return {
      FunctionDeclaration: enter, "FunctionDeclaration:exit": exit,
      FunctionExpression: enter, "FunctionExpression:exit": exit,
      ArrowFunctionExpression: enter, "ArrowFunctionExpression:exit": exit,
      VariableDeclarator(node) {
        if (node.id.type === "Identifier") bind(node.id.name, node.init);
      },
      AssignmentExpression(node) {
        if (node.operator !== "=") return;
        if (node.left.type === "Identifier") { bind(node.left.name, node.right); return; }
        if (node.left.type === "MemberExpression" && !node.left.computed) {
          store(node, node.left.object, node.right);
        }
      },
      PropertyDefinition(node) {
        if (node.value?.type !== "ThisExpression" || node.static) return;
        const cls = node.parent.parent;
        const tsCls = services.esTreeNodeToTSNodeMap.get(cls);
        const sym = (tsCls as ts.ClassLikeDeclaration).name ? checker.getSymbolAtLocation((tsCls as ts.ClassLikeDeclaration).name!) : undefined;
        if (!sym) return;
        const type = checker.getDeclaredTypeOfSymbol(sym);
        if (holdsArrays(type, checker, tsCls)) {
          context.report({ node, messageId: "selfCycle", data: { target: "this" } });
        }
      },
      CallExpression(node) {
        if (node.callee.type !== "MemberExpression") return;
        const tsCall = services.esTreeNodeToTSNodeMap.get(node) as ts.CallExpression;
        const decl = checker.getResolvedSignature(tsCall)?.getDeclaration();
        if (!decl || !hasTag(decl, "stores", "value")) return;
        const idx = decl.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === "value");
        const arg = idx >= 0 ? node.arguments[idx] : undefined;
        if (!arg || arg.type === "SpreadElement") return;
        store(node, node.callee.object, arg);
      },
    };
  },
});
