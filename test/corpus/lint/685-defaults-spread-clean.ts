// Merges command-line overrides with default optimiser settings into a per-run config, prepares warm-up buffers and prints them beside the defaults.
import { array, zeros, NDArray } from "ndalias";

interface OptimiserConfig {
  lr: number;
  betas: NDArray;
  warmup?: NDArray;
}

const DEFAULTS: Readonly<OptimiserConfig> = { lr: 1e-3, betas: array([0.9, 0.999]) };

function loadOverrides(argv: string[]): Partial<OptimiserConfig> {
  const o: Partial<OptimiserConfig> = {};
  if (argv.includes("--fast")) o.lr = 1e-2;
  if (argv.includes("--steps")) o.warmup = zeros(Number(argv[argv.indexOf("--steps") + 1]));
  return o;
}

const {
  betas = DEFAULTS.betas.copy(),
  warmup = zeros(4),
  lr = DEFAULTS.lr,
} = loadOverrides(process.argv.slice(2));

// this run keeps a slightly shorter gradient memory
betas.imul(0.99);
for (let i = 0; i < warmup.size; i++) {
  warmup.set(i, (i + 1) / warmup.size);
}

// the run config is assembled after the per-run buffers are final
const config: OptimiserConfig = { ...DEFAULTS, lr, betas, warmup };
console.log("run lr:", config.lr, "betas:", config.betas.tolist());
console.log("warm-up fractions:", config.warmup?.tolist() ?? []);
console.log("default betas:", DEFAULTS.betas.tolist());

// a learning-rate schedule derived from the warm-up fractions
let schedule: NDArray = warmup;
schedule = schedule.mul(lr);
schedule.iadd(lr * 0.1);
console.log("lr schedule:", schedule.tolist(), "fractions:", warmup.tolist());

// a frozen snapshot of the defaults is only read
const frozen = { ...DEFAULTS };
console.log("default beta mass:", frozen.betas.sum(), "default lr:", frozen.lr);
