// A tiny array-expression evaluator whose variable scopes are object-dtype tables: slot 0 links to the enclosing scope, the rest hold values.
import { array, empty, NDArray } from "ndalias";

const PARENT = 0;
const SLOTS = 8;

type Expr =
  | { op: "var"; name: string }
  | { op: "const"; value: number }
  | { op: "add" | "mul"; lhs: Expr; rhs: Expr }
  | { op: "let"; name: string; value: Expr; body: Expr };

const slotNames = new Map<string, number>();

function slotOf(name: string): number {
  let slot = slotNames.get(name);
  if (slot === undefined) {
    slot = slotNames.size + 1;
    if (slot >= SLOTS) throw new RangeError(`too many variables: ${name}`);
    slotNames.set(name, slot);
  }
  return slot;
}

function makeGlobalScope(): NDArray {
  const globals = empty(SLOTS, "object");
  globals.set(PARENT, globals); // expect: no-reference-cycle
  return globals;
}

function makeChildScope(parent: NDArray): NDArray {
  const scope = empty(SLOTS, "object");
  scope.set(PARENT, parent);
  return scope;
}

function define(scope: NDArray, name: string, value: NDArray): void {
  scope.set(slotOf(name), value.copy());
}

function lookup(scope: NDArray, name: string): NDArray {
  const slot = slotOf(name);
  let s: NDArray = scope;
  for (;;) {
    const found: unknown = s.get(slot);
    if (found !== undefined && found !== null) return found as NDArray;
    const up: NDArray = s.get(PARENT);
    if (up === s) throw new ReferenceError(`unbound variable ${name}`);
    s = up;
  }
}

function evaluate(expr: Expr, scope: NDArray): NDArray {
  switch (expr.op) {
    case "const":
      return array([expr.value]);
    case "var":
      return lookup(scope, expr.name).copy();
    case "add": {
      const result = evaluate(expr.lhs, scope);
      result.iadd(evaluate(expr.rhs, scope));
      return result;
    }
    case "mul": {
      const lhs = evaluate(expr.lhs, scope);
      const result = lhs.mul(evaluate(expr.rhs, scope));
      return result;
    }
    case "let": {
      const inner = makeChildScope(scope);
      define(inner, expr.name, evaluate(expr.value, scope));
      return evaluate(expr.body, inner);
    }
  }
}

const globals = makeGlobalScope();
define(globals, "x", array([1, 2, 3]));
define(globals, "w", array([0.5, 0.25, 2]));

const program: Expr = {
  op: "let",
  name: "y",
  value: { op: "mul", lhs: { op: "var", name: "x" }, rhs: { op: "var", name: "w" } },
  body: {
    op: "add",
    lhs: { op: "var", name: "y" },
    rhs: { op: "mul", lhs: { op: "var", name: "x" }, rhs: { op: "const", value: 10 } },
  },
};

const result = evaluate(program, globals);
console.log("result:", result.tolist());
console.log("globals still hold x =", lookup(globals, "x").tolist(), "w =", lookup(globals, "w").tolist());
try {
  evaluate({ op: "var", name: "z" }, globals);
} catch (err) {
  console.log("expected failure:", (err as Error).message);
}
