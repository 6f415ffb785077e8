// Solves a tapered bar under a tip load, links the solution to its mesh for post-processing and builds a stress report.
import { array, linspace, zeros, NDArray } from "ndalias";

class Mesh {
  nodes: NDArray;
  area: NDArray;
  solution: Solution | null = null;
  constructor(nodes: NDArray, area: NDArray) {
    this.nodes = nodes;
    this.area = area;
  }
  get elementCount(): number {
    return this.area.size;
  }
  elementLength(e: number): number {
    return this.nodes.get(e + 1) - this.nodes.get(e);
  }
}

class Solution {
  displacement: NDArray;
  strain: NDArray;
  mesh: Mesh | null = null;
  constructor(displacement: NDArray, strain: NDArray) {
    this.displacement = displacement;
    this.strain = strain;
  }
}

interface StressReport {
  mesh: Mesh;
  stress: NDArray;
  peakStress: number;
  criticalElement: number;
}

function taperedMesh(length: number, elements: number, rootArea: number, tipArea: number): Mesh {
  const nodes = linspace(0, length, elements + 1);
  const area = zeros(elements);
  for (let e = 0; e < elements; e++) {
    const xm = 0.5 * (nodes.get(e) + nodes.get(e + 1));
    area.set(e, rootArea + ((tipArea - rootArea) * xm) / length);
  }
  return new Mesh(nodes, area);
}

function solveTipLoad(mesh: Mesh, modulus: number, tipLoad: number): Solution {
  const n = mesh.elementCount;
  const u = zeros(n + 1);
  const strain = zeros(n);
  // statically determinate: every element carries the full tip load
  for (let e = 0; e < n; e++) {
    const eps = tipLoad / (modulus * mesh.area.get(e));
    strain.set(e, eps);
    u.set(e + 1, u.get(e) + eps * mesh.elementLength(e));
  }
  const solution = new Solution(u, strain);
  solution.mesh = mesh;
  mesh.solution = solution; // expect: no-reference-cycle
  return solution;
}

function stressReport(mesh: Mesh, solution: Solution, modulus: number): StressReport {
  const stress = solution.strain.mul(modulus);
  let critical = 0;
  for (let e = 1; e < stress.size; e++) {
    if (Math.abs(stress.get(e)) > Math.abs(stress.get(critical))) critical = e;
  }
  return { mesh, stress, peakStress: stress.get(critical), criticalElement: critical };
}

function axialForceCheck(report: StressReport, tipLoad: number): number {
  // N = sigma * A must equal the tip load in every element
  const forces = report.stress.mul(report.mesh.area);
  return forces.sub(array(new Array(forces.size).fill(tipLoad))).max();
}

const modulus = 70e9;
const tipLoad = 25e3;
const mesh = taperedMesh(2.0, 8, 1.2e-3, 0.6e-3);
const solution = solveTipLoad(mesh, modulus, tipLoad);
const report = stressReport(mesh, solution, modulus);

console.log("nodes (m):", mesh.nodes.tolist());
console.log("tip displacement (mm):", (solution.displacement.get(mesh.elementCount) * 1000).toFixed(4));
console.log("stress (MPa):", report.stress.div(1e6).tolist());
console.log(
  `peak stress ${(report.peakStress / 1e6).toFixed(1)} MPa in element ${report.criticalElement},`,
  `equilibrium error ${axialForceCheck(report, tipLoad).toExponential(2)} N`,
);
console.log("solution attached to mesh:", mesh.solution !== null);
