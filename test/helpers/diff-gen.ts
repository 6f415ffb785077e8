/**
 * Seeded random op sequences for the NumPy differential test, run through
 * ndalias while they are generated (the generator looks at the live arrays
 * to pick mostly-valid, sometimes-invalid arguments), in the JSON op format
 * test/helpers/numpy_oracle.py replays through NumPy.
 *
 * Every op that makes an array ("creates") takes the next variable slot,
 * whether it succeeds or not (a failed op leaves the slot null), so variable
 * indices line up between the two runs.
 */
import * as nd from "../../src/index.js";
import type { NDArray, DType, SliceSpec } from "../../src/index.js";

// ------------------------------------------------------------------ PRNG

/** mulberry32: small, fast, seedable. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  weighted<T>(items: readonly [T, number][]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [x, w] of items) {
      r -= w;
      if (r < 0) return x;
    }
    return items[items.length - 1]![0];
  }
}

// ------------------------------------------------------------------ op format

export type SpecItem =
  | { k: "i"; v: number }
  | { k: "s"; start: number | null; stop: number | null; step: number | null }
  | { k: "n" }
  | { k: "e" };

export type Operand = { var: number } | { scalar: number | boolean | "NaN" };

export type Op = { op: string; creates?: boolean; src?: number; [key: string]: unknown };

export interface Desc {
  dtype: string;
  shape: number[];
  strides: number[];
  list: unknown;
  flags: { writeable: boolean; ownData: boolean; cContiguous: boolean; fContiguous: boolean };
  base: number | null | "tmp";
}

export type Step =
  | { skip: string }
  | { err: [string, string, string[]?] }
  | { ok: true; var?: Desc; target?: Desc; value?: unknown };

export interface SeqResult {
  steps: Step[];
  final: { vars: (Desc | null)[]; pairs: [number, number, boolean, boolean][] };
}

// ------------------------------------------------------------------ encoding (same as the oracle)

export function enc(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(enc);
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "NaN";
    if (v === Infinity) return "Infinity";
    if (v === -Infinity) return "-Infinity";
    if (Object.is(v, -0)) return "-0";
    return v;
  }
  return v;
}

function describe(a: NDArray, vars: (NDArray | null)[]): Desc {
  const base = a.base;
  let b: number | null | "tmp" = null;
  if (base !== null) {
    const i = vars.indexOf(base);
    b = i >= 0 ? i : "tmp";
  }
  const f = a.flags;
  return {
    dtype: a.dtype,
    shape: [...a.shape],
    strides: [...a.strides],
    list: enc(a.tolist()),
    flags: { writeable: f.writeable, ownData: f.ownData, cContiguous: f.cContiguous, fContiguous: f.fContiguous },
    base: b,
  };
}

// ------------------------------------------------------------------ rendering specs for ndalias

function sliceText(it: Extract<SpecItem, { k: "s" }>): string {
  const p = (x: number | null) => (x === null ? "" : String(x));
  return it.step === null ? `${p(it.start)}:${p(it.stop)}` : `${p(it.start)}:${p(it.stop)}:${p(it.step)}`;
}

function itemText(it: SpecItem): string {
  switch (it.k) {
    case "i": return String(it.v);
    case "s": return sliceText(it);
    case "n": return "None";
    case "e": return "...";
  }
}

function itemArg(it: SpecItem): SliceSpec {
  switch (it.k) {
    case "i": return it.v;
    case "s": return sliceText(it);
    case "n": return null;
    case "e": return "...";
  }
}

/** The spec as ndalias arguments: one NumPy-syntax string, or one argument per item. */
export function specArgs(spec: SpecItem[], asString: boolean): SliceSpec[] {
  if (spec.length === 0) return asString ? [] : [];
  return asString ? [spec.map(itemText).join(", ")] : spec.map(itemArg);
}

// ------------------------------------------------------------------ random values

const DTYPES: DType[] = ["float64", "float32", "int32", "int16", "int8", "uint32", "uint16", "uint8", "bool"];

function randomValue(r: Rng, dtype: DType, legacy: boolean): number | boolean {
  // NumPy 2: a Python float into an integer array is truncated, then range-checked (OverflowError).
  if (!legacy && dtype !== "bool" && !dtype.startsWith("float") && r.chance(0.02)) return r.pick([2.5, -0.5, -1.5, 127.5, 255.9, 300.5]);
  switch (dtype) {
    case "bool": return r.chance(0.5);
    case "float64":
    case "float32":
      return r.weighted<number>([[r.int(-9, 9), 6], [r.int(-19, 19) / 2, 3], [r.int(-1000, 1000) / 8, 1]]);
    case "int8": return legacy ? r.int(-9, 9) : r.weighted<number>([[r.int(-9, 9), 8], [r.pick([-128, 127, 100, -100]), 1]]);
    case "int16": return r.weighted<number>([[r.int(-9, 9), 8], [r.pick([-32768, 32767, 1000]), 1]]);
    case "int32": return r.weighted<number>([[r.int(-9, 9), 8], [r.pick([-2147483648, 2147483647, 100000]), 1]]);
    case "uint8": return r.weighted<number>([[r.int(0, 9), 8], [r.pick([255, 200]), 1]]);
    case "uint16": return r.weighted<number>([[r.int(0, 9), 8], [r.pick([65535, 40000]), 1]]);
    case "uint32": return r.weighted<number>([[r.int(0, 9), 8], [r.pick([4294967295, 3000000000]), 1]]);
    default: return 0;
  }
}

function randomShape(r: Rng): number[] {
  const nd = r.weighted<number>([[0, 1], [1, 4], [2, 6], [3, 3], [4, 1]]);
  const shape: number[] = [];
  let size = 1;
  for (let i = 0; i < nd; i++) {
    const d = r.weighted<number>([[0, 1], [1, 3], [r.int(2, 5), 12]]);
    if (size * Math.max(d, 1) > 80) shape.push(1);
    else {
      shape.push(d);
      size *= Math.max(d, 1);
    }
  }
  return shape;
}

function nested(r: Rng, shape: number[], dtype: DType, legacy: boolean): unknown {
  if (shape.length === 0) return randomValue(r, dtype, legacy);
  const out: unknown[] = [];
  for (let i = 0; i < shape[0]!; i++) out.push(nested(r, shape.slice(1), dtype, legacy));
  return out;
}

/** A scalar for arithmetic/writes. Legacy (NumPy 1.x) mode avoids values whose promotion/overflow changed with NEP 50. */
function randomScalar(r: Rng, legacy: boolean): number | boolean | "NaN" {
  if (legacy) return r.int(0, 5);
  return r.weighted<number | boolean | "NaN">([
    [r.int(-3, 5), 10], [r.pick([0.5, 2.5, -1.5, -0.5]), 4], [r.chance(0.5), 1], [r.pick([300, -1, 70000, 300.5, 255.9, -128.5]), 1], ["NaN", 0.3],
  ]);
}

// ------------------------------------------------------------------ random arguments

function randomSpec(r: Rng, shape: readonly number[]): SpecItem[] {
  const nd = shape.length;
  const items: SpecItem[] = [];
  const nIdx = r.weighted<number>([[Math.max(0, nd - 1), 2], [nd, 5], [nd + 1, 0.4], [1, 2]]);
  let axis = 0;
  let usedEllipsis = false;
  for (let i = 0; i < nIdx; i++) {
    const len = axis < nd ? shape[axis]! : 1;
    const kind = r.weighted<string>([["s", 6], ["i", 3], ["n", 0.7], ["e", usedEllipsis ? 0.05 : 0.6]]);
    if (kind === "s") {
      const pos = () => (r.chance(0.35) ? null : r.int(-len - 2, len + 2));
      const step = r.weighted<number | null>([[null, 4], [1, 1], [2, 2], [-1, 3], [-2, 1], [3, 1], [0, 0.15]]);
      items.push({ k: "s", start: pos(), stop: pos(), step });
      axis++;
    } else if (kind === "i") {
      const v = r.chance(0.93) ? r.int(-len, Math.max(len - 1, -len)) : r.pick([len, -len - 1, len + 3]);
      items.push({ k: "i", v });
      axis++;
    } else if (kind === "n") {
      items.push({ k: "n" });
    } else {
      usedEllipsis = true;
      items.push({ k: "e" });
    }
  }
  return items;
}

function shuffle<T>(r: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

function randomReshape(r: Rng, size: number, ndim: number): number[] {
  if (r.chance(0.1)) return [size + 1]; // impossible
  // split size into factors
  const factors: number[] = [];
  let rest = size;
  for (let p = 2; p <= rest; p++) while (rest % p === 0) { factors.push(p); rest /= p; }
  shuffle(r, factors);
  const nd = r.int(1, Math.max(1, Math.min(4, factors.length + 1)));
  const shape = new Array<number>(nd).fill(1);
  for (const f of factors) shape[r.int(0, nd - 1)]! *= f;
  if (size === 0) shape[r.int(0, nd - 1)] = 0;
  if (r.chance(0.25) && size > 0) shape[r.int(0, nd - 1)] = -1;
  if (r.chance(0.05)) shape.push(-1, -1); // two unknowns: error
  void ndim;
  return shape;
}

function randomBroadcastTarget(r: Rng, shape: readonly number[]): number[] {
  const out = shape.map((d) => (d === 1 && r.chance(0.7) ? r.int(0, 4) : d));
  const extra = r.int(0, 2);
  for (let i = 0; i < extra; i++) out.unshift(r.int(1, 3));
  if (r.chance(0.12) && out.length > 0) {
    const k = r.int(0, out.length - 1);
    out[k] = out[k]! + 1; // likely incompatible
  }
  return out;
}

// ------------------------------------------------------------------ the generator + ndalias run

const VIEW_OPS: [string, number][] = [
  ["slice", 10], ["T", 2], ["transpose", 2], ["swapaxes", 2], ["flip", 2], ["squeeze", 1], ["expandDims", 1.5],
  ["view", 0.7], ["diagonal", 1.2], ["broadcastTo", 1.5], ["reshape", 3], ["ravel", 1.5],
];
const COPY_OPS: [string, number][] = [
  ["copy", 1], ["flatten", 0.7], ["astype", 1.5], ["take", 2], ["add", 1.5], ["sub", 1], ["mul", 1], ["div", 1],
];
const WRITE_OPS: [string, number][] = [
  ["iadd", 3], ["isub", 1.5], ["imul", 1.5], ["idiv", 1], ["assign", 4], ["set", 2], ["fill", 1], ["sort", 1.2],
];
const READ_OPS: [string, number][] = [["get", 1.5], ["sum", 1], ["mean", 0.5], ["min", 0.5], ["max", 0.5]];

export interface Generated {
  ops: Op[];
  ours: SeqResult;
}

function errorStep(e: unknown): Step {
  if (e instanceof Error) return { err: [e.constructor.name, e.message] };
  return { err: ["non-Error", String(e)] };
}

function live(vars: (NDArray | null)[]): number[] {
  const out: number[] = [];
  vars.forEach((v, i) => { if (v !== null) out.push(i); });
  return out;
}

function operandValue(o: Operand, vars: (NDArray | null)[]): NDArray | number | boolean {
  if ("var" in o) return vars[o.var]!;
  return o.scalar === "NaN" ? NaN : o.scalar;
}

/** Runs one op through ndalias. Returns [new array?, written array?, scalar?]. */
function runOurs(op: Op, vars: (NDArray | null)[], asString: boolean): [NDArray | null, NDArray | null, unknown] {
  const a = op.src === undefined ? null : vars[op.src]!;
  const A = a!;
  switch (op.op) {
    case "array": return [nd.array(op.values as never, op.dtype as DType), null, undefined];
    case "full": return [nd.full(op.shape as number[], operandValue(op.value as Operand, vars), op.dtype as DType), null, undefined];
    case "slice": return [A.slice(...specArgs(op.spec as SpecItem[], asString)), null, undefined];
    case "T": return [A.T, null, undefined];
    case "transpose": return [op.axes === null ? A.transpose() : A.transpose(...(op.axes as number[])), null, undefined];
    case "swapaxes": return [A.swapaxes(op.a as number, op.b as number), null, undefined];
    case "flip": return [op.axis === null ? A.flip() : A.flip(op.axis as number), null, undefined];
    case "squeeze": return [A.squeeze(), null, undefined];
    case "expandDims": return [A.expandDims(op.axis as number), null, undefined];
    case "view": return [A.view(), null, undefined];
    case "diagonal": return [A.diagonal(), null, undefined];
    case "broadcastTo": return [A.broadcastTo(op.shape as number[]), null, undefined];
    case "reshape": return [A.reshape(op.shape as number[]), null, undefined];
    case "ravel": return [A.ravel(), null, undefined];
    case "copy": return [A.copy(), null, undefined];
    case "flatten": return [A.flatten(), null, undefined];
    case "astype": return [A.astype(op.dtype as DType), null, undefined];
    case "take": return [op.axis === null ? A.take(op.indices as number[]) : A.take(op.indices as number[], op.axis as number), null, undefined];
    case "add": return [A.add(operandValue(op.other as Operand, vars) as NDArray | number), null, undefined];
    case "sub": return [A.sub(operandValue(op.other as Operand, vars) as NDArray | number), null, undefined];
    case "mul": return [A.mul(operandValue(op.other as Operand, vars) as NDArray | number), null, undefined];
    case "div": return [A.div(operandValue(op.other as Operand, vars) as NDArray | number), null, undefined];
    case "iadd": return [null, A.iadd(operandValue(op.other as Operand, vars) as NDArray | number), undefined];
    case "isub": return [null, A.isub(operandValue(op.other as Operand, vars) as NDArray | number), undefined];
    case "imul": return [null, A.imul(operandValue(op.other as Operand, vars) as NDArray | number), undefined];
    case "idiv": return [null, A.idiv(operandValue(op.other as Operand, vars) as NDArray | number), undefined];
    case "assign": {
      const spec = specArgs(op.spec as SpecItem[], asString);
      // ndalias: assign(spec, value); an empty spec (a[()] = v) is the whole array.
      const s: SliceSpec | SliceSpec[] = spec.length === 0 ? "..." : spec.length === 1 ? spec[0]! : spec;
      return [null, A.assign(s, operandValue(op.value as Operand, vars)), undefined];
    }
    case "set": return [null, A.set(op.index as number[], operandValue(op.value as Operand, vars)), undefined];
    case "fill": return [null, A.fill(operandValue(op.value as Operand, vars)), undefined];
    case "sort": return [null, A.sort(op.axis as number), undefined];
    case "get": return [null, null, enc(A.get(...(op.index as number[])))];
    case "sum": return [null, null, enc(A.sum())];
    case "mean": return [null, null, enc(A.mean())];
    case "min": return [null, null, enc(A.min())];
    case "max": return [null, null, enc(A.max())];
  }
  throw new Error(`unknown op ${op.op}`);
}

/** Picks an operand var: preferably one on the same storage (overlap cases) or broadcast-compatible. */
function pickOther(r: Rng, a: NDArray, vars: (NDArray | null)[]): number {
  const ids = live(vars);
  const same = ids.filter((i) => vars[i] !== a && nd.mayShareMemory(vars[i]!, a));
  const compatible = ids.filter((i) => {
    const b = vars[i]!;
    if (b.ndim > a.ndim) return false;
    for (let k = 1; k <= b.ndim; k++) {
      const x = b.shape[b.ndim - k]!;
      if (x !== 1 && x !== a.shape[a.ndim - k]) return false;
    }
    return true;
  });
  const sameCompat = same.filter((i) => compatible.includes(i));
  if (sameCompat.length > 0 && r.chance(0.6)) return r.pick(sameCompat);
  if (compatible.length > 0 && r.chance(0.8)) return r.pick(compatible);
  return r.pick(ids);
}

/**
 * Options: `legacy` for NumPy 1.x (no NEP 50 cases); `strict` also generates
 * the cases of known runtime mismatches (see KNOWN in diff-compare.ts; none
 * are avoided at the moment).
 */
/** Whether NumPy's result of `a <op> other` is int64 (ndalias: float64, the documented no-int64 deviation). */
function numpyInt64(a: DType, other: NDArray | number | boolean | "NaN"): boolean {
  const k = (d: DType) => (d.startsWith("float") ? "f" : d === "bool" ? "b" : d.startsWith("uint") ? "u" : "i");
  if (typeof other === "boolean" || other === "NaN") return false;
  if (typeof other === "number") return k(a) === "b" && Number.isInteger(other);
  const b = other.dtype;
  return (a === "uint32" && k(b) === "i") || (b === "uint32" && k(a) === "i");
}

/** Float values NumPy converts to integers by a platform-defined C cast (out of range for 32-bit types, NaN, infinities). */
function unsafeFloatToInt(src: NDArray, dtype: DType): boolean {
  if (!src.dtype.startsWith("float") || dtype.startsWith("float") || dtype === "bool") return false;
  const flat = src.flatten();
  const vals = flat.tolist() as number[];
  flat.dispose();
  const [lo, hi] = dtype === "int32" ? [-2147483648, 2147483647] : dtype === "uint32" ? [0, 4294967295] : [-Infinity, Infinity];
  return vals.some((v) => !Number.isFinite(v) || Math.trunc(v) < lo || Math.trunc(v) > hi);
}

export function generate(seed: number, opts: { legacy: boolean; strict?: boolean; maxOps?: number }): Generated {
  const r = new Rng(seed);
  const legacy = opts.legacy;
  const ops: Op[] = [];
  const vars: (NDArray | null)[] = [];
  const steps: Step[] = [];
  const asString = r.chance(0.5);

  void opts.strict; // no generator avoidance for KNOWN mismatches is in place (see diff-compare.ts)
  const scalarFor = (_dtype: DType): number | boolean | "NaN" => randomScalar(r, legacy);
  /** A value for set/fill: mostly a scalar, sometimes a live 0-d array (cast like an array, not range-checked). */
  const elementValue = (a: NDArray): Operand => {
    if (r.chance(0.35)) {
      const zeroD = live(vars).filter((i) => vars[i]!.ndim === 0 && !unsafeFloatToInt(vars[i]!, a.dtype));
      if (zeroD.length > 0) return { var: r.pick(zeroD) };
    }
    return { scalar: scalarFor(a.dtype) };
  };

  // Storages holding NumPy int64 data (float64 here): writes into them and
  // in-place ops reading them diverge by design (truncation, same_kind casting:
  // the documented no-int64 deviation, not a KNOWN bug), so every run, strict
  // or not, keeps them read-only.
  const int64Storages = new Set<unknown>();
  const tainted = (v: NDArray) => int64Storages.has(v.storage);

  const exec = (op: Op): void => {
    ops.push(op);
    try {
      const [made, target, value] = runOurs(op, vars, asString);
      const step: Step & { ok: true } = { ok: true };
      if (op.creates) {
        vars.push(made);
        step.var = describe(made!, vars);
        if (made !== null) {
          const srcArr = op.src === undefined ? null : vars[op.src]!;
          const other = op.other as Operand | undefined;
          const otherArr = other !== undefined && "var" in other ? vars[other.var]! : null;
          const isArith = ["add", "sub", "mul", "div"].includes(op.op);
          if (
            (isArith && op.op !== "div" && numpyInt64(srcArr!.dtype, otherArr ?? (other as { scalar: number | boolean | "NaN" }).scalar)) ||
            (op.op !== "astype" && srcArr !== null && tainted(srcArr)) ||
            (isArith && otherArr !== null && tainted(otherArr))
          ) int64Storages.add(made.storage);
        }
      }
      if (target !== null) step.target = describe(target, vars);
      if (value !== undefined) step.value = value;
      steps.push(step);
    } catch (e) {
      if (op.creates) vars.push(null);
      steps.push(errorStep(e));
    }
  };

  const newArray = (): void => {
    const dtype = r.weighted<DType>(DTYPES.map((d) => [d, d === "float64" ? 4 : 1] as [DType, number]));
    const shape = randomShape(r);
    if (!legacy && r.chance(0.1)) {
      // full(): NumPy's copyto(..., casting="unsafe") of a Python scalar. A NaN into an
      // integer dtype is a platform-defined value there (ndalias raises): not generated.
      let value = randomScalar(r, legacy);
      if (value === "NaN" && dtype !== "bool" && !dtype.startsWith("float")) value = 0;
      exec({ op: "full", creates: true, shape, value: { scalar: value }, dtype });
      return;
    }
    exec({ op: "array", creates: true, values: nested(r, shape, dtype, legacy) as never, dtype });
  };

  newArray();
  if (r.chance(0.4)) newArray();
  const nOps = r.int(4, opts.maxOps ?? 14);
  for (let k = 0; k < nOps; k++) {
    const ids = live(vars);
    if (ids.length === 0 || r.chance(0.04)) { newArray(); continue; }
    let src = r.pick(ids);
    const group = r.weighted<[string, number][]>([[VIEW_OPS, 9], [COPY_OPS, 3], [WRITE_OPS, 6], [READ_OPS, 1.5]]);
    const name = r.weighted(group);
    if (group === WRITE_OPS && tainted(vars[src]!)) {
      const clean = ids.filter((i) => !tainted(vars[i]!));
      if (clean.length === 0) { newArray(); continue; }
      src = r.pick(clean);
    }
    const a = vars[src]!;
    const nd_ = a.ndim;
    const axisIn = () => (nd_ === 0 ? r.int(-1, 0) : r.chance(0.9) ? r.int(-nd_, nd_ - 1) : r.pick([nd_, -nd_ - 1]));
    const base: Op = { op: name, src };
    switch (name) {
      case "slice": {
        if (nd_ > 0 && r.chance(0.15)) {
          // complementary interleaved halves along one axis: a[..., 0::2, ...] and a[..., 1::2, ...]
          const ax = r.int(0, nd_ - 1);
          const half = (start: number): SpecItem[] => a.shape.map((_, k) => ({ k: "s" as const, start: k === ax ? start : null, stop: null, step: k === ax ? 2 : null }));
          exec({ ...base, creates: true, spec: half(0) });
          exec({ ...base, creates: true, spec: half(1) });
          break;
        }
        // a third of the slices are interleaving strided views (a[1::2, ::3]...): disjoint-but-interleaved
        // layouts are where sharesMemory (exact) and mayShareMemory (bounds) disagree
        const spec: SpecItem[] = r.chance(0.35)
          ? a.shape.map(() => ({ k: "s" as const, start: r.pick([null, 0, 1, 2, -1]), stop: r.chance(0.2) ? r.int(-3, 3) : null, step: r.pick([2, 3, -2, 2, 1]) }))
          : randomSpec(r, a.shape);
        exec({ ...base, creates: true, spec }); break;
      }
      case "T": case "squeeze": case "view": case "diagonal": case "ravel": case "copy": case "flatten":
        exec({ ...base, creates: true }); break;
      case "transpose": {
        let axes: number[] | null = null;
        if (r.chance(0.7)) {
          axes = shuffle(r, [...Array(nd_).keys()]);
          if (r.chance(0.3)) axes = axes.map((x) => (r.chance(0.5) ? x - nd_ : x));
          if (r.chance(0.1)) axes.push(0);
        }
        exec({ ...base, creates: true, axes }); break;
      }
      case "swapaxes": exec({ ...base, creates: true, a: axisIn(), b: axisIn() }); break;
      case "flip": exec({ ...base, creates: true, axis: r.chance(0.3) ? null : axisIn() }); break;
      case "expandDims": exec({ ...base, creates: true, axis: r.int(-nd_ - 2, nd_ + 1) }); break;
      case "broadcastTo": exec({ ...base, creates: true, shape: randomBroadcastTarget(r, a.shape) }); break;
      case "reshape": exec({ ...base, creates: true, shape: randomReshape(r, a.size, nd_) }); break;
      case "astype": {
        let dtype = r.pick(DTYPES);
        // out-of-range/NaN float → int casts are platform-defined in NumPy (documented ndalias deviation: wraps, NaN → 0)
        if (unsafeFloatToInt(a, dtype)) dtype = "float32";
        exec({ ...base, creates: true, dtype }); break;
      }
      case "take": {
        // take from empty arrays (NumPy checks bounds per outer position) and with an axis on 0-d arrays (as if 1-d) included
        const axis = r.chance(0.4) ? null : nd_ === 0 ? r.pick([0, -1, 0, -1, 1, -2]) : axisIn();
        const len = axis === null ? a.size : nd_ === 0 ? 1 : a.shape[(axis + nd_) % Math.max(nd_, 1)] ?? 1;
        const n = r.int(0, 5);
        const indices: number[] = [];
        for (let i = 0; i < n; i++) indices.push(r.chance(0.93) ? r.int(-len, Math.max(-len, len - 1)) : r.pick([len, -len - 1]));
        exec({ ...base, creates: true, indices, axis }); break;
      }
      case "add": case "sub": case "mul": case "div":
      case "iadd": case "isub": case "imul": case "idiv": {
        let other: Operand = legacy || r.chance(0.7) ? { var: pickOther(r, a, vars) } : { scalar: randomScalar(r, legacy) };
        if (name.startsWith("i") && "var" in other && tainted(vars[other.var]!)) other = { scalar: r.int(0, 3) };
        exec({ ...base, creates: !name.startsWith("i"), other }); break;
      }
      case "assign": {
        const spec = randomSpec(r, a.shape);
        let value: Operand = r.chance(0.55) ? { var: pickOther(r, a, vars) } : { scalar: scalarFor(a.dtype) };
        // An n-d (size-1) array into a 0-d selection: NumPy 2.0-2.3 assign with a
        // DeprecationWarning, 2.4 raises ValueError. Version-dependent: not generated.
        if ("var" in value && vars[value.var]!.ndim > 0) {
          let sel: NDArray | null = null;
          try { sel = a.slice(...specArgs(spec, true)); } catch { sel = null; }
          if (sel !== null && sel.ndim === 0) value = { scalar: scalarFor(a.dtype) };
          sel?.dispose();
        }
        if ("var" in value && unsafeFloatToInt(vars[value.var]!, a.dtype)) value = { scalar: 1 };
        exec({ ...base, spec, value }); break;
      }
      case "set": case "get": {
        const index: number[] = a.shape.map((len) => (r.chance(0.95) ? r.int(-len, Math.max(-len, len - 1)) : len));
        if (r.chance(0.05)) index.push(0);
        if (name === "get") exec({ ...base, index });
        else exec({ ...base, index, value: elementValue(a) });
        break;
      }
      case "fill": exec({ ...base, value: elementValue(a) }); break;
      case "sort": exec({ ...base, axis: axisIn() }); break;
      case "sum": case "mean": case "min": case "max": exec(base); break;
    }
  }

  const descs = vars.map((v) => (v === null ? null : describe(v, vars)));
  const pairs: [number, number, boolean, boolean][] = [];
  for (let i = 0; i < vars.length; i++) {
    for (let j = i + 1; j < vars.length; j++) {
      const x = vars[i];
      const y = vars[j];
      if (x === null || x === undefined || y === null || y === undefined) continue;
      pairs.push([i, j, nd.sharesMemory(x, y), nd.mayShareMemory(x, y)]);
    }
  }
  for (const v of vars) if (v !== null) v.dispose();
  return { ops, ours: { steps, final: { vars: descs, pairs } } };
}
