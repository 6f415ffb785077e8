// Resolves smoothing options against module defaults, damps the kernel for the warm-up passes, and prints the series and the default kernel mass.
// runnable
import { array, NDArray } from "ndalias";

interface SmoothingOptions {
  kernel?: NDArray;
  passes?: number;
  label?: string;
}

const DEFAULT_KERNEL = array([0.25, 0.5, 0.25]);

function parseOptions(argv: string[]): SmoothingOptions {
  const opts: SmoothingOptions = {};
  const passesArg = argv.find((a) => a.startsWith("--passes="));
  if (passesArg) opts.passes = Number(passesArg.slice("--passes=".length));
  if (argv.includes("--sharp")) opts.kernel = array([0.1, 0.8, 0.1]);
  if (argv.includes("--label")) opts.label = argv[argv.indexOf("--label") + 1];
  return opts;
}

function smooth(series: NDArray, kernel: NDArray): NDArray {
  const out = series.copy();
  for (let i = 1; i < series.size - 1; i++) {
    const v =
      kernel.get(0) * series.get(i - 1) +
      kernel.get(1) * series.get(i) +
      kernel.get(2) * series.get(i + 1);
    out.set(i, v);
  }
  return out;
}

function kernelMass(k: NDArray): number {
  return k.sum();
}

// an edge-detecting variant derived from the defaults for the report
const edge = DEFAULT_KERNEL.copy();
edge.set(1, -0.5);
console.log("edge kernel:", edge.tolist());

const options = parseOptions(process.argv.slice(2));
const { kernel = DEFAULT_KERNEL, passes = 2, label = "default" } = options;

// warm-up passes use a damped kernel so the start-up transient does not ring
kernel.imul(0.5); // expect: no-alias-mutation

let series = array([3, 5, 4, 8, 6, 7, 5]);
for (let p = 0; p < passes; p++) {
  series = smooth(series, kernel);
}

console.log(`[${label}] smoothed:`, series.tolist());
console.log("default kernel mass:", kernelMass(DEFAULT_KERNEL));
