// Explicit 1-D heat diffusion on two preallocated ping-pong buffers that are swapped every step, keeping periodic snapshots per boundary setting.
import { zeros, NDArray } from "ndalias";

const N = 12;
const ALPHA = 0.25;

interface Boundary {
  left: number;
  right: number;
}

const boundaries = new Map<string, Boundary>([
  ["cold", { left: 0, right: 0 }],
  ["hot-left", { left: 1, right: 0 }],
  ["warm", { left: 0.5, right: 0.5 }],
]);

function initialProfile(n: number): NDArray {
  const u = zeros(n);
  const mid = (n - 1) / 2;
  for (let i = 0; i < n; i++) {
    u.set(i, Math.max(0, 1 - Math.abs(i - mid) / mid));
  }
  return u;
}

function simulate(name: string, steps: number, every: number): NDArray[] {
  const bc = boundaries.get(name);
  if (bc === undefined) {
    throw new Error(`unknown boundary setting "${name}", expected one of ${[...boundaries.keys()].join(", ")}`);
  }
  let cur = initialProfile(N);
  let next = zeros(N);
  const snapshots: NDArray[] = [];
  for (let step = 0; step < steps; step++) {
    const lap = cur.slice(":-2").add(cur.slice("2:")).sub(cur.slice("1:-1").mul(2));
    next.assign("1:-1", cur.slice("1:-1").add(lap.mul(ALPHA)));
    next.set(0, bc.left);
    next.set(N - 1, bc.right);
    [cur, next] = [next, cur];
    if ((step + 1) % every === 0) {
      snapshots.push(cur.copy());
    }
  }
  return snapshots;
}

function residual(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  d.imul(d);
  return Math.sqrt(d.sum());
}

function relax(u: NDArray, bc: Boundary, sweeps: number): void {
  const scratch = zeros(u.size);
  for (let s = 0; s < sweeps; s++) {
    scratch.assign("1:-1", u.slice(":-2").add(u.slice("2:")).mul(0.5));
    scratch.set(0, bc.left);
    scratch.set(u.size - 1, bc.right);
    u.assign(":", scratch);
  }
}

const results = new Map<string, NDArray[]>();
for (const name of boundaries.keys()) {
  results.set(name, simulate(name, 40, 10));
}

for (const [name, snaps] of results) {
  console.log(`boundary ${name}: ${snaps.length} snapshots`);
  for (let k = 1; k < snaps.length; k++) {
    console.log(`  change between snapshot ${k - 1} and ${k}:`, residual(snaps[k], snaps[k - 1]).toFixed(4));
  }
  const last = snaps[snaps.length - 1];
  console.log("  final profile:", (last.tolist() as number[]).map((v) => v.toFixed(3)).join(" "));
}

const steady = initialProfile(N);
const warm = boundaries.get("warm");
if (warm !== undefined) {
  relax(steady, warm, 200);
  console.log("steady state (warm):", steady.mean().toFixed(3), steady.max().toFixed(3));
}

let best = "";
let bestEnergy = Infinity;
for (const [name, snaps] of results) {
  const energy = snaps[snaps.length - 1].sum();
  if (energy < bestEnergy) {
    bestEnergy = energy;
    best = name;
  }
}
console.log("coolest run:", best, bestEnergy.toFixed(3));
