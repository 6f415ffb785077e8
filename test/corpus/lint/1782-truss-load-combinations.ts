// Builds factored load vectors of a three-node roof truss for several load combinations and prints the governing vertical load.
// runnable
import { array, NDArray } from "ndalias";

interface Combination {
  name: string;
  permanent: number;
  leading: number;
  accompanying: number;
}

// nodal loads (Fx, Fy) for nodes 1..3, in N
const dead = array([0, -12e3, 0, -14e3, 0, -8e3]);
const snow = array([0, -6e3, 0, -7e3, 0, -4e3]);
const wind = array([3.2e3, 1.1e3, 3.2e3, 1.4e3, 1.6e3, 0.8e3]);

const horizontalDofs = [0, 2, 4];
const verticalDofs = [1, 3, 5];

function combine(permanent: NDArray, leading: NDArray, accompanying: NDArray, c: Combination): NDArray {
  const total = permanent.mul(c.permanent);
  total.iadd(leading.mul(c.leading));
  total.iadd(accompanying.mul(c.accompanying));
  return total;
}

function verticalResultant(load: NDArray): number {
  return load.take(verticalDofs).sum();
}

function horizontalResultant(load: NDArray): number {
  return load.take(horizontalDofs).sum();
}

function formatKN(load: NDArray): string {
  const parts: string[] = [];
  for (let i = 0; i < load.size; i += 2) {
    parts.push(`(${(load.get(i) / 1000).toFixed(1)}, ${(load.get(i + 1) / 1000).toFixed(1)})`);
  }
  return parts.join(" ");
}

const combinations: Combination[] = [
  { name: "ULS snow leading", permanent: 1.35, leading: 1.5, accompanying: 0.9 },
  { name: "ULS wind leading", permanent: 1.35, leading: 1.5, accompanying: 0.75 },
  { name: "SLS characteristic", permanent: 1.0, leading: 1.0, accompanying: 0.6 },
];

const results: Array<{ name: string; load: NDArray }> = [];
results.push({ name: combinations[0].name, load: combine(dead, snow, wind, combinations[0]) });
results.push({ name: combinations[1].name, load: combine(dead, wind, snow, combinations[1]) });

// frequent value of snow for the quasi-permanent check (psi2 = 0.2)
const snowFrequent = snow;
snowFrequent.imul(0.2); // expect: no-alias-mutation
const quasiPermanent = dead.add(snowFrequent);
console.log("quasi-permanent vertical (kN):", (verticalResultant(quasiPermanent) / 1000).toFixed(2));

results.push({ name: combinations[2].name, load: combine(dead, snow, wind, combinations[2]) });

// uplift check: only vertical components of the wind combination matter
const uplift = dead.mul(1.0).add(wind.mul(1.5));
uplift.take(horizontalDofs).imul(0); // expect: no-lost-write
console.log("uplift check resultant (kN):", (verticalResultant(uplift) / 1000).toFixed(2));

// design copy of the governing combination, rounded up to whole kN per node
let governing = results[0];
for (const r of results) {
  if (Math.abs(verticalResultant(r.load)) > Math.abs(verticalResultant(governing.load))) {
    governing = r;
  }
}
const design = governing.load.copy();
for (let i = 0; i < design.size; i++) {
  const v = design.get(i);
  design.set(i, Math.sign(v) * Math.ceil(Math.abs(v) / 1000) * 1000);
}

for (const r of results) {
  console.log(
    `${r.name}: vertical ${(verticalResultant(r.load) / 1000).toFixed(2)} kN,`,
    `horizontal ${(horizontalResultant(r.load) / 1000).toFixed(2)} kN`,
  );
}
console.log("governing:", governing.name);
console.log("design nodal loads (N):", design.tolist());
console.log("design nodal loads (kN):", formatKN(design));
console.log("characteristic snow (N):", snow.tolist());
