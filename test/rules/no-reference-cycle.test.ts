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
// line 1 of every case; the code under test starts on line 2
const hdr = `import { zeros, empty, array, NDArray } from "ndalias";\n`;
const model = `class M { p = zeros(3); o: unknown = null; }\n`; // line 2: a class holding an array

// @typescript-eslint/rule-tester 8.72 carries its own @typescript-eslint/utils (the
// rule is built against 8.73): the two RuleModule types differ only nominally.
type TesterRule = Parameters<RuleTester["run"]>[1];
ruleTester.run("no-reference-cycle", rule as unknown as TesterRule, {
  valid: [
    // linked structures of objects that hold no arrays
    { filename, code: hdr + `class Node2 { next: Node2 = this; constructor(readonly v: number) {} }` },
    { filename, code: hdr + `class L { self: L; constructor() { this.self = this; } }` },
    { filename, code: hdr + `class P { peer: P | null = null; }
const a = new P(); const b = new P();
a.peer = b;
b.peer = a;` },
    { filename, code: hdr + `class Checkpoint { prev: Checkpoint = this; next: Checkpoint = this; constructor(readonly loss: number) {} }
function append(sentinel: Checkpoint, node: Checkpoint): void {
  node.prev = sentinel.prev;
  node.next = sentinel;
  sentinel.prev.next = node;
  sentinel.prev = node;
}
const losses = array([0.9, 0.5]);
append(new Checkpoint(NaN), new Checkpoint(losses.get(0) as number));` },
    { filename, code: hdr + `const a = { peer: null as unknown, n: 1 }; a.peer = a;` },
    // stores into fresh or unrelated objects
    { filename, code: hdr + `const o = empty(2, "object"); const p = empty(2, "object"); o.set(0, p);` },
    { filename, code: hdr + model + `class Owner { w = zeros(2); m: M | null = null; constructor() { this.m = new M(); } }` },
    { filename, code: hdr + `const o = empty(2, "object"); o.set(0, o.copy()); o.set(1, 3); o.fill(zeros(2));` },
    { filename, code: hdr + `const o = empty(2, "object"); const p = empty(4, "object"); o.set(0, p.slice("0:1"));` },
    // one direction per function
    { filename, code: hdr + model + `function f(a: M, b: M) { a.o = b; }
function g(a: M, b: M) { b.o = a; }` },
    // union-find merge (corpus 24): a store between two different roots
    { filename, code: hdr + `class C { c: NDArray; parent: C | null = null; constructor(c: NDArray) { this.c = c; } }
export function merge(a: C, b: C) { const ra = a.parent ?? a; const rb = b.parent ?? b; rb.parent = ra; }` },
    // rebinding a name makes it a different object
    { filename, code: hdr + `const o = empty(2, "object"); let x = o; x = empty(2, "object"); x.set(0, o);` },
    { filename, code: hdr + model + `let a = new M(); const b = new M();
a.o = b;
a = new M();
b.o = a;` },
    // the first edge is overwritten before the second store
    { filename, code: hdr + model + `const a = new M(); const b = new M();
a.o = b;
a.o = null;
b.o = a;` },
    // the two stores are in exclusive branches
    { filename, code: hdr + model + `export function link(a: M, b: M, forward: boolean) {
  if (forward) a.o = b;
  else b.o = a;
}` },
    { filename, code: hdr + model + `export function link(a: M, b: M, forward: boolean) { return forward ? (a.o = b) : (b.o = a); }` },
    { filename, code: hdr + model + `export function link(a: M, b: M, k: number) {
  switch (k) {
    case 0: a.o = b; break;
    default: b.o = a;
  }
}` },
    // a numeric array stores values, not references (assign copies backup's values into weights)
    { filename, code: hdr + `const weights = array([0.5, -1.2, 2.0]);
const backup = weights;
weights.assign(":", backup);
const z = zeros(3); z.fill(z); const f2 = array([[1, 2], [3, 4]]); f2.set([0, 0], f2.get(1, 1));` },
    // an array assigned to a region of an object array is copied element by element: no
    // reference to the array itself (only a single element, `o.assign("0", o)`, stores it)
    { filename, code: hdr + `const o = empty(3, "object");
o.assign("...", o);
o.assign(":", o.slice("::-1"));
o.assign(["1:"], o.slice(":2"));` },
    // a field every assignment of its class makes numeric stores values (row moves in a compaction)
    { filename, code: hdr + `class Particles {
  pos: NDArray;
  constructor(n: number) { this.pos = zeros([n, 2]); }
  compact(dst: number, src: number): void { this.pos.assign(\`\${dst}\`, this.pos.slice(src)); }
}` },
    // the alternative of ?? is a different object
    { filename, code: hdr + model + `function adopt(a: M, parent?: M) { a.o = parent ?? new M(); }` },
    // a store into a field's table of another object
    { filename, code: hdr + `class Module { w = zeros(2); table = empty(2, "object"); }
const m = new Module(); const n = new Module();
m.table.set(0, n.w);` },
    // row moves through views of an array whose dtype is not known here (a parameter's copy):
    // a numeric array copies the values; only a known object table is reported
    { filename, code: hdr + `export function swapRows(A: NDArray, k: number, p: number): NDArray {
  const lu = A.copy();
  const rowK = lu.slice(k).copy();
  const rowP = lu.slice(p);
  lu.assign(k, rowP);
  lu.assign(p, rowK);
  lu.set(k, lu.slice(p));
  return lu;
}` },
    // a numeric array cannot store references (set would convert or throw)
    { filename, code: hdr + `const f = zeros(3, "float64"); f.fill(f);` },
    // a field set in one arm of an if is not what a name read in the other arm denotes
    { filename, code: hdr + `class N { data = zeros(2); next: N | null = null; }
export function unlink(head: N, node: N): void {
  if (head.next === node) {
    head.next = node.next;
  } else {
    let prev = head.next;
    while (prev !== null && prev.next !== node) prev = prev.next;
    if (prev !== null) prev.next = node.next;
  }
  node.next = null;
}` },
    { filename, code: hdr + model + `export function pick(a: M, b: M, first: boolean): void {
  if (first) a.o = b;
  else b.o = a;
}` },
    // Object.assign into a new object: a one-way link
    { filename, code: hdr + model + `export function child(parent: M): M {
  return Object.assign(new M(), { o: parent });
}` },
    // a binding in a block that returns first never reaches what follows the block
    { filename, code: hdr + `class Kf { pose = zeros(3); next: Kf | null = null; }
export function chain(n: number): Kf {
  const head = new Kf();
  let tail = head;
  const kf = new Kf();
  if (n === 0) {
    tail = kf;
    return head;
  }
  tail.next = kf;
  return head;
}` },
  ],
  invalid: [
    // a private field (\`this.#parent = this\`)
    { filename, code: hdr + `class SceneNode {
  #local = zeros(3);
  #parent: SceneNode | null = null;
  markAsRoot(): void {
    this.#parent = this;
  }
}`, errors: [{ messageId: "selfCycle", line: 6 }] },
    // a doubly linked list built in a loop: the first keyframe is bound to \`tail\` in a block that
    // goes on with the next iteration, where \`kf\` is another object (no self-reference at
    // \`tail.next = kf\`); the back link closes the cycle
    { filename, code: hdr + `class Keyframe { pose = zeros(3); next: Keyframe | null = null; prev: Keyframe | null = null; }
export function build(times: number[]): Keyframe | null {
  let head: Keyframe | null = null;
  let tail: Keyframe | null = null;
  for (const t of times) {
    const kf = new Keyframe();
    if (tail === null) {
      head = kf;
      tail = kf;
      continue;
    }
    tail.next = kf;
    kf.prev = tail;
    tail = kf;
  }
  return head;
}`, errors: [{ messageId: "chainCycle", line: 14 }] },
    // names declared outside the loop: after \`a = b; continue\`, the next iteration's \`a\` is still \`b\`
    { filename, code: hdr + `class N { w = zeros(2); next: N | null = null; }
export function tie(a: N, b: N, steps: number): void {
  for (let i = 0; i < steps; i++) {
    if (i === 0) {
      a = b;
      continue;
    }
    a.next = b;
  }
}`, errors: [{ messageId: "selfCycle", line: 9 }] },
    // classes: direct self-reference
    { filename, code: hdr + `class C { c = zeros(2); parent: C; constructor() { this.parent = this; } }`,
      errors: [{ messageId: "selfCycle", line: 2, data: { target: "this" } }] },
    { filename, code: hdr + `class C { c = zeros(2); parent: C = this; }`,
      errors: [{ messageId: "selfCycle", line: 2 }] },
    { filename, code: hdr + `class C { c = zeros(2); parent: C | null = null; m() { const x = this;\n x.parent = x; } }`,
      errors: [{ messageId: "selfCycle", line: 3, data: { target: "x" } }] },
    { filename, code: hdr + `class C { w = zeros(2); me: C | null = null; init = () => {\n this.me = this; }; }`,
      errors: [{ messageId: "selfCycle", line: 3 }] },
    { filename, code: hdr + `class G { layers: NDArray[] = []; self?: G; }\nconst g = new G();\ng.self = g;`,
      errors: [{ messageId: "selfCycle", line: 4 }] },
    // object-dtype arrays: set / assign / fill, and views of the table itself
    { filename, code: hdr + `const o = empty(3, "object");\no.set(0, o);`,
      errors: [{ messageId: "selfCycle", line: 3, data: { target: "o" } }] },
    { filename, code: hdr + `const o = empty(3, "object");\no.assign("0", o);\n`,
      errors: [{ messageId: "selfCycle", line: 3 }] },
    { filename, code: hdr + `const o = empty(3, "object");\no.fill(o);`,
      errors: [{ messageId: "selfCycle", line: 3 }] },
    { filename, code: hdr + `const o = empty(3, "object");\no.set(0, o.slice("1:"));\no.set(1, o.T);`,
      errors: [{ messageId: "selfCycle", line: 3 }, { messageId: "selfCycle", line: 4 }] },
    // a named view of a known object table, and an array of unknown dtype storing itself
    { filename, code: hdr + `const o = empty(3, "object");\nconst tail = o.slice("1:");\no.set(0, tail);`,
      errors: [{ messageId: "selfCycle", line: 4 }] },
    { filename, code: hdr + `export function link(o: NDArray): void {\n  o.set(0, o);\n}`,
      errors: [{ messageId: "selfCycle", line: 3 }] },
    { filename, code: hdr + `const registry = empty(3, "object");\nregistry.set(0, zeros(16));\nregistry.set(2, registry);`,
      errors: [{ messageId: "selfCycle", line: 4 }] },
    // a field made an object array in the class stores references
    { filename, code: hdr + `class Registry {
  table: NDArray;
  constructor(n: number) { this.table = empty(n, "object"); }
  link(i: number): void { this.table.set(i, this.table); }
}`, errors: [{ messageId: "selfCycle", line: 5 }] },
    // object literals
    { filename, code: hdr + `const o = { w: zeros(2), self: null as unknown };\no.self = o;`,
      errors: [{ messageId: "selfCycle", line: 3 }] },
    { filename, code: hdr + `const a = { w: zeros(2), peer: null as unknown };
const b = { w: zeros(2), peer: a };
a.peer = b;`, errors: [{ messageId: "chainCycle", line: 4, data: { target: "a", line: "3" } }] },
    // Object.assign: each field of a literal source is a store into the target
    { filename, code: hdr + model + `export function attach(owner: M): M {
  const part = Object.assign(new M(), { o: owner });
  owner.o = part;
  return part;
}`, errors: [{ messageId: "chainCycle", line: 5, data: { target: "owner", line: "4" } }] },
    { filename, code: hdr + model + `export function pair(a: M, b: M): void {
  Object.assign(b, { o: a });
  a.o = b;
}`, errors: [{ messageId: "chainCycle", line: 5, data: { target: "a", line: "4" } }] },
    // chains built in the same function
    { filename, code: hdr + model + `function f() { const a = new M(); const b = new M();
a.o = b;
b.o = a; }`, errors: [{ messageId: "chainCycle", line: 5, data: { target: "b", line: "4" } }] },
    { filename, code: hdr + `const p = empty(1, "object"); const q = empty(1, "object");
p.set(0, q);
q.set(0, p);`, errors: [{ messageId: "chainCycle", line: 4, data: { target: "q", line: "3" } }] },
    { filename, code: hdr + model + `const a = new M(); const b = new M(); const c = new M();
a.o = b;
b.o = c;
c.o = a;`, errors: [{ messageId: "chainCycle", line: 6, data: { target: "c", line: "4" } }] },
    { filename, code: hdr + model + `export function link(a: M, b: M) {
  a.o = b;
  b.o = a;
}`, errors: [{ messageId: "chainCycle", line: 5 }] },
    { filename, code: hdr + `class T { w = zeros(2); child: T | null = null; parent: T | null = null; }
const a = new T(); const b = new T();
a.child = b;
a.child.parent = a;`, errors: [{ messageId: "chainCycle", line: 5, data: { target: "a.child", line: "4" } }] },
    { filename, code: hdr + `class Model { params: NDArray; opponent: Model | null = null; constructor(n: number) { this.params = zeros(n); } }
export function pair(n: number): [Model, Model] {
  const g = new Model(n);
  const d = new Model(n);
  g.opponent = d;
  d.opponent = g;
  return [g, d];
}`, errors: [{ messageId: "chainCycle", line: 7, data: { target: "d", line: "6" } }] },
    // the holder holds arrays only through the other object
    { filename, code: hdr + model + `class W { m: M | null = null; }
const m = new M(); const w = new W();
w.m = m;
m.o = w;`, errors: [{ messageId: "chainCycle", line: 6 }] },
    // the value may be the object itself: origin ?? this, cond ? this : other
    { filename, code: hdr + `class Variable { value: NDArray; origin: Variable;
  constructor(value: NDArray, origin?: Variable) {
    this.value = value;
    this.origin = origin ?? this;
  }
}`, errors: [{ messageId: "selfCycle", line: 5 }] },
    // stored into a table the object owns: this -> this.table -> this
    { filename, code: hdr + `class Module { weight: NDArray; table: NDArray;
  constructor(n: number) {
    this.weight = zeros([n, n]);
    this.table = empty(3, "object");
    this.table.set(0, this.weight);
    this.table.set(2, this);
  }
}`, errors: [{ messageId: "selfCycle", line: 7, data: { target: "this" } }] },
    // a chain that ends in a table owned by the first object
    { filename, code: hdr + `class Node3 { w = zeros(2); table = empty(2, "object"); peer: Node3 | null = null; }
const a = new Node3(); const b = new Node3();
a.peer = b;
b.table.set(0, a);`, errors: [{ messageId: "chainCycle", line: 5, data: { target: "b.table", line: "4" } }] },
    // an object-dtype table created from non-numeric content
    { filename, code: hdr + `const t = array([zeros(2), zeros(2)]);
t.set(0, t);`, errors: [{ messageId: "selfCycle", line: 3 }] },
    // a chain through a view getter (q.T is q's memory)
    { filename, code: hdr + `const p = empty(1, "object"); const q = empty(1, "object");
p.set(0, q.T);
q.set(0, p);`, errors: [{ messageId: "chainCycle", line: 4, data: { target: "q", line: "3" } }] },
    // branches that a loop runs one after the other
    { filename, code: hdr + model + `export function link(a: M, b: M) {
  for (let i = 0; i < 2; i++) {
    if (i === 0) a.o = b;
    else b.o = a;
  }
}`, errors: [{ messageId: "chainCycle", line: 6 }] },
  ],
});
