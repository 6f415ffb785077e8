/**
 * Recognising ndalias arrays by type, never by name.
 *
 * The runtime's `NDArray` class carries the JSDoc tag `@ndalias ndarray`
 * (src/runtime/ndarray.ts, kept in dist/src/runtime/ndarray.d.ts). The tag is
 * found the same way whether the package comes from a `paths` mapping to the
 * sources, by self-reference (`import "ndalias"` inside this repo, resolved
 * through package.json `exports` to dist/), or from `node_modules`. So there is
 * no file-path test: a user's own class that happens to be called `NDArray` is
 * not an ndalias array. (`typeMatchesSpecifier(…, { from: "package" })` would
 * only match declarations TypeScript loads as an external library, so it misses
 * the first two setups.) A user may tag a wrapper class of their own with
 * `@ndalias ndarray` to opt it in.
 *
 * Answers are cached per type object in WeakMaps (types belong to one checker,
 * so a new program starts clean).
 */
import type ts from "typescript";
import { effectsOfDeclaration } from "./effects.js";
import {
  NodeFlags,
  ObjectFlags,
  SK,
  SymbolFlags,
  TypeFlags,
  canHaveModifiers,
  forEachChild,
  getModifiers,
  isArrayTypeNode,
  isArrowFunction,
  isBigIntLiteral,
  isBlock,
  isClassDeclaration,
  isClassExpression,
  isClassLike,
  isClassStaticBlockDeclaration,
  isConstructorDeclaration,
  isConstructorTypeNode,
  isFunctionDeclaration,
  isFunctionLike,
  isFunctionTypeNode,
  isGetAccessorDeclaration,
  isIdentifier,
  isInterfaceDeclaration,
  isIntersectionTypeNode,
  isLiteralTypeNode,
  isMethodDeclaration,
  isMethodSignature,
  isModuleDeclaration,
  isNoSubstitutionTemplateLiteral,
  isNumericLiteral,
  isParameter,
  isParameterPropertyDeclaration,
  isParenthesizedExpression,
  isParenthesizedTypeNode,
  isPrefixUnaryExpression,
  isPrivateIdentifier,
  isPropertyAccessExpression,
  isPropertyDeclaration,
  isPropertySignature,
  isReturnStatement,
  isSetAccessorDeclaration,
  isSourceFile,
  isStringLiteral,
  isTemplateLiteralTypeNode,
  isTupleTypeNode,
  isTypeLiteralNode,
  isTypeReferenceNode,
  isUnionTypeNode,
  isVariableDeclaration,
} from "./tsapi.js";

const declCache = new WeakMap<ts.Declaration, boolean>();
const isCache = new WeakMap<ts.Type, boolean>();
const holdCache = new WeakMap<ts.Type, boolean>();

function hasNdarrayTag(decl: ts.Declaration): boolean {
  return effectsOfDeclaration(decl).some((t) => t.kind === "ndarray");
}

/** A class or interface declaration tagged `@ndalias ndarray`. */
function isNdarrayDecl(decl: ts.Declaration): boolean {
  const cached = declCache.get(decl);
  if (cached !== undefined) return cached;
  const r = (isClassDeclaration(decl) || isClassExpression(decl) || isInterfaceDeclaration(decl)) && hasNdarrayTag(decl);
  declCache.set(decl, r);
  return r;
}

/**
 * True when `type` is the instance type of a tagged class (not its constructor,
 * `typeof NDArray`, whose symbol is the same class symbol).
 */
function isTaggedInstance(type: ts.Type, checker: ts.TypeChecker): boolean {
  let sym = type.getSymbol();
  if (!sym) return false;
  if (sym.flags & SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  if (!(sym.flags & (SymbolFlags.Class | SymbolFlags.Interface))) return false;
  if (!(sym.declarations ?? []).some(isNdarrayDecl)) return false;
  const declared = checker.getDeclaredTypeOfSymbol(sym);
  if (type === declared) return true;
  const obj = type as ts.ObjectType;
  return (type.flags & TypeFlags.Object) !== 0 && (obj.objectFlags & ObjectFlags.Reference) !== 0 &&
    (type as ts.TypeReference).target === declared;
}

function isNd(type: ts.Type, checker: ts.TypeChecker, seen: Set<ts.Type>): boolean {
  const hit = isCache.get(type);
  if (hit !== undefined) return hit;
  if (seen.has(type)) return false;
  seen.add(type);
  let r = false;
  if (type.flags & (TypeFlags.Any | TypeFlags.Unknown | TypeFlags.Never)) r = false;
  else if (type.isUnionOrIntersection()) r = type.types.some((t) => isNd(t, checker, seen));
  else if (type.flags & TypeFlags.TypeParameter) {
    // generics (`T extends NDArray`) and polymorphic `this` inside a subclass
    const c = checker.getBaseConstraintOfType(type);
    r = c !== undefined && c !== type && isNd(c, checker, seen);
  } else if (type.flags & TypeFlags.Object) {
    if (isTaggedInstance(type, checker)) r = true;
    else {
      const o = (type as ts.ObjectType).objectFlags;
      const cls = o & ObjectFlags.Reference ? (type as ts.TypeReference).target : type;
      if ((cls as ts.ObjectType).objectFlags & (ObjectFlags.Class | ObjectFlags.Interface)) {
        // subclasses: class Sub extends NDArray
        for (const b of checker.getBaseTypes(cls as ts.InterfaceType)) if (isNd(b, checker, seen)) { r = true; break; }
      }
    }
  }
  isCache.set(type, r);
  return r;
}

/**
 * True when `type` is (or, through a union or intersection, may be) the
 * ndalias `NDArray` type or a subclass of it: `NDArray`, `NDArray | null`,
 * `type M = NDArray`, `T extends NDArray`. Not `any`/`unknown`, not arrays of
 * arrays (see `mayHoldNDArray`), not the constructor `typeof NDArray`.
 */
export function isNDArrayType(type: ts.Type, checker: ts.TypeChecker): boolean {
  return isNd(type, checker, new Set());
}

const MAX_DEPTH = 4;
const MAX_PROPS = 64;

function holds(type: ts.Type, checker: ts.TypeChecker, depth: number, seen: Set<ts.Type>): boolean {
  if (depth > MAX_DEPTH || seen.has(type)) return false;
  if (isNDArrayType(type, checker)) return true;
  if (type.flags & (TypeFlags.Any | TypeFlags.Unknown)) return false;
  seen.add(type);
  if (type.isUnionOrIntersection()) return type.types.some((t) => holds(t, checker, depth, seen));
  if (type.flags & TypeFlags.TypeParameter) {
    const c = checker.getBaseConstraintOfType(type);
    return c !== undefined && c !== type && holds(c, checker, depth, seen);
  }
  if (!(type.flags & TypeFlags.Object)) return false;
  // arrays, tuples, Map/Set/Promise and user generics: their type arguments
  if ((type as ts.ObjectType).objectFlags & ObjectFlags.Reference) {
    for (const a of checker.getTypeArguments(type as ts.TypeReference)) if (holds(a, checker, depth + 1, seen)) return true;
  }
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return false;
  if (checker.isArrayType(type) || checker.isTupleType(type)) return false;
  // fields (and getters) of classes, interfaces and object literals; methods do not hold values
  for (const p of checker.getPropertiesOfType(type).slice(0, MAX_PROPS)) {
    const decl = p.valueDeclaration ?? p.declarations?.[0];
    if (!decl) continue;
    if (isMethodDeclaration(decl) || isMethodSignature(decl)) continue;
    if (holds(checker.getTypeOfSymbolAtLocation(p, decl), checker, depth + 1, seen)) return true;
  }
  const idx = checker.getIndexInfosOfType(type);
  for (const info of idx) if (holds(info.type, checker, depth + 1, seen)) return true;
  return false;
}

/**
 * True when a value of `type` may hold an ndalias array: the array itself, or
 * (up to a few levels deep) arrays and tuples of them, class/object fields,
 * index signatures, and type arguments (`Map<string, NDArray>`, `Box<NDArray>`).
 * Functions are not holders.
 */
export function mayHoldNDArray(type: ts.Type, checker: ts.TypeChecker): boolean {
  const hit = holdCache.get(type);
  if (hit !== undefined) return hit;
  const r = holds(type, checker, 0, new Set());
  holdCache.set(type, r);
  return r;
}

const NOT_ARRAY_KEYWORDS = new Set<ts.SyntaxKind>([
  SK.AnyKeyword, SK.UnknownKeyword, SK.NumberKeyword, SK.StringKeyword,
  SK.BooleanKeyword, SK.BigIntKeyword, SK.SymbolKeyword, SK.UndefinedKeyword,
  SK.VoidKeyword, SK.NeverKeyword, SK.ObjectKeyword,
]);

/**
 * True when a written type says, without asking the checker, that `isNDArrayType` is false for
 * it: primitive keywords and literals, `any`/`unknown`, arrays, tuples, function and object-literal
 * types, and unions or intersections of those. Type references (`NDArray`, aliases, interfaces)
 * need the checker.
 */
export function typeNodeIsNotNDArray(t: ts.TypeNode): boolean {
  if (NOT_ARRAY_KEYWORDS.has(t.kind)) return true;
  if (isLiteralTypeNode(t) || isTemplateLiteralTypeNode(t)) return true;
  if (isArrayTypeNode(t) || isTupleTypeNode(t) || isFunctionTypeNode(t) || isConstructorTypeNode(t) || isTypeLiteralNode(t)) return true;
  if (isParenthesizedTypeNode(t)) return typeNodeIsNotNDArray(t.type);
  if (isUnionTypeNode(t) || isIntersectionTypeNode(t)) return t.types.every(typeNodeIsNotNDArray);
  return false;
}

/**
 * True when a written type names a tagged class or interface directly (`NDArray`, `NDArray | null`,
 * `nd.NDArray`): one symbol lookup instead of building the type. False means "ask the checker".
 */
export function typeNodeIsNDArray(t: ts.TypeNode, checker: ts.TypeChecker): boolean {
  if (isParenthesizedTypeNode(t)) return typeNodeIsNDArray(t.type, checker);
  if (isUnionTypeNode(t)) return t.types.some((x) => typeNodeIsNDArray(x, checker));
  if (!isTypeReferenceNode(t) || t.typeArguments) return false;
  // A plain name: a scope lookup (`resolveName`), with the answer kept per symbol found (each
  // `NDArray` of a file names the same import).
  const name = t.typeName;
  const found = isIdentifier(name) ? checker.resolveName(name.text, name, SymbolFlags.Type, false) : checker.getSymbolAtLocation(name);
  if (!found) return false;
  let r = namesNdarray.get(found);
  if (r === undefined) {
    const sym = found.flags & SymbolFlags.Alias ? checker.getAliasedSymbol(found) : found;
    r = (sym.flags & (SymbolFlags.Class | SymbolFlags.Interface)) !== 0 && (sym.declarations ?? []).some(isNdarrayDecl);
    namesNdarray.set(found, r);
  }
  return r;
}

const namesNdarray = new WeakMap<ts.Symbol, boolean>();

/**
 * A parameter that is no array by what is written (no type query): its annotation says so
 * (`lr: number`, `xs: number[]`), or, in a function that takes no type from its context (a
 * declaration or class method of a TypeScript file), its default is a primitive literal (`mu = 0.9`).
 */
export function paramIsNotArray(p: ts.ParameterDeclaration): boolean {
  if (p.type) return typeNodeIsNotNDArray(p.type);
  const init = p.initializer; // not through `as`: `x = 0 as unknown as NDArray`
  if (!init || p.flags & NodeFlags.JavaScriptFile) return false;
  const f = p.parent;
  if (!(isFunctionDeclaration(f) || isConstructorDeclaration(f) || (isMethodDeclaration(f) && isClassLike(f.parent)))) return false;
  return primitiveLiteral(init);
}

/** A number literal, or its negation (`0.9`, `-1`). */
function numericLiteral(e: ts.Expression): boolean {
  return isNumericLiteral(e) || (isPrefixUnaryExpression(e) && e.operator === SK.MinusToken && isNumericLiteral(e.operand));
}

/** A literal of a primitive type: number (or its negation), string, bigint, `true`, `false`. */
function primitiveLiteral(e: ts.Expression): boolean {
  return numericLiteral(e) || isStringLiteral(e) || isNoSubstitutionTemplateLiteral(e) || isBigIntLiteral(e) ||
    e.kind === SK.TrueKeyword || e.kind === SK.FalseKeyword;
}

/** An expression whose value is no array by its form: literals, object and array literals, arithmetic, comparisons. */
function isNonArrayExpression(e: ts.Expression): boolean {
  while (isParenthesizedExpression(e)) e = e.expression;
  switch (e.kind) {
    case SK.ObjectLiteralExpression: case SK.ArrayLiteralExpression:
    case SK.NumericLiteral: case SK.BigIntLiteral: case SK.StringLiteral:
    case SK.NoSubstitutionTemplateLiteral: case SK.TemplateExpression:
    case SK.TrueKeyword: case SK.FalseKeyword: case SK.NullKeyword:
    case SK.TypeOfExpression: case SK.VoidExpression: case SK.DeleteExpression:
    case SK.PrefixUnaryExpression: case SK.PostfixUnaryExpression:
      return true;
    case SK.BinaryExpression: {
      const op = (e as ts.BinaryExpression).operatorToken.kind;
      return !(op === SK.AmpersandAmpersandToken || op === SK.BarBarToken || op === SK.QuestionQuestionToken ||
        op === SK.CommaToken || (op >= SK.FirstAssignment && op <= SK.LastAssignment));
    }
    default:
      return false;
  }
}

/**
 * A function without a written result type whose result is no array by its form: `async` (a
 * promise), a generator, or every `return` gives a non-array expression (or nothing).
 */
export function returnsNoArray(fn: ts.FunctionLikeDeclaration): boolean {
  if (isConstructorDeclaration(fn)) return false; // its result is the instance
  if (fn.asteriskToken || getModifiers(fn)?.some((m) => m.kind === SK.AsyncKeyword)) return true;
  const body = fn.body;
  if (!body || fn.flags & NodeFlags.JavaScriptFile) return false; // JSDoc may give the result type
  if (!isBlock(body)) return isNonArrayExpression(body);
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (!ok || isFunctionLike(n) || isClassLike(n)) return; // their returns are their own
    if (isReturnStatement(n) && n.expression && !isNonArrayExpression(n.expression)) ok = false;
    else forEachChild(n, visit);
  };
  forEachChild(body, visit);
  return ok;
}

/**
 * A parameter or variable whose declared type is `number` (written, or in a TypeScript file the
 * type of a numeric literal initialiser, `let i = 0`): its type at any read is `number` too (flow
 * narrowing only narrows unions).
 */
export function declaredNumber(d: ts.Declaration): boolean {
  if (!(isParameter(d) || isVariableDeclaration(d)) || !isIdentifier(d.name)) return false;
  if (isParameter(d) && (d.questionToken || d.dotDotDotToken)) return false; // `pos?: number` is `number | undefined`
  if (d.type) return d.type.kind === SK.NumberKeyword;
  const init = d.initializer;
  return isVariableDeclaration(d) && !!init && !(d.flags & NodeFlags.JavaScriptFile) && numericLiteral(init);
}

/** A written type that can only hold primitives (`number`, `"a" | "b"`, `boolean | undefined`). */
function primitiveTypeNode(t: ts.TypeNode): boolean {
  switch (t.kind) {
    case SK.NumberKeyword: case SK.StringKeyword: case SK.BooleanKeyword: case SK.BigIntKeyword: case SK.SymbolKeyword:
    case SK.UndefinedKeyword: case SK.VoidKeyword: case SK.NeverKeyword: case SK.LiteralType: case SK.TemplateLiteralType:
      return true;
    case SK.ParenthesizedType:
      return primitiveTypeNode((t as ts.ParenthesizedTypeNode).type);
    case SK.UnionType:
      return (t as ts.UnionTypeNode).types.every(primitiveTypeNode);
    default:
      return false;
  }
}

/**
 * Whether a read of a variable, parameter or property declared by `d` gives an array, when its
 * declaration tells whatever the read's flow type is (flow narrowing only narrows the declared
 * type): a primitive type (written, or a TypeScript literal initialiser) never is one, nor a
 * library's variable of another class or interface; a plain `NDArray` always is. Undefined when
 * only the checker can tell (`NDArray | null` may be narrowed to `null`, `unknown` to `NDArray` by
 * `instanceof`).
 */
export function declaredArrayness(d: ts.Declaration, checker: ts.TypeChecker): boolean | undefined {
  if (!(isVariableDeclaration(d) || isParameter(d) || isPropertyDeclaration(d) || isPropertySignature(d))) return undefined;
  if (d.type) {
    if (primitiveTypeNode(d.type)) return false;
    const optional = !isVariableDeclaration(d) && !!d.questionToken;
    if (!optional && !(isParameter(d) && d.dotDotDotToken) && isTypeReferenceNode(d.type) && typeNodeIsNDArray(d.type, checker)) return true;
    // a declaration file's variable of a class or interface other than the array's (`console:
    // Console`): only `instanceof` could narrow it to one (in the program's own code, `x: Shape`
    // may be narrowed to `Shape & NDArray`, so the flow type is asked there)
    if (isTypeReferenceNode(d.type) && isVariableDeclaration(d) && d.getSourceFile().isDeclarationFile) {
      const t = checker.getTypeFromTypeNode(d.type);
      if (t.flags & TypeFlags.Object && !isNDArrayType(t, checker)) return false;
    }
    return undefined;
  }
  if (isParameter(d) || isPropertySignature(d) || d.flags & NodeFlags.JavaScriptFile) return undefined;
  return d.initializer && primitiveLiteral(d.initializer) ? false : undefined;
}

/**
 * The one declaration of a symbol's value, or undefined: a property of a union of types
 * (`(a: A | B).x`) has one per type. A `var` may be declared again (of the same type) and share
 * its name with a namespace of types (`console`).
 */
export function soleValueDeclaration(sym: ts.Symbol): ts.Declaration | undefined {
  const d = sym.valueDeclaration;
  if (!d || sym.declarations!.some((x) => x !== d && !isModuleDeclaration(x) && !isInterfaceDeclaration(x) &&
    !(isVariableDeclaration(x) && isVariableDeclaration(d)))) return undefined;
  return d;
}

/**
 * `Math.max`, `console.log`: the member of a variable a declaration file declares with a written
 * type (`receiver`), found in that type, without the flow analysis of the receiver a symbol query
 * of the member makes. Undefined for any other receiver.
 */
export function declaredMemberOf(callee: ts.PropertyAccessExpression, receiver: ts.Symbol | undefined, checker: ts.TypeChecker): ts.Symbol | undefined {
  const d = receiver?.valueDeclaration;
  if (!d || !isVariableDeclaration(d) || !d.type || !d.getSourceFile().isDeclarationFile) return undefined;
  return checker.getTypeOfSymbol(receiver!).getProperty(callee.name.text);
}

/**
 * An identifier read as a value where `getSymbolAtLocation` would do nothing but look its name up
 * in scope (an operand, an argument, a callee, a receiver, a returned or assigned value, in a
 * TypeScript file): the checker's scope lookup answers directly, without first working out
 * what kind of name it is and which JSDoc host it may have.
 */
export function isPlainValueRead(id: ts.Identifier): boolean {
  const p = id.parent;
  if (!p || id.flags & NodeFlags.JavaScriptFile) return false;
  switch (p.kind) {
    case SK.BinaryExpression: case SK.CallExpression: case SK.NewExpression: case SK.ElementAccessExpression:
    case SK.ReturnStatement: case SK.ArrayLiteralExpression: case SK.SpreadElement: case SK.TemplateSpan:
    case SK.ParenthesizedExpression: case SK.ConditionalExpression: case SK.PrefixUnaryExpression:
    case SK.PostfixUnaryExpression: case SK.ExpressionStatement: case SK.NonNullExpression: case SK.AwaitExpression:
      return true;
    case SK.PropertyAccessExpression:
      return (p as ts.PropertyAccessExpression).expression === id;
    case SK.VariableDeclaration:
      return (p as ts.VariableDeclaration).initializer === id;
    case SK.PropertyAssignment:
      return (p as ts.PropertyAssignment).initializer === id;
    default:
      return false;
  }
}

/** The class whose instance `this` is at `node` (a method, constructor, accessor or field initialiser of it; arrows pass through). */
function classOfThis(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (isArrowFunction(n)) continue;
    if (isMethodDeclaration(n) || isConstructorDeclaration(n) || isGetAccessorDeclaration(n) || isSetAccessorDeclaration(n) || isPropertyDeclaration(n)) {
      const cls = n.parent;
      if (!isClassLike(cls) || (canHaveModifiers(n) && getModifiers(n)?.some((m) => m.kind === SK.StaticKeyword))) return undefined;
      return cls;
    }
    if (isFunctionLike(n) || isClassLike(n) || isClassStaticBlockDeclaration(n) || isSourceFile(n)) return undefined;
  }
  return undefined;
}

/**
 * The symbol of `name` in `this.name`, read from the class's own members: for a class declared
 * once, not generic, with no base class, a member declared in its body or the property a
 * constructor parameter declares (`constructor(public alpha: number)`). The property lookup
 * through the checker would build the class's type for it. Undefined when only the checker can
 * tell (inherited members, merged or generic classes, static or nested `this`).
 */
export function ownMemberSymbol(name: ts.Identifier, checker: ts.TypeChecker): ts.Symbol | undefined {
  const p = name.parent;
  if (!p || !isPropertyAccessExpression(p) || p.name !== name || name.flags & NodeFlags.JavaScriptFile) return undefined;
  const recv = p.expression;
  // Not `new C().name`: the type of an instance made there maps `this`, and so makes new symbols
  // for members whose types mention `this`.
  const cls = recv.kind === SK.ThisKeyword ? classOfThis(recv) : undefined;
  if (!cls || !isClassDeclaration(cls) || !cls.name || cls.typeParameters || cls.heritageClauses?.some((h) => h.token === SK.ExtendsKeyword)) return undefined;
  if (checker.getSymbolAtLocation(cls.name)?.declarations?.length !== 1) return undefined; // merged with an interface or namespace
  const text = name.text;
  let member: ts.ClassElement | undefined;
  for (const m of cls.members) {
    if (isConstructorDeclaration(m)) {
      // `constructor(public alpha: number)`: the property the parameter declares
      const q = m.parameters.find((x) => isIdentifier(x.name) && x.name.text === text && isParameterPropertyDeclaration(x, m));
      if (q) return checker.getSymbolsOfParameterPropertyDeclaration(q, text)[1];
      continue;
    }
    const n = m.name;
    if (!n || !(isIdentifier(n) || isPrivateIdentifier(n) || isStringLiteral(n)) || n.text !== text) continue;
    if (canHaveModifiers(m) && getModifiers(m)?.some((x) => x.kind === SK.StaticKeyword)) continue;
    member ??= m;
  }
  return member?.name ? checker.getSymbolAtLocation(member.name) : undefined;
}
