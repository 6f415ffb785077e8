/**
 * Flow-sensitive aliasing analysis over the TypeScript AST of one function (a "unit"): which names
 * may share memory with which, which writes are read afterwards through another name, and which
 * writes into fresh copies are never read. See docs/analysis.md for the design.
 *
 * The analysis walks each unit forward in evaluation order, joins states at branches, iterates
 * loops (and callbacks, which may run any number of times) to a fixpoint, and follows calls into
 * functions of the same program through summaries. Every effect comes from the `@ndalias` tags on
 * the called declaration (src/analysis/effects.ts): this file holds no list of method names.
 */
import type ts from "typescript";
import { constructorOf, effectsOfDeclaration, type EffectTag } from "./effects.js";
import {
  declaredArrayness, declaredMemberOf, declaredNumber, isNDArrayType, isPlainValueRead, mayHoldNDArray, ownMemberSymbol, paramIsNotArray,
  returnsNoArray, soleValueDeclaration, typeNodeIsNDArray, typeNodeIsNotNDArray,
} from "./types.js";
import {
  addHolding, holdingSize, regionCounted, regionEmpty, regionNames, regionsDisjoint, sliceRegion, type Buf, type BufKind, type Handle, type Holding,
  type NameInfo, type Region, type WriteRec,
} from "./model.js";
import {
  NodeFlags,
  SK,
  SymbolFlags,
  TypeFlags,
  forEachChild,
  getModifiers,
  isArrayBindingPattern,
  isArrayLiteralExpression,
  isArrowFunction,
  isAsExpression,
  isBinaryExpression,
  isBindingElement,
  isBlock,
  isCallExpression,
  isCaseClause,
  isClassDeclaration,
  isClassLike,
  isClassStaticBlockDeclaration,
  isComputedPropertyName,
  isConditionalExpression,
  isConstructorDeclaration,
  isDoStatement,
  isElementAccessExpression,
  isExportAssignment,
  isExpression,
  isExpressionStatement,
  isForInStatement,
  isForOfStatement,
  isForStatement,
  isFunctionDeclaration,
  isFunctionExpression,
  isFunctionLike as tsIsFunctionLike,
  isGetAccessorDeclaration,
  isIdentifier,
  isIfStatement,
  isInterfaceDeclaration,
  isIterationStatement,
  isLabeledStatement,
  isMethodDeclaration,
  isModuleBlock,
  isModuleDeclaration,
  isNewExpression,
  isNoSubstitutionTemplateLiteral,
  isNonNullExpression,
  isNumericLiteral,
  isObjectBindingPattern,
  isObjectLiteralExpression,
  isOmittedExpression,
  isParameter,
  isParenthesizedExpression,
  isPostfixUnaryExpression,
  isPrefixUnaryExpression,
  isPrivateIdentifier,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isPropertyDeclaration,
  isReturnStatement,
  isSatisfiesExpression,
  isSetAccessorDeclaration,
  isShorthandPropertyAssignment,
  isSourceFile,
  isSpreadAssignment,
  isSpreadElement,
  isStringLiteral,
  isTemplateExpression,
  isTypeAssertionExpression,
  isVariableDeclaration,
  isVariableDeclarationList,
  isVariableStatement,
  isWhileStatement,
} from "./tsapi.js";

// ---------------------------------------------------------------------------------------------
// Results

export interface Evidence {
  /** The other name (display form). */
  other: string;
  /** Where the other name observes the memory (a read, or the `return` / end of the function). */
  readAt: ts.Node;
  /** The read is the caller's or the outliving name's, at the function's exit. */
  atExit: boolean;
  otherIsCaller: boolean;
  /** Where the alias or view was made (for the message), if known. */
  madeAt: ts.Node | null;
  /** The expression to append `.copy()` to (or a `{ a }` shorthand to expand), when there is one. */
  fix: ts.Expression | ts.ShorthandPropertyAssignment | null;
  /**
   * Another name sees the same write and no copy would end that sharing (the caller's name for a
   * parameter): the copy is offered as a suggestion only, never as the autofix. (Other names with
   * a copy of their own are fixed by ESLint's next fix pass.)
   */
  partial?: boolean;
}

export interface MutationFinding {
  write: ts.Node;
  writer: string | null;
  alias: Evidence | null;
  view: Evidence | null;
}

export interface LostWriteFinding {
  write: ts.Node;
  copySite: ts.Node | null;
  writer: string | null;
}

export interface FileFindings {
  mutations: MutationFinding[];
  lostWrites: LostWriteFinding[];
}

// ---------------------------------------------------------------------------------------------
// Abstract values and states

interface Field {
  ev: EV;
  node: ts.Node;
}

/** The abstract value of an expression. */
interface EV {
  hs: ReadonlySet<Handle>;
  /** The name the value is reached through (`a`, `state.vel`); views keep their base's name. */
  root: string | null;
  /** Handles this expression made itself (its holder becomes their first holder). */
  created: ReadonlySet<Handle>;
  /** The raw backing buffer (`a.data`): element writes through it write the array. */
  raw?: boolean;
  /** Object / array literal fields ("[]" for all elements). */
  fields?: Map<string, Field>;
  /** A function value (inlined where it is called). */
  fn?: ts.FunctionLikeDeclaration;
  /** Sub-values read when this value is read (literals). */
  parts?: EV[];
  /** The elements of an array literal, each with the node that put it there. */
  items?: Field[];
  /** Objects spread into an object literal (`{ ...state }`). */
  spreadRoots?: string[];
}

/** No handle (shared: the sets of a value are never changed once made). */
const NONE: ReadonlySet<Handle> = new Set();
const PROMISE_COMBINATORS = new Set(["all", "race", "any", "resolve"]);
const EMITTER_ON = new Set(["on", "addListener", "once", "prependListener", "prependOnceListener"]);

/** A method declared by a library's `EventEmitter` (node:events), also when called on a subclass. */
function isEmitterMethod(decl: ts.Declaration | undefined): boolean {
  if (!decl || !decl.getSourceFile().isDeclarationFile) return false;
  const owner = decl.parent;
  return !!owner && (isClassDeclaration(owner) || isInterfaceDeclaration(owner)) && owner.name?.text === "EventEmitter";
}

/** A value that carries nothing the analysis follows: no memory, no name, no fields. */
function isUntracked(v: EV): boolean {
  return v.hs.size === 0 && !v.root && !v.fields && !v.parts && !v.raw && !v.fn && !v.items && !v.spreadRoots;
}

/** The value that carries nothing (shared: values are never changed once made). */
const EMPTY: EV = Object.freeze({ hs: NONE, root: null, created: NONE });

function empty(): EV {
  return EMPTY;
}

interface State {
  env: Map<string, Holding>;
  pending: Set<WriteRec>;
  /** Names rebound since a write: a read through them no longer sees what they shared then. */
  dead: Map<string, ReadonlySet<WriteRec>>;
}

function newState(): State {
  return { env: new Map(), pending: new Set(), dead: new Map() };
}

function cloneState(s: State): State {
  // forEach, not the copy constructors: they step an iterator, allocating an entry per element
  const env: State["env"] = new Map();
  s.env.forEach((v, k) => env.set(k, v));
  const pending = new Set<WriteRec>();
  s.pending.forEach((r) => pending.add(r));
  const dead: State["dead"] = new Map();
  if (s.dead.size > 0) s.dead.forEach((v, k) => dead.set(k, v));
  return { env, pending, dead };
}

/**
 * Joins `b` into `a` (mutates `a`). A name that holds no array on one side and is not bound on the
 * other stays unbound: read, it is looked up as before (a local holds nothing; a path or an outer
 * name is the array it held on entry, if any), which covers both sides.
 */
function joinInto(a: State, b: State | null): void {
  if (!b) return;
  for (const [k, ha] of a.env) if (ha.size === 0 && !b.env.has(k)) a.env.delete(k);
  for (const [k, hb] of b.env) {
    const ha = a.env.get(k);
    if (!ha) {
      if (hb.size > 0) a.env.set(k, hb);
    } else if (ha !== hb) {
      const m: Holding = new Map();
      addHolding(m, ha);
      if (addHolding(m, hb)) a.env.set(k, m);
    }
  }
  for (const r of b.pending) a.pending.add(r);
  // A rebinding hides earlier writes only if it happened on every path (a finding needs one path).
  for (const [k, da] of [...a.dead]) {
    const d = b.dead.get(k);
    if (!d) a.dead.delete(k);
    else if (da !== d) a.dead.set(k, new Set([...da].filter((r) => d.has(r))));
  }
}

/**
 * `rec` was pending when `key`, or an object it is a path under (`w` for `w.owner`), was bound
 * anew: the name no longer reaches what was written then.
 */
function rebound(st: State, key: string, rec: WriteRec): boolean {
  if (st.dead.size === 0) return false;
  if (st.dead.get(key)?.has(rec)) return true;
  for (let i = key.length - 1; i > 0; i--) {
    if ((key[i] === "." || key[i] === "[") && st.dead.get(key.slice(0, i))?.has(rec)) return true;
  }
  return false;
}

function joinAll(states: Array<State | null>): State | null {
  let out: State | null = null;
  for (const s of states) {
    if (!s) continue;
    if (!out) out = cloneState(s);
    else joinInto(out, s);
  }
  return out;
}

function measure(s: State): number {
  let n = s.pending.size;
  for (const h of s.env.values()) n += 1 + holdingSize(h);
  return n;
}

const MAX_STATES = 8;
const MAX_LOOP_ITERATIONS = 10;

/**
 * Whether two states have the same names: what may alias what, by handle and number of origins
 * (names that hold no array are left out, so a state that has bound a name to a number and one
 * that has not bound it yet are one state). Compared in place: states cloned from one another
 * share most holdings, so this is mostly identity checks.
 */
function sameEnv(a: State, b: State): boolean {
  if (a.env === b.env) return true;
  let n = 0;
  for (const [k, ha] of a.env) {
    if (ha.size === 0) continue;
    n++;
    const hb = b.env.get(k);
    if (hb === ha) continue;
    if (!hb || hb.size !== ha.size) return false;
    for (const [h, o] of ha) if (hb.get(h)?.size !== o.size) return false;
  }
  for (const hb of b.env.values()) if (hb.size > 0) n--;
  return n === 0;
}

/** Whether two states are one (names, pending writes, rebound names): a loop has reached its fixpoint. */
function sameState(a: State, b: State): boolean {
  if (a === b) return true;
  if (a.pending.size !== b.pending.size || deadCount(a) !== deadCount(b) || !sameEnv(a, b)) return false;
  let same = true;
  for (const r of a.pending) if (!b.pending.has(r)) same = false;
  if (same) return true;
  // distinct records of one write (by key) are one write
  const keys = new Set<string>();
  for (const r of b.pending) keys.add(r.key);
  for (const r of a.pending) if (!keys.has(r.key)) return false;
  return keys.size === a.pending.size;
}

/** How many different states a list holds (joins in `normalize` can make two states one). */
function distinctStates(list: State[]): number {
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    let j = 0;
    while (j < i && !sameState(list[j]!, list[i]!)) j++;
    if (j === i) n++;
  }
  return n;
}

function deadCount(s: State): number {
  let n = 0;
  for (const d of s.dead.values()) n += d.size;
  return n;
}

/**
 * Keeps one state per distinct set of names (merging their pending writes, which never make two
 * names alias); joins everything when there are still too many.
 */
function normalize(list: State[], overflow?: { joined: boolean }): State[] {
  if (list.length <= 1) return list;
  const out: State[] = [];
  // merged[i]: out[i] is already a copy this call made (so joining into it changes no caller's state)
  const merged: boolean[] = [];
  for (const s of list) {
    const i = out.findIndex((o) => o === s || sameEnv(o, s));
    if (i < 0) {
      out.push(s);
      merged.push(false);
    } else if (out[i] !== s) {
      if (!merged[i]) {
        out[i] = cloneState(out[i]!);
        merged[i] = true;
      }
      joinInto(out[i]!, s);
    }
  }
  if (out.length <= MAX_STATES) return out;
  if (overflow) overflow.joined = true;
  return [joinAll(out)!];
}

const READING_LIST_METHODS = new Set([
  "map", "forEach", "filter", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "reduce", "reduceRight",
  "slice", "concat", "includes", "indexOf", "lastIndexOf", "join", "entries", "keys", "values", "at", "flatMap",
]);

/** A use of a list name that leaves its elements where they are: `list[0]` read, `list.length`, `for (.. of list)`, `list.map(..)`. */
function readOnlyListUse(id: ts.Identifier): boolean {
  let p = id.parent;
  while (isParenthesizedExpression(p) || isNonNullExpression(p) || isAsExpression(p)) p = p.parent;
  if (isElementAccessExpression(p) && skipOuter(p.expression) === id) {
    // not a target: `list[0] = x`, `list[0]++`, `[list[0]] = ..`
    let q: ts.Node = p.parent;
    while (isParenthesizedExpression(q) || isNonNullExpression(q)) q = q.parent;
    if (isBinaryExpression(q) && q.left === p && q.operatorToken.kind >= SK.FirstAssignment && q.operatorToken.kind <= SK.LastAssignment) return false;
    if ((isPrefixUnaryExpression(q) || isPostfixUnaryExpression(q)) && (q.operator === SK.PlusPlusToken || q.operator === SK.MinusMinusToken)) return false;
    // inside a literal: a read, unless the literal is a destructuring target (`[list[0], b] = ..`)
    for (let r: ts.Node = q; isArrayLiteralExpression(r) || isObjectLiteralExpression(r) || isPropertyAssignment(r) ||
      isSpreadElement(r) || isSpreadAssignment(r); r = r.parent) {
      if (isBinaryExpression(r.parent) && r.parent.left === r && r.parent.operatorToken.kind === SK.EqualsToken) return false;
      if ((isForOfStatement(r.parent) || isForInStatement(r.parent)) && r.parent.initializer === r) return false;
    }
    return true;
  }
  if (isPropertyAccessExpression(p) && p.expression === id) {
    if (p.name.text === "length") return !(isBinaryExpression(p.parent) && p.parent.left === p);
    return READING_LIST_METHODS.has(p.name.text) && isCallExpression(p.parent) && p.parent.expression === p;
  }
  if (isForOfStatement(p) && p.expression === id) return true;
  if (isSpreadElement(p) && isArrayLiteralExpression(p.parent)) return true;
  // destructured: `const [a, b] = list`, `[a, b] = list`
  if (isVariableDeclaration(p) && p.initializer && skipOuter(p.initializer) === id) return isArrayBindingPattern(p.name) || isObjectBindingPattern(p.name);
  if (isBinaryExpression(p) && p.operatorToken.kind === SK.EqualsToken && skipOuter(p.right) === id) return isArrayLiteralExpression(skipOuter(p.left));
  return false;
}

/** An integer index among constant arguments: a number, `?` (not known here) or a loop counter (`#i`). */
function isIndexSpec(x: string | number): boolean {
  return typeof x === "number" || x === "?" || x.startsWith("#");
}

function subKey(key: string, field: string): string {
  return field === "[]" ? `${key}[]` : `${key}.${field}`;
}

function isSubKey(k: string, key: string): boolean {
  return k.length > key.length && k.startsWith(key) && (k[key.length] === "." || k[key.length] === "[");
}

/**
 * `k` or a path it lies under is in `keys` (`world[].vel` under `world`: a path the caller had,
 * even when the analysis first reaches it later). The caller's name for a parameter's path
 * (`caller:world[].vel`) counts as that path.
 */
function underKeys(k: string, keys: ReadonlySet<string>): boolean {
  if (k.startsWith("caller:") && underKeys(k.slice(7), keys)) return true;
  if (keys.has(k)) return true;
  for (let i = 1; i < k.length; i++) {
    if ((k[i] === "." || k[i] === "[") && keys.has(k.slice(0, i))) return true;
  }
  return false;
}

/** A path suffix as the code writes it: a symbol-keyed field (`.@kRaw`, see `symbolKey`) is `[kRaw]`. */
function pathDisplay(suffix: string): string {
  return suffix.includes("@") ? suffix.replace(/\.@Symbol_(\w+)/g, "[Symbol.$1]").replace(/\.@(\w+)/g, "[$1]") : suffix;
}

/** `k` is a named field of object `key` itself (`key.w`, not `key.w.v` or `key[]`). */
function isNamedFieldKey(k: string, key: string): boolean {
  return k.length > key.length + 1 && k.startsWith(key) && k[key.length] === "." && !/[.[]/.test(k.slice(key.length + 1));
}

/** The key a property name stands for when it is known without running the code (`w`, `"w"`, `["w"]`, `[0]`). */
function propertyKeyText(name: ts.PropertyName): string | null {
  const key = isComputedPropertyName(name) ? skipOuter(name.expression) : name;
  if (isIdentifier(key)) return key === name ? key.text : null;
  if (isStringLiteral(key) || isNumericLiteral(key) || isNoSubstitutionTemplateLiteral(key)) return key.text;
  return null;
}

/** A constructor parameter that is also a field (`constructor(readonly layers: Dense[])`). */
function isParameterProperty(p: ts.ParameterDeclaration): boolean {
  return !!getModifiers(p)?.some((m) => m.kind === SK.PublicKeyword || m.kind === SK.PrivateKeyword ||
    m.kind === SK.ProtectedKeyword || m.kind === SK.ReadonlyKeyword);
}

function skipOuter(e: ts.Expression): ts.Expression {
  for (;;) {
    if (isParenthesizedExpression(e) || isAsExpression(e) || isNonNullExpression(e) ||
      isTypeAssertionExpression(e) || isSatisfiesExpression(e)) e = e.expression;
    else return e;
  }
}

function isFunctionLike(n: ts.Node): n is ts.FunctionLikeDeclaration {
  switch (n.kind) {
    case SK.FunctionDeclaration: case SK.FunctionExpression: case SK.ArrowFunction:
    case SK.MethodDeclaration: case SK.Constructor: case SK.GetAccessor: case SK.SetAccessor:
      return true;
    default:
      return false;
  }
}

/** The shape of a rectangular nested array literal of constants, or null. */
function nestedShape(e: ts.ArrayLiteralExpression): number[] | null {
  const first = e.elements[0];
  if (!first) return [0];
  if (isArrayLiteralExpression(first)) {
    const inner = nestedShape(first);
    if (!inner) return null;
    for (const el of e.elements) {
      if (!isArrayLiteralExpression(el)) return null;
      const s = nestedShape(el);
      if (!s || s.join(",") !== inner.join(",")) return null;
    }
    return [e.elements.length, ...inner];
  }
  if (e.elements.some((el) => isArrayLiteralExpression(el) || isSpreadElement(el))) return null;
  return [e.elements.length];
}

/** A Map key known without running the code, as text: `"pos"` for a string, `3` for a number; else null. */
function mapKeyText(e: ts.Expression): string | null {
  const k = skipOuter(e);
  if (isStringLiteral(k) || isNoSubstitutionTemplateLiteral(k)) return JSON.stringify(k.text);
  if (isNumericLiteral(k)) return String(Number(k.text));
  return null;
}

/** The memory was allocated inside a loop of its function (one array per iteration). */
function madeInLoop(b: Buf): boolean {
  if (!b.site) return false;
  let r = inLoopCache.get(b.site);
  if (r === undefined) {
    r = false;
    for (let p = b.site.parent; p && !isFunctionLike(p) && !isSourceFile(p); p = p.parent) {
      if (isIterationStatement(p, false)) {
        r = true;
        break;
      }
    }
    inLoopCache.set(b.site, r);
  }
  return r;
}
const inLoopCache = new WeakMap<ts.Node, boolean>();

/** A statement that may throw: one with a call, `new`, `throw`, `await`, `yield` or a property or element read. */
function mayThrow(s: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || isFunctionLike(n) || isClassLike(n)) return;
    switch (n.kind) {
      case SK.CallExpression: case SK.NewExpression: case SK.ThrowStatement: case SK.AwaitExpression:
      case SK.YieldExpression: case SK.PropertyAccessExpression: case SK.ElementAccessExpression:
      case SK.TaggedTemplateExpression: case SK.DeleteExpression: case SK.ForOfStatement: case SK.ForInStatement:
        found = true;
        return;
    }
    forEachChild(n, visit);
  };
  visit(s);
  return found;
}

/**
 * A statement whose only point of throwing is its one call, before any effect of its own: a lone
 * call (`shown.imul(3);`, `const y = f(x);`) whose receiver and arguments cannot throw.
 */
function throwsOnlyFirst(s: ts.Statement): boolean {
  let e: ts.Expression | undefined;
  if (isExpressionStatement(s)) e = s.expression;
  else if (isVariableStatement(s) && s.declarationList.declarations.length === 1) e = s.declarationList.declarations[0]!.initializer;
  if (!e) return false;
  e = skipOuter(e);
  if (!isCallExpression(e)) return false;
  const callee = skipOuter(e.expression);
  const receiver = isPropertyAccessExpression(callee) ? callee.expression : isIdentifier(callee) ? null : callee;
  if (receiver && !isIdentifier(skipOuter(receiver)) && skipOuter(receiver).kind !== SK.ThisKeyword) return false;
  return e.arguments.every((a) => !mayThrow(a));
}

/** Made once per iteration: in a loop, or in a callback of `map`, `forEach` and the like. */
function madePerIteration(b: Buf): boolean {
  if (madeInLoop(b)) return true;
  let f: ts.Node | undefined = b.site?.parent;
  while (f && !isFunctionLike(f) && !isSourceFile(f)) f = f.parent;
  const call = f && (isArrowFunction(f) || isFunctionExpression(f)) ? f.parent : undefined;
  return !!call && isCallExpression(call) && call.arguments.includes(f as ts.Expression) &&
    isPropertyAccessExpression(call.expression) && CALLBACK_ELEMENT_METHODS.has(call.expression.name.text);
}

/** A declaration's `@ndalias` tags as one text (to compare overloads' tags). */
function effectsText(d: ts.Declaration): string {
  let t = effectsTextCache.get(d);
  if (t === undefined) {
    t = effectsOfDeclaration(d).map((x) => `${x.kind} ${x.args.join(" ")}`).join(";");
    effectsTextCache.set(d, t);
  }
  return t;
}
const effectsTextCache = new WeakMap<ts.Declaration, string>();

/** `outer` is `n` or one of its ancestors. */
function encloses(outer: ts.Node, n: ts.Node): boolean {
  for (let p: ts.Node | undefined = n; p; p = p.parent) if (p === outer) return true;
  return false;
}

function containerOf(n: ts.Node): ts.Node {
  let p = n.parent;
  while (p && !isFunctionLike(p) && !isSourceFile(p) && !isClassStaticBlockDeclaration(p)) p = p.parent;
  return p ?? n.getSourceFile();
}

const CALLBACK_ELEMENT_METHODS = new Set([
  "forEach", "map", "filter", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "flatMap",
]);
const STORE_METHODS = new Set(["push", "unshift"]);
/** JS array methods that return one element, left in the array. */
const PICK_METHODS = new Set(["at", "find", "findLast"]);
const ELEMENT_METHODS = new Set(["filter", "slice", "concat", "reverse", "sort", "toSorted", "toReversed", "flat", "values"]);
const RAW_WRITE_METHODS = new Set(["fill", "set", "copyWithin", "sort", "reverse"]);

// ---------------------------------------------------------------------------------------------
// Summaries of same-program functions

/** Memory reached from a parameter: the parameter itself (`path` ""), or a path under it (".w"), or a view of either. */
interface ParamRef {
  param: number;
  path: string;
  view: boolean;
}

interface Summary {
  /** What the function returns of its parameters (the array itself, a path under it, a view). */
  returns: ParamRef[];
  /** Fields of a returned object / tuple literal that hold parameters' memory. */
  returnFields: Map<string, ParamRef[]>;
  /**
   * Fields of a returned object that share memory the function made (`{ world: p, local: p }`,
   * a node whose constructor keeps one array under two names): one array, new at each call, for
   * each group, each field the array itself or a view of it.
   */
  returnShared: Array<Array<{ field: string; view: boolean }>>;
  /**
   * A returned object literal spreads an object parameter (or a path under it, or `this`):
   * `return { ...s, name }`. Its fields are then the argument's (an object alias), except those
   * the literal sets itself: new memory (`fresh`) or no array. (A literal that sets an object
   * of its own there, `preprocess: { ...s.preprocess, mean: m.copy() }`, is not followed.)
   */
  returnSpreads?: { roots: Array<{ param: number; path: string }>; own: Array<{ field: string; fresh: boolean }> };
  /** The fields of `this` that hold parameters' memory at its end (constructors, `remember(x)`). */
  thisFields: Map<string, ParamRef[]>;
  /**
   * Paths under an object parameter that may hold another parameter's memory at its end
   * (`b.v = s`, `list.tail.next = { samples }`): the caller's argument holds it there too.
   */
  paramFields: Array<{ param: number; path: string; refs: ParamRef[] }>;
  /** Objects under a parameter or `this` the function returns (`return this.series`): the caller's path to them. */
  returnsObject: Array<{ param: number; path: string }>;
  /** Fields of `this` bound to an object parameter as a whole (`this.layers = layers`): its fields come along. */
  thisObjects: Array<{ field: string; param: number }>;
  /** Fields of `this` the function always leaves holding only memory it made (`this.source = next.copy()`). */
  thisFresh: string[];
  /** The function may return something else (fresh or unknown). */
  returnsOther: boolean;
  /**
   * It returns a list of memory it made only (`this.params.map((p) => p.copy())`,
   * `[this.w.copy(), this.b.copy()]`): the literal's indices, or none for a list made by a method.
   */
  returnsFreshList?: { items: string[] };
  /** Paths under `this` a method reads (".samples"). */
  thisReads: Set<string>;
  /** Module-level arrays (or paths under them) the function returns (`return BUF`) or yields. */
  returnsOuter: Array<{ sym: ts.Symbol; path: string; view: boolean }>;
  yieldsOuter: Array<{ sym: ts.Symbol; path: string; view: boolean }>;
  /** Module-level or captured names the function reads through their own names. */
  outerReads: Set<ts.Symbol>;
  /**
   * Writes the function (or a function it calls) makes into memory a module-level or captured
   * name held when it was called: through that name (`own`), or through another name of the same
   * memory (`profile.offset` of `{ ...DEFAULT }`) or a view of it. They happen at each call.
   */
  outerWrites: OuterWrite[];
  /**
   * Module-level or captured `let`s the function (or one it calls) rebinds (`cur = zeros(n)`,
   * `[cur, next] = [next, cur]`): what each holds when it returns, and whether it may still
   * hold what it held before (`keeps`: a path that leaves it alone).
   */
  outerAssigns: Array<{ sym: ts.Symbol; values: OuterValue[]; keeps: boolean }>;
  /**
   * Parameters (or their elements, path "[]") the function calls: closures given there run during
   * the call. Param -1 is `this`: a method calling closures kept in its fields (`for (const l of
   * this.listeners) l(x)`), path ".listeners[]".
   */
  calls: Array<{ param: number; path: string }>;
  /** Closures given as a parameter that a method keeps in a field of `this` (`this.listeners.push(l)`). */
  storedFns: Array<{ param: number; path: string }>;
  /** The function analysed. */
  decl: ts.FunctionLikeDeclaration;
  /**
   * Whether its declared (or inferred) result type may be an array, asked once per function;
   * null where the answer depends on the call (type parameters).
   */
  resultArray?: boolean | null;
}

/** What an outer name holds after a call: another outer name's memory, a parameter's, or new memory. */
type OuterValue =
  | { kind: "outer"; sym: ts.Symbol; path: string; view: boolean }
  | { kind: "param"; ref: ParamRef }
  | { kind: "fresh" };

interface OuterWrite {
  sym: ts.Symbol;
  path: string;
  own: boolean;
  view: boolean;
  site: ts.Node;
  /** The name written through, as the callee shows it. */
  writer: string;
}

interface ProgramCache {
  summaries: Map<ts.Node, Summary>;
  effects: WeakMap<ts.Node, CallInfo>;
  ndarrayType: WeakMap<ts.Node, boolean>;
  /** The checker's symbol of a node (loops and summaries evaluate the same nodes again). */
  symbols: WeakMap<ts.Node, ts.Symbol | null>;
  /** The members of the `@ndalias ndarray` class by name, once a call has resolved to one of them. */
  ndMembers: Map<string, ts.Declaration[]> | null;
  getters: Set<string> | null;
  setters?: Set<string>;
  /** Summaries of a function for calls that pass constant flags (`crop(img, rows, true)`), by flag pattern. */
  flagSummaries: WeakMap<ts.Node, Map<string, Summary>>;
  /** `intactList`, per list symbol. */
  intactLists: WeakMap<ts.Symbol, boolean>;
  /** Parameters each function tests as a condition and never assigns (see `callFlags`). */
  flagParams: WeakMap<ts.Node, ReadonlySet<string>>;
  /** Whether a source file of the program mentions `Symbol.iterator` (else no for-of asks for a type). */
  iterators?: boolean;
}

/** Boolean parameters a call fixes (`true` / `false`, or omitted with such a default), by symbol; `key` names the pattern. */
interface CallFlags {
  key: string;
  values: Map<ts.Symbol, boolean>;
}

const programCaches = new WeakMap<ts.Program, ProgramCache>();

function cacheFor(program: ts.Program): ProgramCache {
  let c = programCaches.get(program);
  if (!c) {
    c = { summaries: new Map(), effects: new WeakMap(), ndarrayType: new WeakMap(), symbols: new WeakMap(), ndMembers: null, getters: null, flagSummaries: new WeakMap(), flagParams: new WeakMap(), intactLists: new WeakMap() };
    programCaches.set(program, c);
  }
  return c;
}

interface CallInfo {
  tags: readonly EffectTag[];
  decl: ts.SignatureDeclaration | undefined;
}

// ---------------------------------------------------------------------------------------------
// The per-unit analysis

/**
 * Elements read through one handle (`a.get(0, 1)`): a region of that handle's index space, worked
 * out only when a write could be seen by the read (it may ask the checker for index types).
 */
interface ElementRead {
  handle: Handle;
  region: () => Region | null;
}

interface Frame {
  label: string | null;
  loop: boolean;
  breaks: State[];
  continues: State[];
}

interface UnitCtx {
  fn: ts.Node;
  /** Function nodes whose declarations are local (the unit and the closures inlined into it). */
  locals: Set<ts.Node>;
  returnsValue: boolean;
  /** Caller names the function declares it writes on purpose (`@ndalias write x`). */
  intended: Set<string>;
  params: Map<string, number>;
  paramRoots: Set<string>;
  paramHandles: Map<number, Handle>;
  recs: Map<string, WriteRec>;
  lazy: Map<string, Handle | null>;
  raw: Set<string>;
  fnValues: Map<string, ts.FunctionLikeDeclaration>;
  frames: Frame[];
  /** Depth of inlined callbacks being analysed (returns inside them end the callback, not the unit). */
  inline: Array<{
    fn: ts.Node; returns: Array<State | null>; values: EV[]; readReturns: boolean;
    /**
     * A closure that returns nothing: the names its parameters stand for, and the names the caller
     * had when it ran. Written through those parameters, the memory is written on purpose, as a
     * `void` function writes what it is given; the caller's names are not other names of that write.
     */
    given?: { roots: string[]; callerKeys: ReadonlySet<string> };
  }>;
  /** Parameters of inlined closures stand for their argument's name (`clip(a)` writes through `a`). */
  nameAlias: Map<string, string>;
  info: Map<string, NameInfo>;
  /** Allocation sites that already ran in this unit (running again ages their memory). */
  allocated: Set<Buf>;
  /** Enclosing `try` statements with a `finally`: returns inside them run it before the function exits. */
  finallies: Array<Array<{ st: State; node: ts.Node; value?: EV }>>;
  /** Memory that comes from a parameter (for summaries): buffer → parameter, path, owner handle. */
  paramBufs: Map<Buf, { param: number; path: string; owner: Handle }>;
  outerReads: Set<ts.Symbol>;
  thisReads: Set<string>;
  /** States at each `return` (a closure made in this function sees its consts as they are then). */
  exitStates: State[];
  objAlias: Map<string, { sources: string[]; origin: ts.Node | null }>;
  /** Loop counters named by slice regions (`#k`): a change to one widens those regions. */
  counters: Set<string>;
  /** Lists bound to an array literal and only read by constant index since: the memory of each element. */
  listItems: Map<string, Map<string, Set<Buf>>>;
  summary: {
    returns: EV[]; yields: EV[]; exits: State[]; calls: Array<{ param: number; path: string }>;
    storedFns?: Array<{ param: number; path: string }>;
    /** Set by `summaryOf` only (not for a class's construction). */
    outerWrites?: OuterWrite[];
  } | null;
  /** Closures stored as elements (`handlers[]`), run where a helper calls its argument's elements. */
  fnElems: Map<string, Set<ts.FunctionLikeDeclaration>>;
  /** In a summary for a call with constant flags: the value of each such parameter. */
  knownFlags?: Map<ts.Symbol, boolean>;
}

/**
 * Work bounds: evaluation steps one function (with the summaries and closures it follows) and one
 * file may take. Past them the function is given up, with none of its findings: a file of unusual
 * shape (a long `switch` of returns in nested loops) costs a bounded time, never a hang.
 */
const MAX_UNIT_STEPS = 50_000;
const MAX_FILE_STEPS = 300_000;

class BudgetExceeded extends Error {}

/** How many object aliases one path lookup may pass through (`t.w` → `s.w` → …). */
const MAX_ALIAS_CHAIN = 8;

export class Analyzer {
  private readonly checker: ts.TypeChecker;
  private readonly cache: ProgramCache;
  private readonly symIds = new Map<ts.Symbol, number>();
  private nextId = 1;
  private readonly bufs = new Map<string, Buf>();
  private readonly handles = new Map<string, Handle>();
  private readonly nodeIds = new WeakMap<ts.Node, number>();
  private unit!: UnitCtx;
  /** Evaluation steps of the function being analysed, and of the whole file. */
  private unitSteps = 0;
  private fileSteps = 0;
  /** Names assigned in each function (for slice bounds given by names). */
  private readonly assigned = new WeakMap<ts.Node, Set<string>>();
  /** Keys being resolved through object aliases, to stop on alias cycles. */
  private readonly aliasLookups = new Set<string>();
  private readonly summaryStack: ts.Node[] = [];
  /** `returnsValue` of each function asked about. */
  private readonly returnsValueOf = new WeakMap<ts.Node, boolean>();
  /** Summaries that met recursion, by function and the summaries being computed around it (see `summaryOf`). */
  private readonly contextSummaries = new Map<string, Summary>();
  private tainted = false;
  readonly mutations = new Map<ts.Node, MutationFinding>();
  readonly lostWrites = new Map<ts.Node, LostWriteFinding>();
  private reporting = true;
  private readonly keySyms = new Map<string, ts.Symbol>();
  private paramProperties: Array<[string, string]> = [];
  private topLevelEnd: State | null = null;
  private readonly moduleConsts = new Map<string, Holding>();
  private readonly classInits = new Map<ts.Node, Map<string, Holding> | null>();
  /**
   * Set while `classInit` reads what other methods store in fields: memory those methods make is
   * memory of their earlier calls, so it is a site's "old" buffer, never the one its next run makes.
   */
  private earlierCalls = false;
  /** The file being analysed (findings are reported in it only). */
  private sf: ts.SourceFile | null = null;

  constructor(private readonly program: ts.Program) {
    this.checker = program.getTypeChecker();
    this.cache = cacheFor(program);
  }

  /** Analyses every function of `sf` (and its top level) and returns the findings. */
  analyzeFile(sf: ts.SourceFile): FileFindings {
    this.sf = sf;
    this.analyzeBounded(sf);
    this.rememberModuleConsts(sf);
    const visit = (n: ts.Node): void => {
      if (isFunctionLike(n) && n.body) this.analyzeBounded(n);
      forEachChild(n, visit);
    };
    forEachChild(sf, visit);
    const byPos = (a: { write: ts.Node }, b: { write: ts.Node }) => a.write.getStart() - b.write.getStart();
    return {
      mutations: [...this.mutations.values()].sort(byPos),
      lostWrites: [...this.lostWrites.values()].sort(byPos),
    };
  }

  // ------------------------------------------------------------------ identity helpers

  private id(n: ts.Node): number {
    let i = this.nodeIds.get(n);
    if (i === undefined) {
      i = this.nextId++;
      this.nodeIds.set(n, i);
    }
    return i;
  }

  private buf(kind: BufKind, site: ts.Node | null, key: string): Buf {
    let b = this.bufs.get(key);
    if (!b) {
      b = { id: this.nextId++, kind, site };
      this.bufs.set(key, b);
    }
    return b;
  }

  private handle(
    buf: Buf, view: boolean, site: ts.Node | null, key: string, region?: Region, regionOf?: Handle, shape?: readonly number[],
    from?: Handle, readOnly = false,
  ): Handle {
    if (readOnly) key += ":ro";
    let h = this.handles.get(key);
    if (!h) {
      h = { id: this.nextId++, buf, view, site };
      if (readOnly) h = { ...h, readOnly };
      if (from ?? regionOf) h = { ...h, from: from ?? regionOf };
      if (region && regionOf) h = { ...h, region, regionOf };
      const sh = shape ?? (!view ? buf.shape : undefined);
      if (sh) h = { ...h, shape: sh };
      this.handles.set(key, h);
    }
    return h;
  }

  /**
   * New memory made at `site`. Each site has a "recent" buffer (the memory its last run made) and
   * an "old" one (all earlier runs): running the site again first moves every name and pending
   * write from recent to old, so `prev = cur; cur = cur.mul(2)` in a loop keeps them apart.
   */
  private fresh(site: ts.Node, kind: BufKind, st: State, shape?: number[] | null, part = ""): EV {
    const b = this.buf(kind, site, `site:${this.id(site)}${part}${this.earlierCalls ? ":old" : ""}`);
    if (shape && !b.shape) b.shape = shape;
    if (this.unit.allocated.has(b)) this.age(st, b, this.buf(kind, site, `site:${this.id(site)}${part}:old`));
    else this.unit.allocated.add(b);
    const h = this.handle(b, false, site, `owner:${b.id}`);
    return { hs: new Set([h]), root: null, created: new Set([h]) };
  }

  private agedHandle(h: Handle, old: Buf): Handle {
    if (!h.view || !h.site) return this.handle(old, h.view, h.site, `owner:${old.id}`);
    const key = `view:${this.id(h.site)}:${old.id}`;
    const ro = h.readOnly === true;
    if (!h.regionOf) return this.handle(old, true, h.site, key, undefined, undefined, undefined, undefined, ro);
    const parent = this.agedHandle(h.regionOf, old);
    return this.handle(old, true, h.site, `${key}:r${parent.id}`, h.region, parent, h.shape, undefined, ro);
  }

  private agedHolding(hold: Holding, recent: Buf, old: Buf): Holding {
    const out: Holding = new Map();
    for (const [h, o] of hold) addHolding(out, new Map([[h.buf === recent ? this.agedHandle(h, old) : h, o]]));
    return out;
  }

  private age(st: State, recent: Buf, old: Buf): void {
    for (const [k, items] of this.unit.listItems) for (const bufs of items.values()) if (bufs.has(recent)) this.unit.listItems.delete(k);
    for (const [k, hold] of st.env) {
      let hit = false;
      for (const h of hold.keys()) if (h.buf === recent) hit = true;
      if (hit) st.env.set(k, this.agedHolding(hold, recent, old));
    }
    for (const rec of [...st.pending]) {
      if (rec.buf !== recent) continue;
      st.pending.delete(rec);
      const key = `${this.id(rec.site)}:${old.id}:${rec.writer ?? ""}`;
      let r2 = this.unit.recs.get(key);
      if (!r2) {
        r2 = {
          key, site: rec.site, buf: old, writer: rec.writer, writerHolding: new Map(), written: new Map(), others: new Map(), read: false,
        };
        if (rec.inCallee) r2 = { ...r2, inCallee: rec.inCallee };
        this.unit.recs.set(key, r2);
      }
      if (rec.byVoidClosure) r2.byVoidClosure = true;
      for (const k of rec.elementsMaybeOther ?? []) if (!r2.elementsSame?.has(k)) (r2.elementsMaybeOther ??= new Set()).add(k);
      for (const k of rec.elementsSame ?? []) {
        (r2.elementsSame ??= new Set()).add(k);
        r2.elementsMaybeOther?.delete(k);
      }
      addHolding(r2.writerHolding, this.agedHolding(rec.writerHolding, recent, old));
      for (const [h, r] of rec.written) this.addWritten(r2, h.buf === recent ? this.agedHandle(h, old) : h, r);
      for (const [k, hold] of rec.others) {
        let prev = r2.others.get(k);
        if (!prev) {
          prev = new Map();
          r2.others.set(k, prev);
        }
        addHolding(prev, this.agedHolding(hold, recent, old));
      }
      st.pending.add(r2);
    }
  }

  private viewOf(ev: EV, site: ts.Node, salt = "", decl?: ts.SignatureDeclaration, readOnly = false): EV {
    const hs = new Set<Handle>();
    const one = ev.hs.size === 1 ? [...ev.hs][0]! : null;
    const sliced = !salt && one ? this.viewRegion(site, decl, one.shape) : null;
    for (const h of ev.hs) {
      const key = `view:${this.id(site)}${salt}:${h.buf.id}`;
      // A view of a read-only view is read-only too.
      const ro = readOnly || h.readOnly === true;
      // A region is in the index space of the one handle it was sliced from.
      if (sliced && h === one) {
        hs.add(this.handle(h.buf, true, site, `${key}:r${h.id}`, sliced.region ?? undefined, h, sliced.shape ?? undefined, undefined, ro));
      } else hs.add(this.handle(h.buf, true, site, key, undefined, undefined, undefined, ev.hs.size === 1 ? h : undefined, ro));
    }
    return { hs, root: ev.root, created: new Set(hs) };
  }

  /**
   * The region and shape of a view call with constant arguments: a slice (`...specs`) covers a
   * region of its base; a reshape (`...shape`) covers all of it with a new shape. Known from the
   * parameter names of the declaration, so the runtime's signature is the contract.
   */
  private viewRegion(
    site: ts.Node, decl: ts.SignatureDeclaration | undefined, baseShape: readonly number[] | undefined,
  ): { region: Region | null; shape: number[] | null } | null {
    if (!isCallExpression(site) || !decl) return null;
    const p0 = decl.parameters[0];
    const pname = p0 && isIdentifier(p0.name) ? p0.name.text : "";
    const consts = this.constArgs(site.arguments, pname === "specs" ? site : undefined);
    if (!consts) return null;
    if (pname === "specs" && consts.length > 0) {
      const flat = consts.flat();
      return sliceRegion(flat, baseShape);
    }
    if (pname === "shape") {
      const dims = consts.flat().filter((x): x is number => typeof x === "number");
      if (dims.length === 0 || dims.some((d) => d < 0 || !Number.isInteger(d))) return null;
      const size = baseShape?.reduce((a, b) => a * b, 1);
      if (size !== undefined && dims.reduce((a, b) => a * b, 1) !== size) return null;
      return { region: null, shape: dims };
    }
    return null;
  }

  /** The part of its receiver a write call names (`set(index, v)`, `assign(spec, v)`), from constant arguments. */
  private writeRegion(node: ts.CallExpression | ts.NewExpression, decl: ts.SignatureDeclaration | undefined, h: Handle): Region | null {
    if (!decl || !isCallExpression(node) || node.arguments.length === 0) return null;
    const p0 = decl.parameters[0];
    const pname = p0 && isIdentifier(p0.name) ? p0.name.text : "";
    if (pname !== "index" && pname !== "spec") return null;
    const consts = this.constArgs([node.arguments[0]!], node);
    if (!consts) return null;
    const specs = consts[0]!;
    if (pname === "index" && !specs.every(isIndexSpec)) return null;
    return sliceRegion(pname === "index" ? specs.map(String) : specs, h.shape)?.region ?? null;
  }

  /**
   * The name of a Map entry: `m["pos"]` under a constant key (a string or number literal), or
   * `m[?]` for the entries set under keys not known here.
   */
  private mapEntryKey(root: string, keyNode: ts.Expression, outlives: boolean): { key: string; constant: boolean } {
    const text = mapKeyText(keyNode);
    const key = `${root}[${text ?? "?"}]`;
    const display = this.infoOf(root).display;
    this.setInfo(key, { display: text === null ? `${display}[]` : `${display}.get(${text})`, outlives, caller: false });
    return { key, constant: text !== null };
  }

  /** The elements a read call names (`get(...index)`), from constant arguments: a region of its receiver's one handle. */
  private readRegion(node: ts.CallExpression | ts.NewExpression, decl: ts.SignatureDeclaration | undefined, h: Handle): ElementRead | undefined {
    if (!decl || !isCallExpression(node) || node.arguments.length === 0) return undefined;
    const p0 = decl.parameters[0];
    if (!p0 || !p0.dotDotDotToken || !isIdentifier(p0.name) || p0.name.text !== "index") return undefined;
    let region: Region | null | undefined;
    return {
      handle: h,
      region: () => {
        if (region === undefined) {
          const index = this.constArgs(node.arguments, node)?.flat();
          region = index && index.every(isIndexSpec)
            ? sliceRegion(index.map(String), h.shape)?.region ?? null
            : null;
        }
        return region;
      },
    };
  }

  /**
   * The value of an integer expression known without running the code: literals, `const` names
   * bound to one (`const N = 64`), and `+ - *` of those (`N - 1`, `NBINS + 1`).
   */
  private constNumber(e: ts.Expression, depth = 0): number | null {
    e = skipOuter(e);
    if (isNumericLiteral(e)) return Number(e.text);
    if (depth > 4) return null;
    if (isPrefixUnaryExpression(e) && e.operator === SK.MinusToken) {
      const v = this.constNumber(e.operand, depth + 1);
      return v === null ? null : -v;
    }
    if (isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op !== SK.PlusToken && op !== SK.MinusToken && op !== SK.AsteriskToken) return null;
      const a = this.constNumber(e.left, depth + 1);
      const b = a === null ? null : this.constNumber(e.right, depth + 1);
      if (a === null || b === null) return null;
      const v = op === SK.PlusToken ? a + b : op === SK.MinusToken ? a - b : a * b;
      return Number.isSafeInteger(v) ? v : null;
    }
    if (isIdentifier(e)) {
      const d = this.symbolAt(e)?.valueDeclaration;
      if (d && isVariableDeclaration(d) && d.initializer && isVariableDeclarationList(d.parent) &&
        d.parent.flags & NodeFlags.Const) return this.constNumber(d.initializer, depth + 1);
    }
    return null;
  }

  /** Whether `e` is typed as a number (an index whose value is not known here). */
  private isNumber(e: ts.Expression): boolean {
    // A name declared `number` (or a TypeScript `let i = 0`): its type at any read is a number too.
    if (isIdentifier(e)) {
      const d = this.symbolAt(e)?.valueDeclaration;
      if (d && declaredNumber(d)) return true;
    }
    try {
      const t = this.checker.getTypeAtLocation(e);
      return (t.flags & TypeFlags.NumberLike) !== 0 && !(t.flags & TypeFlags.Union);
    } catch {
      return false;
    }
  }

  /**
   * The key of `e` when it is a name with one value wherever `at`'s function reads it: a `const`,
   * or a parameter or `let` of that same function that is never assigned. (A name declared in a
   * loop has one value per iteration: views kept from an earlier iteration are still taken as
   * disjoint, which can miss a finding but never makes one.)
   */
  private stableName(e: ts.Expression, at: ts.Node): string | null {
    e = skipOuter(e);
    if (!isIdentifier(e)) return null;
    const sym = this.symbolAt(e);
    const d = sym?.valueDeclaration;
    if (!sym || !d) return null;
    if (isVariableDeclaration(d) && isVariableDeclarationList(d.parent) && d.parent.flags & NodeFlags.Const) return this.symKey(sym);
    if (!(isParameter(d) || (isVariableDeclaration(d) && isVariableDeclarationList(d.parent) && d.parent.flags & NodeFlags.Let))) return null;
    const fn = containerOf(at);
    if (containerOf(d) !== fn || this.assignedNames(fn).has(e.text)) return null;
    return this.symKey(sym);
  }

  /**
   * A slice index held by a loop counter (`A.slice(k)` in the body of `for (let k = 0; ..; k++)`):
   * `#k`, the index `k` has now, or `#i>k+1` for `for (let i = k + 1; ..; i++)` inside it, an index
   * above `k`. Such names are followed: when one changes, regions that name it are widened.
   */
  private counterIndex(e: ts.Expression, at: ts.Node): string | null {
    const c = this.upCounter(e, at, 0);
    if (!c) return null;
    this.unit.counters.add(c.key);
    if (!c.above) return `#${c.key}`;
    this.unit.counters.add(c.above.key);
    return `#${c.key}>${c.above.key}+${c.above.plus}`;
  }

  /**
   * `e` is the counter of a `for (let i = START; ..; i++)` loop whose body holds `at` and never
   * assigns it (nor does its test): never negative when START is a constant >= 0, and at least
   * `k + c` when START is `k + c` (c >= 1) for a counter `k` of an enclosing loop the loop leaves alone.
   */
  private upCounter(e: ts.Expression, at: ts.Node, depth: number): { key: string; above: { key: string; plus: number } | null } | null {
    e = skipOuter(e);
    if (!isIdentifier(e) || depth > 3) return null;
    const sym = this.symbolAt(e);
    const d = sym?.valueDeclaration;
    if (!sym || !d || !isVariableDeclaration(d) || !isIdentifier(d.name) || !d.initializer) return null;
    const list = d.parent;
    const loop = list.parent;
    if (!isVariableDeclarationList(list) || !(list.flags & NodeFlags.Let) || list.declarations.length !== 1 ||
      !isForStatement(loop) || loop.initializer !== list || !loop.incrementor) return null;
    if (at.pos < loop.statement.pos || at.end > loop.statement.end) return null;
    const name = d.name.text;
    const inc = skipOuter(loop.incrementor);
    const counts = ((isPostfixUnaryExpression(inc) || isPrefixUnaryExpression(inc)) && inc.operator === SK.PlusPlusToken &&
      isIdentifier(skipOuter(inc.operand)) && (skipOuter(inc.operand) as ts.Identifier).text === name) ||
      (isBinaryExpression(inc) && inc.operatorToken.kind === SK.PlusEqualsToken && isIdentifier(skipOuter(inc.left)) &&
        (skipOuter(inc.left) as ts.Identifier).text === name && (this.constNumber(inc.right) ?? 0) > 0);
    if (!counts || this.assignedNames(loop.statement).has(name) || (loop.condition && this.assignedNames(loop.condition).has(name))) return null;
    const start = this.constNumber(d.initializer);
    if (start !== null) return Number.isInteger(start) && start >= 0 ? { key: this.symKey(sym), above: null } : null;
    const init = skipOuter(d.initializer);
    if (!isBinaryExpression(init) || init.operatorToken.kind !== SK.PlusToken) return null;
    const right = this.constNumber(init.right);
    const base = right !== null ? init.left : init.right;
    const plus = right ?? this.constNumber(init.left);
    const outer = plus !== null && Number.isInteger(plus) && plus >= 1 ? this.upCounter(base, loop, depth + 1) : null;
    if (!outer || this.assignedNames(loop).has((skipOuter(base) as ts.Identifier).text)) return null;
    return { key: this.symKey(sym), above: { key: outer.key, plus: plus! } };
  }

  /** Loop counter `key` changes: views whose regions name it no longer hold those regions. */
  private counterChanged(key: string, st: State): void {
    if (!this.unit.counters.has(key)) return;
    for (const [k, hold] of [...st.env]) {
      let stale = false;
      for (const h of hold.keys()) if (h.region && regionNames(h.region, key)) stale = true;
      if (!stale) continue;
      const out: Holding = new Map();
      for (const [h, o] of hold) {
        const w = h.region && regionNames(h.region, key)
          ? this.handle(h.buf, h.view, h.site, `wide:${h.id}`, undefined, undefined, undefined, h.from ?? h.regionOf, h.readOnly === true)
          : h;
        addHolding(out, new Map([[w, o]]));
      }
      st.env.set(k, out);
    }
  }

  /** Names assigned anywhere in `fn` (`x = ...`, `x += ...`, `x++`, destructuring, `for (x of ...)`). */
  private assignedNames(fn: ts.Node): Set<string> {
    let names = this.assigned.get(fn);
    if (names) return names;
    const out = new Set<string>();
    const target = (t: ts.Node): void => {
      t = isExpression(t) ? skipOuter(t) : t;
      if (isIdentifier(t)) out.add(t.text);
      else if (isArrayLiteralExpression(t) || isObjectLiteralExpression(t)) forEachChild(t, target);
      else if (isPropertyAssignment(t)) target(t.initializer);
      else if (isShorthandPropertyAssignment(t)) out.add(t.name.text);
      else if (isSpreadElement(t) || isSpreadAssignment(t)) target(t.expression);
      else if (isBinaryExpression(t) && t.operatorToken.kind === SK.EqualsToken) target(t.left);
    };
    const visit = (n: ts.Node): void => {
      if (isBinaryExpression(n) && n.operatorToken.kind >= SK.FirstAssignment &&
        n.operatorToken.kind <= SK.LastAssignment) target(n.left);
      else if ((isPrefixUnaryExpression(n) || isPostfixUnaryExpression(n)) &&
        (n.operator === SK.PlusPlusToken || n.operator === SK.MinusMinusToken)) target(n.operand);
      else if ((isForOfStatement(n) || isForInStatement(n)) && !isVariableDeclarationList(n.initializer)) target(n.initializer);
      forEachChild(n, visit);
    };
    visit(fn);
    names = out;
    this.assigned.set(fn, names);
    return names;
  }

  /**
   * Constant literal arguments (numbers, strings, arrays of them), or null. With `specsAt` (a
   * slice spec at that call), a template spec whose substitutions are names that keep one value
   * in the function (`\`0:${n}\``) is a spec with named bounds (`0:@v12`).
   */
  private constArgs(args: readonly ts.Expression[], specsAt?: ts.Node): Array<Array<string | number>> | null {
    const out: Array<Array<string | number>> = [];
    const one = (e: ts.Expression): string | number | null => {
      e = skipOuter(e);
      if (isStringLiteral(e) || isNoSubstitutionTemplateLiteral(e)) return e.text;
      if (specsAt && isTemplateExpression(e)) {
        let text = e.head.text;
        for (const span of e.templateSpans) {
          const k = this.constNumber(span.expression);
          const name = k === null ? this.stableName(span.expression, specsAt) : null;
          if (k === null && !name) return null;
          text += `${k ?? `@${name}`}${span.literal.text}`;
        }
        return text;
      }
      const k = this.constNumber(e);
      if (k !== null) return k;
      if (specsAt) {
        const counter = this.counterIndex(e, specsAt);
        if (counter) return counter;
      }
      // `set([i, 3], v)`, `slice(":", col)`: an index not known here stands for its whole axis
      if (specsAt && this.isNumber(e)) return "?";
      return null;
    };
    for (const a of args) {
      const e = skipOuter(a);
      if (isArrayLiteralExpression(e)) {
        const items = e.elements.map(one);
        if (items.some((x) => x === null)) return null;
        out.push(items as Array<string | number>);
      } else {
        const v = one(e);
        if (v === null) return null;
        out.push([v]);
      }
    }
    return out;
  }

  /** The shape a creation call makes, from constant arguments (by the creation function's parameter names). */
  private creationShape(node: ts.CallExpression | ts.NewExpression, decl: ts.SignatureDeclaration | undefined): number[] | null {
    if (!decl || !isCallExpression(node)) return null;
    const names = decl.parameters.map((p) => (isIdentifier(p.name) ? p.name.text : ""));
    const a0 = node.arguments[0] ? skipOuter(node.arguments[0]) : undefined;
    if (!a0) return null;
    if (names[0] === "nested") return isArrayLiteralExpression(a0) ? nestedShape(a0) : null;
    const consts = this.constArgs(node.arguments.slice(0, names[0] === "shape" ? 1 : 3));
    if (!consts) return null;
    const nums = consts.map((c) => c.filter((x): x is number => typeof x === "number"));
    if (names[0] === "shape") return nums[0]!.every((d) => Number.isInteger(d) && d >= 0) ? nums[0]! : null;
    if (names[0] === "n" && nums[0]?.length === 1) return [nums[0][0]!, nums[0][0]!];
    if (names[0] === "start" && names[2] === "num") return nums[2]?.length === 1 ? [nums[2][0]!] : node.arguments.length === 2 ? [50] : null;
    if (names[0] === "start" && names[1] === "stop") {
      const [start, stop, step] = [nums[0]?.[0], nums[1]?.[0], nums[2]?.[0] ?? 1];
      if (start === undefined) return null;
      const [lo, hi] = stop === undefined ? [0, start] : [start, stop];
      if (!step) return null;
      return [Math.max(0, Math.ceil((hi - lo) / step))];
    }
    return null;
  }

  private symKey(sym: ts.Symbol): string {
    let i = this.symIds.get(sym);
    if (i === undefined) {
      i = this.nextId++;
      this.symIds.set(sym, i);
      this.keySyms.set(`v${i}`, sym);
    }
    return `v${i}`;
  }

  /** `checker.getSymbolAtLocation`, once per node; undefined where the checker has none (or throws). */
  private symbolAt(node: ts.Node): ts.Symbol | undefined {
    const hit = this.cache.symbols.get(node);
    if (hit !== undefined) return hit ?? undefined;
    let sym: ts.Symbol | undefined;
    try {
      if (isIdentifier(node) && isPlainValueRead(node)) sym = this.checker.resolveName(node.text, node, SymbolFlags.Value, false);
      else sym = (isIdentifier(node) ? ownMemberSymbol(node, this.checker) : undefined) ?? this.checker.getSymbolAtLocation(node);
    } catch {
      sym = undefined;
    }
    this.cache.symbols.set(node, sym ?? null);
    return sym;
  }

  private isNDArray(node: ts.Node): boolean {
    const hit = this.cache.ndarrayType.get(node);
    if (hit !== undefined) return hit;
    let r = false;
    try {
      r = isNDArrayType(this.checker.getTypeAtLocation(node), this.checker);
    } catch {
      r = false;
    }
    this.cache.ndarrayType.set(node, r);
    return r;
  }

  /** A returned object variable (`return f` after `f.weights = w`): its fields as they are now. */
  private withPathFields(ev: EV, st: State, at: ts.Node): EV {
    if (!ev.root || ev.hs.size > 0 || ev.fields) return ev;
    const fields = new Map<string, Field>();
    for (const [k, hold] of st.env) {
      if (!isSubKey(k, ev.root) || k[ev.root.length] !== ".") continue;
      const f = k.slice(ev.root.length + 1);
      if (/[.[]/.test(f) || hold.size === 0) continue;
      fields.set(f, { ev: { hs: new Set(hold.keys()), root: null, created: NONE }, node: at });
    }
    return fields.size > 0 ? { ...ev, fields } : ev;
  }

  /** A parameter written as the array type (`x: NDArray`, `x?: NDArray | null`): known without building its type. */
  private paramTypeIsNDArray(p: ts.ParameterDeclaration): boolean {
    try {
      return !!p.type && typeNodeIsNDArray(p.type, this.checker);
    } catch {
      return false;
    }
  }

  /** Whether a read of a name or property (`data`, `this.w`) gives an array: from its declaration when that tells, else its type. */
  private readIsNDArray(node: ts.Node): boolean {
    return this.declaredAt(node) ?? this.isNDArray(node);
  }

  /** `declaredArrayness` of the name read at `node`: whether its declaration alone says it is an array. */
  private declaredAt(node: ts.Node): boolean | undefined {
    const name = isPropertyAccessExpression(node) ? node.name : isIdentifier(node) ? node : null;
    const sym = name ? this.symbolAt(name) : undefined;
    const d = sym && soleValueDeclaration(sym);
    if (!d) return undefined;
    try {
      return declaredArrayness(d, this.checker);
    } catch {
      return undefined;
    }
  }

  /** Whether an expression's type is a type parameter (`T`, `T | undefined`). */
  private typedByParameter(node: ts.Node): boolean {
    return this.typeHasFlags(node, TypeFlags.TypeParameter, false);
  }

  /** The type at `node`, or one member of its union, has one of `flags` (`onError` where the checker throws). */
  private typeHasFlags(node: ts.Node, flags: ts.TypeFlags, onError: boolean): boolean {
    try {
      const t = this.checker.getTypeAtLocation(node);
      return (t.isUnion() ? t.types : [t]).some((x) => (x.flags & flags) !== 0);
    } catch {
      return onError;
    }
  }



  private setInfo(key: string, info: NameInfo): void {
    if (!this.unit.info.has(key)) this.unit.info.set(key, info);
  }

  private infoOf(key: string): NameInfo {
    const known = this.unit.info.get(key);
    if (known) return known;
    // A path first made elsewhere (through an object alias): named after its root.
    const root = this.rootOf(key);
    if (root !== key) {
      const r = this.unit.info.get(root) ?? { display: this.keySyms.get(root)?.name ?? root, outlives: false, caller: false };
      return { display: r.display + pathDisplay(key.slice(root.length)), outlives: r.outlives, caller: r.caller };
    }
    return { display: this.keySyms.get(key)?.name ?? key, outlives: false, caller: false };
  }

  /** `infoOf(key).outlives || infoOf(rootOf(key)).outlives`, without making a display name. */
  private outlivesAny(key: string): boolean {
    const info = this.unit.info;
    if (info.get(key)?.outlives) return true;
    const root = this.rootOf(key);
    return root !== key && info.get(root)?.outlives === true;
  }

  private rootOf(key: string): string {
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c === 46 /* . */ || c === 91 /* [ */) return i === 0 ? key : key.slice(0, i);
    }
    return key;
  }

  /**
   * The declaration a call resolves to and its `@ndalias` tags. The callee's symbol is asked first
   * (cheap); overload resolution runs only when the declarations disagree or none is found.
   */
  private callInfo(node: ts.CallExpression | ts.NewExpression, onArray = false): CallInfo {
    const hit = this.cache.effects.get(node);
    if (hit) return hit;
    let info: CallInfo | null = null;
    try {
      const callee = skipOuter(node.expression);
      // A method of an array: its declaration is the ndarray class member of that name (no type query).
      const members = onArray && isPropertyAccessExpression(callee) ? this.cache.ndMembers?.get(callee.name.text) : undefined;
      const m0 = members?.[0];
      if (m0 && tsIsFunctionLike(m0) && members!.every((d) => effectsOfDeclaration(d).length === effectsOfDeclaration(m0).length)) {
        info = { tags: effectsOfDeclaration(m0), decl: m0 };
        this.cache.effects.set(node, info);
        return info;
      }
      const nameNode = isPropertyAccessExpression(callee) ? callee.name : isIdentifier(callee) ? callee : null;
      let sym = isPropertyAccessExpression(callee) ? this.declaredMember(callee) : undefined;
      if (!sym && nameNode) sym = this.symbolAt(nameNode);
      if (sym && sym.flags & SymbolFlags.Alias) sym = this.checker.getAliasedSymbol(sym);
      const decls = (sym?.declarations ?? []).filter((d): d is ts.SignatureDeclaration => tsIsFunctionLike(d));
      if (isCallExpression(node) && decls.length > 0) {
        const first = decls[0]!;
        const same = decls.length === 1 || decls.every((d) => effectsText(d) === effectsText(first));
        const bodies = decls.filter((d) => isFunctionLike(d) && d.body);
        if (same && (bodies.length === 0 || decls.length === 1)) info = { tags: effectsOfDeclaration(first), decl: first };
      }
      const ctor = isNewExpression(node) && sym ? constructorOf(sym) : null;
      if (ctor) info = { tags: ctor.decl ? effectsOfDeclaration(ctor.decl) : [], decl: ctor.decl };
      if (!info) {
        let decl = this.checker.getResolvedSignature(node)?.getDeclaration();
        // An overload signature: its tags, and the implementation's body for the summary.
        if (decl && isFunctionLike(decl) && !decl.body && effectsOfDeclaration(decl).length === 0) {
          const impl = decls.find((d) => isFunctionLike(d) && d.body);
          if (impl) decl = impl;
        }
        info = { tags: decl ? effectsOfDeclaration(decl) : [], decl };
      }
    } catch {
      info = { tags: [], decl: undefined };
    }
    if (!this.cache.ndMembers && info.decl && info.tags.length > 0) this.learnNdarrayClass(info.decl.parent);
    this.cache.effects.set(node, info);
    return info;
  }

  /**
   * `Math.max`, `console.log`: a member of a variable a declaration file declares with a written
   * type, found in that type (without the flow analysis of the receiver a symbol query makes).
   */
  private declaredMember(callee: ts.PropertyAccessExpression): ts.Symbol | undefined {
    const recv = skipOuter(callee.expression);
    return isIdentifier(recv) ? declaredMemberOf(callee, this.symbolAt(recv), this.checker) : undefined;
  }

  /** Remembers the members of the `@ndalias ndarray` class (for method lookups without type queries). */
  private learnNdarrayClass(cls: ts.Node | undefined): void {
    if (!cls || !(isClassDeclaration(cls) || isInterfaceDeclaration(cls))) return;
    if (!effectsOfDeclaration(cls).some((t) => t.kind === "ndarray")) return;
    const members = new Map<string, ts.Declaration[]>();
    for (const m of cls.members) {
      const name = m.name && (isIdentifier(m.name) || isPrivateIdentifier(m.name)) ? m.name.text : null;
      if (!name) continue;
      const list = members.get(name) ?? [];
      list.push(m);
      members.set(name, list);
    }
    this.cache.ndMembers = members;
  }

  private propertyTags(node: ts.PropertyAccessExpression | ts.ElementAccessExpression, onArray = false): readonly EffectTag[] {
    if (onArray && isPropertyAccessExpression(node) && this.cache.ndMembers) {
      for (const d of this.cache.ndMembers.get(node.name.text) ?? []) {
        const tags = effectsOfDeclaration(d);
        if (tags.length > 0) return tags;
      }
    }
    let sym: ts.Symbol | undefined;
    try {
      sym = this.symbolAt(isPropertyAccessExpression(node) ? node.name : node.argumentExpression);
      if (sym && sym.flags & SymbolFlags.Alias) sym = this.checker.getAliasedSymbol(sym);
    } catch {
      sym = undefined;
    }
    for (const d of sym?.declarations ?? []) {
      const tags = effectsOfDeclaration(d);
      if (tags.length > 0) return tags;
    }
    return [];
  }

  // ------------------------------------------------------------------ units

  private newUnit(fn: ts.Node): UnitCtx {
    return {
      fn, locals: new Set([fn]), returnsValue: false, intended: new Set(), params: new Map(), paramRoots: new Set(),
      paramHandles: new Map(), recs: new Map(), lazy: new Map(), raw: new Set(), fnValues: new Map(), frames: [],
      inline: [], summary: null, fnElems: new Map(), nameAlias: new Map(), info: new Map(), allocated: new Set(), finallies: [], paramBufs: new Map(), outerReads: new Set(), thisReads: new Set(), exitStates: [], objAlias: new Map(), counters: new Set(), listItems: new Map(),
    };
  }

  /**
   * What module-level `const` arrays share memory with which (`const POS = STATE.slice("0:2")`), so
   * a function that writes one sees the others as names of the same memory.
   */
  private rememberModuleConsts(sf: ts.SourceFile): void {
    this.rememberConsts(sf.statements, this.topLevelEnd);
  }

  /** The `const` arrays of a scope as it ends: closures analysed later see which share memory. */
  private rememberConsts(statements: readonly ts.Statement[], end: State | null): void {
    if (!end) return;
    for (const s of statements) {
      if (!isVariableStatement(s) || !(s.declarationList.flags & NodeFlags.Const)) continue;
      for (const d of s.declarationList.declarations) {
        if (!isIdentifier(d.name)) continue;
        const sym = this.symbolAt(d.name);
        if (!sym) continue;
        const key = this.symKey(sym);
        const hold = end.env.get(key);
        if (!hold || hold.size === 0) continue;
        // Origins kept: `const same = acc` is still where the `.copy()` fix goes.
        this.moduleConsts.set(key, hold);
      }
    }
  }

  /** Binds a module-level const and every other module-level const sharing its memory. */
  private seedModuleConst(key: string, st: State): void {
    const hold = this.moduleConsts.get(key);
    if (!hold) return;
    const bufs = new Set([...hold.keys()].map((h) => h.buf));
    for (const [k, h2] of this.moduleConsts) {
      if (st.env.has(k) || ![...h2.keys()].some((h) => bufs.has(h.buf))) continue;
      const sym = this.keySyms.get(k);
      // (a const of another function, `const window = SCRATCH.slice(..)`, is no name here)
      const d = sym?.valueDeclaration;
      if (d && !encloses(containerOf(d), this.unit.fn)) continue;
      this.setInfo(k, { display: sym?.name ?? k, outlives: true, caller: false });
      st.env.set(k, h2);
    }
  }

  /** `analyzeUnit` within the work bounds: a function past them adds no finding. */
  private analyzeBounded(fn: ts.SourceFile | ts.FunctionLikeDeclaration): void {
    if (this.fileSteps > MAX_FILE_STEPS) return;
    const mutations = new Set(this.mutations.keys());
    const lostWrites = new Set(this.lostWrites.keys());
    this.unitSteps = 0;
    try {
      this.analyzeUnit(fn);
    } catch (e) {
      if (!(e instanceof BudgetExceeded)) throw e;
      for (const k of [...this.mutations.keys()]) if (!mutations.has(k)) this.mutations.delete(k);
      for (const k of [...this.lostWrites.keys()]) if (!lostWrites.has(k)) this.lostWrites.delete(k);
      this.tainted = false;
    }
  }

  private step(): void {
    this.fileSteps++;
    if (++this.unitSteps > MAX_UNIT_STEPS || this.fileSteps > MAX_FILE_STEPS) throw new BudgetExceeded();
  }

  private analyzeUnit(fn: ts.SourceFile | ts.FunctionLikeDeclaration): void {
    const saved = this.unit;
    const u = this.newUnit(fn);
    this.unit = u;
    try {
      const st: State = newState();
      let ends: State[];
      if (isSourceFile(fn)) {
        ends = this.execList(fn.statements, [st]);
      } else {
        u.returnsValue = this.returnsValue(fn);
        this.bindParams(fn, st, true);
        ends = this.execBody(fn, st);
      }
      for (const end of ends) this.exit(end, fn);
      if (isSourceFile(fn)) this.topLevelEnd = joinAll(ends);
      else if (fn.body && isBlock(fn.body) && this.reporting) this.rememberConsts(fn.body.statements, joinAll([...ends, ...u.exitStates]));
      if (this.reporting) this.reportLostWrites(u);
    } finally {
      this.unit = saved;
    }
  }

  private execBody(fn: ts.FunctionLikeDeclaration, st: State): State[] {
    const body = fn.body;
    if (!body) return [st];
    if (isBlock(body)) return this.execList(body.statements, [st]);
    const ev = this.eval(body, st);
    this.readEV(ev, st, body);
    if (this.unit.summary) this.unit.summary.returns.push(ev);
    this.exit(st, body);
    return [];
  }

  /** Whether `fn` returns a value its caller may use (API.md: memory that outlives it counts as read). */
  private returnsValue(fn: ts.FunctionLikeDeclaration): boolean {
    let r = this.returnsValueOf.get(fn);
    if (r === undefined) {
      r = this.computeReturnsValue(fn);
      this.returnsValueOf.set(fn, r);
    }
    return r;
  }

  private computeReturnsValue(fn: ts.FunctionLikeDeclaration): boolean {
    if (!fn.body || isConstructorDeclaration(fn) || isSetAccessorDeclaration(fn)) return false;
    if (fn.type && (fn.type.kind === SK.VoidKeyword || fn.type.kind === SK.UndefinedKeyword)) return false;
    if (isBlock(fn.body)) {
      let found = false;
      const visit = (n: ts.Node): void => {
        if (found || isFunctionLike(n) || isClassLike(n)) return;
        if (isReturnStatement(n) && n.expression) found = true;
        else forEachChild(n, visit);
      };
      forEachChild(fn.body, visit);
      if (!found) return false;
    }
    return !this.voidContext(fn);
  }

  /** A function expression whose caller expects `void` (a `forEach` callback, an event handler). */
  private voidContext(fn: ts.FunctionLikeDeclaration): boolean {
    if (!isArrowFunction(fn) && !isFunctionExpression(fn)) return false;
    try {
      const ct = this.checker.getContextualType(fn);
      if (!ct) return false;
      const sigs = ct.getNonNullableType().getCallSignatures();
      if (sigs.length === 0) return false;
      return sigs.every((s) => (s.getReturnType().flags & (TypeFlags.Void | TypeFlags.Undefined)) !== 0);
    } catch {
      return false;
    }
  }

  /** `before`: for a closure run at a call site, the writes pending when the call began. */
  private bindParams(
    fn: ts.FunctionLikeDeclaration, st: State, asCaller: boolean, values?: Array<EV | null>, before?: ReadonlySet<WriteRec>,
  ): void {
    this.paramProperties = [];
    this.bindParamList(fn, st, asCaller, values, before);
    for (const [name, key] of this.paramProperties) {
      const hold = st.env.get(key);
      if (!hold) continue;
      this.setInfo("this", { display: "this", outlives: true, caller: false });
      this.setInfo(`this.${name}`, { display: `this.${name}`, outlives: true, caller: false });
      st.env.set(`this.${name}`, hold);
    }
  }

  private bindParamList(
    fn: ts.FunctionLikeDeclaration, st: State, asCaller: boolean, values?: Array<EV | null>, before?: ReadonlySet<WriteRec>,
  ): void {
    const u = this.unit;
    const intendedNames = new Set<string>();
    if (asCaller) {
      for (const t of effectsOfDeclaration(fn)) if (t.kind === "write" && t.args[0] && t.args[0] !== "this") intendedNames.add(t.args[0]);
    }
    fn.parameters.forEach((p, i) => {
      if (!isIdentifier(p.name)) {
        if (values) {
          this.bindPattern(p.name, values[i] ?? empty(), p, st);
          return;
        }
        // `({ momentum }: State)`: the fields come from the caller's object.
        const pseudo = `p${this.id(p)}`;
        this.setInfo(pseudo, { display: `parameter ${i + 1}`, outlives: false, caller: false });
        st.env.set(pseudo, new Map());
        if (asCaller) {
          u.paramRoots.add(pseudo);
          u.params.set(pseudo, i);
        }
        this.bindPattern(p.name, { hs: NONE, root: pseudo, created: NONE }, p, st);
        return;
      }
      // (a parameter property's name is also its property: the body reads the parameter)
      const sym = isParameterProperty(p) ? this.checker.getSymbolsOfParameterPropertyDeclaration(p, p.name.text)[0] : this.symbolAt(p.name);
      if (!sym) return;
      const key = this.symKey(sym);
      this.setInfo(key, { display: p.name.text, outlives: false, caller: false });
      if (asCaller && isConstructorDeclaration(fn) && isParameterProperty(p)) {
        this.paramProperties.push([p.name.text, key]);
      }
      const given = values?.[i];
      // Each run of a closure binds its parameters anew: what earlier runs wrote through them (or
      // their aliases) is not read through the new binding (`xs.forEach((x) => ...)` gets the
      // next element; a handler, the next event's array).
      const earlier = values ? [...st.pending].filter((r) => !before?.has(r)) : [];
      const rebind = (): void => {
        if (earlier.length > 0) st.dead.set(key, new Set(earlier));
        else st.dead.delete(key);
      };
      if (values) rebind();
      if (given) {
        this.bindName(key, given, p, st);
        if (given.root) {
          // The parameter is another spelling of the argument's name, not a name made now: it
          // sees what was written before the call.
          u.nameAlias.set(key, this.canon(given.root));
          rebind();
        } else u.nameAlias.delete(key);
        return;
      }
      if (!paramIsNotArray(p) && (this.paramTypeIsNDArray(p) || this.isNDArray(p) || (asCaller && this.unit.summary && this.typedByParameter(p)))) {
        const b = this.buf("external", null, `param:${this.id(p)}`);
        const h = this.handle(b, false, null, `owner:${b.id}`);
        st.env.set(key, new Map([[h, new Set<ts.Node | null>([p])]]));
        if (asCaller) {
          const ck = `caller:${key}`;
          this.setInfo(ck, { display: `the caller's \`${p.name.text}\``, outlives: true, caller: true });
          st.env.set(ck, new Map([[h, new Set<ts.Node | null>([null])]]));
          u.params.set(key, i);
          u.paramHandles.set(i, h);
          u.paramBufs.set(b, { param: i, path: "", owner: h });
          if (intendedNames.has(p.name.text)) u.intended.add(ck);
        }
      } else {
        st.env.set(key, new Map());
        if (asCaller) {
          u.paramRoots.add(key);
          u.params.set(key, i);
          if (intendedNames.has(p.name.text)) u.intended.add(`caller:${key}`);
        }
      }
    });
  }

  /** Function exit: memory that outlives the function counts as read (value-returning functions). */
  private exit(st: State, at: ts.Node): void {
    const u = this.unit;
    if (u.inline.length > 0 || st.pending.size === 0) return;
    // Lost writes: memory still held by a name that outlives the function escapes.
    const escaping = new Set<Buf>();
    st.env.forEach((hold, k) => {
      if (hold.size === 0 || !this.outlivesAny(k)) return;
      for (const h of hold.keys()) escaping.add(h.buf);
    });
    for (const rec of st.pending) {
      if (escaping.has(rec.buf)) rec.read = true;
      if (!u.returnsValue) continue;
      // Written through its own outliving name or path (`this.w.fill(0)`, `HISTORY.fill(0)`): plain
      // mutation; only reads in the function itself count.
      if (rec.writer && this.outlivesAny(rec.writer) && !this.infoOf(rec.writer).caller) continue;
      for (const [k, hold] of rec.others) {
        if (k === rec.writer || this.isIntended(k) || !this.outlivesAny(k)) continue;
        this.finding(rec, k, hold, at, true);
      }
    }
  }

  /** The name a key stands for: an inlined closure's parameter is its argument's name. */
  private canon(key: string): string {
    const alias = this.unit.nameAlias;
    if (alias.size === 0) return key;
    for (let i = 0; i < 4; i++) {
      const root = this.rootOf(key);
      const to = alias.get(root);
      if (to === undefined) return key;
      key = to + key.slice(root.length);
    }
    return key;
  }

  /**
   * A property key that is a unique symbol (`rec[kRaw]` with `const kRaw = Symbol("raw")`, or
   * `Symbol.iterator`): a named field of its own (`@kRaw`), never one of the string-named fields.
   * A `const` string or number names the field it spells (`const LEFT = "left"`: `buses[LEFT]`
   * is `buses.left`).
   */
  private symbolKey(e: ts.Expression): string | null {
    e = skipOuter(e);
    if (isPropertyAccessExpression(e) && isIdentifier(e.expression) && e.expression.text === "Symbol") return `@Symbol_${e.name.text}`;
    if (!isIdentifier(e)) return null;
    const d = this.symbolAt(e)?.valueDeclaration;
    if (!d || !isVariableDeclaration(d) || !isVariableDeclarationList(d.parent) || !(d.parent.flags & NodeFlags.Const) || !d.initializer) return null;
    const init = skipOuter(d.initializer);
    // a constant name for a property: `const LEFT = "left"` (`{ [LEFT]: a }`, `buses[LEFT]`)
    if (isStringLiteral(init) || isNoSubstitutionTemplateLiteral(init)) return init.text;
    if (isNumericLiteral(init)) return String(Number(init.text));
    if (!isCallExpression(init)) return null;
    const callee = skipOuter(init.expression);
    const isSymbolCall = (isIdentifier(callee) && callee.text === "Symbol") ||
      (isPropertyAccessExpression(callee) && isIdentifier(callee.expression) && callee.expression.text === "Symbol" && callee.name.text === "for");
    return isSymbolCall ? `@${e.text}` : null;
  }

  /**
   * For a write through a parameter of an inlined closure that returns nothing (or a path or view
   * under it): the names its caller had, which do not count as other names of that write.
   */
  private givenTo(writer: string): ReadonlySet<string> | null {
    for (const f of this.unit.inline) {
      if (f.given?.roots.some((r) => writer === r || isSubKey(writer, r))) return f.given.callerKeys;
    }
    return null;
  }

  private isIntended(k: string): boolean {
    for (const i of this.unit.intended) if (k === i || isSubKey(k, i)) return true;
    return false;
  }

  private reportLostWrites(u: UnitCtx): void {
    let captured: Set<string> | null = null;
    const readSites = new Set<ts.Node>();
    for (const rec of u.recs.values()) if (rec.read) readSites.add(rec.site);
    for (const rec of u.recs.values()) {
      if (rec.read || rec.buf.kind !== "copy" || readSites.has(rec.site) || rec.byVoidClosure) continue;
      captured ??= this.capturedKeys(u.fn);
      const names = [rec.writer, ...rec.others.keys()];
      if (names.some((k) => k !== null && captured!.has(this.rootOf(k)))) continue;
      if (!this.lostWrites.has(rec.site)) {
        this.lostWrites.set(rec.site, {
          write: rec.site, copySite: rec.buf.site, writer: rec.writer ? this.infoOf(rec.writer).display : null,
        });
      }
    }
  }

  /** Keys of the unit's names referenced inside nested functions (they may be read later, when those run). */
  private capturedKeys(fn: ts.Node): Set<string> {
    const out = new Set<string>();
    const inNested = (n: ts.Node): void => {
      if (isIdentifier(n)) {
        const sym = this.symbolAt(n);
        if (sym) out.add(this.symKey(sym));
      }
      forEachChild(n, inNested);
    };
    // Closures run in place (inlined) were followed; the others may run later and read anything.
    const visit = (n: ts.Node): void => {
      if (n !== fn && isFunctionLike(n)) {
        if (!this.unit.locals.has(n)) inNested(n);
      } else forEachChild(n, visit);
    };
    visit(fn);
    return out;
  }

  // ------------------------------------------------------------------ reads, writes, findings

  private bufsOf(hs: ReadonlySet<Handle>): Set<Buf> {
    const s = new Set<Buf>();
    for (const h of hs) s.add(h.buf);
    return s;
  }

  /**
   * A read of `ev` at `at`: through its name (and everything reachable under it), or anonymously.
   * `elements`: only those elements of its one handle are read (`get(0, 1)`).
   */
  private readEV(ev: EV, st: State, at: ts.Node, elements?: ElementRead): void {
    if (ev.root) this.readName(ev.root, ev.hs, st, at, true, elements);
    else if (ev.hs.size > 0 && st.pending.size > 0) this.markRead(st, this.bufsOf(ev.hs));
    for (const p of ev.parts ?? []) this.readEV(p, st, at);
    for (const f of ev.fields?.values() ?? []) this.readEV(f.ev, st, at);
  }

  private markRead(st: State, bufs: Set<Buf>): void {
    if (bufs.size === 0 || st.pending.size === 0) return;
    for (const rec of st.pending) if (bufs.has(rec.buf)) rec.read = true;
  }

  private readName(rawKey: string, hs: ReadonlySet<Handle>, st: State, at: ts.Node, deep: boolean, elements?: ElementRead): void {
    const key = this.canon(rawKey);
    if (this.unit.summary) {
      this.noteOuter(key, this.unit.outerReads);
      if (key.startsWith("this.") && hs.size > 0) this.unit.thisReads.add(key.slice(4));
    }
    if (hs.size > 0 && st.pending.size > 0) {
      const bufs = this.bufsOf(hs);
      for (const rec of st.pending) {
        if (!bufs.has(rec.buf)) continue;
        rec.read = true;
        if (rec.writer === key || st.dead.get(key)?.has(rec) || rebound(st, rawKey, rec)) continue;
        const other = rec.others.get(key);
        if (other) this.finding(rec, key, other, at, false, elements, st);
      }
    }
    if (deep) st.env.forEach((hold, k) => {
      if (isSubKey(k, rawKey)) this.readName(k, new Set(hold.keys()), st, at, false);
    });
  }

  /** In a summary: remember a module-level or captured name the function reads or writes. */
  private noteOuter(key: string, into: Set<ts.Symbol>): void {
    const root = this.rootOf(key);
    if (root === "this" || root.startsWith("caller:")) return;
    const info = this.infoOf(root);
    if (!info.outlives || info.caller) return;
    const sym = this.keySyms.get(root);
    if (sym) into.add(sym);
  }

  /** A value escapes (stored where the function cannot see): counts as read for lost writes only. */
  private escape(ev: EV, st: State): void {
    this.markRead(st, this.bufsOf(ev.hs));
    if (ev.root) for (const [k, hold] of st.env) if (isSubKey(k, ev.root)) this.markRead(st, this.bufsOf(new Set(hold.keys())));
    for (const f of ev.fields?.values() ?? []) this.escape(f.ev, st);
    for (const p of ev.parts ?? []) this.escape(p, st);
  }

  /** A write through `ev` at `site`. */
  private addWritten(rec: WriteRec, h: Handle, region: Region | null): void {
    if (!rec.written.has(h)) rec.written.set(h, region);
    else {
      const prev = rec.written.get(h);
      if (prev && (!region || JSON.stringify(prev) !== JSON.stringify(region))) rec.written.set(h, null);
    }
  }

  /** A write through `ev` at `site` (of `region` of its one handle, when the call names one). */
  /**
   * `first = history[0]; first.imul(..)` then `history[4]` read: when the writer was taken out of
   * the elements `k` of a list that may hold several arrays from one allocation site (made in a
   * loop), the element read may be another one: not reported (a missed finding rather than a false one).
   */
  private anotherElement(k: string, hold: Holding, b: Buf, writerHolding: Holding): boolean {
    // the elements of a list, or a path under them (`layers[].w`)
    const at = k.indexOf("[]");
    if (at < 0 || (at + 2 < k.length && k[at + 2] !== ".")) return false;
    // made in a loop (the list may hold one array per iteration), or an element not seen made
    let many = !b.site || madeInLoop(b);
    if (!many) for (const h of hold.keys()) if (h.buf !== b && h.buf.site === b.site) many = true;
    if (!many) return false;
    const container = k.slice(0, at);
    let origins = 0;
    for (const [h, o] of writerHolding) {
      if (h.buf !== b) continue;
      for (const n of o) {
        // taken out by `list[i]`, `list.at(i)`, `list.find(f)`
        const e = n && isExpression(n) ? skipOuter(n) : null;
        const obj = !e ? null : isElementAccessExpression(e) ? skipOuter(e.expression)
          : isCallExpression(e) && isPropertyAccessExpression(e.expression) && PICK_METHODS.has(e.expression.name.text)
            ? skipOuter(e.expression.expression) : null;
        if (!obj) return false;
        const sym = isIdentifier(obj) ? this.symbolAt(obj) : undefined;
        if (!sym || this.canon(this.symKey(sym)) !== container) return false;
        origins++;
      }
    }
    return origins > 0;
  }

  /**
   * `a = m.get("x"); b = m.get("y")` where `m`'s entries were made in a loop (one array per
   * iteration, under keys not known here): entries under two different constant keys are taken
   * as different arrays (a missed finding if one array was stored twice, rather than a false one).
   */
  private otherMapEntry(hold: Holding, b: Buf, writerHolding: Holding): boolean {
    return madeInLoop(b) && this.takenApart(hold, b, writerHolding, (n) => {
      const call = isExpression(n) ? skipOuter(n) : null;
      if (!call || !isCallExpression(call) || call.arguments.length !== 1 || !isPropertyAccessExpression(call.expression) ||
        call.expression.name.text !== "get") return null;
      const map = skipOuter(call.expression.expression);
      const sym = isIdentifier(map) ? this.symbolAt(map) : undefined;
      const text = mapKeyText(call.arguments[0]!);
      return sym && text !== null ? `${this.symKey(sym)}|${text}` : null;
    });
  }

  /**
   * The writer and the reader each reach `b` only through names taken out of one container
   * (`keyOf` gives `container|key` for where a name was taken out, null for anything else), and
   * the reader under no key the writer was taken out under.
   */
  private takenApart(hold: Holding, b: Buf, writerHolding: Holding, keyOf: (n: ts.Node) => string | null): boolean {
    const keys = (h: Holding): Set<string> | null => {
      const out = new Set<string>();
      for (const [x, origins] of h) {
        if (x.buf !== b) continue;
        for (const n of origins) {
          const e = n ? keyOf(n) : null;
          if (!e) return null;
          out.add(e);
        }
      }
      return out.size > 0 ? out : null;
    };
    const written = keys(writerHolding);
    const read = written && keys(hold);
    if (!written || !read) return false;
    const containers = new Set([...written, ...read].map((e) => e.slice(0, e.indexOf("|"))));
    return containers.size === 1 && [...read].every((e) => !written.has(e));
  }

  /**
   * Names taken out of one list at two different indices (`const [embed, hidden] = layers`,
   * `layers[0]` and `layers[1]`, `blocks[ia]` and `blocks[io]`), where the list may hold one array
   * per iteration (made in a loop or a `map` callback) or holds arrays made elsewhere: taken as
   * different arrays, as an element read by another index is (a missed finding if the list held
   * one array twice, rather than a false one).
   */
  private otherListElement(hold: Holding, b: Buf, writerHolding: Holding): boolean {
    return (!b.site || madePerIteration(b)) && this.takenApart(hold, b, writerHolding, (n) => this.listIndexOf(n));
  }

  /** The list and index a name was taken out at (`list[1]`, `obj.items[i]`, `const [a, b] = list`), as `list|index`. */
  private listIndexOf(n: ts.Node): string | null {
    let list: ts.Expression;
    let index: string | null;
    if (isBindingElement(n) && isArrayBindingPattern(n.parent) && !n.dotDotDotToken) {
      const pattern = n.parent;
      const decl = pattern.parent;
      if (!isVariableDeclaration(decl) || !decl.initializer) return null;
      list = decl.initializer;
      index = String(pattern.elements.indexOf(n));
    } else if (isExpression(n) && isElementAccessExpression(skipOuter(n))) {
      const e = skipOuter(n) as ts.ElementAccessExpression;
      list = e.expression;
      const k = this.constNumber(e.argumentExpression);
      index = k !== null ? (Number.isInteger(k) && k >= 0 ? String(k) : null) : `=${e.argumentExpression.getText().replace(/\s+/g, "")}`;
    } else {
      return null;
    }
    const key = index !== null ? this.listPathKey(list) : null;
    return key ? `${key}|${index}` : null;
  }

  /** A list named by a path (`layers`, `slab.blocks`, `this.frames`), as a key; null for anything else. */
  private listPathKey(e: ts.Expression): string | null {
    e = skipOuter(e);
    if (e.kind === SK.ThisKeyword) return "this";
    if (isIdentifier(e)) {
      const sym = this.symbolAt(e);
      return sym ? this.canon(this.symKey(sym)) : null;
    }
    if (isPropertyAccessExpression(e) && !e.questionDotToken && isIdentifier(e.name)) {
      const base = this.listPathKey(e.expression);
      return base ? `${base}.${e.name.text}` : null;
    }
    return null;
  }

  private writeEV(ev: EV, st: State, site: ts.Node, region: Region | null = null, inCallee?: WriteRec["inCallee"]): void {
    // A method write through a read-only view throws and changes nothing (the raw `data` buffer is
    // not guarded); a write through an empty view (`a.slice("0:0")`) or into an empty part changes nothing.
    if (region && regionEmpty(region)) return;
    const writesNothing = (h: Handle): boolean => (!ev.raw && h.readOnly === true) || (h.region !== undefined && regionEmpty(h.region));
    let someWriteNothing = false;
    for (const h of ev.hs) if (writesNothing(h)) someWriteNothing = true;
    if (someWriteNothing) {
      const hs = new Set([...ev.hs].filter((h) => !writesNothing(h)));
      ev = { ...ev, hs, created: new Set([...ev.created].filter((h) => hs.has(h))) };
      region = null;
    }
    if (ev.hs.size === 0) return;
    const writer = ev.root ? this.canon(ev.root) : null;
    if (writer) this.materializeAliases(writer, st);
    const writerHolding: Holding = new Map();
    const wh = writer ? st.env.get(writer) : undefined;
    if (wh && wh.size > 0) addHolding(writerHolding, wh);
    else for (const h of ev.hs) writerHolding.set(h, new Set([null]));
    // `rec[key]`: it holds whatever its named fields hold.
    if (writer?.endsWith("[]")) for (const h of ev.hs) if (!writerHolding.has(h)) writerHolding.set(h, new Set([null]));
    const record = writer?.endsWith("[]") ? writer.slice(0, -2) : null;
    if (this.unit.summary?.outerWrites) this.noteOuterWrite(ev, writer, site, st, this.unit.summary.outerWrites);
    for (const b of this.bufsOf(ev.hs)) {
      const key = `${this.id(site)}:${b.id}:${writer ?? ""}`;
      let rec = this.unit.recs.get(key);
      if (!rec) {
        rec = { key, site, buf: b, writer, writerHolding: new Map(), written: new Map(), others: new Map(), read: false };
        if (inCallee) rec = { ...rec, inCallee };
        this.unit.recs.set(key, rec);
      }
      addHolding(rec.writerHolding, writerHolding);
      for (const h of ev.hs) if (h.buf === b) this.addWritten(rec, h, ev.hs.size === 1 ? region : null);
      const given = writer ? this.givenTo(writer) : null;
      if (given) rec.byVoidClosure = true;
      // Written through `rec[key]`: the named fields of `rec` are that same slot, not other names.
      for (const [k0, hold] of st.env) {
        const k = this.canon(k0);
        if (k === writer || this.isIntended(k) || (given && underKeys(k, given))) continue;
        if (record && isNamedFieldKey(k, record)) continue;
        if (this.otherMapEntry(hold, b, writerHolding) || this.otherListElement(hold, b, writerHolding)) continue;
        let onB: Holding | null = null;
        for (const [h, o] of hold) {
          if (h.buf !== b) continue;
          onB ??= new Map();
          onB.set(h, o);
        }
        if (!onB) continue;
        if (this.anotherElement(k, hold, b, writerHolding)) {
          if (!rec.elementsSame?.has(k)) (rec.elementsMaybeOther ??= new Set()).add(k);
        } else {
          (rec.elementsSame ??= new Set()).add(k);
          rec.elementsMaybeOther?.delete(k);
        }
        let prev = rec.others.get(k);
        if (!prev) {
          prev = new Map();
          rec.others.set(k, prev);
        }
        addHolding(prev, onB);
      }
      st.pending.add(rec);
      // Written again after a name was rebound: that name sees this new write.
      for (const [k, d] of st.dead) if (d.has(rec)) st.dead.set(k, new Set([...d].filter((r) => r !== rec)));
    }
  }

  /**
   * In a summary: a write into memory an outer name (module-level or captured) held when the
   * function was called. Memory the function made itself, or took from a parameter, is not one.
   */
  private noteOuterWrite(ev: EV, writer: string | null, site: ts.Node, st: State, into: OuterWrite[]): void {
    const u = this.unit;
    // Each outer name's memory at entry: what it was looked up as (lazily, or as a module `const`).
    const entries: Array<[string, Handle]> = [];
    for (const [k, lh] of u.lazy) if (lh) entries.push([k, lh]);
    for (const [k, hold] of this.moduleConsts) if (st.env.has(k)) for (const h of hold.keys()) entries.push([k, h]);
    for (const h of ev.hs) {
      let best: OuterWrite | null = null;
      for (const [k, eh] of entries) {
        if (eh.buf !== h.buf || !st.env.get(k)?.has(eh)) continue;
        const sym = this.outerSymOf(k);
        if (!sym) continue;
        const own = writer !== null && this.canon(writer) === k;
        const view = !own && eh !== h;
        const cand: OuterWrite = {
          sym, path: k.slice(this.rootOf(k).length), own, view, site,
          writer: writer ? this.infoOf(writer).display : this.infoOf(k).display,
        };
        // the name written through, else one holding the very handle written, else a view's base
        if (!best || (own && !best.own) || (!best.own && best.view && !view)) best = cand;
      }
      if (best && !into.some((o) => o.site === site && o.sym === best!.sym && o.path === best!.path)) into.push(best);
    }
  }

  /** The module-level or captured name `key` is under (not `this`, a parameter or the caller's name for one), if it is one. */
  private outerSymOf(key: string): ts.Symbol | undefined {
    const root = this.rootOf(key);
    if (root === "this" || root.startsWith("caller:") || this.unit.paramRoots.has(root)) return undefined;
    const info = this.infoOf(root);
    return info.outlives && !info.caller ? this.keySyms.get(root) : undefined;
  }

  /**
   * In a summary, at its exits: the outer `let`s the function rebinds (directly or through the
   * functions it calls), each with what it holds then. An outer name still holding the memory it
   * was first read as (or never bound here) is left alone on that path.
   */
  private outerAssignsOf(
    exits: State[], refOf: (h: Handle) => ParamRef | null,
    outerOf: (h: Handle) => { sym: ts.Symbol; path: string; view: boolean } | null,
  ): Summary["outerAssigns"] {
    const u = this.unit;
    const out: Summary["outerAssigns"] = [];
    const keys = new Set<string>();
    for (const e of exits) for (const k of e.env.keys()) keys.add(k);
    for (const k of keys) {
      if (/[.[]/.test(k) || this.moduleConsts.has(k)) continue;
      const sym = this.outerSymOf(k);
      if (!sym || this.isLocalSymbol(sym) || !(sym.flags & SymbolFlags.Variable)) continue;
      const d = sym.valueDeclaration;
      if (d && isVariableDeclaration(d) && isVariableDeclarationList(d.parent) && d.parent.flags & NodeFlags.Const) continue;
      const entry = u.lazy.get(k);
      const values = new Map<string, OuterValue>();
      let keeps = false;
      let changed = false;
      for (const e of exits) {
        const hold = e.env.get(k);
        if (!hold || (entry && hold.size === 1 && hold.has(entry))) {
          keeps = true;
          continue;
        }
        changed = true;
        for (const h of hold.keys()) {
          const r = refOf(h);
          const o = r ? null : outerOf(h);
          if (r) values.set(`param:${r.param}${r.path}:${r.view}`, { kind: "param", ref: r });
          else if (o) values.set(`outer:${this.symKey(o.sym)}${o.path}:${o.view}`, { kind: "outer", ...o });
          else values.set("fresh", { kind: "fresh" });
        }
      }
      if (changed) out.push({ sym, values: [...values.values()], keeps });
    }
    return out;
  }

  /**
   * At a call: the callee rebinds outer `let`s, so the caller's names now hold what the callee left
   * there (all read before any is bound: `[cur, next] = [next, cur]` in the callee swaps them here).
   */
  private applyOuterAssigns(s: Summary, node: ts.CallExpression | ts.NewExpression, recv: EV | null, args: EV[], st: State): void {
    if (s.outerAssigns.length === 0) return;
    const next: Array<{ sym: ts.Symbol; v: EV; keeps: boolean }> = [];
    for (const a of s.outerAssigns) {
      let v: EV = empty();
      for (const x of a.values) {
        let part: EV | null;
        if (x.kind === "fresh") part = this.fresh(node, "unknown", st, null, `:rebinds:${this.symKey(a.sym)}`);
        else if (x.kind === "param") part = this.resolveRef(x.ref, recv, args, node, st);
        else part = this.outerPathValue(x.sym, x.path, x.view, node, st);
        if (part) v = this.union(v, { ...part, root: null });
      }
      next.push({ sym: a.sym, v, keeps: a.keeps });
    }
    for (const { sym, v, keeps } of next) {
      const key = this.symKey(sym);
      this.outerValue(sym, st); // (the name's display and memory before the call, where the callee may leave it)
      if (keeps) this.bindWeak(key, v, node, st);
      else this.bindName(key, v, node, st);
    }
  }

  /**
   * At a call: the callee's writes into memory of module-level or captured names happen now (as a
   * closure's would), so names of this function that share it and are read afterwards count.
   */
  private applyOuterWrites(s: Summary, st: State): void {
    for (const w of s.outerWrites) {
      // reported at the callee's write: only where that is in the file being linted (a summary,
      // kept for the whole program, keeps every one)
      if (!this.unit.summary && w.site.getSourceFile() !== this.sf) continue;
      const target = this.outerPathValue(w.sym, w.path, w.view, w.site, st);
      if (!target || target.hs.size === 0) continue;
      const key = this.symKey(w.sym) + w.path;
      this.writeEV({ hs: target.hs, root: w.own ? key : null, created: NONE }, st, w.site, null, { writer: w.writer });
    }
  }

  /** The caller's memory under an outer name's path (`DEFAULTS` and ".gain"), or views of it made at `site`. */
  private outerPathValue(sym: ts.Symbol, path: string, view: boolean, site: ts.Node, st: State): EV | null {
    const root = this.outerValue(sym, st);
    if (!root) return null;
    const v = path ? this.lookupPath(this.symKey(sym) + path, null, st) : root;
    if (!view) return v;
    const views = [...v.hs].map((h) => this.handle(h.buf, true, site, `outer-view:${this.id(site)}:${h.id}`, undefined, undefined, undefined, h));
    return { hs: new Set(views), root: null, created: NONE };
  }

  private finding(
    rec: WriteRec, readerKey: string, readerHolding: Holding, at: ts.Node, atExit: boolean, elements?: ElementRead, st?: State,
  ): void {
    if (!this.reporting || this.unit.summary) return;
    if (this.disjoint(rec, readerHolding, elements)) return;
    if (st && this.otherConstElements(rec, readerKey, readerHolding, at, st)) return;
    if (rec.elementsMaybeOther?.has(readerKey) && !this.sameConstElement(rec, at)) return;
    let shared: Handle | null = null;
    let isView = false;
    for (const h of readerHolding.keys()) {
      if (h.buf !== rec.buf) continue;
      if (rec.writerHolding.has(h)) shared ??= h;
      else isView = true;
    }
    // The writer may also reach the memory through a view the reader does not hold.
    if (shared) for (const h of rec.writerHolding.keys()) if (h.buf === rec.buf && h.view && !readerHolding.has(h)) isView = true;
    if (!shared && !isView) return;
    let f = this.mutations.get(rec.site);
    if (!f) {
      f = { write: rec.site, writer: rec.inCallee?.writer ?? (rec.writer ? this.infoOf(rec.writer).display : null), alias: null, view: null };
      this.mutations.set(rec.site, f);
    }
    const info = this.infoOf(readerKey);
    if (isView) {
      // The view to copy: the writer's own view if it has one, else the reader's.
      const viewsOf = (hold: Holding, exclude: Holding | null) =>
        [...hold.keys()].filter((h) => h.buf === rec.buf && h.view && !(exclude?.has(h)));
      // ... unless the reader's view was made from the writer's handle (`m = x.reshape(..)`,
      // `col = m.slice(..)`, write `m`, read `col`): then the reader's view is the one to copy.
      const derivedFrom = (h: Handle, of: Holding): boolean => {
        for (let p = h.from; p; p = p.from) if (of.has(p)) return true;
        return false;
      };
      const readerViews = viewsOf(readerHolding, rec.writerHolding);
      let cands = readerViews.filter((h) => derivedFrom(h, rec.writerHolding));
      if (cands.length === 0) cands = viewsOf(rec.writerHolding, readerHolding);
      if (cands.length === 0) cands = readerViews;
      const sites = new Set(cands.map((h) => h.site));
      // (a callee's write: where the view was made is in the callee, and no fix is offered)
      const site = sites.size === 1 && !rec.inCallee ? [...sites][0]! : null;
      const fix = site && isExpression(site) ? this.fixable(site) : null;
      if (f.view) {
        if (fix === null) f.view.partial = true;
        return;
      }
      f.view = { other: info.display, readAt: at, atExit, otherIsCaller: info.caller, madeAt: site, fix };
    } else {
      const h = shared!;
      const wo = [...(rec.writerHolding.get(h) ?? [])].filter((o) => o !== null);
      const ro = [...(readerHolding.get(h) ?? [])].filter((o) => o !== null);
      const cands = new Set(wo.length > 0 ? wo : ro);
      const site = cands.size === 1 && !rec.inCallee ? [...cands][0]! : null;
      let fix: Evidence["fix"] = null;
      if (site && isExpression(site)) fix = this.fixable(site);
      else if (site && isShorthandPropertyAssignment(site) && this.fixable(site.name)) fix = site;
      if (f.alias) {
        if (fix === null) f.alias.partial = true;
        return;
      }
      f.alias = { other: info.display, readAt: at, atExit, otherIsCaller: info.caller, madeAt: site, fix };
    }
  }

  /**
   * `first = digits[0].image; first.imul(2)` then `digits[1].image` read: the writer and the
   * reader reach the memory through constant elements of one list (each side by its own
   * expression when its name is the list's elements, else by where its name took the array), and
   * the elements on one side, as the list literal made them (`[a, b]`), do not hold the memory of
   * this write. The list is a `const` only ever read (`intactList`), so they are still there.
   */
  private otherConstElements(rec: WriteRec, readerKey: string, readerHolding: Holding, at: ts.Node, st: State): boolean {
    const side = (key: string | null, own: ts.Node, hold: Holding): Set<string> | null => {
      let nodes: Array<ts.Node | null>;
      if (key?.includes("[]")) nodes = [own];
      else {
        nodes = [];
        for (const [h, o] of hold) if (h.buf === rec.buf) nodes.push(...o);
      }
      const out = new Set<string>();
      for (const n of nodes) {
        const e = n && this.constElement(n);
        if (!e) return null;
        out.add(e);
      }
      return out.size > 0 ? out : null;
    };
    const w = side(rec.writer, rec.site, rec.writerHolding);
    const r = w && side(readerKey, at, readerHolding);
    if (!w || !r) return false;
    const list = (e: string) => e.slice(0, e.indexOf("|"));
    const lists = new Set([...w, ...r].map(list));
    if (lists.size !== 1) return false;
    // the elements, as the list literal made them: those written through, or those read through,
    // hold none of the memory of this write (`frames[]` stands for every element)
    const items = this.unit.listItems.get(list([...r][0]!));
    if (!items) return false;
    const lacks = (es: Set<string>) => [...es].every((e) => {
      const bufs = items.get(e.slice(e.indexOf("|") + 1));
      return bufs !== undefined && !bufs.has(rec.buf);
    });
    return lacks(w) || lacks(r);
  }

  /** The memory a value reaches: its arrays and, a few levels down, its fields' and elements'. */
  private bufsUnder(ev: EV, out: Set<Buf>, depth: number): Set<Buf> {
    for (const h of ev.hs) out.add(h.buf);
    if (depth < 3) {
      for (const f of ev.fields?.values() ?? []) this.bufsUnder(f.ev, out, depth + 1);
      for (const p of ev.parts ?? []) this.bufsUnder(p, out, depth + 1);
    }
    return out;
  }

  /**
   * `key` is a `const` list whose every use reads it: `list[0]` (not written), `list.length`,
   * `for (.. of list)`, non-mutating methods. Its literal's elements stay at their indices.
   */
  private intactList(key: string): boolean {
    const sym = this.keySyms.get(key);
    const d = sym?.valueDeclaration;
    if (!sym || !d || !isVariableDeclaration(d) || !isIdentifier(d.name) || !d.initializer ||
      !isArrayLiteralExpression(skipOuter(d.initializer)) || !isVariableDeclarationList(d.parent) || !(d.parent.flags & NodeFlags.Const)) return false;
    const hit = this.cache.intactLists.get(sym);
    if (hit !== undefined) return hit;
    const name = d.name.text;
    let intact = true;
    // typed readonly (`readonly [NDArray, NDArray]`, `as const`): no use can change it
    if (this.readonlyList(sym)) {
      this.cache.intactLists.set(sym, true);
      return true;
    }
    const visit = (n: ts.Node): void => {
      if (!intact) return;
      if (isIdentifier(n) && n.text === name && n !== d.name && this.symbolAt(n) === sym && !readOnlyListUse(n)) intact = false;
      forEachChild(n, visit);
    };
    visit(containerOf(d));
    this.cache.intactLists.set(sym, intact);
    return intact;
  }

  /** A name whose type is a readonly tuple or array (`readonly [NDArray, NDArray]`, `ReadonlyArray<NDArray>`). */
  private readonlyList(sym: ts.Symbol): boolean {
    try {
      const t = this.checker.getTypeOfSymbol(sym);
      if (this.checker.isTupleType(t)) return ((t as ts.TypeReference).target as ts.TupleType).readonly;
      return this.checker.isArrayType(t) && t.symbol?.name === "ReadonlyArray";
    } catch {
      return false;
    }
  }

  /** The read at `at` is through a constant element the writer was taken out of (`first = history[0]`, then `history[0]`). */
  private sameConstElement(rec: WriteRec, at: ts.Node): boolean {
    const read = this.constElement(at);
    if (!read) return false;
    for (const [h, o] of rec.writerHolding) {
      if (h.buf !== rec.buf) continue;
      for (const n of o) if (n && this.constElement(n) === read) return true;
    }
    return false;
  }

  /** The constant element an expression reaches (`digits[1].image.sum()`: `digits|1`), if any. */
  private constElement(n: ts.Node): string | null {
    let e: ts.Node = n;
    for (let i = 0; i < 8; i++) {
      if (isExpression(e)) e = skipOuter(e);
      if (isElementAccessExpression(e)) {
        const obj = skipOuter(e.expression);
        if (!isIdentifier(obj)) {
          e = obj;
          continue;
        }
        const idx = this.constNumber(e.argumentExpression);
        const sym = this.symbolAt(obj);
        return idx !== null && Number.isInteger(idx) && idx >= 0 && sym ? `${this.canon(this.symKey(sym))}|${idx}` : null;
      }
      if (isCallExpression(e) || isPropertyAccessExpression(e)) e = e.expression;
      else return null;
    }
    return null;
  }

  /** Every handle the write went through covers a region no handle of the reader covers. */
  private disjoint(rec: WriteRec, readerHolding: Holding, elements?: ElementRead): boolean {
    const reader = [...readerHolding.keys()].filter((h) => h.buf === rec.buf);
    const written = [...rec.written].filter(([h]) => h.buf === rec.buf);
    if (reader.length === 0 || written.length === 0) return false;
    for (const [w, part] of written) {
      for (const r of reader) {
        // The part written of `w` against a slice of `w`, or two slices of one handle.
        if (part && r.region && r.regionOf === w && regionsDisjoint(part, r.region)) continue;
        // (the part written lies inside `w`, so `w` and the reader on disjoint slices of one handle will do)
        if (w.region && r.region && w.regionOf === r.regionOf && regionsDisjoint(w.region, r.region)) continue;
        // Elements read through `r` (`r.get(0)`): against the part written of `r`, or a slice of `r` written.
        const read = elements?.handle === r ? elements.region() : null;
        if (read) {
          if (w === r && part && regionsDisjoint(part, read)) continue;
          if (w.region && w.regionOf === r && regionsDisjoint(w.region, read)) continue;
        }
        return false;
      }
    }
    return true;
  }

  /** `expr` can take `.copy()`: its type is exactly the ndalias `NDArray` (not nullable, not a subclass). */
  private fixable(expr: ts.Expression): ts.Expression | null {
    try {
      if (isSpreadElement(expr) || isOmittedExpression(expr)) return null;
      const t = this.checker.getTypeAtLocation(expr);
      if (t.isUnion() || !isNDArrayType(t, this.checker)) return null;
      if (t.getSymbol()?.getName() !== "NDArray") return null;
      return expr;
    } catch {
      return null;
    }
  }

  // ------------------------------------------------------------------ names and paths

  private bindName(key: string, ev: EV, origin: ts.Node | null, st: State): void {
    this.counterChanged(key, st);
    // A name made (again) now sees the values written so far by design.
    if (st.pending.size > 0) st.dead.set(key, new Set(st.pending));
    else st.dead.delete(key);
    if (this.unit.objAlias.size > 0 && !key.endsWith("[]")) this.detachObject(key, st);
    const hold: Holding = new Map();
    for (const h of ev.hs) hold.set(h, new Set([ev.created.has(h) ? null : origin]));
    for (const k of [...st.env.keys()]) if (isSubKey(k, key)) st.env.delete(k);
    st.env.set(key, hold);
    if (ev.raw) this.unit.raw.add(key);
    if (ev.fn) this.unit.fnValues.set(key, ev.fn);
    const info = this.infoOf(key);
    this.unit.listItems.delete(key);
    if (ev.fields && !key.includes(".") && this.intactList(key)) {
      const items = new Map<string, Set<Buf>>();
      for (const [f, fv] of ev.fields) if (/^\d+$/.test(f)) items.set(f, this.bufsUnder(fv.ev, new Set(), 0));
      this.unit.listItems.set(key, items);
    }
    if (ev.fields) {
      for (const [f, fv] of ev.fields) {
        if (/^\d+$/.test(f)) continue;
        const sk = subKey(key, f);
        this.setInfo(sk, { display: `${info.display}${f === "[]" ? "[]" : pathDisplay(`.${f}`)}`, outlives: info.outlives, caller: info.caller });
        if (f === "[]") for (const it of fv.ev.items ?? [fv]) this.bindWeak(sk, it.ev, it.node, st);
        else this.bindName(sk, fv.ev, fv.node, st);
      }
    }
    // Object aliasing: `const s2 = state`, `const t = c ? a : b` — the fields of `s2` are those of
    // `state`, including fields first reached later (looked up through `objAlias`).
    const sources = (ev.hs.size === 0 ? (ev.fields ? ev.spreadRoots ?? [] : this.objectRoots(ev)) : []).filter((r) => r !== key);
    if (sources.length > 0) this.unit.objAlias.set(key, { sources, origin });
    else this.unit.objAlias.delete(key);
    if (!ev.fields && ev.root && ev.hs.size === 0 && ev.root !== key) {
      for (const [k, hold2] of [...st.env]) {
        if (!isSubKey(k, ev.root)) continue;
        const nk = key + k.slice(ev.root.length);
        const h2: Holding = new Map();
        for (const h of hold2.keys()) h2.set(h, new Set([origin]));
        this.setInfo(nk, { display: info.display + k.slice(ev.root.length), outlives: info.outlives, caller: false });
        st.env.set(nk, h2);
      }
    }
  }

  /**
   * `key` is about to name another object: names that reached its old object through it
   * (`orders.push(order)` made `orders[]` reach it as `order`) keep that object's fields as they are
   * now, and reach on through what `key` itself reached; a new `order` in the next iteration of a
   * loop is not the one pushed before.
   */
  private detachObject(key: string, st: State): void {
    const objAlias = this.unit.objAlias;
    for (const [alias, entry] of objAlias) {
      if (alias === key || !entry.sources.includes(key)) continue;
      for (const [k, hold] of [...st.env]) {
        if (!isSubKey(k, key) || hold.size === 0) continue;
        this.bindWeak(alias + k.slice(key.length), { hs: new Set(hold.keys()), root: null, created: NONE }, entry.origin, st);
      }
      const sources = [...new Set(entry.sources.flatMap((s) => (s === key ? objAlias.get(key)?.sources ?? [] : [s])))].filter((s) => s !== alias);
      if (sources.length > 0) objAlias.set(alias, { sources, origin: entry.origin });
      else objAlias.delete(alias);
    }
  }

  private bindWeak(key: string, ev: EV, origin: ts.Node | null, st: State): void {
    const hold: Holding = new Map();
    addHolding(hold, st.env.get(key) ?? new Map());
    for (const h of ev.hs) {
      const s = hold.get(h) ?? new Set();
      s.add(ev.created.has(h) ? null : origin);
      hold.set(h, s);
    }
    st.env.set(key, hold);
    if (ev.fn) {
      const fns = this.unit.fnElems.get(key) ?? new Set();
      fns.add(ev.fn);
      this.unit.fnElems.set(key, fns);
    }
    // Elements that are other objects (`[encoder, decoder]`): `xs[].w` is their `w`.
    const roots = ev.hs.size === 0 && !ev.fields ? this.objectRoots(ev).filter((r) => r !== key) : [];
    if (roots.length > 0) {
      const prev = this.unit.objAlias.get(key);
      this.unit.objAlias.set(key, { sources: [...new Set([...(prev?.sources ?? []), ...roots])], origin });
    }
    // Elements that are object literals: their fields, for every element (`layers[].w`).
    for (const [f, fv] of ev.fields ?? []) {
      if (/^\d+$/.test(f)) continue;
      const sk = subKey(key, f);
      const info = this.infoOf(key);
      this.setInfo(sk, { display: `${info.display}${f === "[]" ? "[]" : `.${f}`}`, outlives: info.outlives, caller: info.caller });
      if (f === "[]") for (const it of fv.ev.items ?? [fv]) this.bindWeak(sk, it.ev, it.node, st);
      else this.bindWeak(sk, fv.ev, fv.node, st);
    }
    for (const it of ev.items ?? []) if (it.ev.fields) this.bindWeak(key, { ...it.ev, hs: new Set() }, it.node, st);
  }

  /** The names an object value comes from (`a`, or `a` and `b` for `c ? a : b`). */
  private objectRoots(ev: EV): string[] {
    if (ev.hs.size > 0) return [];
    if (ev.root) return [ev.root];
    return (ev.parts ?? []).flatMap((p) => this.objectRoots(p));
  }

  private valueOf(key: string, st: State): EV {
    const hold = st.env.get(key);
    const ev: EV = { hs: hold && hold.size > 0 ? new Set(hold.keys()) : NONE, root: key, created: NONE };
    if (this.unit.raw.has(key)) ev.raw = true;
    const fn = this.unit.fnValues.get(key);
    if (fn) ev.fn = fn;
    return ev;
  }

  /** Cheap pre-check before asking for a type: functions, classes, namespaces and the default library hold no array. */
  private mayBeArraySymbol(sym: ts.Symbol): boolean {
    let target = sym;
    if (target.flags & SymbolFlags.Alias) {
      try {
        target = this.checker.getAliasedSymbol(target);
      } catch {
        return true;
      }
    }
    const notValue = SymbolFlags.Function | SymbolFlags.Class | SymbolFlags.Enum | SymbolFlags.ValueModule |
      SymbolFlags.Method | SymbolFlags.TypeAlias | SymbolFlags.Interface;
    if (target.flags & notValue) return false;
    const decls = target.declarations ?? [];
    if (decls.length > 0 && decls.every((d) => this.program.isSourceFileDefaultLibrary(d.getSourceFile()))) return false;
    return true;
  }

  private isLocalSymbol(sym: ts.Symbol): boolean {
    if (sym.flags & SymbolFlags.Alias) return false;
    const decl = sym.valueDeclaration ?? sym.declarations?.[0];
    if (!decl) return false;
    const c = isParameter(decl) ? decl.parent : containerOf(decl);
    return this.unit.locals.has(c);
  }

  private evalIdentifier(id: ts.Identifier, st: State): EV {
    let sym: ts.Symbol | undefined;
    try {
      sym = isShorthandPropertyAssignment(id.parent) && id.parent.name === id
        ? this.checker.getShorthandAssignmentValueSymbol(id.parent)
        : this.symbolAt(id);
    } catch {
      sym = undefined;
    }
    if (!sym) return empty();
    const key = this.symKey(sym);
    if (st.env.has(key) || this.unit.fnValues.has(key)) return this.valueOf(key, st);
    if (this.isLocalSymbol(sym)) {
      this.setInfo(key, { display: id.text, outlives: false, caller: false });
      return this.valueOf(key, st);
    }
    // Module-level, captured or imported: it outlives the function; its own name is its outside holder.
    this.setInfo(key, { display: id.text, outlives: true, caller: false });
    if (!this.mayBeArraySymbol(sym)) return this.valueOf(key, st);
    if (this.moduleConsts.has(key)) {
      this.seedModuleConst(key, st);
      return this.valueOf(key, st);
    }
    return this.lazy(key, id, st, null);
  }

  /** An array reached through a name the function did not bind: made once per unit, held from outside. */
  private lazy(key: string, node: ts.Node | null, st: State, callerKey: string | null): EV {
    const u = this.unit;
    let h = u.lazy.get(key);
    if (h === undefined) {
      const declared = node === null ? true : this.declaredAt(node);
      const array = declared ?? this.isNDArray(node!);
      // in a summary, a generic field of a parameter or of `this` (`result.value: T`) is what the caller put there
      const generic = !array && declared === undefined && (callerKey !== null || this.rootOf(key) === "this") &&
        u.summary !== null && this.typedByParameter(node!);
      h = array || generic ? this.externalHandle(key, callerKey) : null;
      u.lazy.set(key, h);
    }
    if (h && !st.env.has(key)) {
      if (callerKey) {
        st.env.set(key, new Map([[h, new Set<ts.Node | null>([u.fn.getSourceFile()])]]));
        st.env.set(callerKey, new Map([[h, new Set<ts.Node | null>([null])]]));
      } else {
        st.env.set(key, new Map([[h, new Set<ts.Node | null>([null])]]));
      }
    }
    return this.valueOf(key, st);
  }

  /** The array a name the function did not bind holds: from its caller (or kept by it), else of unknown origin. */
  private externalHandle(key: string, callerKey: string | null): Handle {
    const kind: BufKind = callerKey || this.infoOf(this.rootOf(key)).outlives ? "external" : "unknown";
    const b = this.buf(kind, null, `lazy:${this.id(this.unit.fn)}:${key}`);
    return this.handle(b, false, null, `owner:${b.id}`);
  }

  /** `node` is where the path is read (its type tells whether it is an array), or null when known to be one. */
  private lookupPath(key: string, node: ts.Node | null, st: State): EV {
    if (st.env.has(key)) return this.valueOf(key, st);
    // `rows.latency` of a record filled through computed keys (`rows[name] = ...`, `{ ...acc, [name]: v }`);
    // not a field whose type holds no object (`list.length` of a list of arrays)
    const dot = key.lastIndexOf(".");
    if (dot > 0 && !key.endsWith("[]") && st.env.get(`${key.slice(0, dot)}[]`)?.size &&
      !(node && !this.holdsObject(node))) return this.valueOf(`${key.slice(0, dot)}[]`, st);
    // A getter of the program (`get mean() { return this.m; }`): what it returns of its object, at
    // each read (also of an object reached through another name: a getter's copy is never kept).
    if (node && isPropertyAccessExpression(node)) {
      const got = this.getterValue(node, key, st);
      if (got) return got;
    }
    const viaAlias = this.throughObjectAlias(key, node, st);
    if (viaAlias) return viaAlias;
    const root = this.rootOf(key);
    const rootInfo = this.infoOf(root);
    const parent = key.endsWith("[]") ? key.slice(0, -2) : key.slice(0, key.lastIndexOf("."));
    const pInfo = this.infoOf(parent);
    const suffix = key.slice(parent.length);
    this.setInfo(key, { display: pInfo.display + suffix, outlives: rootInfo.outlives, caller: false });
    if (this.unit.paramRoots.has(root)) {
      const ck = `caller:${key}`;
      this.setInfo(ck, { display: `the caller's \`${this.infoOf(key).display}\``, outlives: true, caller: true });
      const ev = this.lazy(key, node, st, ck);
      const h = this.unit.lazy.get(key);
      const param = this.unit.params.get(root);
      if (h && param !== undefined && !this.unit.paramBufs.has(h.buf)) {
        this.unit.paramBufs.set(h.buf, { param, path: key.slice(root.length), owner: h });
      }
      return ev;
    }
    if (root === "this" && !this.unit.summary && /^this\.[^.[]+$/.test(key) && !st.env.has(key)) {
      const seeded = this.seedClassFields(key, st);
      if (seeded) return seeded;
    }
    const ev = this.lazy(key, node, st, null);
    if (root === "this" && this.unit.summary) {
      const h = this.unit.lazy.get(key);
      if (h && !this.unit.paramBufs.has(h.buf)) this.unit.paramBufs.set(h.buf, { param: -1, path: key.slice(4), owner: h });
    }
    return ev;
  }

  /** Before a write through `a.w`: make `t.w` a name now for every object `t` known to alias `a`. */
  private materializeAliases(writer: string, st: State): void {
    for (const [alias, { sources }] of this.unit.objAlias) {
      for (const src of sources) {
        if (!isSubKey(writer, src)) continue;
        const key = alias + writer.slice(src.length);
        if (!st.env.has(key) && key !== writer) this.lookupPath(key, null, st);
      }
    }
  }

  /**
   * What a class's field initialisers and constructor make of its array fields, as handles: which
   * fields are views of which (`pos = this.state.slice("0:3")`, `this.best = this.current`).
   */
  private classInit(cls: ts.ClassLikeDeclaration): Map<string, Holding> | null {
    if (this.classInits.has(cls)) return this.classInits.get(cls)!;
    this.classInits.set(cls, null);
    const ctor = cls.members.find((m): m is ts.ConstructorDeclaration => isConstructorDeclaration(m) && !!m.body);
    const saved = this.unit;
    const savedReporting = this.reporting;
    const savedEarlier = this.earlierCalls;
    this.earlierCalls = false;
    const u = this.newUnit(ctor ?? cls);
    u.summary = { returns: [], yields: [], exits: [], calls: [] };
    this.unit = u;
    this.reporting = false;
    let out: Map<string, Holding> | null = null;
    try {
      let sts: State[] = [newState()];
      if (ctor) this.bindParams(ctor, sts[0]!, true);
      for (const m of cls.members) {
        if (!isPropertyDeclaration(m) || !m.initializer || getModifiers(m)?.some((x) => x.kind === SK.StaticKeyword)) continue;
        if (!isIdentifier(m.name) && !isPrivateIdentifier(m.name)) continue;
        for (const st of sts) {
          const v = this.eval(m.initializer, st);
          this.setInfo("this", { display: "this", outlives: true, caller: false });
          this.bindName(`this.${m.name.text}`, v, m.initializer, st);
        }
      }
      if (ctor?.body) sts = this.execList(ctor.body.statements, sts);
      const end = joinAll(sts);
      // Fields other methods set from fields (`this.roi = this.frame.slice(...)`): they may hold that.
      this.earlierCalls = true;
      if (end) {
        for (const m of cls.members) {
          if (!(isMethodDeclaration(m) || isSetAccessorDeclaration(m)) || !m.body) continue;
          const visit = (n: ts.Node): void => {
            if (isFunctionLike(n) || isClassLike(n)) return;
            if (isBinaryExpression(n) && n.operatorToken.kind === SK.EqualsToken &&
              isPropertyAccessExpression(n.left) && n.left.expression.kind === SK.ThisKeyword) {
              const v = this.eval(n.right, end);
              if (v.hs.size > 0) this.bindWeak(`this.${n.left.name.text}`, v, n.right, end);
            }
            forEachChild(n, visit);
          };
          visit(m.body);
        }
      }
      if (end) {
        out = new Map();
        for (const [k, hold] of end.env) {
          const m = /^this\.([^.[]+)$/.exec(k);
          if (!m || hold.size === 0) continue;
          // Keep where each field was made to hold its memory (`shadow = this.w`: the fix goes there).
          out.set(m[1]!, hold);
        }
      }
    } catch {
      out = null;
    } finally {
      this.unit = saved;
      this.reporting = savedReporting;
      this.earlierCalls = savedEarlier;
    }
    this.classInits.set(cls, out);
    return out;
  }

  /** In a method: `this.f` and every field sharing its memory since construction. */
  private seedClassFields(key: string, st: State): EV | null {
    let cls: ts.Node | undefined = this.unit.fn;
    while (cls && !isClassLike(cls)) cls = cls.parent;
    if (!cls || !isClassLike(cls) || isConstructorDeclaration(this.unit.fn)) return null;
    const init = this.classInit(cls);
    const hold = init?.get(key.slice(5));
    if (!init || !hold) return null;
    const bufs = new Set([...hold.keys()].map((h) => h.buf));
    let any = false;
    for (const [f, h2] of init) {
      const k = `this.${f}`;
      if (st.env.has(k) || ![...h2.keys()].some((h) => bufs.has(h.buf))) continue;
      this.setInfo(k, { display: k, outlives: true, caller: false });
      st.env.set(k, h2);
      any = true;
    }
    return any || st.env.has(key) ? this.valueOf(key, st) : null;
  }

  /** `new C()`: the instance's array fields as the class makes them, in memory of this call site. */
  private withInstanceFields(result: EV, node: ts.NewExpression, st: State): EV {
    let decl: ts.Declaration | undefined;
    try {
      const sym = this.symbolAt(node.expression);
      const target = sym && sym.flags & SymbolFlags.Alias ? this.checker.getAliasedSymbol(sym) : sym;
      decl = target?.declarations?.find((d) => isClassLike(d));
    } catch {
      decl = undefined;
    }
    if (!decl || !isClassLike(decl) || decl.getSourceFile().isDeclarationFile) return result;
    const init = this.classInit(decl);
    if (!init || init.size === 0) return result;
    const fields = new Map(result.fields ?? []);
    const site = this.id(node);
    // The instance owns its fields' memory (not a copy whose writes could be lost). Running the
    // `new` again (in a loop) makes a new instance: as for `fresh`, the memory of the last one ages.
    const seen = new Set<Buf>();
    const mapBuf = (b: Buf): Buf => {
      const nb = this.buf("create", node, `new:${site}:${b.id}${this.earlierCalls ? ":old" : ""}`);
      if (!seen.has(nb)) {
        seen.add(nb);
        if (this.unit.allocated.has(nb)) this.age(st, nb, this.buf("create", node, `new:${site}:${b.id}:old`));
        else this.unit.allocated.add(nb);
      }
      return nb;
    };
    const mapped = new Map<Handle, Handle>();
    const mapHandle = (h: Handle): Handle => {
      let m = mapped.get(h);
      if (!m) {
        const b = mapBuf(h.buf);
        if (!h.view) m = this.handle(b, false, node, `owner:${b.id}`);
        else {
          const parent = h.regionOf ? mapHandle(h.regionOf) : undefined;
          // (a region by the constructor's loop counters means nothing here)
          const region = h.region && !regionCounted(h.region) ? h.region : undefined;
          m = this.handle(b, true, h.site, `newview:${site}:${h.id}`, parent ? region : undefined, parent, h.shape, undefined, h.readOnly === true);
        }
        mapped.set(h, m);
      }
      return m;
    };
    for (const [f, hold] of init) {
      if (fields.has(f)) continue;
      const hs = [...hold.keys()];
      // Fields holding the constructor's parameters come from the summary (the caller's arrays).
      if (hs.some((h) => h.buf.kind === "external")) continue;
      const mh = new Set(hs.map(mapHandle));
      fields.set(f, { ev: { hs: mh, root: null, created: mh }, node });
    }
    return { ...result, fields };
  }

  /** Names of the getters declared in the program's own files (so most property reads skip a type query). */
  private getterNames(): Set<string> {
    if (!this.cache.getters) this.learnAccessors();
    return this.cache.getters!;
  }

  /** Names of the setters declared in the program's own files. */
  private setterNames(): Set<string> {
    if (!this.cache.setters) this.learnAccessors();
    return this.cache.setters!;
  }

  private learnAccessors(): void {
    const names = new Set<string>();
    const setters = new Set<string>();
    for (const sf of this.program.getSourceFiles()) {
      if (sf.isDeclarationFile || this.program.isSourceFileFromExternalLibrary(sf)) continue;
      const visit = (n: ts.Node): void => {
        if (isGetAccessorDeclaration(n) && n.body && (isIdentifier(n.name) || isPrivateIdentifier(n.name))) names.add(n.name.text);
        if (isSetAccessorDeclaration(n) && n.body && (isIdentifier(n.name) || isPrivateIdentifier(n.name))) setters.add(n.name.text);
        if (isClassLike(n) || isSourceFile(n) || isModuleBlock(n) || isModuleDeclaration(n) || isObjectLiteralExpression(n) ||
          isVariableStatement(n) || isVariableDeclarationList(n) || isVariableDeclaration(n) || isExportAssignment(n)) {
          forEachChild(n, visit);
        }
      };
      visit(sf);
    }
    this.cache.getters = names;
    this.cache.setters = setters;
  }

  /**
   * `o.p = v` where `p` is a setter of the program that keeps no reference to its argument
   * (`set holdings(v) { this._h = v.copy(); }`): `o.p` is then not another name of `v`.
   */
  private setterCopies(t: ts.PropertyAccessExpression): boolean {
    const s = this.accessorSummary(t, "set");
    return !!s && ![...s.thisFields.values()].some((refs) => refs.some((r) => r.param === 0)) && s.thisObjects.length === 0;
  }

  /** The summary of the program's getter (or setter) that `t` reads (or assigns), if it names one. */
  private accessorSummary(t: ts.PropertyAccessExpression, kind: "get" | "set"): Summary | null {
    if (!(kind === "get" ? this.getterNames() : this.setterNames()).has(t.name.text)) return null;
    const isKind = kind === "get" ? isGetAccessorDeclaration : isSetAccessorDeclaration;
    const accessor = this.symbolAt(t.name)?.declarations?.find((d): d is ts.AccessorDeclaration => isKind(d));
    return accessor && this.isUserFunction(accessor) ? this.summaryOf(accessor) : null;
  }

  /** `t.w` where `t` is another name of object `a` (or of `a` or `b`): the memory of `a.w` (and `b.w`). */
  private throughObjectAlias(key: string, node: ts.Node | null, st: State): EV | null {
    const objAlias = this.unit.objAlias;
    if (objAlias.size === 0) return null;
    // Object aliases may form cycles (`[p, q] = [q, p]`, or `p = q.next; q = p` whose keys grow
    // on every turn): a key already being resolved adds nothing, and the chain is bounded.
    if (this.aliasLookups.has(key) || this.aliasLookups.size >= MAX_ALIAS_CHAIN) return null;
    this.aliasLookups.add(key);
    try {
      return this.throughObjectAliasOnce(key, node, st, objAlias);
    } finally {
      this.aliasLookups.delete(key);
    }
  }

  private throughObjectAliasOnce(key: string, node: ts.Node | null, st: State, objAlias: UnitCtx["objAlias"]): EV | null {
    for (let cut = key.length; cut > 0; cut--) {
      if (cut < key.length && key[cut] !== "." && key[cut] !== "[") continue;
      const prefix = key.slice(0, cut);
      if (prefix === key) continue;
      const alias = objAlias.get(prefix);
      if (!alias) continue;
      const suffix = key.slice(cut);
      const hold: Holding = new Map();
      for (const src of alias.sources) {
        if (src === prefix || isSubKey(src, prefix)) continue;
        const v = this.lookupPath(src + suffix, node, st);
        for (const h of v.hs) hold.set(h, new Set([alias.origin]));
      }
      if (hold.size === 0) return null;
      st.env.set(key, hold);
      return this.valueOf(key, st);
    }
    return null;
  }

  private getterValue(node: ts.PropertyAccessExpression, key: string, st: State): EV | null {
    const s = this.accessorSummary(node, "get");
    if (!s) return null;
    const parent = key.slice(0, key.lastIndexOf("."));
    const recv: EV = { hs: NONE, root: parent, created: NONE };
    const v = this.summaryResult(s, node, recv, [], st);
    // The object's own memory is not made by this read; memory the getter made is. A list or
    // object the getter builds (`this.params.map((p) => p.copy())`) is what it holds.
    if (v.hs.size > 0) return { ...v, created: new Set([...v.created].filter((h) => h.buf.site === node)) };
    return v.fields && !v.root ? v : null;
  }

  /** Any field of an object: an object literal's, or any named or computed field of a name. */
  private anyField(obj: EV, st: State): EV {
    if (obj.fields) {
      let out: EV = empty();
      for (const f of obj.fields.values()) out = this.union(out, f.ev);
      return out;
    }
    if (!obj.root || obj.hs.size > 0) return empty();
    const v = this.lookupPath(subKey(obj.root, "[]"), null, st);
    const named = this.namedFieldHandles(obj.root, st);
    return { hs: named.size > 0 ? new Set([...v.hs, ...named]) : v.hs, root: subKey(obj.root, "[]"), created: NONE };
  }

  /** Whether an expression's value may hold an array (`NDArray[]`, `[string, NDArray][]`). */
  private mayHoldArrays(node: ts.Node): boolean {
    try {
      return mayHoldNDArray(this.checker.getTypeAtLocation(node), this.checker);
    } catch {
      return false;
    }
  }

  /** Arrays held by the named fields of object `root` (`root.w`, not `root.w.v` or `root[]`). */
  private namedFieldHandles(root: string, st: State): Set<Handle> {
    const out = new Set<Handle>();
    for (const [k, hold] of st.env) {
      if (isNamedFieldKey(k, root)) for (const h of hold.keys()) out.add(h);
    }
    return out;
  }

  /** Field `f` of a value (object literal field, path, or element "[]"). */
  private fieldOf(ev: EV, f: string, node: ts.Node | null, st: State): EV {
    const direct = ev.fields?.get(f) ?? (/^\d+$/.test(f) ? ev.fields?.get("[]") : undefined);
    if (direct) return direct.ev;
    if (!ev.root || ev.hs.size > 0) return empty();
    if (!/^\d+$/.test(f)) return this.lookupPath(subKey(ev.root, f), node, st);
    return this.atListIndex(this.lookupPath(subKey(ev.root, "[]"), node, st), ev.root, f);
  }

  /**
   * `list[0]`, `const [first] = list` of a `const` list only ever read (`intactList`), its literal
   * bound here: the arrays the literal put at that index, not every element's.
   */
  private atListIndex(v: EV, list: string, index: string): EV {
    const bufs = this.unit.listItems.get(list)?.get(index);
    if (!bufs || v.hs.size === 0) return v;
    const hs = new Set([...v.hs].filter((h) => bufs.has(h.buf)));
    if (hs.size === v.hs.size) return v;
    return { ...v, hs, created: new Set([...v.created].filter((h) => hs.has(h))) };
  }

  // ------------------------------------------------------------------ statements
  //
  // Statements map one state to a list of states (a bounded disjunction): branches and loop
  // iterations keep their states apart, so `[cur, next] = [next, cur]` in a loop never makes `cur`
  // and `next` look like aliases. Past MAX_STATES the list is joined into one.

  private execList(list: readonly ts.Statement[], sts: State[]): State[] {
    // Function declarations nested in a function are hoisted closures: their calls run their body
    // here (module-level functions are followed through summaries instead).
    if (!isSourceFile(this.unit.fn)) {
      for (const s of list) {
        if (isFunctionDeclaration(s) && s.name && s.body) {
          const sym = this.symbolAt(s.name);
          if (sym) this.unit.fnValues.set(this.symKey(sym), s);
        }
      }
    }
    for (const s of list) {
      if (sts.length === 0) return sts;
      if (sts.length === 1) {
        sts = normalize(this.exec(s, sts[0]!));
        continue;
      }
      const next: State[] = [];
      for (const st of sts) next.push(...this.exec(s, st));
      sts = normalize(next);
    }
    return sts;
  }

  /** Runs a block and then forgets its block-scoped names (they cannot be read after it). */
  private execBlock(list: readonly ts.Statement[], sts: State[]): State[] {
    const out = this.execList(list, sts);
    const keys: string[] = [];
    for (const s of list) {
      if (isVariableStatement(s) && s.declarationList.flags & (NodeFlags.Let | NodeFlags.Const | NodeFlags.Using | NodeFlags.AwaitUsing)) {
        for (const d of s.declarationList.declarations) this.collectKeys(d.name, keys);
      }
    }
    if (keys.length === 0) return out;
    return normalize(out.map((st) => this.forget(st, keys)));
  }

  private collectKeys(name: ts.BindingName, out: string[]): void {
    if (isIdentifier(name)) {
      const sym = this.symbolAt(name);
      if (sym) out.push(this.symKey(sym));
      return;
    }
    for (const el of name.elements) if (!isOmittedExpression(el)) this.collectKeys(el.name, out);
  }

  private forget(st: State, keys: string[]): State {
    let s: State | null = null;
    for (const k of st.env.keys()) {
      if (keys.some((key) => k === key || isSubKey(k, key))) {
        s ??= cloneState(st);
        s.env.delete(k);
      }
    }
    return s ?? st;
  }

  private exec(s: ts.Statement, st: State): State[] {
    this.step();
    switch (s.kind) {
      case SK.Block:
        return this.execBlock((s as ts.Block).statements, [st]);
      case SK.VariableStatement:
        for (const d of (s as ts.VariableStatement).declarationList.declarations) this.declare(d, st);
        return [st];
      case SK.ExpressionStatement:
        this.eval((s as ts.ExpressionStatement).expression, st);
        return [st];
      case SK.IfStatement: {
        const n = s as ts.IfStatement;
        this.eval(n.expression, st);
        const known = this.knownCondition(n.expression);
        if (known === true) return this.exec(n.thenStatement, st);
        if (known === false) return n.elseStatement ? this.exec(n.elseStatement, st) : [st];
        const a = this.exec(n.thenStatement, cloneState(st));
        const b = n.elseStatement ? this.exec(n.elseStatement, cloneState(st)) : [st];
        return normalize([...a, ...b]);
      }
      case SK.ReturnStatement: {
        const n = s as ts.ReturnStatement;
        const top = this.unit.inline[this.unit.inline.length - 1];
        let value: EV | undefined;
        if (n.expression) {
          value = this.eval(n.expression, st);
          if (!top || top.readReturns) this.readEV(value, st, n);
          if (top) top.values.push(value);
          else if (this.unit.summary) this.unit.summary.returns.push(this.withPathFields(value, st, n));
        }
        if (top) top.returns.push(st);
        else this.returnThroughFinally(st, n, value);
        return [];
      }
      case SK.ThrowStatement:
        this.readEV(this.eval((s as ts.ThrowStatement).expression, st), st, s);
        return [];
      case SK.WhileStatement: {
        const n = s as ts.WhileStatement;
        return this.loop(st, n.expression, n.statement, null, false, this.labelOf(s));
      }
      case SK.DoStatement: {
        const n = s as ts.DoStatement;
        return this.loop(st, n.expression, n.statement, null, true, this.labelOf(s));
      }
      case SK.ForStatement: {
        const n = s as ts.ForStatement;
        const keys: string[] = [];
        if (n.initializer) {
          if (isVariableDeclarationList(n.initializer)) {
            for (const d of n.initializer.declarations) {
              this.declare(d, st);
              this.collectKeys(d.name, keys);
            }
          } else this.eval(n.initializer, st);
        }
        const out = this.loop(st, n.condition ?? null, n.statement, n.incrementor ?? null, false, this.labelOf(s));
        return keys.length ? normalize(out.map((o) => this.forget(o, keys))) : out;
      }
      case SK.ForOfStatement:
      case SK.ForInStatement: {
        const n = s as ts.ForOfStatement | ts.ForInStatement;
        let coll = this.eval(n.expression, st);
        const isOf = isForOfStatement(n);
        if (isOf && coll.hs.size > 0) this.readEV(coll, st, n.expression);
        // An object whose class declares `*[Symbol.iterator]()`: its elements are what that yields.
        const gen = isOf && coll.hs.size === 0 ? this.iteratorGenerator(n.expression) : null;
        const gs = gen ? this.summaryOf(gen) : null;
        if (gs) coll = this.summaryResult(gs, n.expression, coll, [], st);
        // (the element's type is that of the loop variable: `g` of `const g of grads`, not its declaration list)
        const elemNode = isVariableDeclarationList(n.initializer) ? n.initializer.declarations[0]?.name ?? n.initializer : n.initializer;
        const elem = isOf ? this.fieldOf(coll, "[]", elemNode, st) : empty();
        const keys: string[] = [];
        if (isVariableDeclarationList(n.initializer)) for (const d of n.initializer.declarations) this.collectKeys(d.name, keys);
        const out = this.loop(st, null, n.statement, null, false, this.labelOf(s), (s2) => {
          if (isVariableDeclarationList(n.initializer)) {
            const d = n.initializer.declarations[0];
            if (d) this.bindPattern(d.name, elem, d, s2);
          } else {
            this.assign(n.initializer, elem, n.initializer, s2);
          }
        });
        return keys.length ? normalize(out.map((o) => this.forget(o, keys))) : out;
      }
      case SK.SwitchStatement: {
        const n = s as ts.SwitchStatement;
        this.eval(n.expression, st);
        const frame: Frame = { label: this.labelOf(s), loop: false, breaks: [], continues: [] };
        this.unit.frames.push(frame);
        let fall: State[] = [];
        let hasDefault = false;
        try {
          for (const c of n.caseBlock.clauses) {
            const entry = normalize([cloneState(st), ...fall]);
            if (isCaseClause(c)) for (const e of entry) this.eval(c.expression, e);
            else hasDefault = true;
            fall = this.execList(c.statements, entry);
          }
        } finally {
          this.unit.frames.pop();
        }
        const outs: State[] = [...fall, ...frame.breaks];
        if (!hasDefault) outs.push(st);
        this.forwardContinues(frame);
        return normalize(outs);
      }
      case SK.LabeledStatement: {
        const n = s as ts.LabeledStatement;
        if (this.isLoopStatement(n.statement)) return this.exec(n.statement, st);
        const frame: Frame = { label: n.label.text, loop: false, breaks: [], continues: [] };
        this.unit.frames.push(frame);
        let out: State[];
        try {
          out = this.exec(n.statement, st);
        } finally {
          this.unit.frames.pop();
        }
        this.forwardContinues(frame);
        return normalize([...out, ...frame.breaks]);
      }
      case SK.BreakStatement:
      case SK.ContinueStatement: {
        const n = s as ts.BreakStatement | ts.ContinueStatement;
        const isBreak = n.kind === SK.BreakStatement;
        const label = n.label?.text ?? null;
        const frames = this.unit.frames;
        for (let i = frames.length - 1; i >= 0; i--) {
          const f = frames[i]!;
          const match = label ? f.label === label : isBreak || f.loop;
          if (match) {
            if (isBreak) f.breaks.push(st);
            else f.continues.push(st);
            break;
          }
        }
        return [];
      }
      case SK.TryStatement: {
        const n = s as ts.TryStatement;
        const returns: Array<{ st: State; node: ts.Node; value?: EV }> = [];
        const inTop = this.unit.inline.length === 0 && !!n.finallyBlock;
        if (inTop) this.unit.finallies.push(returns);
        let tryOut: State[];
        let out: State[];
        try {
          // The catch block starts where a statement of the try block throws: before one that may
          // throw (a failed call changes nothing, so before a lone call is where it starts), and
          // also after one that may throw after a first effect (`a.imul(2).fill(f())`, a loop).
          const catchFrom: State[] = [cloneState(st)];
          let cur: State[] = [cloneState(st)];
          for (const s2 of n.tryBlock.statements) {
            const throws = mayThrow(s2);
            // (states are changed in place by what runs next: keep copies)
            if (throws) catchFrom.push(...cur.map(cloneState));
            cur = this.execList([s2], cur);
            if (throws && !throwsOnlyFirst(s2)) catchFrom.push(...cur.map(cloneState));
          }
          const scoped: string[] = [];
          for (const s2 of n.tryBlock.statements) {
            if (isVariableStatement(s2) && s2.declarationList.flags & (NodeFlags.Let | NodeFlags.Const | NodeFlags.Using | NodeFlags.AwaitUsing)) {
              for (const d of s2.declarationList.declarations) this.collectKeys(d.name, scoped);
            }
          }
          tryOut = scoped.length === 0 ? cur : normalize(cur.map((x) => this.forget(x, scoped)));
          out = tryOut;
          if (n.catchClause) {
            const entry = joinAll(catchFrom.map((x) => (scoped.length === 0 ? x : this.forget(x, scoped)))) ?? cloneState(st);
            const decl = n.catchClause.variableDeclaration;
            if (decl) this.bindPattern(decl.name, empty(), decl, entry);
            out = normalize([...tryOut, ...this.exec(n.catchClause.block, entry)]);
          }
        } finally {
          if (inTop) this.unit.finallies.pop();
        }
        // A `return` inside runs the finally block before the function exits.
        if (n.finallyBlock) {
          for (const r of returns) {
            for (const f of this.execList([n.finallyBlock], [r.st])) this.returnThroughFinally(f, r.node, r.value, true);
          }
        }
        if (n.finallyBlock) {
          const entries = n.catchClause ? out : normalize([...out, cloneState(st)]);
          if (entries.length === 0) return [];
          const fin = this.execList([n.finallyBlock], entries);
          return out.length > 0 ? fin : [];
        }
        return out;
      }
      default:
        return [st];
    }
  }

  /**
   * A `return` leaving the function, through the `finally` blocks around it. The value returned
   * is read by the caller after them: a `finally` that writes it (`work.fill(0)` of a returned
   * view) changes what the caller gets.
   */
  private returnThroughFinally(st: State, node: ts.Node, value?: EV, afterFinally = false): void {
    const f = this.unit.finallies[this.unit.finallies.length - 1];
    if (f) f.push({ st, node, value });
    else {
      if (value && afterFinally) this.readEV(value, st, node);
      this.exit(st, node);
      this.unit.summary?.exits.push(st);
      this.unit.exitStates.push(st);
    }
  }

  private forwardContinues(frame: Frame): void {
    // `continue` inside a switch or labelled block belongs to the enclosing loop.
    if (frame.continues.length === 0) return;
    const frames = this.unit.frames;
    for (let i = frames.length - 1; i >= 0; i--) {
      if (frames[i]!.loop) {
        frames[i]!.continues.push(...frame.continues);
        return;
      }
    }
  }

  private isLoopStatement(s: ts.Statement): boolean {
    return isWhileStatement(s) || isDoStatement(s) || isForStatement(s) || isForOfStatement(s) || isForInStatement(s);
  }

  private labelOf(s: ts.Statement): string | null {
    return isLabeledStatement(s.parent) ? s.parent.label.text : null;
  }

  /**
   * A loop: run the body from every state reaching the head until no new state appears (the
   * states are finite: allocation sites, handles and names are). A write late in the body thus
   * meets the reads at the top of the next iteration.
   */
  private loop(
    st: State, test: ts.Expression | null, body: ts.Statement, update: ts.Expression | null, doWhile: boolean,
    label: string | null, onEntry?: (s: State) => void,
  ): State[] {
    let head: State[] = [st];
    // What each head state led to. A head state that `normalize` kept unchanged into the next
    // iteration (typically the entry state, beside the states the body made) is the same object:
    // running the body on it again would give the same states, so it is not run again.
    const done = new Map<State, { ends: State[]; exits: State[] }>();
    let exits: State[] = [];
    let widened = false;
    for (let iter = 0; iter < MAX_LOOP_ITERATIONS; iter++) {
      const ends: State[] = [];
      exits = [];
      for (const h of head) {
        let r = done.get(h);
        if (!r) {
          r = this.loopPass(h, test, body, update, doWhile, label, onEntry);
          done.set(h, r);
        }
        ends.push(...r.ends);
        exits.push(...r.exits);
      }
      // Once the head states had to be joined past MAX_STATES, they stay one state that only
      // grows: else branches split it again and the list is joined again (1, 4, 8, 1, ...), never
      // settling. (Below MAX_STATES, `[cur, next] = [next, cur]` keeps its states apart.)
      const overflow: { joined: boolean } = { joined: widened };
      let next = normalize([...new Set([...head, ...ends])], overflow);
      if (overflow.joined && next.length > 1) next = [joinAll(next)!];
      widened = overflow.joined;
      const grew = distinctStates(next) !== distinctStates(head) || next.some((n) => !head.some((h) => sameState(h, n)));
      head = next;
      if (!grew) break;
    }
    return normalize(exits);
  }

  /** One run of a loop's test, body and update from head state `h`: the states that go round again, and those that leave. */
  private loopPass(
    h: State, test: ts.Expression | null, body: ts.Statement, update: ts.Expression | null, doWhile: boolean,
    label: string | null, onEntry?: (s: State) => void,
  ): { ends: State[]; exits: State[] } {
    const frame: Frame = { label, loop: true, breaks: [], continues: [] };
    const exits: State[] = [];
    const s = cloneState(h);
    if (!doWhile) {
      if (test) this.eval(test, s);
      exits.push(cloneState(s));
    }
    onEntry?.(s);
    this.unit.frames.push(frame);
    let ends: State[];
    try {
      ends = [...this.exec(body, s), ...frame.continues];
    } finally {
      this.unit.frames.pop();
    }
    for (const e of ends) {
      if (update) this.eval(update, e);
      if (doWhile) {
        if (test) this.eval(test, e);
        exits.push(cloneState(e));
      }
    }
    exits.push(...frame.breaks);
    return { ends, exits };
  }

  private declare(d: ts.VariableDeclaration, st: State): void {
    const ev = d.initializer ? this.eval(d.initializer, st) : empty();
    this.bindPattern(d.name, ev, d.initializer ?? d, st);
  }

  /** Binds a declaration name or destructuring pattern to a value. `origin` is where the alias is made. */
  private bindPattern(name: ts.BindingName, ev: EV, origin: ts.Node, st: State): void {
    if (isIdentifier(name)) {
      const sym = this.symbolAt(name);
      if (!sym) return;
      const key = this.symKey(sym);
      this.setInfo(key, { display: name.text, outlives: false, caller: false });
      this.bindName(key, ev, origin, st);
      return;
    }
    if (isObjectBindingPattern(name)) {
      for (const el of name.elements) {
        if (el.dotDotDotToken) {
          // `{ a, ...rest }`: the fields of `rest` are the source's fields (an object alias).
          this.bindPattern(el.name, { hs: NONE, root: null, created: NONE, parts: [ev] }, el, st);
          continue;
        }
        const prop = el.propertyName ?? (isIdentifier(el.name) ? el.name : undefined);
        const pname = prop && (isIdentifier(prop) || isStringLiteral(prop) || isNumericLiteral(prop)) ? prop.text : null;
        let fv = pname !== null ? this.fieldOf(ev, pname, el, st) : empty();
        if (el.initializer) {
          const dv = this.eval(el.initializer, st);
          fv = this.union(fv, dv);
        }
        this.bindPattern(el.name, this.unknownElement(fv, el, st), el, st);
      }
      return;
    }
    name.elements.forEach((el, i) => {
      if (isOmittedExpression(el)) return;
      let fv = el.dotDotDotToken ? { ...this.fieldOf(ev, "[]", el, st), root: null } : this.fieldOf(ev, String(i), el, st);
      if (el.initializer) fv = this.union(fv, this.eval(el.initializer, st));
      this.bindPattern(el.name, el.dotDotDotToken ? fv : this.unknownElement(fv, el, st), el, st);
    });
  }

  /**
   * An element destructured from a value the analysis does not follow (`const [x, y] = await
   * Promise.all([...])`, `const { mean } = stats()` of a function it cannot see): an array-typed
   * element is new memory of its own, as the result of an unknown call is.
   */
  private unknownElement(fv: EV, el: ts.BindingElement, st: State): EV {
    return isUntracked(fv) && isIdentifier(el.name) && this.isNDArray(el.name) ? this.fresh(el, "unknown", st) : fv;
  }

  /**
   * `await load()`: the promise's value. A call the analysis cannot follow to an array (an `async`
   * function's result is a promise) gives new memory when what it resolves to is an array.
   */
  private evalAwait(e: ts.AwaitExpression, st: State): EV {
    const v = this.eval(e.expression, st);
    if (isUntracked(v) && (isCallExpression(e.expression) || isNewExpression(e.expression)) && !isExpressionStatement(e.parent) && this.isNDArray(e)) {
      return this.fresh(e, "unknown", st);
    }
    return v;
  }

  private union(a: EV, b: EV): EV {
    const both = <T>(x: ReadonlySet<T>, y: ReadonlySet<T>): ReadonlySet<T> =>
      y.size === 0 || x === y ? x : x.size === 0 ? y : new Set([...x, ...y]);
    const out: EV = { hs: both(a.hs, b.hs), root: a.root === b.root ? a.root : null, created: both(a.created, b.created) };
    if (a.raw || b.raw) out.raw = true;
    if (!out.root) out.parts = [a, b];
    return out;
  }

  // ------------------------------------------------------------------ assignment targets

  /**
   * A store under `key` is seen outside the function: its root outlives it or is a parameter, or
   * the object is another name of one that does (`for (const node of nodes) node.embedding = next`).
   */
  private storeOutlives(key: string, depth = 0): boolean {
    const root = this.rootOf(key);
    if (this.infoOf(root).outlives || this.unit.paramRoots.has(root)) return true;
    if (depth >= 3) return false;
    const sources = this.unit.objAlias.get(root)?.sources ?? [];
    if (sources.length > 0) return sources.some((src) => this.storeOutlives(src, depth + 1));
    // an object not made here: an element of a collection iterated (`for (const n of m.values())`),
    // or a value some call returned, may be reached by others
    const d = this.keySyms.get(root)?.valueDeclaration;
    if (!d || !isVariableDeclaration(d)) return false;
    const loop = isVariableDeclarationList(d.parent) ? d.parent.parent : undefined;
    if (loop && (isForOfStatement(loop) || isForInStatement(loop))) return true;
    const init = d.initializer && skipOuter(d.initializer);
    return !!init && !isObjectLiteralExpression(init) && !isArrayLiteralExpression(init) && !isNewExpression(init);
  }

  private assign(target: ts.Expression, ev: EV, origin: ts.Node, st: State): void {
    const t = skipOuter(target);
    if (isIdentifier(t)) {
      const sym = this.symbolAt(t);
      if (!sym) return;
      const key = this.symKey(sym);
      const local = this.isLocalSymbol(sym);
      this.setInfo(key, { display: t.text, outlives: !local, caller: false });
      if (!local) this.escape(ev, st);
      this.bindName(key, ev, origin, st);
      return;
    }
    const named = isPropertyAccessExpression(t) ? t.name.text : isElementAccessExpression(t) ? this.symbolKey(t.argumentExpression) : null;
    if (named !== null) {
      const obj = this.eval((t as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression, st);
      if (obj.hs.size > 0 || !obj.root) {
        this.escape(ev, st);
        return;
      }
      const key = subKey(obj.root, named);
      if (isPropertyAccessExpression(t) && this.setterCopies(t)) {
        // the setter reads what it is given; the property's reads go through its getter
        this.readEV(ev, st, origin);
        for (const k of [...st.env.keys()]) if (k === key || isSubKey(k, key)) st.env.delete(k);
        return;
      }
      const rootInfo = this.infoOf(this.rootOf(key));
      this.setInfo(key, { display: `${this.infoOf(obj.root).display}${pathDisplay(`.${named}`)}`, outlives: rootInfo.outlives, caller: false });
      if (this.storeOutlives(key)) this.escape(ev, st);
      this.noteStoredFn(key, ev);
      this.bindName(key, ev, origin, st);
      return;
    }
    if (isElementAccessExpression(t)) {
      const obj = this.eval(t.expression, st);
      const idx = this.eval(t.argumentExpression, st);
      this.readEV(idx, st, t.argumentExpression);
      if (obj.raw) {
        this.readEV(ev, st, origin);
        this.writeEV(obj, st, target.parent && isBinaryExpression(target.parent) ? target.parent : target);
        return;
      }
      if (obj.hs.size > 0 || !obj.root) {
        this.escape(ev, st);
        return;
      }
      const key = subKey(obj.root, "[]");
      const rootInfo = this.infoOf(this.rootOf(key));
      this.setInfo(key, { display: `${this.infoOf(obj.root).display}[]`, outlives: rootInfo.outlives, caller: false });
      if (this.storeOutlives(key)) this.escape(ev, st);
      this.bindWeak(key, ev, origin, st);
      return;
    }
    if (isArrayLiteralExpression(t)) {
      t.elements.forEach((el, i) => {
        if (isOmittedExpression(el)) return;
        if (isSpreadElement(el)) {
          this.assign(el.expression, { ...this.fieldOf(ev, "[]", el, st), root: null }, el, st);
          return;
        }
        const [target2, dflt] = isBinaryExpression(el) && el.operatorToken.kind === SK.EqualsToken
          ? [el.left, el.right] : [el, null];
        let fv = this.fieldOf(ev, String(i), el, st);
        if (dflt) fv = this.union(fv, this.eval(dflt, st));
        this.assign(target2, fv, ev.fields?.get(String(i))?.node ?? el, st);
      });
      return;
    }
    if (isObjectLiteralExpression(t)) {
      for (const p of t.properties) {
        if (isPropertyAssignment(p)) {
          const pname = isIdentifier(p.name) || isStringLiteral(p.name) || isNumericLiteral(p.name) ? p.name.text : null;
          const fv = pname !== null ? this.fieldOf(ev, pname, p, st) : empty();
          this.assign(p.initializer, fv, p, st);
        } else if (isShorthandPropertyAssignment(p)) {
          this.assign(p.name, this.fieldOf(ev, p.name.text, p, st), p, st);
        } else if (isSpreadAssignment(p)) {
          this.assign(p.expression, empty(), p, st);
        }
      }
      return;
    }
    this.escape(ev, st);
  }

  // ------------------------------------------------------------------ expressions

  eval(e: ts.Expression, st: State): EV {
    this.step();
    switch (e.kind) {
      case SK.Identifier:
        return this.evalIdentifier(e as ts.Identifier, st);
      case SK.ThisKeyword:
      case SK.SuperKeyword:
        this.setInfo("this", { display: "this", outlives: true, caller: false });
        return { hs: NONE, root: "this", created: NONE };
      case SK.ParenthesizedExpression:
      case SK.AsExpression:
      case SK.NonNullExpression:
      case SK.TypeAssertionExpression:
      case SK.SatisfiesExpression:
        return this.eval((e as ts.ParenthesizedExpression).expression, st);
      case SK.AwaitExpression:
        return this.evalAwait(e as ts.AwaitExpression, st);
      case SK.PropertyAccessExpression:
        return this.evalProperty(e as ts.PropertyAccessExpression, st);
      case SK.ElementAccessExpression: {
        const n = e as ts.ElementAccessExpression;
        const obj = this.eval(n.expression, st);
        const idx = this.eval(n.argumentExpression, st);
        this.readEV(idx, st, n.argumentExpression);
        if (obj.raw) {
          if (!this.isAssignmentTarget(n)) this.readEV(obj, st, n);
          return empty();
        }
        if (obj.hs.size > 0) {
          const tags = this.propertyTags(n, true);
          return this.applyPropertyTags(tags, obj, n, st);
        }
        const lit = isStringLiteral(n.argumentExpression) || isNumericLiteral(n.argumentExpression)
          ? n.argumentExpression.text : this.symbolKey(n.argumentExpression) ?? "[]";
        const v = this.fieldOf(obj, lit, n, st);
        // `params[key]` of an object with named fields (`for (const key in params)`): any of them.
        if (lit === "[]" && obj.root && obj.hs.size === 0 && !obj.fields) {
          const named = this.namedFieldHandles(obj.root, st);
          if (named.size > 0) return { hs: new Set([...v.hs, ...named]), root: subKey(obj.root, "[]"), created: NONE };
        }
        return v;
      }
      case SK.CallExpression:
      case SK.NewExpression:
        return this.evalCall(e as ts.CallExpression | ts.NewExpression, st);
      case SK.ConditionalExpression: {
        const n = e as ts.ConditionalExpression;
        this.eval(n.condition, st);
        const known = this.knownCondition(n.condition);
        if (known !== undefined) return this.eval(known ? n.whenTrue : n.whenFalse, st);
        const s1 = cloneState(st);
        const a = this.eval(n.whenTrue, s1);
        const s2 = cloneState(st);
        const b = this.eval(n.whenFalse, s2);
        this.replaceState(st, joinAll([s1, s2])!);
        return this.union(a, b);
      }
      case SK.BinaryExpression:
        return this.evalBinary(e as ts.BinaryExpression, st);
      case SK.PrefixUnaryExpression:
      case SK.PostfixUnaryExpression: {
        const n = e as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression;
        const v = this.eval(n.operand, st);
        this.readEV(v, st, n);
        const op = n.operator;
        if (op === SK.PlusPlusToken || op === SK.MinusMinusToken) {
          this.writeRawElement(n.operand, n, st);
          this.nameUpdated(n.operand, st);
        }
        return empty();
      }
      case SK.ArrayLiteralExpression: {
        const n = e as ts.ArrayLiteralExpression;
        const fields = new Map<string, Field>();
        const all: EV[] = [];
        n.elements.forEach((el, i) => {
          if (isSpreadElement(el)) {
            const v = this.eval(el.expression, st);
            const inner = this.fieldOf(v, "[]", el, st);
            all.push(inner);
            return;
          }
          const v = this.eval(el, st);
          fields.set(String(i), { ev: v, node: el });
          all.push(v);
        });
        const items: Field[] = [];
        n.elements.forEach((el, i) => {
          const f = fields.get(String(i));
          if (f) items.push(f);
          else if (isSpreadElement(el)) items.push({ ev: all[items.length] ?? empty(), node: el });
        });
        const elems: EV = {
          hs: new Set(all.flatMap((v) => [...v.hs])), root: null, created: new Set(all.flatMap((v) => [...v.created])),
          parts: all, items,
        };
        if (all.some((v) => v.hs.size > 0 || v.root || v.fields || v.fn)) fields.set("[]", { ev: elems, node: n });
        return { hs: NONE, root: null, created: NONE, fields, parts: all };
      }
      case SK.ObjectLiteralExpression: {
        const n = e as ts.ObjectLiteralExpression;
        const fields = new Map<string, Field>();
        const parts: EV[] = [];
        const spreadRoots: string[] = [];
        for (const p of n.properties) {
          if (isPropertyAssignment(p)) {
            if (isComputedPropertyName(p.name)) this.readEV(this.eval(p.name.expression, st), st, p.name.expression);
            const v = this.eval(p.initializer, st);
            const pname = propertyKeyText(p.name) ?? (isComputedPropertyName(p.name) ? this.symbolKey(p.name.expression) : null);
            if (pname !== null) fields.set(pname, { ev: v, node: p.initializer });
            else {
              parts.push(v);
              // `{ [name]: a }`: an entry under a key known only at run time, like `rows[name] = a`.
              if (v.hs.size > 0) {
                const prev = fields.get("[]");
                fields.set("[]", { ev: prev ? this.union(prev.ev, v) : v, node: p.initializer });
              }
            }
          } else if (isShorthandPropertyAssignment(p)) {
            const v = this.evalIdentifier(p.name, st);
            fields.set(p.name.text, { ev: v, node: p });
          } else if (isSpreadAssignment(p)) {
            const v = this.eval(p.expression, st);
            parts.push(v);
            if (v.root && v.hs.size === 0) spreadRoots.push(v.root);
            // `{ ...state, step: 1 }` holds the same arrays as `state` in the fields it does not set.
            if (v.root && v.hs.size === 0) {
              for (const [k, hold] of st.env) {
                if (!isNamedFieldKey(k, v.root)) continue;
                const f = k.slice(v.root.length + 1);
                if (fields.has(f)) continue;
                fields.set(f, { ev: { hs: new Set(hold.keys()), root: k, created: NONE }, node: p });
              }
            }
          }
        }
        return { hs: NONE, root: null, created: NONE, fields, parts, spreadRoots };
      }
      case SK.TemplateExpression: {
        for (const span of (e as ts.TemplateExpression).templateSpans) this.readEV(this.eval(span.expression, st), st, span.expression);
        return empty();
      }
      case SK.TaggedTemplateExpression: {
        const n = e as ts.TaggedTemplateExpression;
        if (isTemplateExpression(n.template)) for (const span of n.template.templateSpans) this.readEV(this.eval(span.expression, st), st, span.expression);
        return empty();
      }
      case SK.SpreadElement: {
        const v = this.eval((e as ts.SpreadElement).expression, st);
        this.readEV(v, st, e);
        return empty();
      }
      case SK.ArrowFunction:
      case SK.FunctionExpression:
        return { hs: NONE, root: null, created: NONE, fn: e as ts.FunctionLikeDeclaration };
      case SK.YieldExpression: {
        const n = e as ts.YieldExpression;
        if (n.expression) {
          const v = this.eval(n.expression, st);
          this.readEV(v, st, n);
          // A generator's yielded values are the elements of what its call returns.
          if (this.unit.summary && this.unit.inline.length === 0 && !n.asteriskToken) this.unit.summary.yields.push(v);
        }
        return empty();
      }
      case SK.TypeOfExpression:
      case SK.VoidExpression:
      case SK.DeleteExpression:
        this.eval((e as ts.TypeOfExpression).expression, st);
        return empty();
      default:
        return empty();
    }
  }

  private replaceState(st: State, from: State): void {
    st.env = from.env;
    st.pending = from.pending;
    st.dead = from.dead;
  }

  private isAssignmentTarget(n: ts.Node): boolean {
    const p = n.parent;
    return !!p && isBinaryExpression(p) && p.left === n && p.operatorToken.kind >= SK.FirstAssignment &&
      p.operatorToken.kind <= SK.LastAssignment;
  }

  /** `x += 1`, `x++`: a loop counter named by regions changes. */
  private nameUpdated(target: ts.Expression, st: State): void {
    const t = skipOuter(target);
    if (this.unit.counters.size === 0 || !isIdentifier(t)) return;
    const sym = this.symbolAt(t);
    if (sym) this.counterChanged(this.symKey(sym), st);
  }

  private writeRawElement(target: ts.Expression, site: ts.Node, st: State): void {
    const t = skipOuter(target);
    if (!isElementAccessExpression(t)) return;
    const obj = this.eval(t.expression, st);
    if (obj.raw) this.writeEV(obj, st, site);
  }

  private evalBinary(n: ts.BinaryExpression, st: State): EV {
    const op = n.operatorToken.kind;
    if (op === SK.EqualsToken) {
      const v = this.eval(n.right, st);
      this.assign(n.left, v, n.right, st);
      return v;
    }
    if (op >= SK.FirstCompoundAssignment && op <= SK.LastCompoundAssignment) {
      const isLogical = op === SK.QuestionQuestionEqualsToken || op === SK.BarBarEqualsToken ||
        op === SK.AmpersandAmpersandEqualsToken;
      const l = this.eval(n.left, st);
      if (isLogical) {
        const s2 = cloneState(st);
        const r = this.eval(n.right, s2);
        this.assign(n.left, this.union(l, r), n.right, s2);
        this.replaceState(st, joinAll([st, s2])!);
        return this.union(l, r);
      }
      this.readEV(l, st, n);
      this.readEV(this.eval(n.right, st), st, n);
      this.writeRawElement(n.left, n, st);
      this.nameUpdated(n.left, st);
      return empty();
    }
    if (op === SK.AmpersandAmpersandToken || op === SK.BarBarToken || op === SK.QuestionQuestionToken) {
      const l = this.eval(n.left, st);
      const s2 = cloneState(st);
      const r = this.eval(n.right, s2);
      this.replaceState(st, joinAll([st, s2])!);
      return this.union(l, r);
    }
    if (op === SK.CommaToken) {
      this.eval(n.left, st);
      return this.eval(n.right, st);
    }
    const l = this.eval(n.left, st);
    const r = this.eval(n.right, st);
    const identity = op === SK.EqualsEqualsEqualsToken || op === SK.ExclamationEqualsEqualsToken ||
      op === SK.EqualsEqualsToken || op === SK.ExclamationEqualsToken ||
      op === SK.InstanceOfKeyword || op === SK.InKeyword;
    if (!identity) {
      this.readEV(l, st, n);
      this.readEV(r, st, n);
    }
    return empty();
  }

  private evalProperty(n: ts.PropertyAccessExpression, st: State): EV {
    const obj = this.eval(n.expression, st);
    if (obj.hs.size > 0) return this.applyPropertyTags(this.propertyTags(n, true), obj, n, st);
    if (obj.raw) return empty();
    if (!obj.root && !obj.fields) return empty();
    return this.fieldOf(obj, n.name.text, n, st);
  }

  private applyPropertyTags(tags: readonly EffectTag[], obj: EV, n: ts.Node, st: State): EV {
    for (const t of tags) {
      if (t.kind === "view" || t.kind === "maybe-view") return this.viewOf(obj, n);
      if (t.kind === "data") return { hs: new Set(obj.hs), root: obj.root, created: NONE, raw: true };
      if (t.kind === "read") {
        this.readEV(obj, st, n);
        return empty();
      }
    }
    return empty();
  }

  // ------------------------------------------------------------------ calls

  private evalCall(node: ts.CallExpression | ts.NewExpression, st: State): EV {
    const callee = skipOuter(node.expression);
    let recv: EV | null = null;
    let method: string | null = null;
    let calleeFn: ts.FunctionLikeDeclaration | undefined;
    if (isCallExpression(node) && (isPropertyAccessExpression(callee) || isElementAccessExpression(callee))) {
      recv = this.eval(callee.expression, st);
      if (isPropertyAccessExpression(callee)) method = callee.name.text;
      else this.eval(callee.argumentExpression, st);
    } else if (isFunctionExpression(callee) || isArrowFunction(callee)) {
      calleeFn = callee;
    } else if (isIdentifier(callee)) {
      const sym = this.symbolAt(callee);
      if (sym) calleeFn = this.unit.fnValues.get(this.symKey(sym));
      if (sym && !calleeFn && this.unit.summary) this.noteParamCall(this.symKey(sym));
    } else if (callee.kind !== SK.SuperKeyword) {
      this.eval(callee, st);
    }
    const argNodes = node.arguments ?? [];
    const args: EV[] = argNodes.map((a) => this.eval(a, st));

    // A local closure or an IIFE: run its body here, parameters bound to the arguments.
    if (calleeFn && isCallExpression(node) && this.unit.inline.length < 3 && !this.unit.inline.some((f) => f.fn === calleeFn)) {
      return this.inlineCall(calleeFn, args, st, false);
    }
    // A call whose value is dropped and that is given no array and no callback cannot matter here
    // (effects on state the function does not see are not followed): skip asking the checker;
    // unless closures are kept in the receiver's fields, which the method may run (`bus.emit("e")`).
    if (isExpressionStatement(node.parent) && recv && recv.hs.size === 0 && !recv.raw &&
      args.every((a) => a.hs.size === 0 && !a.fn && !a.fields && !a.root) && !(recv.root && this.keepsClosures(recv.root))) {
      return empty();
    }

    const info = this.callInfo(node, !!recv && recv.hs.size > 0 && !recv.raw);
    const tags = info.tags;
    const decl = info.decl;
    const params = decl && "parameters" in decl ? decl.parameters : undefined;
    const paramIndex = (name: string): number => params ? params.findIndex((p) => isIdentifier(p.name) && p.name.text === name) : -1;

    if (tags.length > 0) return this.applyCallTags(tags, node, recv, args, argNodes, paramIndex, decl, st);

    const summary = decl && this.isUserFunction(decl) ? this.summaryOf(decl as ts.FunctionLikeDeclaration, this.callFlags(decl as ts.FunctionLikeDeclaration, node)) : null;
    if (isNewExpression(node)) {
      if (summary) return this.withInstanceFields(this.applySummary(summary, node, recv, args, argNodes, st), node, st);
      // An unknown class: arrays given are read, callbacks run here (`new Promise((resolve) => ...)`).
      args.forEach((a, i) => {
        if (!a.fn) this.readEV(a, st, argNodes[i]!);
        else if (this.unit.inline.length < 3 && !this.unit.inline.some((f) => f.fn === a.fn)) this.inlineCall(a.fn, [], st, true);
      });
      return this.withInstanceFields(empty(), node, st);
    }
    if (summary) {
      if (recv && recv.hs.size > 0) this.readEV(recv, st, node);
      return this.applySummary(summary, node, recv, args, argNodes, st);
    }

    // Raw backing buffer methods (`a.data.fill(0)`).
    if (recv?.raw && method) {
      args.forEach((a) => this.readEV(a, st, node));
      if (RAW_WRITE_METHODS.has(method)) this.writeEV(recv, st, node);
      else this.readEV(recv, st, node);
      return empty();
    }
    // A Map's entries (`cache.set(k, a)`, `cache.get(k)`): its elements, like an array's. An entry
    // under a constant key is also a name of its own (`cache.get("pos")`), so two entries set under
    // different constant keys are told apart; entries set under other keys may be any of them.
    // Like any call, `set` reads the array passed on.
    if (recv && recv.hs.size === 0 && recv.root && method === "set" && args.length === 2 && !args[1]!.fn) {
      const key = subKey(recv.root, "[]");
      const rootInfo = this.infoOf(this.rootOf(key));
      this.readEV(args[1]!, st, argNodes[1]!);
      if (rootInfo.outlives) this.escape(args[1]!, st);
      this.bindWeak(key, args[1]!, argNodes[1]!, st);
      const slot = this.mapEntryKey(recv.root, argNodes[0]!, rootInfo.outlives);
      if (slot.constant) this.bindName(slot.key, args[1]!, argNodes[1]!, st);
      else this.bindWeak(slot.key, args[1]!, argNodes[1]!, st);
      return { hs: NONE, root: recv.root, created: NONE };
    }
    if (recv && recv.hs.size === 0 && recv.root && (method === "get" || method === "delete") && args.length === 1) {
      const key = subKey(recv.root, "[]");
      const slot = this.mapEntryKey(recv.root, argNodes[0]!, this.infoOf(this.rootOf(key)).outlives);
      if (method === "delete") {
        if (slot.constant) st.env.set(slot.key, new Map());
      } else if (slot.constant) {
        const other = `${recv.root}[?]`;
        const own = st.env.has(slot.key) ? this.valueOf(slot.key, st) : null;
        const any = st.env.get(other)?.size ? this.valueOf(other, st) : null;
        if (own && any) return this.union(own, any);
        if (own ?? any) return (own ?? any)!;
      }
      if (method === "get" && st.env.get(key)?.size) return this.valueOf(key, st);
    }
    // JS array stores (`list.push(a)`): the array now holds the values; like any call, it reads
    // the arrays passed on.
    if (recv && recv.hs.size === 0 && recv.root && method && STORE_METHODS.has(method)) {
      const key = subKey(recv.root, "[]");
      const rootInfo = this.infoOf(this.rootOf(key));
      this.setInfo(key, { display: `${this.infoOf(recv.root).display}[]`, outlives: rootInfo.outlives, caller: false });
      args.forEach((a, i) => {
        this.readEV(a, st, argNodes[i]!);
        if (rootInfo.outlives) this.escape(a, st);
        this.noteStoredFn(key, a);
        this.bindWeak(key, a, argNodes[i]!, st);
      });
      return empty();
    }
    // node:events: `em.on("epoch", cb)` keeps `cb` for `em.emit("epoch", ...)`, which runs it there
    // with the emitted values (it also runs here, as a callback given to a library call does).
    if (recv?.root && recv.hs.size === 0 && method && (EMITTER_ON.has(method) || method === "emit") && isEmitterMethod(decl)) {
      const event = argNodes[0] ? mapKeyText(argNodes[0]) : null;
      const key = event !== null ? `${this.canon(recv.root)}.@event:${event}` : null;
      if (key && method === "emit") {
        args.forEach((a, i) => this.readEV(a, st, argNodes[i]!));
        for (const fn of this.unit.fnElems.get(key) ?? []) {
          if (this.unit.inline.length < 3 && !this.unit.inline.some((f) => f.fn === fn)) this.inlineCall(fn, args.slice(1), st, true);
        }
        return empty();
      }
      const fn = args[1]?.fn;
      if (key && fn) this.unit.fnElems.set(key, new Set([...this.unit.fnElems.get(key) ?? [], fn]));
    }
    // Unknown call: arrays passed on are read; callbacks run here.
    if (recv && recv.hs.size > 0) this.readEV(recv, st, node);
    let mapped: EV | null = null;
    let reduced: EV | null = null;
    const reducing = !!recv && recv.hs.size === 0 && (method === "reduce" || method === "reduceRight");
    args.forEach((a, i) => {
      if (a.fn) {
        let elem: EV | null = null;
        if (recv && method && (CALLBACK_ELEMENT_METHODS.has(method) || reducing) && i === 0) elem = this.fieldOf(recv, "[]", node, st);
        if (this.unit.inline.length < 3 && !this.unit.inline.some((f) => f.fn === a.fn)) {
          if (reducing && i === 0) {
            // `xs.reduce((acc, x) => ..., init)`: the accumulator starts as `init`; the result is the
            // callback's (which is `init` where it returns its accumulator). Over an empty list it
            // would be `init` itself: that case is not assumed (`stages.reduce((b, f) => f(b), x)`
            // runs its stages).
            const init = args[1] ?? null;
            reduced = this.inlineCall(a.fn, [init ?? elem, elem], st, true);
            return;
          }
          const v = this.inlineCall(a.fn, [elem], st, true);
          if (i === 0 && (method === "map" || method === "flatMap")) mapped = v;
        }
      } else {
        this.readEV(a, st, argNodes[i]!);
      }
    });
    // `Object.values(rec)`, `Object.entries(rec)`: a list of the record's values (in `[key, value]` pairs).
    if (recv && (method === "values" || method === "entries") && isPropertyAccessExpression(callee) && isIdentifier(callee.expression) &&
      callee.expression.text === "Object" && args.length === 1 && this.mayHoldArrays(node)) {
      const values = this.anyField(args[0]!, st);
      if (!isUntracked(values)) {
        const item: EV = method === "values" ? { ...values, root: null }
          : { hs: NONE, root: null, created: NONE, fields: new Map([["0", { ev: empty(), node }], ["1", { ev: values, node }], ["[]", { ev: values, node }]]) };
        return { hs: NONE, root: null, created: NONE, fields: new Map([["[]", { ev: item, node }]]) };
      }
    }
    // `await Promise.all([load(a), b])`: a promise stands for its value here (as `await` takes it),
    // so the list's elements are the values; `race`/`any` give one of them, `resolve` its argument.
    if (recv && method && PROMISE_COMBINATORS.has(method) && isPropertyAccessExpression(callee) && isIdentifier(callee.expression) &&
      callee.expression.text === "Promise" && args.length === 1) {
      const a = args[0]!;
      const elems = method === "resolve" ? a : this.fieldOf(a, "[]", node, st);
      const items = [...a.fields ?? []].filter(([f]) => /^\d+$/.test(f));
      // (only where the analysis follows every value: else the result is looked up as any other)
      if (!isUntracked(elems) && items.every(([, fv]) => !isUntracked(fv.ev))) {
        if (method === "resolve") return a;
        if (method !== "all") return { ...elems, root: null };
        return { hs: NONE, root: null, created: NONE, fields: new Map([...items, ["[]", { ev: elems, node }]]) };
      }
    }
    // `Object.assign(target, ...sources)`: the target now holds the sources' fields.
    if (recv && method === "assign" && isPropertyAccessExpression(callee) && isIdentifier(callee.expression) &&
      callee.expression.text === "Object" && args.length > 0) {
      const roots = args.flatMap((a) => this.objectRoots(a));
      const t = args[0]!;
      const target = t.root && t.hs.size === 0 ? t : null;
      if (target?.root) {
        const sources = roots.filter((r) => r !== target.root);
        const prev = this.unit.objAlias.get(target.root);
        this.unit.objAlias.set(target.root, { sources: [...(prev?.sources ?? []), ...sources], origin: node });
      }
      // the fields object literals give, later ones over earlier ones (`Object.assign({}, DEFAULTS,
      // { model: fresh })`: `model` is the literal's, not `DEFAULTS.model`), as a spread does
      const fields = new Map(t.fields ?? []);
      for (const a of args.slice(1)) for (const [f, fv] of a.fields ?? []) fields.set(f, fv);
      return { hs: NONE, root: target?.root ?? null, created: NONE, fields, spreadRoots: roots };
    }
    if (reduced) return reduced;
    // JS array methods that return the receiver's elements or the callback's results.
    if (recv && recv.hs.size === 0 && method && (mapped || ELEMENT_METHODS.has(method))) {
      const elems = mapped ?? this.fieldOf(recv, "[]", node, st);
      if (elems.hs.size > 0) {
        return { hs: NONE, root: null, created: NONE, fields: new Map([["[]", { ev: { ...elems, root: null }, node }]]) };
      }
    }
    // `list.at(-1)`, `list.find(f)`: one of the list's elements itself (left in the list)
    if (recv && recv.hs.size === 0 && method && PICK_METHODS.has(method) && info.decl &&
      this.program.isSourceFileDefaultLibrary(info.decl.getSourceFile())) {
      const elem = this.fieldOf(recv, "[]", node, st);
      if (!isUntracked(elem)) return elem;
    }
    if (isCallExpression(node) && !isExpressionStatement(node.parent) && this.isNDArray(node)) return this.fresh(node, "unknown", st);
    return empty();
  }

  /** The `*[Symbol.iterator]()` generator the program declares for the type of `e`, if any. */
  private iteratorGenerator(e: ts.Expression): ts.MethodDeclaration | null {
    this.cache.iterators ??= this.program.getSourceFiles().some((sf) => !sf.isDeclarationFile && sf.text.includes("Symbol.iterator"));
    if (!this.cache.iterators) return null;
    try {
      for (const p of this.checker.getTypeAtLocation(e).getProperties()) {
        const d = p.valueDeclaration;
        if (d && isMethodDeclaration(d) && d.asteriskToken && isComputedPropertyName(d.name) && this.isUserFunction(d) &&
          skipOuter(d.name.expression).getText() === "Symbol.iterator") return d;
      }
    } catch {
      // no type: no iterator
    }
    return null;
  }

  private isUserFunction(decl: ts.SignatureDeclaration): boolean {
    if (!isFunctionLike(decl) || !decl.body) return false;
    const sf = decl.getSourceFile();
    return !sf.isDeclarationFile && !this.program.isSourceFileFromExternalLibrary(sf);
  }

  private applyCallTags(
    tags: readonly EffectTag[], node: ts.CallExpression | ts.NewExpression, recv: EV | null, args: EV[],
    argNodes: readonly ts.Expression[], paramIndex: (n: string) => number, decl: ts.SignatureDeclaration | undefined,
    st: State,
  ): EV {
    const argOf = (name: string | undefined): EV | null => {
      if (!name || name === "this" || name === "readonly") return recv;
      const i = paramIndex(name);
      return i >= 0 ? args[i] ?? null : null;
    };
    const written: EV[] = [];
    let writeRegion: Region | null = null;
    let result: EV | null = null;
    let readsRecv = false;
    let readElements: ElementRead | undefined;
    let resultIsRecv = false;
    for (const t of tags) {
      switch (t.kind) {
        case "write": {
          const target = argOf(t.args[0]);
          if (target) written.push(target);
          if (target && target === recv && recv.hs.size === 1) writeRegion = this.writeRegion(node, decl, [...recv.hs][0]!);
          if (!t.args[0] || t.args[0] === "this") resultIsRecv = true;
          break;
        }
        case "view":
        case "maybe-view": {
          const of = argOf(t.args[0]);
          if (of) result = this.viewOf(of, node, "", decl, t.args.includes("readonly"));
          break;
        }
        case "returns": {
          const of = argOf(t.args[0]);
          if (of) result = { hs: new Set(of.hs), root: of.root, created: NONE };
          break;
        }
        case "copy":
          readsRecv = true;
          result = this.fresh(node, "copy", st);
          break;
        case "create":
          result = this.fresh(node, "create", st, this.creationShape(node, decl));
          break;
        case "read":
          readsRecv = true;
          if (recv && recv.hs.size === 1) readElements = this.readRegion(node, decl, [...recv.hs][0]!);
          break;
        default:
          break;
      }
    }
    // Arguments are read before the call writes anything (a stored array is passed on: read too).
    args.forEach((a, i) => this.readEV(a, st, argNodes[i]!));
    if (recv && readsRecv) this.readEV(recv, st, node, readElements);
    for (const w of written) this.writeEV(w, st, node, w === recv ? writeRegion : null);
    if (result) return result;
    if (resultIsRecv && recv) return { hs: new Set(recv.hs), root: recv.root, created: NONE };
    // Tags that say nothing about the result: a user function with a body may still return a parameter.
    if (decl && this.isUserFunction(decl)) {
      const s = this.summaryOf(decl as ts.FunctionLikeDeclaration, this.callFlags(decl as ts.FunctionLikeDeclaration, node));
      if (s) return this.summaryResult(s, node, recv, args, st);
    }
    return empty();
  }

  /** Closures are kept as elements under a path of `root` (`feed.listeners[]`, `bus.@event:epoch`). */
  private keepsClosures(root: string): boolean {
    const prefix = `${this.canon(root)}.`;
    for (const k of this.unit.fnElems.keys()) if (k.startsWith(prefix)) return true;
    return false;
  }

  /** In a summary: a closure parameter kept under a path of `this` (`this.listeners.push(l)`, `this.onDone = cb`). */
  private noteStoredFn(key: string, ev: EV): void {
    const stored = this.unit.summary?.storedFns;
    if (!stored || this.rootOf(key) !== "this" || !ev.root || ev.hs.size > 0 || ev.fields) return;
    const param = this.unit.params.get(this.canon(ev.root));
    const path = key.slice("this".length);
    if (param !== undefined && !stored.some((x) => x.param === param && x.path === path)) stored.push({ param, path });
  }

  /** In a summary: the unit calls `key`, which may be a parameter or an element of one (`for (const fn of fns) fn()`). */
  private noteParamCall(key: string): void {
    const u = this.unit;
    const k = this.canon(key);
    for (const r of [k, ...(u.objAlias.get(k)?.sources ?? [])]) {
      const root = this.rootOf(r);
      const param = root === "this" && r !== root ? -1 : u.params.get(root);
      if (param === undefined) continue;
      const path = r.slice(root.length);
      if (!u.summary!.calls.some((c) => c.param === param && c.path === path)) u.summary!.calls.push({ param, path });
    }
  }

  private applySummary(
    s: Summary, node: ts.CallExpression | ts.NewExpression, recv: EV | null, args: EV[], argNodes: readonly ts.Expression[], st: State,
  ): EV {
    args.forEach((a, i) => {
      // A callback handed to a helper of the program runs during the call (maybe many times).
      if (a.fn) {
        if (this.unit.inline.length < 3 && !this.unit.inline.some((f) => f.fn === a.fn)) this.inlineCall(a.fn, [], st, true);
        return;
      }
      this.readEV(a, st, argNodes[i]!);
    });
    // A method that keeps a closure it is given in a field of its object (`feed.subscribe(cb)`).
    if (recv?.root && recv.hs.size === 0) {
      for (const f of s.storedFns) {
        const fn = args[f.param]?.fn;
        if (!fn) continue;
        const key = `${this.canon(recv.root)}${f.path}`;
        if (f.path.endsWith("[]")) this.unit.fnElems.set(key, new Set([...this.unit.fnElems.get(key) ?? [], fn]));
        else this.unit.fnValues.set(key, fn);
      }
    }
    // Closures stored in an argument whose elements the helper calls (`runAll(reporters)`), or in
    // fields of the receiver that a method calls (`feed.publish(q)` runs what `subscribe` kept).
    for (const c of s.calls) {
      const a = c.param < 0 ? recv : args[c.param];
      if (!a) continue;
      const fns = new Set<ts.FunctionLikeDeclaration>();
      if (c.param < 0) {
        const key = a.root && a.hs.size === 0 ? `${this.canon(a.root)}${c.path}` : null;
        const one = key && !c.path.endsWith("[]") ? this.unit.fnValues.get(key) : undefined;
        if (key && c.path.endsWith("[]")) for (const fn of this.unit.fnElems.get(key) ?? []) fns.add(fn);
        else if (one) fns.add(one);
      } else if (c.path === "[]") {
        for (const it of a.fields?.get("[]")?.ev.items ?? []) if (it.ev.fn) fns.add(it.ev.fn);
        if (a.root) for (const fn of this.unit.fnElems.get(`${this.canon(a.root)}[]`) ?? []) fns.add(fn);
      }
      for (const fn of fns) {
        if (this.unit.inline.length < 3 && !this.unit.inline.some((f) => f.fn === fn)) this.inlineCall(fn, [], st, true);
      }
    }
    for (const sym of s.outerReads) {
      const v = this.outerValue(sym, st);
      if (v) this.readEV(v, st, node);
    }
    this.applyOuterWrites(s, st);
    this.applyOuterAssigns(s, node, recv, args, st);
    // A method that keeps an argument in a field: the object's field is now another name for it.
    if (isCallExpression(node) && recv?.root && recv.hs.size === 0) {
      for (const [f, refs] of s.thisFields) {
        const { v, origin } = this.storedValue(refs, recv, args, node, st);
        if (!v) continue;
        // An element store (`this.entries.push(x)`) adds to what the field holds.
        if (f.endsWith("[]")) this.bindWeak(`${recv.root}.${f}`, v, origin, st);
        else this.bindName(subKey(recv.root, f), v, origin, st);
      }
    }
    // Stores into an argument's paths (`put(box, v)`, `append(list, view)`): another name for
    // what was stored, beside what the path may still hold.
    for (const pf of s.paramFields) {
      const a = args[pf.param];
      if (!a?.root || a.hs.size > 0) continue;
      const { v, origin } = this.storedValue(pf.refs, recv, args, node, st);
      if (v && v.hs.size > 0) this.bindWeak(`${this.canon(a.root)}${pf.path}`, v, origin, st);
    }
    // Fields the method rebinds to memory of its own: the receiver's old field values are gone.
    if (isCallExpression(node) && recv?.root && recv.hs.size === 0) {
      for (const f of s.thisFresh) {
        const b = this.buf("unknown", node, `site:${this.id(node)}:this.${f}`);
        const h = this.handle(b, false, node, `owner:${b.id}`);
        this.bindName(subKey(recv.root, f), { hs: new Set([h]), root: null, created: new Set([h]) }, node, st);
      }
    }
    // What a method reads of its object: the caller's paths under the receiver.
    if (recv?.root) {
      for (const path of s.thisReads) {
        const v = this.resolveRef({ param: -1, path, view: false }, recv, args, node, st);
        if (v) this.readEV(v, st, node);
      }
    }
    // Writes a callee makes into its arguments are not repeated at the call: a value-returning
    // callee reports them itself, a void one (or one tagged `@ndalias write x`) writes what it is
    // given on purpose, and a method writing its own fields is plain mutation (API.md).
    return this.summaryResult(s, node, recv, args, st);
  }

  /**
   * What a callee stored (`this.w = w`, `b.v = s`), as the caller's memory, and where the alias is
   * made: at the argument when it is one argument stored whole (a `.copy()` there is the remedy),
   * else at the call.
   */
  private storedValue(refs: ParamRef[], recv: EV | null, args: EV[], node: ts.Expression, st: State): { v: EV | null; origin: ts.Node } {
    let v: EV | null = null;
    for (const r of refs) {
      const x = this.resolveRef(r, recv, args, node, st);
      if (x) v = v ? this.union(v, x) : x;
    }
    const one = refs.length === 1 && refs[0]!.path === "" && !refs[0]!.view ? refs[0]!.param : -1;
    const argNodes = isCallExpression(node) || isNewExpression(node) ? node.arguments : undefined;
    return { v, origin: (one >= 0 ? argNodes?.[one] : undefined) ?? node };
  }

  /** The value at `node` is an object (its fields may hold arrays), by its type. */
  private holdsObject(node: ts.Node): boolean {
    return this.typeHasFlags(node, TypeFlags.Object | TypeFlags.Any | TypeFlags.Unknown | TypeFlags.TypeParameter, true);
  }

  /**
   * Fields of the returned objects that share memory the function made: groups of two or more
   * fields, the same in every return (a return that keeps them apart, or returns no object,
   * leaves none).
   */
  private sharedFreshFields(returns: EV[], u: UnitCtx): Summary["returnShared"] {
    let out: Summary["returnShared"] | null = null;
    for (const ev of returns) {
      const byBuf = new Map<Buf, Array<{ field: string; view: boolean }>>();
      for (const [f, fl] of ev.fields ?? []) {
        if (f === "[]" || /^\d+$/.test(f)) continue;
        for (const h of fl.ev.hs) {
          if (!h.buf.site || !u.allocated.has(h.buf) || u.paramBufs.has(h.buf)) continue;
          const list = byBuf.get(h.buf) ?? [];
          if (!list.some((x) => x.field === f)) list.push({ field: f, view: h.view });
          byBuf.set(h.buf, list);
        }
      }
      const groups = [...byBuf.values()].filter((g) => g.length > 1);
      const key = (g: Array<{ field: string; view: boolean }>) => g.map((x) => `${x.field}:${x.view}`).sort().join(",");
      out = out === null ? groups : out.filter((g) => groups.some((h) => key(h) === key(g)));
      if (out.length === 0) return [];
    }
    return out ?? [];
  }

  /** The caller's value of a module-level or captured name a callee uses. */
  private outerValue(sym: ts.Symbol, st: State): EV | null {
    const key = this.symKey(sym);
    if (st.env.has(key)) return this.valueOf(key, st);
    if (this.isLocalSymbol(sym)) return this.valueOf(key, st);
    this.setInfo(key, { display: sym.name, outlives: true, caller: false });
    if (this.moduleConsts.has(key)) {
      this.seedModuleConst(key, st);
      return this.valueOf(key, st);
    }
    const decl = sym.valueDeclaration;
    // Not an array itself (a class with static fields, a namespace object): a root for paths.
    if (!decl || !this.mayBeArraySymbol(sym)) return this.valueOf(key, st);
    return this.lazy(key, decl, st, null);
  }

  /** The caller's memory a parameter reference stands for. */
  private resolveRef(r: ParamRef, recv: EV | null, args: EV[], node: ts.Node, st: State, salt = ""): EV | null {
    let v = r.param < 0 ? recv ?? undefined : args[r.param];
    if (!v) return null;
    const steps = [...r.path.matchAll(/\.([^.[]+)|\[\]/g)];
    steps.forEach((m, i) => {
      const f = m[1] ?? "[]";
      if (i === steps.length - 1) {
        // The callee held an array at the end of the path: no need to ask for its type.
        v = this.fieldOf(v!, f, null, st);
        return;
      }
      // On the way there: objects (or arrays of arrays), never arrays themselves.
      const direct = v!.fields?.get(f);
      if (direct) v = direct.ev;
      else if (v!.root) {
        const k = subKey(v!.root, f);
        v = st.env.has(k) && st.env.get(k)!.size === 0 ? this.valueOf(k, st) : { hs: NONE, root: k, created: NONE };
      } else v = empty();
    });
    if (v.hs.size === 0) return null;
    return r.view ? this.viewOf(v, node, salt || `:p${r.param}${r.path}`) : { hs: new Set(v.hs), root: v.root, created: NONE };
  }

  /** What a call (or a getter read) gives back, from the callee's summary. */
  private summaryResult(
    s: Summary, node: ts.Expression, recv: EV | null, args: EV[], st: State,
  ): EV {
    // (a call; a getter read; the object a for-of runs its `[Symbol.iterator]()` on)
    const argNodes = isCallExpression(node) || isNewExpression(node) ? node.arguments : undefined;
    let out: EV | null = null;
    const add = (v: EV) => {
      out = out ? this.union(out, v) : v;
    };
    for (const r of s.returns) {
      const v = this.resolveRef(r, recv, args, node, st);
      if (v) add(v);
    }
    const outerRef = (o: { sym: ts.Symbol; path: string; view: boolean }): EV | null => {
      let v = this.outerValue(o.sym, st);
      for (const m of o.path.matchAll(/\.([^.[]+)|\[\]/g)) if (v) v = this.fieldOf(v, m[1] ?? "[]", null, st);
      if (!v || v.hs.size === 0) return null;
      return o.view ? this.viewOf(v, node, `:o${o.path}`) : { hs: new Set(v.hs), root: v.root, created: NONE };
    };
    for (const o of s.returnsOuter) {
      const v = outerRef(o);
      if (v) add(v);
    }
    // An object under the receiver or an argument: the caller's own path to it.
    for (const o of s.returnsObject) {
      const base = o.param === -1 ? recv : args[o.param];
      if (base?.root && base.hs.size === 0) add({ hs: NONE, root: `${this.canon(base.root)}${o.path}`, created: NONE });
    }
    const fieldsFrom = (m: Map<string, ParamRef[]>): Map<string, Field> | null => {
      if (m.size === 0) return null;
      const fields = new Map<string, Field>();
      // An argument kept whole under two fields (`this.initial = weights` beside `public weights`):
      // the fields share memory because of the callee, and a copy of the argument would not part them.
      const uses = new Map<number, number>();
      for (const refs of m.values()) for (const r of refs) if (r.path === "" && !r.view) uses.set(r.param, (uses.get(r.param) ?? 0) + 1);
      for (const [f, refs] of m) {
        let fv: EV | null = null;
        let argNode: ts.Node | null = null;
        for (const r of refs) {
          const v = this.resolveRef(r, recv, args, node, st, `:f${f}`);
          if (!v) continue;
          fv = fv ? this.union(fv, v) : v;
          argNode = r.path === "" && !r.view && uses.get(r.param) === 1 ? (argNodes?.[r.param] ?? null) : null;
        }
        if (fv) fields.set(f, { ev: fv, node: refs.length === 1 && argNode ? argNode : node });
      }
      return fields.size > 0 ? fields : null;
    };
    let fields = fieldsFrom(isNewExpression(node) ? s.thisFields : s.returnFields);
    // "[].f": field f of each element (a generator's `yield [r, tile]`)
    for (const [k, fl] of [...(fields ?? [])]) {
      if (!k.startsWith("[].")) continue;
      fields!.delete(k);
      const elem = fields!.get("[]");
      const inner = new Map(elem?.ev.fields ?? []);
      inner.set(k.slice(3), fl);
      fields!.set("[]", { ev: { ...(elem?.ev ?? empty()), fields: inner }, node: elem?.node ?? node });
    }
    // `new Network([new Dense(w), ...])`: the instance's field is the object given, with its fields.
    if (isNewExpression(node)) {
      for (const o of s.thisObjects) {
        const a = args[o.param];
        if (!a || a.hs.size > 0 || !(a.fields || a.root) || fields?.has(o.field)) continue;
        fields ??= new Map();
        fields.set(o.field, { ev: a, node: argNodes?.[o.param] ?? node });
      }
    }
    for (const o of s.yieldsOuter) {
      const v = outerRef(o);
      if (!v) continue;
      fields ??= new Map();
      const prev = fields.get("[]");
      fields.set("[]", { ev: prev ? this.union(prev.ev, v) : v, node });
    }
    // Fields of the returned object sharing memory the callee made: one new array for each group.
    if (!isNewExpression(node)) {
      s.returnShared.forEach((group, i) => {
        if (group.some((x) => fields?.has(x.field))) return;
        const v = this.fresh(node, "unknown", st, null, `:s${i}`);
        fields ??= new Map();
        for (const x of group) fields.set(x.field, { ev: x.view ? this.viewOf(v, node, `:s${i}.${x.field}`) : v, node });
      });
    }
    // A list of memory the callee made: new at each call (each element of a literal its own).
    let freshRest: EV | null = null;
    if (s.returnsFreshList && !isNewExpression(node) && !fields?.has("[]")) {
      fields ??= new Map();
      for (const i of s.returnsFreshList.items) if (!fields.has(i)) fields.set(i, { ev: this.fresh(node, "unknown", st, null, `:${i}`), node });
      freshRest = this.fresh(node, "unknown", st);
    }
    // `return { ...s, name }`: an object alias of the argument, but for the fields it sets itself.
    let spreadRoots: string[] | undefined;
    if (s.returnSpreads && !isNewExpression(node)) {
      for (const o of s.returnSpreads.roots) {
        const base = o.param === -1 ? recv : args[o.param];
        if (base?.root && base.hs.size === 0) (spreadRoots ??= []).push(`${this.canon(base.root)}${o.path}`);
      }
      if (spreadRoots) {
        fields ??= new Map();
        for (const o of s.returnSpreads.own) {
          if (fields.has(o.field)) continue;
          fields.set(o.field, { ev: o.fresh ? this.fresh(node, "unknown", st, null, `:o.${o.field}`) : empty(), node });
        }
      }
    }
    if (fields) {
      // "[]": the literal's elements, and the rest of a fresh list (its spread, `...more`)
      const items = [...fields].filter(([f]) => /^\d+$/.test(f)).map(([, fl]) => fl);
      if (freshRest) items.push({ ev: freshRest, node });
      if (items.length > 0) {
        const all = items.map((i) => i.ev);
        fields.set("[]", { ev: { hs: new Set(all.flatMap((v) => [...v.hs])), root: null, created: NONE, items }, node });
      }
      add(spreadRoots ? { hs: NONE, root: null, created: NONE, fields, spreadRoots } : { hs: NONE, root: null, created: NONE, fields });
    }
    // Memory the callee made (a getter too: `get snapshot() { return this.m.copy(); }`): new at each call.
    if (s.returnsOther && !isNewExpression(node) && this.resultMayBeArray(s, node)) add(this.fresh(node, "unknown", st));
    return out ?? empty();
  }

  /** Whether a call of the summarised function gives an array: from its signature once, else from the call's type. */
  private resultMayBeArray(s: Summary, call: ts.Expression): boolean {
    if (s.resultArray === undefined) {
      s.resultArray = null;
      let generic = false;
      for (let n: ts.Node | undefined = s.decl; n && !isSourceFile(n); n = n.parent) {
        if ((tsIsFunctionLike(n) || isClassLike(n) || isInterfaceDeclaration(n)) && n.typeParameters?.length) generic = true;
      }
      // Overloads: the call's own signature says which result it gives.
      const name = (s.decl as ts.NamedDeclaration).name;
      if (name && (this.symbolAt(name)?.declarations?.length ?? 1) > 1) generic = true;
      if (!generic && (s.decl.type ? typeNodeIsNotNDArray(s.decl.type) : returnsNoArray(s.decl))) s.resultArray = false;
      else if (!generic) {
        try {
          const sig = this.checker.getSignatureFromDeclaration(s.decl);
          if (sig) s.resultArray = isNDArrayType(this.checker.getReturnTypeOfSignature(sig), this.checker);
        } catch {
          s.resultArray = null;
        }
      }
    }
    return s.resultArray ?? this.isNDArray(call);
  }

  /** Runs a closure's body at the call site; a callback may run any number of times (a loop). */
  private inlineCall(fn: ts.FunctionLikeDeclaration, args: Array<EV | null>, st: State, mayRepeat: boolean): EV {
    const u = this.unit;
    u.locals.add(fn);
    const frame: UnitCtx["inline"][number] = { fn: fn as ts.Node, returns: [], values: [], readReturns: mayRepeat };
    u.inline.push(frame);
    const savedFrames = u.frames;
    u.frames = [];
    const before: ReadonlySet<WriteRec> = new Set(st.pending);
    // A closure that returns nothing writes what it is given on purpose, as a `void` function
    // does (`rows.forEach((row) => row.slice(":1").fill(0))`, through a local view too).
    const intended: string[] = [];
    if (!this.returnsValue(fn)) {
      const roots: string[] = [];
      for (const a of args) {
        const k = a?.root ? this.canon(a.root) : null;
        if (k) roots.push(k);
        if (k && !u.intended.has(k)) {
          u.intended.add(k);
          intended.push(k);
        }
      }
      // (each name a parameter binds, also out of a destructured one: `({ frame, overlay }) => ...`)
      for (const p of fn.parameters) this.collectKeys(p.name, roots);
      const callerKeys = new Set<string>();
      for (const k of st.env.keys()) callerKeys.add(this.canon(k));
      frame.given = { roots, callerKeys };
    }
    try {
      let head = cloneState(st);
      for (let iter = 0; iter < (mayRepeat ? 6 : 1); iter++) {
        frame.returns = [];
        frame.values = [];
        const s = cloneState(head);
        this.bindParams(fn, s, false, args, before);
        let end: State[];
        if (fn.body && !isBlock(fn.body)) {
          const v = this.eval(fn.body, s);
          if (mayRepeat && !this.voidContext(fn)) this.readEV(v, s, fn.body);
          frame.values.push(v);
          end = [s];
        } else {
          end = fn.body ? this.execBlock(fn.body.statements, [s]) : [s];
        }
        const out = joinAll([...end, ...frame.returns]);
        const next = cloneState(head);
        if (mayRepeat) joinInto(next, out);
        else if (out) {
          this.replaceState(next, out);
        }
        if (!mayRepeat || measure(next) === measure(head)) {
          head = next;
          break;
        }
        head = next;
      }
      this.replaceState(st, head);
    } finally {
      u.frames = savedFrames;
      u.inline.pop();
      for (const k of intended) u.intended.delete(k);
      // Out of the closure, its parameters name nothing: not the caller's array they stood for
      // (`edge(front)` binds `grid` to `front`; after a later swap `grid`'s memory is `back`'s).
      const params: string[] = [];
      for (const p of fn.parameters) this.collectKeys(p.name, params);
      for (const k of params) {
        u.nameAlias.delete(k);
        for (const e of [...st.env.keys()]) if (e === k || isSubKey(e, k)) st.env.delete(e);
      }
    }
    if (frame.values.length === 0) return empty();
    return frame.values.reduce((a, b) => this.union(a, b));
  }

  // ------------------------------------------------------------------ summaries

  /**
   * The constant flags a call passes: a parameter the function tests as a condition (`copy ? x.copy()
   * : x`, `if (!inPlace)`) and never assigns, given `true` / `false` or omitted with such a default.
   * Its summary for the call then follows only the branch taken.
   */
  private callFlags(decl: ts.FunctionLikeDeclaration, call: ts.Node): CallFlags | undefined {
    if (!isCallExpression(call) && !isNewExpression(call)) return undefined;
    // `f(...args)`: which argument meets which parameter is not known here
    if (call.arguments?.some(isSpreadElement)) return undefined;
    const tested = this.testedFlags(decl);
    if (tested.size === 0) return undefined;
    let out: CallFlags | undefined;
    decl.parameters.forEach((p, i) => {
      if (!isIdentifier(p.name) || p.dotDotDotToken || !tested.has(p.name.text)) return;
      const arg = call.arguments?.[i];
      const given = arg ? skipOuter(arg) : p.initializer;
      const v = given?.kind === SK.TrueKeyword ? true : given?.kind === SK.FalseKeyword ? false : undefined;
      const sym = v === undefined ? undefined : this.symbolAt(p.name);
      if (v === undefined || !sym) return;
      out ??= { key: "", values: new Map() };
      out.key += `${i}${v ? "t" : "f"}`;
      out.values.set(sym, v);
    });
    return out;
  }

  /** Names of parameters a function tests as a condition (`if (x)`, `x ? a : b`, negated too) and never assigns. */
  private testedFlags(decl: ts.FunctionLikeDeclaration): ReadonlySet<string> {
    let hit = this.cache.flagParams.get(decl);
    if (hit) return hit;
    const params = new Set<string>();
    for (const p of decl.parameters) if (isIdentifier(p.name)) params.add(p.name.text);
    const tested = new Set<string>();
    const assigned = new Set<string>();
    const cond = (e: ts.Expression): void => {
      e = skipOuter(e);
      while (isPrefixUnaryExpression(e) && e.operator === SK.ExclamationToken) e = skipOuter(e.operand);
      if (isIdentifier(e) && params.has(e.text)) tested.add(e.text);
    };
    const visit = (n: ts.Node): void => {
      if (isIfStatement(n)) cond(n.expression);
      else if (isConditionalExpression(n)) cond(n.condition);
      else if (isBinaryExpression(n) && n.operatorToken.kind >= SK.FirstAssignment && n.operatorToken.kind <= SK.LastAssignment &&
        isIdentifier(skipOuter(n.left))) assigned.add((skipOuter(n.left) as ts.Identifier).text);
      else if ((isPrefixUnaryExpression(n) || isPostfixUnaryExpression(n)) && isIdentifier(n.operand) &&
        (n.operator === SK.PlusPlusToken || n.operator === SK.MinusMinusToken)) assigned.add(n.operand.text);
      forEachChild(n, visit);
    };
    if (params.size > 0 && decl.body) visit(decl.body);
    hit = new Set([...tested].filter((t) => !assigned.has(t)));
    this.cache.flagParams.set(decl, hit);
    return hit;
  }

  /** A condition fixed by the flags of the summary being made (`copy`, `!inPlace`), if it is one. */
  private knownCondition(e: ts.Expression): boolean | undefined {
    const flags = this.unit.knownFlags;
    if (!flags) return undefined;
    e = skipOuter(e);
    let negate = false;
    while (isPrefixUnaryExpression(e) && e.operator === SK.ExclamationToken) {
      negate = !negate;
      e = skipOuter(e.operand);
    }
    if (!isIdentifier(e)) return undefined;
    const sym = this.symbolAt(e);
    const v = sym ? flags.get(sym) : undefined;
    return v === undefined ? undefined : v !== negate;
  }

  private summaryOf(decl: ts.FunctionLikeDeclaration, flags?: CallFlags): Summary | null {
    let byFlags: Map<string, Summary> | undefined;
    if (flags) {
      byFlags = this.cache.flagSummaries.get(decl);
      if (!byFlags) {
        byFlags = new Map();
        this.cache.flagSummaries.set(decl, byFlags);
      }
    }
    const cached = flags ? byFlags!.get(flags.key) : this.cache.summaries.get(decl);
    if (cached) return cached;
    if (this.summaryStack.includes(decl) || this.summaryStack.length >= 4) {
      this.tainted = true;
      return null;
    }
    // A summary that met recursion (or the depth limit) depends on the summaries being computed
    // around it, so it is kept for this file only, under that context.
    const contextKey = `${this.id(decl)}${flags ? `/${flags.key}` : ""}|${this.summaryStack.map((d) => this.id(d)).join(",")}`;
    const inContext = this.contextSummaries.get(contextKey);
    if (inContext) {
      this.tainted = true;
      return inContext;
    }
    const savedUnit = this.unit;
    const savedTaint = this.tainted;
    const savedReporting = this.reporting;
    const savedEarlier = this.earlierCalls;
    this.tainted = false;
    this.reporting = false;
    this.earlierCalls = false;
    this.summaryStack.push(decl);
    const u = this.newUnit(decl);
    u.summary = { returns: [], yields: [], exits: [], calls: [], outerWrites: [], storedFns: [] };
    u.returnsValue = false;
    if (flags) u.knownFlags = flags.values;
    this.unit = u;
    let summary: Summary;
    try {
      const st: State = newState();
      this.bindParams(decl, st, true);
      const ends = this.execBody(decl, st);
      summary = {
        returns: [], returnFields: new Map(), returnShared: [], thisFields: new Map(), paramFields: [], thisFresh: [], thisObjects: [], returnsObject: [], returnsOther: false,
        thisReads: u.thisReads, returnsOuter: [], yieldsOuter: [], outerReads: u.outerReads,
        outerWrites: [], outerAssigns: [], decl, calls: u.summary.calls, storedFns: u.summary.storedFns!,
      };
      const refOf = (h: Handle): ParamRef | null => {
        const pb = u.paramBufs.get(h.buf);
        return pb ? { param: pb.param, path: pb.path, view: pb.owner !== h } : null;
      };
      const addRef = (list: ParamRef[], r: ParamRef) => {
        if (!list.some((x) => x.param === r.param && x.path === r.path && x.view === r.view)) list.push(r);
      };
      const addFields = (into: Map<string, ParamRef[]>, f: string, v: EV) => {
        for (const h of v.hs) {
          const r = refOf(h);
          if (!r) continue;
          const list = into.get(f) ?? [];
          addRef(list, r);
          into.set(f, list);
        }
      };
      const outerOf = (h: Handle): { sym: ts.Symbol; path: string; view: boolean } | null => {
        for (const [k, lh] of u.lazy) {
          if (!lh || lh.buf !== h.buf) continue;
          const sym = this.outerSymOf(k);
          if (sym) return { sym, path: k.slice(this.rootOf(k).length), view: lh !== h };
        }
        return null;
      };
      for (const ev of u.summary.returns) {
        for (const h of ev.hs) {
          const r = refOf(h);
          const outer = r ? null : outerOf(h);
          if (r) addRef(summary.returns, r);
          else if (outer) summary.returnsOuter.push(outer);
          else summary.returnsOther = true;
        }
        if (ev.hs.size === 0) summary.returnsOther = true;
        for (const [f, fl] of ev.fields ?? []) if (f !== "[]") addFields(summary.returnFields, f, fl.ev);
        const all = ev.fields?.get("[]")?.ev;
        if (all && all.hs.size > 0 && ev.hs.size === 0 && [...all.hs].every((h) => !refOf(h) && !outerOf(h))) {
          const items = [...ev.fields!.keys()].filter((f) => /^\d+$/.test(f));
          const prev = summary.returnsFreshList;
          // one list per return; returns of different shapes: only what they share
          summary.returnsFreshList = { items: prev ? prev.items.filter((i) => items.includes(i)) : items };
        } else if (all && all.hs.size > 0) summary.returnsFreshList = { items: [] };
        // `return this.series` / `return state.layers`: an object the caller reaches by a path.
        if (ev.hs.size === 0 && !ev.fields && ev.root) {
          const key = this.canon(ev.root);
          const root = this.rootOf(key);
          const param = root === "this" ? -1 : u.params.get(root);
          const path = key.slice(root.length);
          if (param !== undefined && path.startsWith(".") && !summary.returnsObject.some((o) => o.param === param && o.path === path)) {
            summary.returnsObject.push({ param, path });
          }
        }
      }
      summary.returnShared = this.sharedFreshFields(u.summary.returns, u);
      for (const ev of u.summary.returns) {
        for (const r of ev.spreadRoots ?? []) {
          const key = this.canon(r);
          const root = this.rootOf(key);
          const param = root === "this" ? -1 : u.params.get(root);
          if (param === undefined) continue;
          const rs = (summary.returnSpreads ??= { roots: [], own: [] });
          const path = key.slice(root.length);
          if (!rs.roots.some((x) => x.param === param && x.path === path)) rs.roots.push({ param, path });
        }
      }
      if (summary.returnSpreads) {
        // the literal's own fields, from any return (a field one of them sets is not taken as the argument's)
        for (const ev of u.summary.returns) {
          for (const [f, fl] of ev.fields ?? []) {
            if (f === "[]" || /^\d+$/.test(f)) continue;
            if (fl.ev.hs.size === 0 && (fl.ev.fields || fl.ev.spreadRoots || (fl.ev.root && this.holdsObject(fl.node)))) {
              summary.returnSpreads = undefined;
              break;
            }
            const fresh = [...fl.ev.hs].some((h) => !refOf(h));
            const own = summary.returnSpreads.own.find((x) => x.field === f);
            if (!own) summary.returnSpreads.own.push({ field: f, fresh });
            else if (fresh) own.fresh = true;
          }
          if (!summary.returnSpreads) break;
        }
      }
      for (const ev of u.summary.yields) {
        addFields(summary.returnFields, "[]", ev);
        // `yield [r, tile]`: each element's own fields
        for (const [f, fl] of ev.fields ?? []) if (f !== "[]") addFields(summary.returnFields, `[].${f}`, fl.ev);
        for (const h of ev.hs) {
          if (refOf(h)) continue;
          const outer = outerOf(h);
          if (outer) summary.yieldsOuter.push(outer);
        }
      }
      // Fields of `this` left holding a parameter's memory (constructors, setters, `remember(x)`).
      for (const end of [...ends, ...u.summary.exits]) {
        for (const [k, hold] of end.env) {
          const m = /^this\.([^.[]+(?:\[\])?)$/.exec(k);
          if (!m) continue;
          const hs = [...hold.keys()].filter((h) => (u.paramBufs.get(h.buf)?.param ?? -1) >= 0);
          if (hs.length > 0) addFields(summary.thisFields, m[1]!, { hs: new Set(hs), root: null, created: NONE });
        }
      }
      // Paths under an object parameter left holding memory of a parameter (another one, or
      // another path of it) that was not there: stores into the caller's object.
      for (const end of [...ends, ...u.summary.exits]) {
        for (const [k, hold] of end.env) {
          const root = this.rootOf(k);
          const param = u.params.get(root);
          const path = k.slice(root.length);
          if (param === undefined || path === "" || summary.paramFields.length >= 16 || (path.match(/\.|\[\]/g)?.length ?? 0) > 4) continue;
          for (const h of hold.keys()) {
            const r = refOf(h);
            if (!r || (r.param === param && r.path === path)) continue;
            let pf = summary.paramFields.find((x) => x.param === param && x.path === path);
            if (!pf) summary.paramFields.push(pf = { param, path, refs: [] });
            if (!pf.refs.some((x) => x.param === r.param && x.path === r.path && x.view === r.view)) pf.refs.push(r);
          }
        }
      }
      // Fields that are another name of an object parameter (`this.layers = layers`, or a parameter
      // property `public readonly layers: Dense[]`).
      if (isConstructorDeclaration(decl)) {
        decl.parameters.forEach((p, i) => {
          if (isIdentifier(p.name) && isParameterProperty(p)) summary.thisObjects.push({ field: p.name.text, param: i });
        });
      }
      for (const [k, a] of u.objAlias) {
        const m = /^this\.([^.[]+)$/.exec(k);
        if (!m) continue;
        for (const src of a.sources) {
          const param = u.params.get(src);
          if (param !== undefined && !summary.thisObjects.some((o) => o.field === m[1] && o.param === param)) summary.thisObjects.push({ field: m[1]!, param });
        }
      }
      // Fields rebound on every path to memory made here: the caller's old sharing through them ends.
      const exits = [...ends, ...u.summary.exits];
      const madeHere = (hold: Holding | undefined): boolean =>
        !!hold && hold.size > 0 && [...hold.keys()].every((h) => h.buf.site !== null && u.allocated.has(h.buf) && !u.paramBufs.has(h.buf));
      if (exits.length > 0) {
        for (const [k] of exits[0]!.env) {
          const m = /^this\.([^.[]+)$/.exec(k);
          if (m && exits.every((e) => madeHere(e.env.get(k)))) summary.thisFresh.push(m[1]!);
        }
      }
      summary.outerAssigns = this.outerAssignsOf(exits, refOf, outerOf);
      // (not through a name the function rebinds: after the call the caller's name is other memory)
      const rebound = new Set(summary.outerAssigns.map((a) => a.sym));
      summary.outerWrites = u.summary.outerWrites!.filter((w) => !rebound.has(w.sym) && !this.assignedNames(decl).has(w.sym.name));
    } finally {
      this.summaryStack.pop();
      this.unit = savedUnit;
      this.reporting = savedReporting;
      this.earlierCalls = savedEarlier;
    }
    const tainted = this.tainted;
    this.tainted = savedTaint || tainted;
    if (tainted) this.contextSummaries.set(contextKey, summary);
    else if (flags) byFlags!.set(flags.key, summary);
    else this.cache.summaries.set(decl, summary);
    return summary;
  }
}

/** Runs the analysis over one file of a program. */
export function analyzeSourceFile(program: ts.Program, sf: ts.SourceFile): FileFindings {
  return new Analyzer(program).analyzeFile(sf);
}

