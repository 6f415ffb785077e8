// Simulates 1-D heat diffusion along a rod with two swapped buffers and prints the temperature profile every few steps.
import { array, zeros, NDArray } from "ndalias";

const CELLS = 10;
const ALPHA = 0.25; // diffusion number, must stay below 0.5 for stability
const STEPS = 12;

// initial condition: a hot spot in the middle of the rod
const initial = zeros(CELLS);
initial.set(4, 100);
initial.set(5, 100);

// one explicit step: reads `src`, writes into `dst` (both given by the caller on purpose)
function diffuseStep(src: NDArray, dst: NDArray): void {
  for (let i = 1; i < CELLS - 1; i++) {
    const lap = src.get(i - 1) - 2 * src.get(i) + src.get(i + 1);
    dst.set(i, src.get(i) + ALPHA * lap);
  }
  // ends of the rod are held at zero degrees
  dst.set(0, 0);
  dst.set(CELLS - 1, 0);
}

function profile(x: NDArray): string {
  return (x.tolist() as number[]).map((v) => v.toFixed(1).padStart(5)).join(" ");
}

// current and next buffers; current starts as the initial condition
let current: NDArray = initial;
let next: NDArray = zeros(CELLS);

// take our own copy so the initial condition stays available for the report
current = current.copy();

for (let step = 1; step <= STEPS; step++) {
  diffuseStep(current, next);
  // swap the buffers: the new state becomes current
  [current, next] = [next, current];
  if (step % 4 === 0) {
    console.log(`step ${step}:`, profile(current));
  }
}

// energy check: total heat goes down because the ends are cold
const startHeat = initial.sum();
const endHeat = current.sum();
console.log("heat at start:", startHeat, "heat at end:", endHeat.toFixed(2));

// normalised profile for the plot, rebinding gives a new array
let plotData: NDArray = current;
plotData = plotData.div(plotData.max());
plotData.imul(100);
console.log("normalised profile (%):", profile(plotData));

// reset the scratch buffer for a second run with a different start
let scratch: NDArray = next;
scratch = zeros(CELLS);
scratch.set(0, 50);
scratch.set(CELLS - 1, 50);
console.log("second run start:", profile(scratch));
console.log("first run end:", profile(current));

// the temperatures in kelvin, computed from a copy of the final state
let kelvin = current;
kelvin = kelvin.add(273.15);
kelvin.isub(0.15);
console.log("kelvin (rounded offset):", profile(kelvin));
console.log("initial condition:", profile(initial));
