import { afterAll, describe, it } from "vitest";
import { RuleTester } from "@typescript-eslint/rule-tester";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import rule from "../../rules/no-reference-cycle.js";

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "plugin", "fixtures");
const ruleTester = new RuleTester({
  languageOptions: {
    parserOptions: { project: "./tsconfig.json", tsconfigRootDir: fixtures },
  },
});
const filename = "file.ts";
const hdr = `import { zeros, empty, array, NDArray } from "ndalias";\n`;

ruleTester.run("no-reference-cycle", rule, {
  valid: [
    { filename, code: hdr + `class Node2 { next: Node2 = this; constructor(readonly v: number) {} }` },
    { filename, code: hdr + `class L { self: L; constructor() { this.self = this; } }` },
    { filename, code: hdr + `class C { c: NDArray; parent: C; constructor(c: NDArray) { this.c = c; this.parent = this; } }
export function merge(a: C, b: C) { const ra = a.parent; const rb = b.parent; rb.parent = ra; }` .replace("this.parent = this; ", "") },
    { filename, code: hdr + `const o = empty(2, "object"); const p = empty(2, "object"); o.set(0, p);` },
    { filename, code: hdr + `class M { p = zeros(3); o: M | null = null; }
function f(a: M, b: M) { a.o = b; }
function g(a: M, b: M) { b.o = a; }` },
    { filename, code: hdr + `const o = empty(2, "object"); let x = o; x = empty(2, "object"); x.set(0, o);` },
  ],
  invalid: [
    { filename, code: hdr + `class C { c = zeros(2); parent: C; constructor() { this.parent = this; } }`,
      errors: [{ messageId: "selfCycle", line: 2 }] },
    { filename, code: hdr + `class C { c = zeros(2); parent: C = this; }`,
      errors: [{ messageId: "selfCycle", line: 2 }] },
    { filename, code: hdr + `const o = empty(3, "object");\no.set(0, o);`,
      errors: [{ messageId: "selfCycle", line: 3 }] },
    { filename, code: hdr + `const o = empty(3, "object");\no.assign("0", o);\n`,
      errors: [{ messageId: "selfCycle", line: 3 }] },
    { filename, code: hdr + `class C { c = zeros(2); parent: C | null = null; m() { const x = this;\n x.parent = x; } }`,
      errors: [{ messageId: "selfCycle", line: 3 }] },
    { filename, code: hdr + `class M { p = zeros(3); o: M | null = null; }
function f() { const a = new M(); const b = new M();
a.o = b;
b.o = a; }`, errors: [{ messageId: "chainCycle", line: 5, data: { target: "b", line: "4" } }] },
    { filename, code: hdr + `const p = empty(1, "object"); const q = empty(1, "object");
p.set(0, q);
q.set(0, p);`, errors: [{ messageId: "chainCycle", line: 4 }] },
    { filename, code: hdr + `class M { p = zeros(3); o: M | null = null; }
const a = new M(); const b = new M(); const c = new M();
a.o = b;
b.o = c;
c.o = a;`, errors: [{ messageId: "chainCycle", line: 6, data: { target: "c", line: "4" } }] },
  ],
});
