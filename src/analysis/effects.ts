import ts from "typescript";

/** One parsed `@ndalias` tag: `kind` is the first word, `args` the rest (`write this` → kind "write", args ["this"]). */
export interface EffectTag {
  kind: string;
  args: string[];
}

const cache = new WeakMap<ts.Node, EffectTag[]>();

/** Parsed `@ndalias` tags on a declaration (cached per declaration). */
export function effectsOfDeclaration(decl: ts.Declaration): EffectTag[] {
  const hit = cache.get(decl);
  if (hit) return hit;
  const out: EffectTag[] = [];
  for (const tag of ts.getJSDocTags(decl)) {
    if (tag.tagName.text !== "ndalias") continue;
    const c = typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? "";
    for (const line of c.split(/\r?\n/)) {
      const words = line.trim().split(/\s+/).filter(Boolean);
      if (words.length > 0) out.push({ kind: words[0]!, args: words.slice(1) });
    }
  }
  cache.set(decl, out);
  return out;
}

/**
 * The `@ndalias` effect tags of a call (through its resolved signature) or a property access
 * (through the property symbol's declaration, e.g. getters `a.T`, `a.data`). Empty when none.
 */
export function effectsOf(node: ts.Node, checker: ts.TypeChecker): EffectTag[] {
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const sig = checker.getResolvedSignature(node);
    const decl = sig?.getDeclaration();
    if (decl) return effectsOfDeclaration(decl);
    return [];
  }
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    let sym = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node.argumentExpression);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    for (const d of sym?.declarations ?? []) {
      const tags = effectsOfDeclaration(d);
      if (tags.length > 0) return tags;
    }
  }
  return [];
}
