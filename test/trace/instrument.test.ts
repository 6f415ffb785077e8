// Call-site marks: the transform keeps a program's behaviour, and every mark names the position V8
// gives the call in a stack trace (so a marked site equals the one a stack walk would find).
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { parse } from "acorn";
import { describe, expect, test } from "vitest";
import { MARK_END, MARK_SITE, instrument, type MarkNames } from "../../src/trace/instrument.js";
import { unshiftColumn } from "../../src/trace/marks.js";

const NAMES: MarkNames = { calls: new Set(["set", "get", "copy", "f"]), getters: new Set(["T"]) };

interface Call {
  name: string;
  args: unknown[];
  /** The mark pending when the call started (-1: none), which the call then takes. */
  pending: number;
  /** Where V8 puts the call: line and column in the code that ran. */
  line: number;
  column: number;
}

const PRELUDE = `
function where() {
  const e = {};
  Error.captureStackTrace(e, where);
  const m = /:(\\d+):(\\d+)\\)?$/.exec(e.stack.split("\\n")[3]);
  return [Number(m[1]), Number(m[2])];
}
function rec(name, args) {
  const [line, column] = where();
  // like the runtime's first hook of an operation, take the mark
  log.push({ name, args, pending: state.pending, line, column });
  state.pending = -1;
}
const o = {
  v: [1, 2, 3],
  set(i, x) { rec("set", [i, x]); this.v[i % 3] = x; return this; },
  get(i) { rec("get", [i]); return this.v[i % 3]; },
  // a copy holds T as a plain value (spreading o calls its getter, unmarked, from here)
  copy() { rec("copy", []); return { ...o, v: [...this.v] }; },
  get T() { rec("T", []); return o; },
};
function f(...xs) { rec("f", xs); return xs.length; }
`;

/** Runs `body` (a script) after the prelude, with the mark functions in scope; returns its result and the calls made. */
function run(body: string): { result: unknown; log: Call[]; error: string | null } {
  const log: Call[] = [];
  const state = { pending: -1 };
  const ctx = {
    log,
    state,
    __ndalias$s: (id: number, v: unknown) => ((state.pending = id), v),
    __ndalias$e: (v: unknown) => ((state.pending = -1), v),
  };
  const lines = PRELUDE.split("\n").length - 1;
  try {
    const result = runInNewContext(`${PRELUDE}${body}`, ctx, { filename: "prog.js" }) as unknown;
    return { result: JSON.stringify(result), log: log.map((c) => ({ ...c, line: c.line - lines })), error: null };
  } catch (e) {
    return { result: undefined, log: log.map((c) => ({ ...c, line: c.line - lines })), error: String(e) };
  }
}

/**
 * Checks that `src` behaves the same marked, and that the tracer would find each call where a stack
 * walk finds it in the plain program: at its mark's site, or for an unmarked call, at its frame in
 * the marked program with the column moved back.
 */
function check(src: string): { marked: number; calls: number } {
  const out = instrument(src, NAMES, 100, "script");
  const plain = run(src);
  if (out === null) return { marked: 0, calls: plain.log.length };
  expect(() => parse(out.code, { ecmaVersion: "latest", sourceType: "script" })).not.toThrow();
  const marked = run(out.code);
  expect(marked.error).toBe(plain.error);
  expect(marked.result).toBe(plain.result);
  expect(marked.log.map((c) => [c.name, c.args])).toEqual(plain.log.map((c) => [c.name, c.args]));
  const shifts = new Map(out.shifts.map((s) => [s[0]!, s]));
  let n = 0;
  marked.log.forEach((c, k) => {
    const want = [plain.log[k]!.line, plain.log[k]!.column];
    if (c.pending === -1) {
      // unmarked: a stack walk finds it, in marked code, and moves its column back
      const shift = shifts.get(c.line);
      expect([c.line, shift === undefined ? c.column : unshiftColumn(shift, c.column)]).toEqual(want);
      return;
    }
    n++;
    const id = c.pending - 100;
    expect([out.sites[2 * id], out.sites[2 * id + 1]]).toEqual(want);
  });
  return { marked: n, calls: marked.log.length };
}

describe("instrument", () => {
  test.each([
    ["o.set(0, 5).get(0)", 2],
    ["o.set(o.get(1), o.get(2))", 3],
    ["o.copy().get(1)", 2],
    ["const t = o.T; t.get(0)", 2],
    ["f(...[o.get(0), o.get(1)])", 3],
    ["f()", 0],
    ["o\n  .set(1,\n    o.get(2))\n  .copy()", 3],
    ["[1, 2].map((i) => o.get(i))", 2],
    ["o?.get(1) + (o.get?.(2) ?? 0)", 0],
    ["o.T.copy().T.get(0)", 3],
    ["(o).get((1, 2))", 1],
    ["class A { constructor() { this.x = o.get(1); } get(i) { return super.toString === undefined ? i : o.get(i); } }; new A().get(2)", 2],
    ["const { v } = o.copy(); v", 1],
    ["let x = 0; for (const i of [0, 1]) x += o.get(i) * f(i, o.T.get(i)); x", 8],
    ["`${o.get(0)}:${o.copy().get(1)}`", 3],
    ["f`x`", 0],
    ["o.get(0) ? o.get(1) : o.set(2, 3).get(2)", 2],
  ])("%j: same behaviour, %d calls marked at their own positions", (src, want) => {
    expect(check(src).marked).toBe(want);
  });

  test("leaves alone what does not parse, and programs with nothing to mark", () => {
    expect(instrument("o.get(", NAMES, 0)).toBeNull();
    expect(instrument("let x: number = o.get(1)", NAMES, 0)).toBeNull();
    expect(instrument("foo(1); x.y = 2", NAMES, 0)).toBeNull();
  });

  test("assignment targets and patterns keep their getters unmarked", () => {
    const out = instrument("o.T = 1; [o.T] = [2]; ({ a: o.T } = { a: 3 }); o.T++; delete o.T; for (o.T of []);", NAMES, 0);
    expect(out).toBeNull();
  });

  test("a hashbang line and a module with imports", () => {
    const out = instrument("#!/usr/bin/env node\nimport { x } from 'y';\nx.get(1);\n", NAMES, 7);
    expect(out?.code).toBe(`#!/usr/bin/env node\nimport { x } from 'y';\n${MARK_END}x.get(${MARK_SITE}7,1)));\n`);
    expect(out?.sites).toEqual([3, 3]);
  });

  test("without the mark functions (a worker without the preload module, a function run elsewhere), marked code runs as it is", () => {
    const out = instrument("let n = 0; for (const i of [1, 2]) n += o.get(i); n", NAMES, 0, "script")!;
    expect(runInNewContext(`const o = { get: (i) => i * 10 };\n${out.code}`, {})).toBe(30);
  });

  test("random programs: same behaviour, every mark at its call's position", () => {
    const { expr } = fc.letrec<{ expr: string }>((tie) => ({
      expr: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.constantFrom("0", "1", "2", "i", "o.v[0]"),
        fc.tuple(tie("expr"), tie("expr")).map(([a, b]) => `o.set(${a}, ${b}).get(${a})`),
        tie("expr").map((a) => `o.get(${a})`),
        tie("expr").map((a) => `o.copy().get(${a})`),
        tie("expr").map((a) => `o.T.get(${a})`),
        fc.tuple(tie("expr"), tie("expr")).map(([a, b]) => `f(${a}, ...[${b}])`),
        fc.tuple(tie("expr"), tie("expr")).map(([a, b]) => `(${a} +\n ${b})`),
        fc.tuple(tie("expr"), tie("expr")).map(([a, b]) => `(${a} ? ${b} : o?.get(${a}))`),
        tie("expr").map((a) => `[0, 1].reduce((s, i) => s + ${a}, 0)`),
        tie("expr").map((a) => `o\n.get(${a})`),
      ),
    }));
    fc.assert(
      fc.property(expr, (e) => {
        check(`let i = 1; ${e}`);
      }),
      { numRuns: 300 },
    );
  });
});

test("unshiftColumn moves a column back past the texts inserted before it", () => {
  // "ab" + [X 3] + "cd" + [Y 2] + "e": input columns a=1 b=2 c=3 d=4 e=5
  const shift = [1, 2, 3, 4, 2];
  expect([1, 2, 6, 7, 10].map((c) => unshiftColumn(shift, c))).toEqual([1, 2, 3, 4, 5]);
  // inside inserted text: where it was inserted
  expect([3, 5, 8, 9].map((c) => unshiftColumn(shift, c))).toEqual([3, 3, 5, 5]);
});
