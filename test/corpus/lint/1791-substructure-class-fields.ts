// A pile substructure object that assembles its own stiffness and loads, scales the loads per load case and solves for the pile-head displacement.
import { array, zeros, NDArray } from "ndalias";

class PileSubstructure {
  K: NDArray;
  f: NDArray;
  u: NDArray;
  next: PileSubstructure | null = null;

  constructor(readonly name: string, readonly nodes: number) {
    this.K = zeros([nodes, nodes]);
    this.f = zeros(nodes);
    this.u = zeros(nodes);
  }

  addSegment(first: number, ea: number, length: number): void {
    const k = ea / length;
    this.K.slice(`${first}:${first + 2}, ${first}:${first + 2}`).iadd(
      array([
        [k, -k],
        [-k, k],
      ]),
    );
  }

  addSoilSpring(node: number, k: number): void {
    this.K.set([node, node], this.K.get(node, node) + k);
  }

  addLoad(node: number, value: number): void {
    this.f.set(node, this.f.get(node) + value);
  }

  scaleLoads(factor: number): number {
    this.f.imul(factor);
    return this.f.sum();
  }

  // Thomas algorithm on copies of the tridiagonal system
  solveHead(): number {
    const n = this.nodes;
    const diag = this.K.diagonal().copy();
    const rhs = this.f.copy();
    for (let i = 1; i < n; i++) {
      const w = this.K.get(i, i - 1) / diag.get(i - 1);
      diag.set(i, diag.get(i) - w * this.K.get(i - 1, i));
      rhs.set(i, rhs.get(i) - w * rhs.get(i - 1));
    }
    this.u.set(n - 1, rhs.get(n - 1) / diag.get(n - 1));
    for (let i = n - 2; i >= 0; i--) {
      this.u.set(i, (rhs.get(i) - this.K.get(i, i + 1) * this.u.get(i + 1)) / diag.get(i));
    }
    return this.u.get(0);
  }

  headStiffness(): number {
    return this.f.get(0) / this.u.get(0);
  }
}

function buildPile(name: string, segments: number, ea: number, segmentLength: number, soil: number): PileSubstructure {
  const pile = new PileSubstructure(name, segments + 1);
  for (let s = 0; s < segments; s++) {
    pile.addSegment(s, ea, segmentLength);
    pile.addSoilSpring(s + 1, soil * segmentLength);
  }
  pile.addSoilSpring(segments, 5 * soil);
  return pile;
}

const front = buildPile("front row", 6, 3.0e9, 2.0, 4.0e7);
const rear = buildPile("rear row", 8, 3.0e9, 2.0, 2.5e7);
front.next = rear;

front.addLoad(0, 850e3);
rear.addLoad(0, 620e3);

const characteristic = [front.f.copy(), rear.f.copy()];
const cases: Array<[string, number]> = [
  ["characteristic", 1.0],
  ["design", 1.35],
];

for (const [label, factor] of cases) {
  for (let p: PileSubstructure | null = front; p !== null; p = p.next) {
    const total = p.scaleLoads(factor);
    const head = p.solveHead();
    console.log(`${label} / ${p.name}: load ${(total / 1e3).toFixed(0)} kN, head ${(head * 1000).toFixed(3)} mm`);
    console.log(`  head stiffness ${(p.headStiffness() / 1e6).toFixed(1)} MN/m`);
  }
  front.f.assign(":", characteristic[0]);
  rear.f.assign(":", characteristic[1]);
}

console.log("front displacements (mm):", front.u.mul(1000).tolist());
console.log("rear displacements (mm):", rear.u.mul(1000).tolist());
