// Simulates 1-D heat diffusion in a rod with fixed end temperatures, recording three probe traces and the final profile.
import { array, empty, zeros, linspace, NDArray } from "ndalias";

interface RodConfig {
  alpha: number;
  leftTemp: number;
  rightTemp: number;
  steps: number;
  probeIndices: [number, number, number];
}

interface SimulationOutput {
  final: NDArray;
  probes: NDArray[];
  energy: number[];
}

const DEFAULT_CONFIG: RodConfig = {
  alpha: 0.25,
  leftTemp: 100,
  rightTemp: 20,
  steps: 40,
  probeIndices: [2, 5, 8],
};

/** Pins both ends of the rod to the boundary temperatures. */
function applyBoundary(u: NDArray, left: number, right: number): void {
  u.set(0, left);
  u.set(u.size - 1, right);
}

/** Writes one explicit finite-difference step of `src` into `dst`. */
function diffuseInto(dst: NDArray, src: NDArray, alpha: number): void {
  const laplacian = src.slice(":-2").add(src.slice("2:")).sub(src.slice("1:-1").mul(2));
  dst.assign("1:-1", src.slice("1:-1").add(laplacian.mul(alpha)));
}

function stableAlpha(alpha: number): number {
  return Math.min(alpha, 0.5);
}

function simulate(initial: NDArray, config: RodConfig): SimulationOutput {
  const alpha = stableAlpha(config.alpha);
  let [current, next] = [initial.copy(), empty(initial.size)];
  applyBoundary(current, config.leftTemp, config.rightTemp);
  const probes = [zeros(config.steps), zeros(config.steps), zeros(config.steps)];
  const energy: number[] = [];

  for (let t = 0; t < config.steps; t++) {
    diffuseInto(next, current, alpha);
    applyBoundary(next, config.leftTemp, config.rightTemp);
    [current, next] = [next, current];

    probes[0].set(t, current.get(config.probeIndices[0]));
    probes[1].set(t, current.get(config.probeIndices[1]));
    probes[2].set(t, current.get(config.probeIndices[2]));
    energy.push(current.sum());
  }

  return { final: current, probes, energy };
}

function steadyState(size: number, left: number, right: number): NDArray {
  const profile = linspace(left, right, size);
  return profile;
}

function maxDeviation(a: NDArray, b: NDArray): number {
  const diff = a.sub(b);
  return Math.max(diff.max(), -diff.min());
}

function formatProfile(u: NDArray): string {
  const cells: string[] = [];
  for (let i = 0; i < u.size; i++) cells.push(u.get(i).toFixed(1));
  return cells.join(" ");
}

function summarizeTrace(trace: NDArray): string {
  const settled = trace.slice("-5:");
  return `start ${trace.get(0).toFixed(2)}, end ${trace.get(trace.size - 1).toFixed(2)}, ` +
    `settled mean ${settled.mean().toFixed(2)}`;
}

function relaxToTolerance(initial: NDArray, config: RodConfig, tolerance: number): number {
  const target = steadyState(initial.size, config.leftTemp, config.rightTemp);
  let front = initial.copy();
  let back = zeros(initial.size);
  for (let iter = 1; iter <= 5000; iter++) {
    diffuseInto(back, front, stableAlpha(config.alpha));
    applyBoundary(back, config.leftTemp, config.rightTemp);
    [front, back] = [back, front];
    if (maxDeviation(front, target) < tolerance) return iter;
  }
  return -1;
}

const rod = zeros(11);
rod.slice("3:8").fill(60);
rod.slice(5).fill(80);

const output = simulate(rod, DEFAULT_CONFIG);
const labels = ["near left", "middle", "near right"];
for (let i = 0; i < output.probes.length; i++) {
  console.log(`${labels[i]}: ${summarizeTrace(output.probes[i])}`);
}

const edgeTrace = output.probes[2];
const middleTrace = output.probes[1];
console.log("edge probe peak:", edgeTrace.max().toFixed(2), "middle probe low:", middleTrace.min().toFixed(2));

const interior = output.final.slice("1:-1");
console.log("final interior:", formatProfile(interior));
console.log("energy drift:", (output.energy[output.energy.length - 1] - output.energy[0]).toFixed(2));
console.log("initial rod untouched:", rod.tolist());

const steps = relaxToTolerance(rod, DEFAULT_CONFIG, 0.5);
console.log(steps > 0 ? `within 0.5 degrees after ${steps} steps` : "did not settle");

const reference = steadyState(11, 100, 20);
console.log("deviation from steady state:", maxDeviation(output.final, reference).toFixed(2));

const hotSpot = array([20, 20, 20, 200, 20, 20, 20]);
const hotOutput = simulate(hotSpot, { ...DEFAULT_CONFIG, leftTemp: 20, rightTemp: 20, steps: 10, probeIndices: [1, 3, 5] });
console.log("hot spot after 10 steps:", formatProfile(hotOutput.final));
