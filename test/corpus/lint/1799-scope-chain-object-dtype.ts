// Lexical scopes for a small expression evaluator, stored as object-dtype arrays: slot 0 is the enclosing scope, slot 1 the variable values.
import { array, empty, zeros, NDArray } from "ndalias";

const PARENT = 0;
const VALUES = 1;

class ScopeChain {
  #global: NDArray;
  #names: string[][] = [];
  static readonly MAX_DEPTH = 16;

  constructor(globalNames: string[]) {
    const g = empty(2, "object");
    g.set(PARENT, g); // expect: no-reference-cycle
    g.set(VALUES, zeros(globalNames.length));
    this.#global = g;
    this.#names.push(globalNames);
  }

  get globals(): NDArray {
    return this.#global;
  }

  get depth(): number {
    return this.#names.length;
  }

  child(parent: NDArray, names: string[]): NDArray {
    if (this.#names.length >= ScopeChain.MAX_DEPTH) {
      throw new RangeError(`scope depth ${this.#names.length} exceeds ${ScopeChain.MAX_DEPTH}`);
    }
    const scope = empty(2, "object");
    scope.set(PARENT, parent);
    scope.set(VALUES, zeros(names.length));
    this.#names.push(names);
    return scope;
  }

  mutualPair(size: number): [NDArray, NDArray] {
    const even = empty(2, "object");
    const odd = empty(2, "object");
    even.set(VALUES, zeros(size));
    odd.set(VALUES, zeros(size));
    even.set(PARENT, odd);
    odd.set(PARENT, even); // expect: no-reference-cycle
    return [even, odd];
  }
}

function isGlobal(scope: NDArray): boolean {
  return scope.get(PARENT) === scope;
}

function define(scope: NDArray, slot: number, value: number): void {
  const values: NDArray = scope.get(VALUES);
  values.set(slot, value);
}

function lookup(scope: NDArray, hops: number, slot: number): number {
  let current = scope;
  for (let h = 0; h < hops; h++) {
    if (isGlobal(current)) {
      throw new Error(`no enclosing scope ${hops} levels up (stopped at ${h})`);
    }
    current = current.get(PARENT);
  }
  const values: NDArray = current.get(VALUES);
  return values.get(slot);
}

function frameTotal(scope: NDArray): number {
  const values: NDArray = scope.get(VALUES);
  return values.sum();
}

// (let ((x 3) (y 4)) (let ((z (+ x y))) (* z rate)))
const chain = new ScopeChain(["rate", "offset"]);
define(chain.globals, 0, 1.5);
define(chain.globals, 1, -2);

const outer = chain.child(chain.globals, ["x", "y"]);
define(outer, 0, 3);
define(outer, 1, 4);

const inner = chain.child(outer, ["z"]);
define(inner, 0, lookup(inner, 1, 0) + lookup(inner, 1, 1));

const result = lookup(inner, 0, 0) * lookup(inner, 2, 0) + lookup(inner, 2, 1);
console.log("result:", result, "depth:", chain.depth);
console.log("frame totals:", [chain.globals, outer, inner].map(frameTotal));

const [evenScope, oddScope] = chain.mutualPair(2);
define(evenScope, 0, 10);
define(oddScope, 0, 11);
console.log("even sees odd:", lookup(evenScope, 1, 0), "odd sees even:", lookup(oddScope, 1, 0));

const inputs = array([2, 5, 7]);
const bindings = chain.child(chain.globals, ["a", "b", "c"]);
for (let i = 0; i < inputs.size; i++) {
  define(bindings, i, inputs.get(i) * lookup(bindings, 1, 0));
}
console.log("scaled inputs:", frameTotal(bindings), "global frame still:", frameTotal(chain.globals));
