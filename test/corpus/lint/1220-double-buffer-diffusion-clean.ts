// Runs a 1-D diffusion simulation with double buffering across async steps, from boundary maps loaded concurrently.
import { linspace, zeros, NDArray } from "ndalias";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function loadBoundary(kind: "left" | "right", n: number): Promise<NDArray> {
  await tick();
  return kind === "left" ? linspace(1, 0, n) : linspace(0, 1, n);
}

interface SimulationResult {
  initialTotal: number;
  final: number[];
  steps: number;
}

async function simulate(steps: number, n: number): Promise<SimulationResult> {
  const [left, right] = await Promise.all([loadBoundary("left", n), loadBoundary("right", n)]);
  const initial = left.add(right);
  initial.imul(0.5);
  initial.set(Math.floor(n / 2), 1.0);

  let current = initial.copy();
  let next = zeros(n);
  for (let s = 0; s < steps; s++) {
    await tick();
    next.assign("1:-1", current.slice(":-2").add(current.slice("2:")).mul(0.5));
    next.set(0, left.get(0));
    next.set(n - 1, right.get(n - 1));
    [current, next] = [next, current];
  }
  return { initialTotal: initial.sum(), final: current.tolist() as number[], steps };
}

async function boundaryContrast(n: number): Promise<number> {
  const maps = await Promise.all([loadBoundary("left", n), loadBoundary("right", n)]);
  const diff = maps[0].sub(maps[1]);
  diff.imul(diff);
  return Math.sqrt(diff.sum());
}

async function smoothedBoundary(n: number, passes: number): Promise<NDArray> {
  const left = await loadBoundary("left", n);
  let field: NDArray = left;
  field = field.mul(2);
  for (let p = 0; p < passes; p++) {
    await tick();
    const inner = field.slice("1:-1").add(field.slice(":-2")).add(field.slice("2:"));
    field = field.copy();
    field.assign("1:-1", inner.div(3));
  }
  field.iadd(left.mean());
  console.log("left boundary is untouched:", left.tolist());
  return field;
}

async function independentRuns(): Promise<number[]> {
  const [a, b] = await Promise.all([simulate(4, 6), simulate(8, 6)]);
  return [a.initialTotal, b.initialTotal, a.final[2], b.final[2]];
}

async function pingPong(rounds: number): Promise<number> {
  let front = zeros(3);
  let back = zeros(3);
  for (let r = 0; r < rounds; r++) {
    back.assign(":", front.add(r));
    await tick();
    [front, back] = [back, front];
    console.log(`round ${r}: front ${JSON.stringify(front.tolist())}`);
  }
  return front.sum() + back.sum();
}

const result = await simulate(10, 7);
console.log("initial total:", result.initialTotal.toFixed(4), "after", result.steps, "steps:");
console.log(result.final.map((v) => v.toFixed(3)).join(" "));

console.log("boundary contrast:", (await boundaryContrast(5)).toFixed(4));

const smooth = await smoothedBoundary(6, 2);
console.log("smoothed boundary:", smooth.tolist());

console.log("independent runs:", (await independentRuns()).map((v) => v.toFixed(3)).join(", "));
console.log("ping-pong total:", await pingPong(3));
