/**
 * The abstract memory model of the aliasing analysis (see docs/analysis.md).
 *
 * - A {@link Buf} is an abstract buffer: one per allocation site (creation call, copy, arithmetic,
 *   unknown call result) and one per array that comes from outside the function being analysed
 *   (parameter, module-level or captured binding, `this` field).
 * - A {@link Handle} is one way of looking at a buffer: its owner handle, or a view made at a given
 *   site. Names made by plain assignment share a handle; a view gets a handle of its own. This is
 *   what tells `no-alias-mutation` (same handle) from `no-view-mutation` (different handles).
 * - A name (variable, property path `state.vel`, array elements `curves[]`, or the caller's name
 *   for a parameter) maps to the handles it may hold, each with the places that made the name
 *   hold it (the expression of `const b = a`, for the `.copy()` fix) or `null` when the name is
 *   the handle's first holder.
 */
import type ts from "typescript";

export type BufKind = "create" | "copy" | "unknown" | "external";

export interface Buf {
  readonly id: number;
  readonly kind: BufKind;
  /** The expression that allocated it (creation, copy, unknown call), or null for outside arrays. */
  readonly site: ts.Node | null;
}

export interface Handle {
  readonly id: number;
  readonly buf: Buf;
  /** True for a view (a `view`/`maybe-view` method, or a helper that returns a view). */
  readonly view: boolean;
  /** The expression that made this handle (the view call), or null for an owner/outside handle. */
  readonly site: ts.Node | null;
}

/** For each handle a name holds: where the name was made to hold it (`null`: first holder). */
export type Holding = Map<Handle, Set<ts.Node | null>>;

export interface NameInfo {
  /** How the name reads in a message: `b`, `state.vel`, `curves[]`, "the caller's `x`". */
  readonly display: string;
  /** The name outlives the function: module-level, captured, `this` path, or the caller's name for a parameter. */
  readonly outlives: boolean;
  /** The caller's name for a parameter (never read inside the function, only at its exit). */
  readonly caller: boolean;
}

/** A write at `site` through `writer` into `buf`, with every other name sharing `buf` at that moment. */
export interface WriteRec {
  readonly key: string;
  readonly site: ts.Node;
  readonly buf: Buf;
  readonly writer: string | null;
  readonly writerHolding: Holding;
  readonly others: Map<string, Holding>;
  /** Read afterwards through any name (for `no-lost-write`). */
  read: boolean;
}

export function addHolding(into: Holding, from: Holding): boolean {
  let changed = false;
  for (const [h, origins] of from) {
    let s = into.get(h);
    if (!s) {
      s = new Set();
      into.set(h, s);
      changed = true;
    }
    for (const o of origins) {
      if (!s.has(o)) {
        s.add(o);
        changed = true;
      }
    }
  }
  return changed;
}

export function holdingSize(h: Holding): number {
  let n = 0;
  for (const s of h.values()) n += 1 + s.size;
  return n;
}
