// Training-step bookkeeping: a session borrows the model's gradient buffer, applies an SGD step and logs the gradient norm.
import { array, zeros, NDArray } from "ndalias";

interface Model {
  name: string;
  params: NDArray;
  grad: NDArray;
}

interface Session {
  step: number;
  lr?: number;
  epochGrad?: NDArray;
  log?: string[];
}

function accumulate(target: NDArray, contribution: NDArray): void {
  target.iadd(contribution);
}

function norm(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

const model: Model = { name: "linear", params: array([0.5, -1.2, 0.8]), grad: zeros(3) };
const session: Session = { step: 0 };

session.lr ||= 0.1;
session.log ??= [];
session.epochGrad = model.grad;

const batches = new Map<string, NDArray>([
  ["batch-0", array([0.2, 0.1, -0.3])],
  ["batch-1", array([0.05, -0.4, 0.1])],
]);

for (const [id, g] of batches) {
  accumulate(model.grad, g);
  session.log.push(`${id}: |g|=${norm(g).toFixed(3)}`);
}

model.params.isub(model.grad.mul(session.lr));
session.step += 1;

// start the next epoch with a clean running gradient
session?.epochGrad?.fill(0); // expect: no-alias-mutation

session.log.push(`step ${session.step}: |grad|=${norm(model.grad).toFixed(3)}`);
console.log(session.log.join("\n"));
console.log(model.name, "params:", model.params.tolist());
