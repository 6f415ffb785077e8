// A training monitor registers metric reporters over views of the weights and runs them after each update through helpers.
import { array } from "ndalias";

const weights = array([[0.5, -0.5], [0.25, 0.75]]);
const firstRow = weights.slice(0);
const reporters: Array<() => string> = [
  () => `first row norm ${Math.sqrt(firstRow.mul(firstRow).sum()).toFixed(3)}`,
];

function runAll(fns: Array<() => string>): void {
  for (const fn of fns) console.log(fn());
}

function repeat(times: number, fn: () => void): void {
  for (let i = 0; i < times; i++) fn();
}

weights.imul(0.9); // expect: no-view-mutation
runAll(reporters);

const bias = array([0.1, 0.2]);
const biasAlias = bias;
bias.iadd(0.05); // expect: no-alias-mutation
repeat(2, () => console.log("bias total:", biasAlias.sum()));

const grads = array([0.3, -0.1]);
const gradHead = grads.slice(":1");
const warmup: Array<() => string> = [() => `first gradient ${gradHead.get(0)}`];
runAll(warmup);
grads.fill(0);
console.log("cleared gradients:", grads.tolist());
