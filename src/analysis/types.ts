import ts from "typescript";

const declCache = new WeakMap<ts.Declaration, boolean>();

function hasNdarrayTag(decl: ts.Declaration): boolean {
  for (const tag of ts.getJSDocTags(decl)) {
    if (tag.tagName.text !== "ndalias") continue;
    const c = typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? "";
    if (c.trim().split(/\s+/)[0] === "ndarray") return true;
  }
  return false;
}

function isNdarrayDecl(decl: ts.Declaration): boolean {
  const cached = declCache.get(decl);
  if (cached !== undefined) return cached;
  let r = false;
  if (ts.isClassDeclaration(decl) || ts.isInterfaceDeclaration(decl) || ts.isClassExpression(decl)) {
    if (hasNdarrayTag(decl)) r = true;
    else if (decl.name?.text === "NDArray") {
      const file = decl.getSourceFile().fileName.replace(/\\/g, "/");
      r = file.includes("/ndalias/") || /\/src\/runtime\/[^/]+$/.test(file);
    }
  }
  declCache.set(decl, r);
  return r;
}

function symbolIsNdarray(sym: ts.Symbol | undefined, checker: ts.TypeChecker): boolean {
  if (!sym) return false;
  if (sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  return (sym.declarations ?? []).some(isNdarrayDecl);
}

/** True when `type` is (or may be, through unions) the ndalias `NDArray` type or a subclass. */
export function isNDArrayType(type: ts.Type, checker: ts.TypeChecker, seen = new Set<ts.Type>()): boolean {
  if (seen.has(type)) return false;
  seen.add(type);
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
  if (type.isUnionOrIntersection()) return type.types.some((t) => isNDArrayType(t, checker, seen));
  if (type.flags & ts.TypeFlags.TypeParameter) {
    const c = checker.getBaseConstraintOfType(type);
    return c !== undefined && c !== type && isNDArrayType(c, checker, seen);
  }
  if (symbolIsNdarray(type.getSymbol(), checker) || symbolIsNdarray(type.aliasSymbol, checker)) return true;
  if (type.flags & ts.TypeFlags.Object && (type as ts.ObjectType).objectFlags & (ts.ObjectFlags.Class | ts.ObjectFlags.Interface)) {
    for (const b of checker.getBaseTypes(type as ts.InterfaceType)) if (isNDArrayType(b, checker, seen)) return true;
  }
  return false;
}

/** True when a value of `type` may hold an NDArray: itself, arrays/tuples, object fields, Map/Set values. */
export function mayHoldNDArray(type: ts.Type, checker: ts.TypeChecker, depth = 0, seen = new Set<ts.Type>()): boolean {
  if (depth > 4 || seen.has(type)) return false;
  seen.add(type);
  if (isNDArrayType(type, checker)) return true;
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
  if (type.isUnionOrIntersection()) return type.types.some((t) => mayHoldNDArray(t, checker, depth, seen));
  if (!(type.flags & ts.TypeFlags.Object)) return false;
  if (checker.isArrayType(type) || checker.isTupleType(type) || ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference)) {
    for (const a of checker.getTypeArguments(type as ts.TypeReference)) if (mayHoldNDArray(a, checker, depth + 1, seen)) return true;
  }
  if (type.getCallSignatures().length > 0) return false;
  for (const p of checker.getPropertiesOfType(type).slice(0, 64)) {
    const decl = p.valueDeclaration ?? p.declarations?.[0];
    if (!decl) continue;
    if (ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl)) continue;
    if (mayHoldNDArray(checker.getTypeOfSymbolAtLocation(p, decl), checker, depth + 1, seen)) return true;
  }
  return false;
}
