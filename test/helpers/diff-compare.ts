/**
 * Comparison of an ndalias run with NumPy's (test/helpers/numpy_oracle.py)
 * for the differential test, with the normalisations for documented,
 * intended differences (each one listed here and in docs/memory.md):
 *
 * - NumPy's int64 results are float64 in ndalias (there is no int64);
 * - NumPy's hidden temporary base of a reshape/ravel that copied is mapped
 *   by the oracle to the user-visible copy (owner, base null);
 * - sum/mean: ndalias sums in float64 for every dtype, NumPy in float32 for
 *   float32 and in int64 for integers: compared with a relative tolerance;
 * - the sign of zero is not compared (NumPy sorts -0.0 and 0.0 in any order);
 * - error classes: NumPy exception types map to the five ndalias classes
 *   (see `allowedErrors`).
 */
import type { Desc, SeqResult, Step } from "./diff-gen.js";

/**
 * Known runtime mismatches with NumPy 2 that the default run works around
 * (generator avoidance or a tolerated difference, each guarded by `STRICT`);
 * NDALIAS_DIFF_STRICT=1 turns the workarounds off and exposes them. Remove an
 * entry (and its workaround) once it is fixed. Empty: every mismatch found so
 * far (order K, scalar truncation/overflow, take on 0-d/empty arrays, sort's
 * error order, writes through empty views) is fixed in the runtime.
 */
export const KNOWN: Record<string, string> = {};

/** Whether the workarounds of KNOWN are off (none are in place at the moment). */
export const STRICT = typeof process !== "undefined" && process.env.NDALIAS_DIFF_STRICT === "1";

export function allowedErrors(err: [string, string, string[]?]): string[] {
  const [type, msg, mro = [type]] = err;
  const has = (n: string) => mro.includes(n) || type === n;
  if (has("AxisError")) return ["IndexError", "ShapeError"];
  if (has("IndexError")) return ["IndexError"];
  if (has("TypeError") || has("OverflowError")) return ["DTypeError"];
  if (has("ValueError")) {
    if (/read-only/.test(msg)) return ["ReadOnlyError"];
    if (/slice step cannot be zero|ellipsis/i.test(msg)) return ["IndexError"];
    if (/cannot convert float NaN to integer/.test(msg)) return ["DTypeError"];
    if (/axes don't match|repeated axis/.test(msg)) return ["ShapeError", "IndexError"];
    return ["ShapeError"];
  }
  return [`(NumPy ${type})`];
}

const normDtype = (d: string) => (d === "int64" ? "float64" : d);

function close(a: unknown, b: unknown, rel: number): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Differences between two descriptions, as readable lines. */
function diffDesc(where: string, ours: Desc, np: Desc): string[] {
  const out: string[] = [];
  const J = JSON.stringify;
  if (ours.dtype !== normDtype(np.dtype)) out.push(`${where}: dtype ndalias ${ours.dtype}, NumPy ${np.dtype}`);
  if (J(ours.shape) !== J(np.shape)) out.push(`${where}: shape ndalias ${J(ours.shape)}, NumPy ${J(np.shape)}`);
  else {
    // Strides of length-1 axes and of empty arrays never address memory; NumPy's are not meaningful there.
    const size = np.shape.reduce((x, y) => x * y, 1);
    if (size > 0) {
      const so = ours.strides.map((s, i) => (np.shape[i] === 1 ? "*" : s));
      const sn = np.strides.map((s, i) => (np.shape[i] === 1 ? "*" : s));
      if (J(so) !== J(sn)) out.push(`${where}: strides ndalias ${J(ours.strides)}, NumPy ${J(np.strides)}`);
    }
  }
  // The sign of zero is not compared: NumPy's sort orders -0.0 and 0.0 (equal keys)
  // arbitrarily, and its int64 results (float64 here) have no -0 (False * -1).
  const ourList = J(ours.list).replaceAll('"-0"', "0");
  if (ourList !== J(np.list).replaceAll('"-0"', "0")) out.push(`${where}: values ndalias ${J(ours.list)}, NumPy ${J(np.list)}`);
  for (const k of ["writeable", "ownData", "cContiguous", "fContiguous"] as const) {
    if (ours.flags[k] !== np.flags[k]) out.push(`${where}: flags.${k} ndalias ${ours.flags[k]}, NumPy ${np.flags[k]}`);
  }
  if (ours.base !== np.base) out.push(`${where}: base ndalias ${J(ours.base)}, NumPy ${J(np.base)}`);
  return out;
}

/** All mismatches of one sequence (empty when ndalias agrees with NumPy). */
export function compareSequence(ops: { op: string }[], ours: SeqResult, np: SeqResult): string[] {
  const out: string[] = [];
  for (let i = 0; i < ops.length; i++) {
    const a: Step | undefined = ours.steps[i];
    const b: Step | undefined = np.steps[i];
    const where = `op ${i} (${ops[i]!.op})`;
    if (a === undefined || b === undefined) { out.push(`${where}: missing step`); break; }
    if ("skip" in b) break; // NumPy could not run it: an earlier op already differed
    if ("err" in b) {
      if (!("err" in a)) { out.push(`${where}: NumPy raised ${b.err[0]}: ${b.err[1]}; ndalias succeeded`); break; }
      const allowed = allowedErrors(b.err);
      if (!allowed.includes(a.err[0])) {
        out.push(`${where}: NumPy raised ${b.err[0]} ("${b.err[1]}", expected ndalias ${allowed.join("/")}); ndalias raised ${a.err[0]} ("${a.err[1]}")`);
      }
      continue;
    }
    if ("err" in a) { out.push(`${where}: ndalias raised ${a.err[0]} ("${a.err[1]}"); NumPy succeeded`); break; }
    if ("skip" in a) { out.push(`${where}: skipped by ndalias`); break; }
    if (b.var !== undefined) {
      if (a.var === undefined) out.push(`${where}: no result`);
      else out.push(...diffDesc(`${where} result`, a.var, b.var));
    }
    if (b.target !== undefined && a.target !== undefined) out.push(...diffDesc(`${where} written array`, a.target, b.target));
    if (b.value !== undefined) {
      const op = ops[i]!.op;
      const rel = op === "sum" || op === "mean" ? 1e-5 : 0;
      if (!close(a.value, b.value, rel)) out.push(`${where}: value ndalias ${JSON.stringify(a.value)}, NumPy ${JSON.stringify(b.value)}`);
    }
    if (out.length > 0) break;
  }
  if (out.length > 0) return out;
  const n = Math.max(ours.final.vars.length, np.final.vars.length);
  for (let v = 0; v < n; v++) {
    const a = ours.final.vars[v] ?? null;
    const b = np.final.vars[v] ?? null;
    if ((a === null) !== (b === null)) { out.push(`final var ${v}: ndalias ${a === null ? "missing" : "present"}, NumPy ${b === null ? "missing" : "present"}`); continue; }
    if (a !== null && b !== null) out.push(...diffDesc(`final var ${v}`, a, b));
  }
  const key = (p: [number, number, boolean, boolean]) => `${p[0]},${p[1]}`;
  const mine = new Map(ours.final.pairs.map((p) => [key(p), p]));
  for (const p of np.final.pairs) {
    const q = mine.get(key(p));
    if (q === undefined) continue;
    if (q[2] !== p[2]) out.push(`vars ${p[0]},${p[1]}: sharesMemory ndalias ${q[2]}, np.shares_memory ${p[2]}`);
    if (q[3] !== p[3]) out.push(`vars ${p[0]},${p[1]}: mayShareMemory ndalias ${q[3]}, np.may_share_memory ${p[3]}`);
  }
  return out;
}
