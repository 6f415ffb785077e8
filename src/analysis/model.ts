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
  /** The shape it was created with, when constant. */
  shape?: readonly number[];
}

export interface Handle {
  readonly id: number;
  readonly buf: Buf;
  /** True for a view (a `view`/`maybe-view` method, or a helper that returns a view). */
  readonly view: boolean;
  /** The expression that made this handle (the view call), or null for an owner/outside handle. */
  readonly site: ts.Node | null;
  /** For a constant `slice`: the part of `regionOf`'s index space it covers. */
  readonly region?: Region;
  readonly regionOf?: Handle;
  /** The handle this view was made from, when it was made from one. */
  readonly from?: Handle;
  /** The shape, when constant (creation with literal arguments, slices and reshapes of such). */
  readonly shape?: readonly number[];
  /** A read-only view (`@ndalias view readonly`, or a view of one): writes through it throw and change nothing. */
  readonly readOnly?: boolean;
}

/**
 * Per axis of the owner: one index, or the indices `lo, lo+step, ...` below `hi`. A bound given by
 * a name (`${n}` in a template spec, written `@name`) keeps the name in `loSym` / `hiSym`; its
 * number is then the widest value (0 or Infinity), so `0:${n}` and `${n}:` are told apart by name.
 * An index held by a loop counter `i` (`#i`, see `sliceRegion`) is `loSym` `i` (or the bound
 * `k+1` it counts up from) and `hiSym` `i+1`.
 */
export type AxisRegion = {
  readonly lo: number; readonly hi: number; readonly step: number; readonly loSym?: string; readonly hiSym?: string;
  /**
   * A bound counted from the end of an axis whose length is not known (`1:-1`, index `-1`): the
   * bound is `n - loEnd` / `n - hiEnd`, and `lo` / `hi` are the widest numbers (0, Infinity).
   */
  readonly loEnd?: number; readonly hiEnd?: number;
};
export type Region = readonly AxisRegion[];

/** Whether a region's bounds name `key` (`@key`, `#key`, `key+1`): they hold only while `key` keeps its value. */
export function regionNames(r: Region, key: string): boolean {
  const named = (sym: string | undefined) => sym !== undefined && (sym === key || (sym.startsWith(key) && sym[key.length] === "+"));
  return r.some((x) => named(x.loSym) || named(x.hiSym));
}

/** Whether a region names a loop counter (`#i`): it holds only inside the function that counts. */
export function regionCounted(r: Region): boolean {
  return r.some((x) => x.loSym?.includes("+") || x.hiSym?.includes("+"));
}

/** True when two regions of the same owner cannot share an element. */
export function regionsDisjoint(a: Region, b: Region): boolean {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? FULL;
    const y = b[i] ?? FULL;
    if (x.hi <= y.lo || y.hi <= x.lo) return true;
    // `1:-1` against index `-1`: both bounds counted from the same end (NumPy clamps a range at 0,
    // which only narrows it).
    if ((x.hiEnd !== undefined && y.loEnd !== undefined && x.hiEnd >= y.loEnd) ||
      (y.hiEnd !== undefined && x.loEnd !== undefined && y.hiEnd >= x.loEnd)) return true;
    // `0:${n}` and `${n}:`: one ends where the other starts, whatever `n` is (negative too).
    if ((x.hiSym !== undefined && x.hiSym === y.loSym) || (y.hiSym !== undefined && y.hiSym === x.loSym)) return true;
    if (loExact(x) && loExact(y) && x.step === y.step && x.step > 1 &&
      (((x.lo - y.lo) % x.step) + x.step) % x.step !== 0) return true;
    // one index against a strided range (`get(1)` against `::2`)
    if (exact(x) && exact(y)) {
      if (x.hi === x.lo + 1 && y.step > 1 && (((x.lo - y.lo) % y.step) + y.step) % y.step !== 0) return true;
      if (y.hi === y.lo + 1 && x.step > 1 && (((y.lo - x.lo) % x.step) + x.step) % x.step !== 0) return true;
    }
  }
  return false;
}

const FULL: AxisRegion = { lo: 0, hi: Infinity, step: 1 };

/** Whether the lower bound of an axis region is a plain number (not a name, not counted from an unknown end). */
function loExact(x: AxisRegion): boolean {
  return x.loSym === undefined && x.loEnd === undefined;
}

/** Whether both bounds of an axis region are plain numbers. */
function exact(x: AxisRegion): boolean {
  return loExact(x) && x.hiSym === undefined && x.hiEnd === undefined;
}

/** True when a region holds no element (a constant empty range on some axis: `0:0`, `3:1`). */
export function regionEmpty(r: Region): boolean {
  return r.some((x) => exact(x) && x.hi <= x.lo);
}

/**
 * The region of `slice(...specs)` (or of an `assign(spec)` / `set(index)` target) with constant
 * specs, in the index space of the sliced array, and the shape of the result when `shape` (the
 * sliced array's shape) is known. Negative indices and `...` need the shape; new axes and
 * non-constant specs give null, except `?` (an integer index not known statically: its whole
 * axis, and no shape) and named bounds (`@name`).
 */
export function sliceRegion(
  specs: ReadonlyArray<string | number>, shape?: readonly number[],
): { region: Region; shape: number[] | null } | null {
  const parts: string[] = [];
  for (const s of specs) {
    if (typeof s === "number") parts.push(String(s));
    else parts.push(...s.split(","));
  }
  const trimmed = parts.map((p) => p.trim());
  const ell = trimmed.indexOf("...");
  if (ell >= 0) {
    if (!shape || trimmed.lastIndexOf("...") !== ell) return null;
    const fill = shape.length - (trimmed.length - 1);
    if (fill < 0) return null;
    trimmed.splice(ell, 1, ...Array.from({ length: fill }, () => ":"));
  }
  if (shape && trimmed.length > shape.length) return null;
  const region: AxisRegion[] = [];
  const outShape: number[] | null = shape ? [] : null;
  let symbolic = false;
  for (let axis = 0; axis < trimmed.length; axis++) {
    const p = trimmed[axis]!;
    const n = shape?.[axis];
    // `?`: one index not known statically: somewhere on this axis
    if (p === "?") {
      region.push(FULL);
      symbolic = true;
      continue;
    }
    // `#i` / `#i>k+1`: the index held by counter `i` now (never negative), at least `k + 1` when
    // `i` counts up from there: the index `k` (`hiSym` `k+1`) lies below it
    const counter = /^#(\w+)(?:>(\w+\+\d+))?$/.exec(p);
    if (counter) {
      region.push({ lo: 0, hi: Infinity, step: 1, loSym: counter[2] ?? counter[1]!, hiSym: `${counter[1]}+1` });
      symbolic = true;
      continue;
    }
    if (/^-?\d+$/.test(p)) {
      let k = Number(p);
      if (k < 0 && n === undefined) {
        region.push({ lo: 0, hi: Infinity, step: 1, loEnd: -k, hiEnd: -k - 1 });
        symbolic = true;
        continue;
      }
      if (k < 0) k += n!;
      if (k < 0 || (n !== undefined && k >= n)) return null;
      region.push({ lo: k, hi: k + 1, step: 1 });
      continue;
    }
    const m = /^(-?\d*|@\w+):(-?\d*|@\w+)(?::(\d*))?$/.exec(p);
    if (!m) return null;
    const step = m[3] ? Number(m[3]) : 1;
    if (step < 1) return null;
    const loSym = m[1]?.startsWith("@") ? m[1].slice(1) : undefined;
    const hiSym = m[2]?.startsWith("@") ? m[2].slice(1) : undefined;
    if (loSym !== undefined || hiSym !== undefined) {
      // named bounds: the widest numbers, and no shape
      const lo = loSym !== undefined ? 0 : bound0(m[1], 0, n);
      const hi = hiSym !== undefined ? Infinity : bound0(m[2], n ?? Infinity, n);
      if (lo === null || hi === null) return null;
      region.push({ lo, hi, step, ...(loSym !== undefined ? { loSym } : {}), ...(hiSym !== undefined ? { hiSym } : {}) });
      symbolic = true;
      continue;
    }
    const fromEnd = (t: string | undefined): number | undefined => (t && Number(t) < 0 ? -Number(t) : undefined);
    const loEnd = n === undefined ? fromEnd(m[1]) : undefined;
    const hiEnd = n === undefined ? fromEnd(m[2]) : undefined;
    if (loEnd !== undefined || hiEnd !== undefined) {
      // counted from the end of an axis of unknown length
      region.push({
        lo: loEnd !== undefined ? 0 : Number(m[1] || 0), hi: hiEnd !== undefined ? Infinity : m[2] ? Number(m[2]) : Infinity, step,
        ...(loEnd !== undefined ? { loEnd } : {}), ...(hiEnd !== undefined ? { hiEnd } : {}),
      });
      symbolic = true;
      continue;
    }
    const lo = bound0(m[1], 0, n);
    const hi = bound0(m[2], n ?? Infinity, n);
    if (lo === null || hi === null) return null;
    region.push({ lo, hi, step });
    outShape?.push(Math.max(0, Math.ceil((hi - lo) / step)));
  }
  if (shape && outShape) for (let axis = trimmed.length; axis < shape.length; axis++) outShape.push(shape[axis]!);
  return { region, shape: symbolic ? null : outShape };
}

/** A numeric bound of a range spec (`-1` counts from the end when the axis length `n` is known). */
function bound0(text: string | undefined, dflt: number, n: number | undefined): number | null {
  if (!text) return dflt;
  let v = Number(text);
  if (v < 0) {
    if (n === undefined) return null;
    v = Math.max(0, v + n);
  }
  return n === undefined ? v : Math.min(v, n);
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
  /** The handles the write went through (a chained view's own handle), each with the part of it written (null: all). */
  readonly written: Map<Handle, Region | null>;
  readonly others: Map<string, Holding>;
  /**
   * Names among `others` that are the elements of a list filled in a loop, the writer taken out
   * of it (`first = history[0]`): they may be other arrays, and count only where read by the same
   * constant element (`history[0]`). A name once definitely the same array is not among them.
   */
  elementsMaybeOther?: Set<string>;
  elementsSame?: Set<string>;
  /** Read afterwards through any name (for `no-lost-write`). */
  read: boolean;
  /** Made through a parameter of a closure that returns nothing: it writes what it is given on purpose (no lost write). */
  byVoidClosure?: boolean;
  /**
   * A write a called function made into module-level or captured memory, repeated at the call:
   * the name it wrote through there (the caller has no such name, and no `.copy()` fix is offered).
   */
  readonly inCallee?: { writer: string };
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
