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
import ts from "typescript";

const declCache = new WeakMap<ts.Declaration, boolean>();
const isCache = new WeakMap<ts.Type, boolean>();
const holdCache = new WeakMap<ts.Type, boolean>();

function hasNdarrayTag(decl: ts.Declaration): boolean {
  for (const tag of ts.getJSDocTags(decl)) {
    if (tag.tagName.text !== "ndalias") continue;
    const c = typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? "";
    if (c.trim().split(/\s+/)[0] === "ndarray") return true;
  }
  return false;
}

/** A class or interface declaration tagged `@ndalias ndarray`. */
function isNdarrayDecl(decl: ts.Declaration): boolean {
  const cached = declCache.get(decl);
  if (cached !== undefined) return cached;
  const r = (ts.isClassDeclaration(decl) || ts.isClassExpression(decl) || ts.isInterfaceDeclaration(decl)) && hasNdarrayTag(decl);
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
  if (sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  if (!(sym.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface))) return false;
  if (!(sym.declarations ?? []).some(isNdarrayDecl)) return false;
  const declared = checker.getDeclaredTypeOfSymbol(sym);
  if (type === declared) return true;
  const obj = type as ts.ObjectType;
  return (type.flags & ts.TypeFlags.Object) !== 0 && (obj.objectFlags & ts.ObjectFlags.Reference) !== 0 &&
    (type as ts.TypeReference).target === declared;
}

function isNd(type: ts.Type, checker: ts.TypeChecker, seen: Set<ts.Type>): boolean {
  const hit = isCache.get(type);
  if (hit !== undefined) return hit;
  if (seen.has(type)) return false;
  seen.add(type);
  let r = false;
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) r = false;
  else if (type.isUnionOrIntersection()) r = type.types.some((t) => isNd(t, checker, seen));
  else if (type.flags & ts.TypeFlags.TypeParameter) {
    // generics (`T extends NDArray`) and polymorphic `this` inside a subclass
    const c = checker.getBaseConstraintOfType(type);
    r = c !== undefined && c !== type && isNd(c, checker, seen);
  } else if (type.flags & ts.TypeFlags.Object) {
    if (isTaggedInstance(type, checker)) r = true;
    else {
      const o = (type as ts.ObjectType).objectFlags;
      const cls = o & ts.ObjectFlags.Reference ? (type as ts.TypeReference).target : type;
      if ((cls as ts.ObjectType).objectFlags & (ts.ObjectFlags.Class | ts.ObjectFlags.Interface)) {
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
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
  seen.add(type);
  if (type.isUnionOrIntersection()) return type.types.some((t) => holds(t, checker, depth, seen));
  if (type.flags & ts.TypeFlags.TypeParameter) {
    const c = checker.getBaseConstraintOfType(type);
    return c !== undefined && c !== type && holds(c, checker, depth, seen);
  }
  if (!(type.flags & ts.TypeFlags.Object)) return false;
  // arrays, tuples, Map/Set/Promise and user generics: their type arguments
  if ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
    for (const a of checker.getTypeArguments(type as ts.TypeReference)) if (holds(a, checker, depth + 1, seen)) return true;
  }
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return false;
  if (checker.isArrayType(type) || checker.isTupleType(type)) return false;
  // fields (and getters) of classes, interfaces and object literals; methods do not hold values
  for (const p of checker.getPropertiesOfType(type).slice(0, MAX_PROPS)) {
    const decl = p.valueDeclaration ?? p.declarations?.[0];
    if (!decl) continue;
    if (ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl)) continue;
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
