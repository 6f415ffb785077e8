/**
 * ndalias/no-reference-cycle: a store that makes an object holding arrays
 * (a value whose type may hold an NDArray — a class or object with an NDArray
 * field, or an NDArray itself as an object-dtype table) reference itself,
 * directly (`this.self = this`, `o.set(0, o)`, a field initialiser `parent = this`)
 * or through a chain of stores built in the same function
 * (`a.peer = b; b.peer = a`, `p.set(0, q); q.set(0, p)`).
 *
 * Objects are tracked by name inside one function: `this`, variables (rebinding
 * a variable makes it a new object), property paths (`a.child`, which after
 * `a.child = b` is `b`), and views of an array (a view of `o` stored in `o`
 * keeps `o`'s memory alive too). Stores are assignments to a property, object
 * literal fields (also given to `Object.assign`), and calls of methods tagged
 * `@ndalias stores value`. What a name or path denotes follows if/else arms.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { getParserServices } from "@typescript-eslint/utils/eslint-utils";
import type ts from "typescript";
import { createRule } from "../src/analysis/create-rule.js";
import { effectsOfDeclaration } from "../src/analysis/effects.js";
import { isNDArrayType, mayHoldNDArray } from "../src/analysis/types.js";
import {
  SK,
  SymbolFlags,
  TypeFlags,
  forEachChild,
  isBinaryExpression,
  isCallExpression,
  isClassDeclaration,
  isClassExpression,
  isClassLike,
  isFunctionLike,
  isIdentifier,
  isInterfaceDeclaration,
  isParameter,
  isParameterPropertyDeclaration,
  isPropertyAccessExpression,
  isPropertyDeclaration,
  isStringLiteral,
} from "../src/analysis/tsapi.js";

type MessageIds = "selfCycle" | "chainCycle";

interface Edge {
  from: string;
  /** field name, or undefined for element stores (`set`, `assign`, `fill`), which never replace an edge */
  label: string | undefined;
  to: string;
  node: TSESTree.Node;
}

interface Frame {
  fn: TSESTree.Node | null;
  /** binds, assignments and candidate store calls of this function, in evaluation order */
  events: Array<{ kind: "bind" | "assign" | "call"; node: TSESTree.Node }>;
  /**
   * Replays run twice at most: first without the type checker, telling stores
   * and views by member name (see effectNames), with no type or dtype test;
   * only a function where that finds a possible cycle is replayed precisely,
   * asking the checker. Code without cycles then costs the checker nothing.
   */
  precise: boolean;
  candidate: boolean;
  aliases: Aliases;
  edges: Edge[];
  /** the creation call each object id was made by (asked lazily whether it makes a numeric array) */
  creations: Map<string, TSESTree.Node>;
  /** names bound to a view of an object (`const row = lu.slice(k)`), not to the object itself */
  viewNames: Set<string>;
  counter: number;
  /** the new object `Object.assign(new C(), {...})` made, by call */
  assignIds: Map<TSESTree.Node, string>;
  /** where each new object was bound to its name (`const kf = new Keyframe(..)`) */
  freshAt: Map<string, TSESTree.Node>;
}

/**
 * What each name and field path denotes, as a history of bindings. A binding made in one arm of an
 * if/?:/switch is not seen from the other arm (`if (..) p.first = c.next; else { let q = p.first; .. }`):
 * a lookup takes the latest binding made where the current event can follow it.
 */
class Aliases {
  private readonly entries = new Map<string, Array<{ value: string | undefined; at: TSESTree.Node | null }>>();
  /** The event being replayed. */
  at: TSESTree.Node | null = null;
  constructor(
    private readonly follows: (earlier: TSESTree.Node, later: TSESTree.Node) => boolean,
    /** how a binding reaches a later event: not at all, only from an earlier iteration of a loop (a value made in it is another object then), or directly */
    private readonly reach: (binding: TSESTree.Node, later: TSESTree.Node, value: string | undefined) => "never" | "earlier" | "direct",
  ) {}

  get(key: string): string | undefined {
    const list = this.entries.get(key);
    if (!list) return undefined;
    for (let i = list.length - 1; i >= 0; i--) {
      const e = list[i]!;
      if (!e.at || !this.at) return e.value;
      if (!this.follows(e.at, this.at)) continue;
      const how = this.reach(e.at, this.at, e.value);
      if (how === "never") continue;
      return how === "earlier" ? `${e.value}@earlier` : e.value;
    }
    return undefined;
  }

  set(key: string, value: string | undefined): void {
    const list = this.entries.get(key);
    if (list) list.push({ value, at: this.at });
    else this.entries.set(key, [{ value, at: this.at }]);
  }

  delete(key: string): void {
    if (this.entries.has(key)) this.set(key, undefined);
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }
}

/** The field a non-computed member names: `o.f` is "f", `this.#f` is "#f". */
function fieldName(m: TSESTree.MemberExpression): string | undefined {
  if (m.computed) return undefined;
  if (m.property.type === "Identifier") return m.property.name;
  if (m.property.type === "PrivateIdentifier") return `#${m.property.name}`;
  return undefined;
}

/** `Object.assign(target, ...sources)`. */
function isObjectAssign(n: TSESTree.CallExpression): boolean {
  const c = n.callee;
  return c.type === "MemberExpression" && !c.computed && c.object.type === "Identifier" && c.object.name === "Object" &&
    c.property.type === "Identifier" && c.property.name === "assign";
}

/** `@ndalias` tags of a declaration, as word lists. */
function tagsOf(decl: ts.Node | undefined): string[][] {
  return decl ? effectsOfDeclaration(decl).map((t) => [t.kind, ...t.args]) : [];
}

const hasTag = (decl: ts.Node | undefined, kind: string, arg?: string): boolean =>
  tagsOf(decl).some((w) => w[0] === kind && (arg === undefined || w[1] === arg));

type BranchStep = [TSESTree.Node, string];

interface EffectNames { stores: Set<string>; views: Set<string> }
const effectNamesCache = new WeakMap<ts.Program, EffectNames>();

/**
 * Names of members tagged `@ndalias stores value` or as views of their
 * receiver, in every class or interface of the program declared in a file that
 * mentions `@ndalias` (the runtime's declarations, users' tagged helpers).
 * The checker-free first pass uses them to tell stores and views by name.
 */
function effectNames(program: ts.Program): EffectNames {
  let names = effectNamesCache.get(program);
  if (names) return names;
  names = { stores: new Set(), views: new Set() };
  const visit = (node: ts.Node): void => {
    if (isClassDeclaration(node) || isClassExpression(node) || isInterfaceDeclaration(node)) {
      for (const m of node.members) {
        if (!m.name || !(isIdentifier(m.name) || isStringLiteral(m.name))) continue;
        for (const w of tagsOf(m)) {
          if (w[0] === "stores" && w[1] === "value") names.stores.add(m.name.text);
          if ((w[0] === "view" || w[0] === "maybe-view") && (w[1] === undefined || w[1] === "readonly" || w[1] === "this")) names.views.add(m.name.text);
        }
      }
    }
    forEachChild(node, visit);
  };
  for (const sf of program.getSourceFiles()) if (sf.text.includes("@ndalias")) visit(sf);
  effectNamesCache.set(program, names);
  return names;
}

export default createRule<[], MessageIds>({
  name: "no-reference-cycle",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow stores that make an object holding arrays reference itself",
      recommended: true,
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
    const services = getParserServices(context);
    const checker = services.program.getTypeChecker();
    const newAliases = (): Aliases => new Aliases((a, b) => compatible(a, b), (a, b, v) => reach(a, b, v));
    const newFrame = (fn: TSESTree.Node | null): Frame =>
      ({ fn, events: [], precise: false, candidate: false, aliases: newAliases(), edges: [], creations: new Map(), viewNames: new Set(), counter: 0, assignIds: new Map(), freshAt: new Map() });
    const frames: Frame[] = [newFrame(null)];
    const top = (): Frame => frames[frames.length - 1]!;
    const tsNode = (n: TSESTree.Node): ts.Node => services.esTreeNodeToTSNodeMap.get(n);
    const names = effectNames(services.program);
    const memberName = (n: TSESTree.Node): string | undefined => {
      const m = n.type === "CallExpression" ? n.callee : n;
      return m.type === "MemberExpression" && !m.computed && m.property.type === "Identifier" ? m.property.name : undefined;
    };

    const typeHoldsArrays = (n: TSESTree.Node): boolean => mayHoldNDArray(checker.getTypeAtLocation(tsNode(n)), checker);

    /**
     * Declarations of the member a call or property access names, found through
     * the property's symbol (cheaper than resolving the call's signature: the
     * arguments need no checking). Effect tags sit on each overload alike.
     */
    const memberDecls = (n: TSESTree.Node): readonly ts.Declaration[] => {
      const member = n.type === "CallExpression" ? n.callee : n;
      if (member.type !== "MemberExpression" || member.computed) return [];
      let sym = checker.getSymbolAtLocation(tsNode(member.property));
      if (sym && sym.flags & SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
      return sym?.declarations ?? [];
    };

    /** True when a call or getter is tagged as returning a view of its receiver. */
    const isViewOfReceiver = (n: TSESTree.Node): boolean =>
      memberDecls(n).some((d) => tagsOf(d).some((w) => (w[0] === "view" || w[0] === "maybe-view") && (w[1] === undefined || w[1] === "readonly" || w[1] === "this")));

    /** A getter or call tagged as a view of its receiver (`o.T`, `o.slice(k)`); by member name in the checker-free pass. */
    const viewsReceiver = (n: TSESTree.MemberExpression | TSESTree.CallExpression): boolean =>
      top().precise ? isViewOfReceiver(n) : names.views.has(memberName(n) ?? "");

    /** The object an expression denotes in the current function, or undefined when it is not a tracked object. */
    const idOf = (node: TSESTree.Node): string | undefined => {
      const f = top();
      switch (node.type) {
        case "ThisExpression":
          return "this";
        case "Identifier":
          return f.aliases.get(node.name) ?? `var:${node.name}`;
        case "TSNonNullExpression":
        case "TSAsExpression":
        case "TSSatisfiesExpression":
        case "TSTypeAssertion":
        case "ChainExpression":
          return idOf(node.expression);
        case "AssignmentExpression":
          return node.operator === "=" ? idOf(node.right) : undefined;
        case "MemberExpression": {
          const field = fieldName(node);
          if (field === undefined) return undefined;
          const o = idOf(node.object);
          if (!o) return undefined;
          const path = `${o}.${field}`;
          const stored = f.aliases.get(`path:${path}`);
          if (stored) return stored;
          // o.T and other getters tagged view (by name in the first pass)
          if (viewsReceiver(node)) return o;
          return path;
        }
        case "CallExpression": {
          // Object.assign gives back its target
          if (isObjectAssign(node)) {
            const target = node.arguments[0];
            return target && target.type !== "SpreadElement" ? idOf(target) ?? f.assignIds.get(node) : undefined;
          }
          // a view of o (o.slice(...), o.reshape(...)) shares o's memory
          if (node.callee.type !== "MemberExpression") return undefined;
          if (!viewsReceiver(node)) return undefined;
          return idOf(node.callee.object);
        }
        default:
          return undefined;
      }
    };

    /** The objects a stored value may be: both arms of `?:`, `??`, `||`; the right of `&&`. */
    const idsOf = (node: TSESTree.Node): string[] => {
      if (node.type === "ConditionalExpression") return [...idsOf(node.consequent), ...idsOf(node.alternate)];
      if (node.type === "LogicalExpression") return node.operator === "&&" ? idsOf(node.right) : [...idsOf(node.left), ...idsOf(node.right)];
      if (node.type === "TSNonNullExpression" || node.type === "TSAsExpression" || node.type === "TSSatisfiesExpression") return idsOf(node.expression);
      const id = idOf(node);
      return id ? [id] : [];
    };

    /** Conditional branches (if/else, ?:, switch cases) enclosing `node` inside the current function. */
    const branchCache = new WeakMap<TSESTree.Node, { steps: BranchStep[]; inLoop: Set<TSESTree.Node> }>();
    const branchesOf = (node: TSESTree.Node): { steps: BranchStep[]; inLoop: Set<TSESTree.Node> } => {
      let hit = branchCache.get(node);
      if (!hit) {
        hit = branchesIn(node);
        branchCache.set(node, hit);
      }
      return hit;
    };
    const branchesIn = (node: TSESTree.Node): { steps: BranchStep[]; inLoop: Set<TSESTree.Node> } => {
      const steps: BranchStep[] = [];
      const loops: TSESTree.Node[] = [];
      const fn = top().fn;
      let child: TSESTree.Node = node;
      for (let p = node.parent; p && p !== fn; child = p, p = p.parent) {
        if (p.type === "IfStatement" && child !== p.test) steps.push([p, child === p.consequent ? "then" : "else"]);
        else if (p.type === "ConditionalExpression" && child !== p.test) steps.push([p, child === p.consequent ? "then" : "else"]);
        else if (p.type === "SwitchCase") steps.push([p.parent, String(p.parent.cases.indexOf(p))]);
        else if (p.type === "ForStatement" || p.type === "ForInStatement" || p.type === "ForOfStatement" ||
          p.type === "WhileStatement" || p.type === "DoWhileStatement") loops.push(p);
      }
      // a branch inside a loop can run on one iteration and its sibling on the next
      const inLoop = new Set<TSESTree.Node>();
      for (const [b] of steps) if (loops.some((l) => b.range[0] >= l.range[0] && b.range[1] <= l.range[1])) inLoop.add(b);
      return { steps, inLoop };
    };

    /** False when the two stores are in different arms of one if/?:/switch (and not re-run by an enclosing loop). */
    const compatible = (a: TSESTree.Node, b: TSESTree.Node): boolean => {
      const ba = branchesOf(a), bb = branchesOf(b);
      for (const [n, side] of ba.steps) {
        const other = bb.steps.find(([m]) => m === n);
        if (other && other[1] !== side && !ba.inLoop.has(n)) return false;
      }
      return true;
    };

    const isFunctionNode = (n: TSESTree.Node): boolean =>
      n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression";
    const within = (n: TSESTree.Node, outer: TSESTree.Node): boolean => n.range[0] >= outer.range[0] && n.range[1] <= outer.range[1];
    const isLoop = (n: TSESTree.Node): boolean => n.type === "ForStatement" || n.type === "ForInStatement" ||
      n.type === "ForOfStatement" || n.type === "WhileStatement" || n.type === "DoWhileStatement";

    /** The loop a `continue` goes on with. */
    const continueTarget = (c: TSESTree.ContinueStatement): TSESTree.Node | undefined => {
      for (let p: TSESTree.Node | undefined = c.parent; p; p = p.parent) {
        if (isFunctionNode(p)) return undefined;
        if (!isLoop(p)) continue;
        if (!c.label || (p.parent?.type === "LabeledStatement" && p.parent.label.name === c.label.name)) return p;
      }
      return undefined;
    };

    /**
     * How a binding made at `binding` reaches the later event `later`: a block holding the binding
     * but not the event may end first, by `return` (never) or by `continue` (only in a later
     * iteration, where a name declared in the loop holds another object than this one:
     * `if (!tail) { tail = kf; continue; } tail.next = kf`).
     */
    const reach = (binding: TSESTree.Node, later: TSESTree.Node, value: string | undefined): "never" | "earlier" | "direct" => {
      let child: TSESTree.Node = binding;
      for (let p: TSESTree.Node | undefined = binding.parent; p && !within(later, p) && !isFunctionNode(p); child = p, p = p.parent) {
        const list = p.type === "BlockStatement" ? p.body : p.type === "SwitchCase" ? p.consequent : null;
        if (!list) continue;
        const after = list.slice(list.indexOf(child as TSESTree.Statement) + 1);
        const jump = after.find((st) => st.type === "ReturnStatement" || st.type === "ContinueStatement" ||
          st.type === "BreakStatement" || st.type === "ThrowStatement");
        if (jump?.type === "ReturnStatement") return insideTry(jump) ? "direct" : "never";
        if (jump?.type !== "ContinueStatement") {
          if (jump) return "direct";
          continue;
        }
        const loop = continueTarget(jump);
        if (!loop || !within(later, loop)) return "direct";
        const made = value ? top().freshAt.get(value) : undefined;
        return made && within(made, loop) ? "earlier" : "direct";
      }
      return "direct";
    };

    const insideTry = (n: TSESTree.Node): boolean => {
      for (let p: TSESTree.Node | undefined = n.parent; p && !isFunctionNode(p); p = p.parent) if (p.type === "TryStatement") return true;
      return false;
    };

    const isUnconditional = (node: TSESTree.Node): boolean => {
      const fn = top().fn;
      for (let p = node.parent; p && p !== fn; p = p.parent) {
        if (p.type === "IfStatement" || p.type === "ConditionalExpression" || p.type === "LogicalExpression" ||
          p.type === "SwitchCase" || p.type === "TryStatement" || p.type === "CatchClause") return false;
      }
      return true;
    };

    /** An earlier chain of stores leading from `start` to `goal`, each compatible with `closing` and with each other. */
    const findPath = (start: string, goal: string, closing: TSESTree.Node): Edge[] | undefined => {
      const edges = top().edges.filter((e) => compatible(e.node, closing));
      const path: Edge[] = [];
      const onPath = new Set<string>([start]);
      let budget = 2000;
      const dfs = (cur: string): boolean => {
        // an object reaches what its fields hold: continue from X into X.f
        for (const e of edges) {
          if (!e.from.startsWith(`${cur}.`) || onPath.has(e.from) || --budget < 0) continue;
          onPath.add(e.from);
          if (dfs(e.from)) return true;
          onPath.delete(e.from);
        }
        for (const e of edges) {
          if (e.from !== cur || onPath.has(e.to) || --budget < 0) continue;
          if (!path.every((p) => compatible(p.node, e.node))) continue;
          path.push(e);
          if (e.to === goal || goal.startsWith(`${e.to}.`)) return true; // reached the goal or an object owning it
          onPath.add(e.to);
          if (dfs(e.to)) return true;
          onPath.delete(e.to);
          path.pop();
        }
        return false;
      };
      return dfs(start) ? path : undefined;
    };

    const store = (node: TSESTree.Node, holder: TSESTree.Node, label: string | undefined, value: TSESTree.Node, holderId?: string): void => {
      const from = holderId ?? idOf(holder);
      const tos = idsOf(value);
      const f = top();
      if (from && label !== undefined) {
        // the field now holds `value`: `from.label` denotes it (or nothing tracked)
        const key = `path:${from}.${label}`;
        for (const k of [...f.aliases.keys()]) if (k === key || k.startsWith(`${key}.`)) f.aliases.delete(k);
        if (tos.length === 1) f.aliases.set(key, tos[0]!);
        if (isUnconditional(node)) f.edges = f.edges.filter((e) => !(e.from === from && e.label === label));
      }
      if (!from || tos.length === 0) return;
      if (!f.precise) {
        // optimistic pass: any possible cycle sends this function to the precise pass
        if (tos.some((to) => to === from || from.startsWith(`${to}.`) || findPath(to, from, node))) f.candidate = true;
        for (const to of tos) f.edges.push({ from, label, to, node });
        return;
      }
      if (isNumeric(from)) return; // an array created numeric stores values, not references
      // directly: into itself, or into an object it owns through its fields (`this.table.set(2, this)`)
      const self = tos.find((to) => to === from || from.startsWith(`${to}.`));
      // An element store of a view of the array itself (`lu.assign(k, lu.slice(p))`, a row swap):
      // a numeric array copies the values. Only an array known to be an object table is reported.
      if (self === from && label === undefined && isViewExpression(value) && !isObjectTable(from)) return;
      if (self !== undefined) {
        if (typeHoldsArrays(self === from ? holder : value)) {
          const target = self === from ? holder : value;
          context.report({ node, messageId: "selfCycle", data: { target: context.sourceCode.getText(target) } });
        }
        return;
      }
      for (const to of tos) {
        const back = findPath(to, from, node);
        f.edges.push({ from, label, to, node });
        if (back && !back.some((e) => isNumeric(e.from)) && (typeHoldsArrays(holder) || typeHoldsArrays(value))) {
          context.report({
            node, messageId: "chainCycle",
            data: { target: context.sourceCode.getText(holder), line: String(back[0]!.node.loc.start.line) },
          });
          return;
        }
      }
    };

    /** Numbers, booleans and (nested) arrays of them: values a creation call turns into a numeric array. */
    const numericish = (t: ts.Type, depth = 0): boolean => {
      if (depth > 6) return false;
      if (t.flags & (TypeFlags.NumberLike | TypeFlags.BooleanLike | TypeFlags.Undefined)) return true;
      if (t.isUnion()) return t.types.every((u) => numericish(u, depth + 1));
      if (checker.isArrayType(t) || checker.isTupleType(t)) {
        return checker.getTypeArguments(t as ts.TypeReference).every((u) => numericish(u, depth + 1));
      }
      return false;
    };

    /**
     * A creation call (`@ndalias create`) that makes a numeric array, which
     * stores values, not references: its `dtype` argument is a string other than
     * "object", or it has none and every other argument is numeric
     * (`zeros(3)`, `array([1, 2])`, `full(2, 0.5)`; not `array([a, b])`, `full(2, obj)`).
     */
    const creationKind = (init: ts.Node): "numeric" | "object" | null => {
      if (!isCallExpression(init)) return null;
      const call = init;
      const decl = checker.getResolvedSignature(call)?.getDeclaration();
      if (!decl || !hasTag(decl, "create")) return null;
      const idx = decl.parameters.findIndex((p) => isIdentifier(p.name) && p.name.text === "dtype");
      const dtypeArg = idx >= 0 ? call.arguments[idx] : undefined;
      if (dtypeArg) {
        const t = checker.getTypeAtLocation(dtypeArg);
        return t.isStringLiteral() ? (t.value === "object" ? "object" : "numeric") : null;
      }
      return call.arguments.every((a, k) => k === idx || numericish(checker.getTypeAtLocation(a))) ? "numeric" : null;
    };

    const kindCache = new WeakMap<ts.Node, "numeric" | "object" | null>();
    const kindOf = (init: ts.Node): "numeric" | "object" | null => {
      let r = kindCache.get(init);
      if (r === undefined) { r = creationKind(init); kindCache.set(init, r); }
      return r;
    };
    const numeric = (init: ts.Node): boolean => kindOf(init) === "numeric";

    /**
     * A field of the enclosing class (`this.pos`) that every initialiser and every `this.pos = ...`
     * in the class makes a numeric array.
     */
    const fieldCache = new WeakMap<ts.ClassLikeDeclaration, Map<string, boolean>>();
    const numericField = (name: string): boolean => {
      let cls: ts.Node | undefined = top().fn ? tsNode(top().fn!) : undefined;
      while (cls && !isClassLike(cls)) cls = cls.parent;
      if (!cls || !isClassLike(cls)) return false;
      let byName = fieldCache.get(cls);
      if (!byName) {
        byName = new Map();
        fieldCache.set(cls, byName);
      }
      const hit = byName.get(name);
      if (hit !== undefined) return hit;
      const inits: ts.Expression[] = [];
      let other = false;
      for (const m of cls.members) {
        if (isPropertyDeclaration(m) && m.name.getText() === name && m.initializer) inits.push(m.initializer);
      }
      const visit = (n: ts.Node): void => {
        if (isBinaryExpression(n) && n.operatorToken.kind === SK.EqualsToken &&
          isPropertyAccessExpression(n.left) && n.left.expression.kind === SK.ThisKeyword && n.left.name.text === name) {
          inits.push(n.right);
        } else if (isParameter(n) && isIdentifier(n.name) && n.name.text === name && isParameterPropertyDeclaration(n, n.parent)) {
          other = true;
        }
        forEachChild(n, visit);
      };
      for (const m of cls.members) visit(m);
      const r = !other && inits.length > 0 && inits.every((e) => numeric(e));
      byName.set(name, r);
      return r;
    };

    const isNumeric = (id: string): boolean => {
      const init = top().creations.get(id);
      if (init) return numeric(tsNode(init));
      const field = /^this\.([^.]+)$/.exec(id);
      return field !== null && numericField(field[1]!);
    };

    /** An object made in this function by a creation call with dtype "object" (`empty(3, "object")`). */
    const isObjectTable = (id: string): boolean => {
      const init = top().creations.get(id);
      return init !== undefined && kindOf(tsNode(init)) === "object";
    };

    /** A view of an object rather than the object itself: `o.slice(k)`, `o.T`, or a name bound to one. */
    const isViewExpression = (node: TSESTree.Node): boolean => {
      const f = top();
      switch (node.type) {
        case "TSNonNullExpression": case "TSAsExpression": case "TSSatisfiesExpression": case "TSTypeAssertion": case "ChainExpression":
          return isViewExpression(node.expression);
        case "Identifier":
          return f.viewNames.has(node.name);
        case "MemberExpression":
          return fieldName(node) !== undefined && f.aliases.get(`path:${idOf(node.object)}.${fieldName(node)}`) === undefined &&
            viewsReceiver(node);
        case "CallExpression":
          return node.callee.type === "MemberExpression" && viewsReceiver(node);
        default:
          return false;
      }
    };

    /** Syntactically, an expression that may denote a tracked object (so a call storing it is worth resolving). */
    const mayBeObject = (n: TSESTree.Node): boolean => {
      switch (n.type) {
        case "Identifier": case "ThisExpression": case "MemberExpression": return true;
        case "CallExpression": return n.callee.type === "MemberExpression";
        case "TSNonNullExpression": case "TSAsExpression": case "TSSatisfiesExpression": case "ChainExpression": return mayBeObject(n.expression);
        case "ConditionalExpression": return mayBeObject(n.consequent) || mayBeObject(n.alternate);
        case "LogicalExpression": return mayBeObject(n.left) || mayBeObject(n.right);
        case "AssignmentExpression": return mayBeObject(n.right);
        default: return false;
      }
    };

    const bind = (name: string, init: TSESTree.Node | null | undefined): void => {
      const f = top();
      const id = init ? idOf(init) : undefined;
      const fresh = id ?? `fresh:${name}#${f.counter++}`;
      if (!id && f.aliases.at) f.freshAt.set(fresh, f.aliases.at);
      f.aliases.set(name, fresh);
      if (id && init && isViewExpression(init)) f.viewNames.add(name);
      else f.viewNames.delete(name);
      for (const k of [...f.aliases.keys()]) if (k.startsWith(`path:var:${name}.`)) f.aliases.delete(k);
      if (!id && init?.type === "CallExpression") f.creations.set(fresh, init);
      if (!id && init?.type === "ObjectExpression") {
        // object literal fields are stores into the new object
        for (const p of init.properties) {
          if (p.type !== "Property" || p.computed || p.kind !== "init" || p.key.type !== "Identifier") continue;
          const to = idOf(p.value);
          if (!to) continue;
          f.edges.push({ from: fresh, label: p.key.name, to, node: p });
          f.aliases.set(`path:${fresh}.${p.key.name}`, to);
        }
      }
    };

    /** A constant slice spec that selects a region, not one element: a string with `:` or `...` (or a list holding one). */
    const keepsAnAxis = (spec: TSESTree.Node): boolean => {
      if (spec.type === "Literal" && typeof spec.value === "string") return spec.value.includes(":") || spec.value.includes("...");
      if (spec.type === "TemplateLiteral" && spec.expressions.length === 0) {
        const text = spec.quasis[0]?.value.cooked ?? "";
        return text.includes(":") || text.includes("...");
      }
      if (spec.type === "ArrayExpression") return spec.elements.some((e) => e !== null && e.type !== "SpreadElement" && keepsAnAxis(e));
      return false;
    };

    /** The store call of a `call` event: its receiver and the argument for the parameter `value` of a `@ndalias stores value` method. */
    const storedArgument = (node: TSESTree.CallExpression): TSESTree.Node | undefined => {
      const decl = memberDecls(node).find((d): d is ts.SignatureDeclaration => isFunctionLike(d) && hasTag(d, "stores", "value"));
      if (!decl) return undefined;
      const idx = decl.parameters.findIndex((p) => isIdentifier(p.name) && p.name.text === "value");
      const arg = idx >= 0 ? node.arguments[idx] : undefined;
      if (!arg || arg.type === "SpreadElement") return undefined;
      // `o.assign(":", a)`: an array given for a region is copied element by element (only a
      // single element of an object array stores the array itself).
      const p0 = decl.parameters[0];
      const spec = node.arguments[0];
      if (p0 && isIdentifier(p0.name) && p0.name.text === "spec" && spec && keepsAnAxis(spec) &&
        isNDArrayType(checker.getTypeAtLocation(tsNode(arg)), checker)) return undefined;
      return arg;
    };

    /** `Object.assign(target, { f: v, .. })`: each field of a literal source is a store into the target (a new object when it is not tracked). */
    const assignFields = (c: TSESTree.CallExpression): void => {
      const f = top();
      const [target, ...sources] = c.arguments;
      if (!target || target.type === "SpreadElement") return;
      let to = idOf(target);
      if (!to) {
        to = `fresh:assign#${f.counter++}`;
        f.assignIds.set(c, to);
      }
      for (const src of sources) {
        if (src.type !== "ObjectExpression") continue;
        for (const p of src.properties) {
          if (p.type !== "Property" || p.computed || p.kind !== "init" || p.key.type !== "Identifier") continue;
          store(p, target, p.key.name, p.value, to);
        }
      }
    };

    const replay = (f: Frame, precise: boolean): void => {
      Object.assign(f, { precise, candidate: false, aliases: newAliases(), edges: [], creations: new Map(), viewNames: new Set(), counter: 0, assignIds: new Map(), freshAt: new Map() });
      for (const { kind, node } of f.events) {
        f.aliases.at = node;
        if (kind === "bind") {
          const d = node as TSESTree.VariableDeclarator;
          if (d.id.type === "Identifier") bind(d.id.name, d.init);
        } else if (kind === "assign") {
          const a = node as TSESTree.AssignmentExpression;
          if (a.left.type === "Identifier") bind(a.left.name, a.right);
          else if (a.left.type === "MemberExpression" && fieldName(a.left) !== undefined) store(a, a.left.object, fieldName(a.left), a.right);
        } else {
          const c = node as TSESTree.CallExpression;
          if (isObjectAssign(c)) {
            assignFields(c);
            continue;
          }
          const receiver = (c.callee as TSESTree.MemberExpression).object;
          if (precise) {
            const arg = storedArgument(c);
            if (arg) store(c, receiver, undefined, arg);
          } else {
            // a method named like a tagged store may store any object it is given
            if (names.stores.has(memberName(c) ?? "")) {
              for (const arg of c.arguments) if (arg.type !== "SpreadElement" && mayBeObject(arg)) store(c, receiver, undefined, arg);
            }
          }
        }
      }
    };

    const enter = (node: TSESTree.Node): void => { frames.push(newFrame(node)); };
    const exit = (): void => {
      const f = top();
      if (f.events.length > 0) {
        replay(f, false);
        if (f.candidate) replay(f, true);
      }
      frames.pop();
    };

    return {
      FunctionDeclaration: enter, "FunctionDeclaration:exit": exit,
      FunctionExpression: enter, "FunctionExpression:exit": exit,
      ArrowFunctionExpression: enter, "ArrowFunctionExpression:exit": exit,
      "Program:exit": exit,
      "VariableDeclarator:exit"(node) {
        if (node.id.type === "Identifier") top().events.push({ kind: "bind", node });
      },
      "AssignmentExpression:exit"(node) {
        if (node.operator !== "=") return;
        if (node.left.type === "Identifier" ||
          (node.left.type === "MemberExpression" && fieldName(node.left) !== undefined)) {
          top().events.push({ kind: "assign", node });
        }
      },
      PropertyDefinition(node) {
        // a field initialiser `parent: C = this` stores the new instance into itself
        if (node.value?.type !== "ThisExpression" || node.static) return;
        const cls = node.parent.parent as TSESTree.ClassDeclaration | TSESTree.ClassExpression;
        const tsCls = tsNode(cls) as ts.ClassLikeDeclaration;
        const sym = tsCls.name ? checker.getSymbolAtLocation(tsCls.name) : undefined;
        const type = sym ? checker.getDeclaredTypeOfSymbol(sym) : checker.getTypeAtLocation(tsCls);
        if (mayHoldNDArray(type, checker)) {
          context.report({ node, messageId: "selfCycle", data: { target: "this" } });
        }
      },
      "CallExpression:exit"(node) {
        if (isObjectAssign(node)) {
          top().events.push({ kind: "call", node });
          return;
        }
        // a call may store only a tracked object it is given
        if (node.callee.type !== "MemberExpression" || node.callee.computed) return;
        if (node.arguments.some((a) => a.type !== "SpreadElement" && mayBeObject(a))) top().events.push({ kind: "call", node });
      },
    };
  },
});
