// Recovers element stresses of a plane-stress patch for two materials, checks the 95th-percentile von Mises stress and the median element stress.
import { array, zeros, NDArray } from "ndalias";

interface Material {
  name: string;
  yieldStress: number;
  D: NDArray;
}

function planeStressD(E: number, nu: number): NDArray {
  const c = E / (1 - nu * nu);
  return array([
    [c, c * nu, 0],
    [c * nu, c, 0],
    [0, 0, (c * (1 - nu)) / 2],
  ]);
}

function elementStresses(D: NDArray, strains: NDArray): NDArray {
  const nElem = strains.shape[0];
  const stresses = zeros([nElem, 3]);
  for (let e = 0; e < nElem; e++) {
    for (let i = 0; i < 3; i++) {
      stresses.set([e, i], D.slice(i).mul(strains.slice(e)).sum());
    }
  }
  return stresses;
}

function vonMises(stresses: NDArray): NDArray {
  const nElem = stresses.shape[0];
  const vm = zeros(nElem);
  for (let e = 0; e < nElem; e++) {
    const sx = stresses.get(e, 0);
    const sy = stresses.get(e, 1);
    const txy = stresses.get(e, 2);
    vm.set(e, Math.sqrt(sx * sx - sx * sy + sy * sy + 3 * txy * txy));
  }
  return vm;
}

function median(values: NDArray): number {
  const ranked = values.copy();
  ranked.sort();
  const mid = Math.floor(ranked.size / 2);
  return ranked.size % 2 === 1 ? ranked.get(mid) : 0.5 * (ranked.get(mid - 1) + ranked.get(mid));
}

// engineering strains (eps_x, eps_y, gamma_xy) per element from the displacement solution
const strains = array([
  [4.2e-4, -1.1e-4, 2.0e-5],
  [5.1e-4, -1.6e-4, 6.5e-5],
  [3.3e-4, -0.8e-4, 1.2e-4],
  [6.0e-4, -2.0e-4, 3.1e-4],
  [2.4e-4, -0.5e-4, 0.9e-4],
  [4.8e-4, -1.4e-4, 1.8e-4],
  [5.6e-4, -1.9e-4, 2.6e-4],
  [3.9e-4, -1.0e-4, 0.4e-4],
]);

const steel: Material = { name: "S355", yieldStress: 355e6, D: planeStressD(210e9, 0.3) };
// aluminium has nearly the same Poisson ratio, so its matrix is the steel one scaled by the modulus ratio
const aluminium: Material = { name: "6061-T6", yieldStress: 240e6, D: steel.D };
aluminium.D.imul(69 / 210); // expect: no-alias-mutation

for (const material of [steel, aluminium]) {
  const stresses = elementStresses(material.D, strains);
  const vm = vonMises(stresses);

  // 95th percentile of the element von Mises stresses
  vm.flatten().sort(); // expect: no-lost-write
  const p95 = vm.get(Math.floor(0.95 * (vm.size - 1)));

  const utilisation = vm.div(material.yieldStress);
  console.log(`${material.name}:`);
  console.log("  von Mises (MPa):", vm.div(1e6).tolist());
  console.log(`  95th percentile ${(p95 / 1e6).toFixed(1)} MPa, median ${(median(vm) / 1e6).toFixed(1)} MPa`);
  console.log(`  max utilisation ${utilisation.max().toFixed(3)}`);
}

const shearModulus = steel.D.get(2, 2);
console.log("steel shear modulus (GPa):", (shearModulus / 1e9).toFixed(2));
