// Optimiser state kept in a module-level parameter store reached through accessor helpers: snapshots, weight decay and a frozen bias term.
// runnable
import { array, NDArray } from "ndalias";

const params = new Map<string, NDArray>([
  ["weights", array([[0.5, -0.2], [0.1, 0.8]])],
  ["bias", array([0.05, -0.1])],
  ["momentum", array([[0.0, 0.0], [0.0, 0.0]])],
]);

const Store = {
  get(name: string): NDArray {
    const p = params.get(name);
    if (p === undefined) {
      throw new Error(`no parameter named "${name}"; known: ${[...params.keys()].join(", ")}`);
    }
    return p;
  },
  names(): string[] {
    return [...params.keys()];
  },
  norm(name: string): number {
    const p = Store.get(name);
    return Math.sqrt(p.mul(p).sum());
  },
};

const Snapshots = {
  take(): Map<string, NDArray> {
    const out = new Map<string, NDArray>();
    for (const name of Store.names()) {
      out.set(name, Store.get(name).copy());
    }
    return out;
  },
  drift(before: Map<string, NDArray>, name: string): number {
    const old = before.get(name);
    if (old === undefined) return 0;
    const diff = Store.get(name).sub(old);
    return Math.sqrt(diff.mul(diff).sum());
  },
};

const Optimizer = {
  decayWeights(rate: number): number {
    const decayed = Store.get("weights").copy();
    decayed.imul(1 - rate); // expect: no-lost-write
    return Store.norm("weights");
  },
  freezeBias(): void {
    Store.get("bias").flatten().fill(0); // expect: no-lost-write
  },
  proposedStep(grad: NDArray, lr: number): NDArray {
    const step = grad.mul(-lr);
    step.iadd(Store.get("momentum").mul(0.9));
    return step;
  },
  clippedGrad(grad: NDArray, limit: number): NDArray {
    const clipped = grad.copy();
    for (let i = 0; i < clipped.shape[0]; i++) {
      for (let j = 0; j < clipped.shape[1]; j++) {
        const g = clipped.get(i, j);
        clipped.set([i, j], Math.max(-limit, Math.min(limit, g)));
      }
    }
    return clipped;
  },
};

function describe(label: string, a: NDArray): string {
  return `${label}=${JSON.stringify(a.tolist())}`;
}

const before = Snapshots.take();
const grad = array([[0.4, -3.0], [0.2, 2.5]]);

const safeGrad = Optimizer.clippedGrad(grad, 1.0);
console.log(describe("clipped gradient", safeGrad));

const step = Optimizer.proposedStep(safeGrad, 0.1);
console.log(describe("proposed step", step));

console.log("weight norm after decay:", Optimizer.decayWeights(0.01).toFixed(4));
Optimizer.freezeBias();

console.log("weight drift:", Snapshots.drift(before, "weights").toFixed(6));
console.log("bias drift:", Snapshots.drift(before, "bias").toFixed(6));
console.log(describe("bias now", Store.get("bias")));
console.log(describe("raw gradient", grad));
