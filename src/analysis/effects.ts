import type ts from "typescript";
import {
  SK,
  SymbolFlags,
  getJSDocTags,
  getTextOfJSDocComment,
  isCallExpression,
  isClassDeclaration,
  isConstructorDeclaration,
  isElementAccessExpression,
  isNewExpression,
  isPropertyAccessExpression,
} from "./tsapi.js";

/** One parsed `@ndalias` tag: `kind` is the first word, `args` the rest (`write this` → kind "write", args ["this"]). */
export interface EffectTag {
  kind: string;
  args: string[];
}

const cache = new WeakMap<ts.Node, readonly EffectTag[]>();
const NO_TAGS: readonly EffectTag[] = [];
const mentions = new WeakMap<ts.SourceFile, boolean>();

/** Whether the file of `n` has an `@ndalias` tag anywhere (most user files have none: no JSDoc is parsed there). */
function fileMentionsNdalias(n: ts.Node): boolean {
  const sf = n.getSourceFile() as ts.SourceFile | undefined;
  if (!sf) return true;
  let m = mentions.get(sf);
  if (m === undefined) {
    m = sf.text.includes("@ndalias");
    mentions.set(sf, m);
  }
  return m;
}

/** Parsed `@ndalias` tags on a declaration (cached per declaration). */
export function effectsOfDeclaration(decl: ts.Node): readonly EffectTag[] {
  const hit = cache.get(decl);
  if (hit) return hit;
  if (!fileMentionsNdalias(decl)) return NO_TAGS;
  const out: EffectTag[] = [];
  for (const tag of getJSDocTags(decl)) {
    if (tag.tagName.text !== "ndalias") continue;
    const c = typeof tag.comment === "string" ? tag.comment : getTextOfJSDocComment(tag.comment) ?? "";
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
export function effectsOf(node: ts.Node, checker: ts.TypeChecker): readonly EffectTag[] {
  if (isCallExpression(node) || isNewExpression(node)) {
    const sig = checker.getResolvedSignature(node);
    const decl = sig?.getDeclaration();
    if (decl) return effectsOfDeclaration(decl);
    return [];
  }
  if (isPropertyAccessExpression(node) || isElementAccessExpression(node)) {
    let sym = checker.getSymbolAtLocation(isPropertyAccessExpression(node) ? node.name : node.argumentExpression);
    if (sym && sym.flags & SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    for (const d of sym?.declarations ?? []) {
      const tags = effectsOfDeclaration(d);
      if (tags.length > 0) return tags;
    }
  }
  return [];
}

/**
 * The declaration `new C(...)` resolves to, read from the class without resolving the call: for a
 * class declared once with no base class, its one constructor, or none (`decl` undefined, as the
 * checker's default signature has). Null when only the checker can tell (overloads, a base class,
 * merged declarations).
 */
export function constructorOf(sym: ts.Symbol): { decl: ts.ConstructorDeclaration | undefined } | null {
  const cls = sym.declarations?.length === 1 ? sym.declarations[0] : undefined;
  if (!cls || !isClassDeclaration(cls) || cls.heritageClauses?.some((h) => h.token === SK.ExtendsKeyword)) return null;
  const ctors = cls.members.filter(isConstructorDeclaration);
  if (ctors.length > 1) return null;
  return { decl: ctors[0] };
}
