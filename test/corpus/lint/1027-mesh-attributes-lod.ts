// Mesh processing: meshes own vertex arrays, normal attributes register with their mesh, and LOD levels chain to coarser versions.
import { array, zeros, NDArray } from "ndalias";

class Mesh {
  vertices: NDArray;
  normals: NormalAttribute | null = null;

  constructor(readonly name: string, vertices: number[][]) {
    this.vertices = array(vertices);
  }

  centroid(): NDArray {
    const c = zeros(3);
    for (let j = 0; j < 3; j++) c.set(j, this.vertices.slice(":", j).mean());
    return c;
  }

  recenter(): number {
    let shift = 0;
    for (let j = 0; j < 3; j++) {
      const c = this.vertices.slice(":", j).mean();
      this.vertices.slice(":", j).isub(c);
      shift += c * c;
    }
    return Math.sqrt(shift);
  }

  scale(k: number): void {
    this.vertices.imul(k);
  }
}

class NormalAttribute {
  readonly data: NDArray;
  readonly mesh: Mesh;

  constructor(mesh: Mesh) {
    this.mesh = mesh;
    this.data = zeros(mesh.vertices.shape);
    mesh.normals = this; // expect: no-reference-cycle
  }

  length(i: number): number {
    const n = this.data.slice(i);
    return Math.sqrt(n.mul(n).sum());
  }
}

class LodLevel {
  readonly thresholds: NDArray;
  readonly mesh: Mesh;
  coarser: LodLevel;

  constructor(mesh: Mesh, maxDistance: number, coarser?: LodLevel) {
    this.mesh = mesh;
    this.thresholds = array([0, maxDistance]);
    if (coarser === undefined) {
      this.coarser = this; // expect: no-reference-cycle
    } else {
      this.coarser = coarser;
    }
  }

  select(distance: number): LodLevel {
    let level: LodLevel = this;
    while (distance > level.thresholds.get(1) && level.coarser !== level) level = level.coarser;
    return level;
  }
}

function computeRadialNormals(mesh: Mesh): void {
  if (mesh.normals === null) return;
  const center = mesh.centroid();
  for (let i = 0; i < mesh.vertices.shape[0]; i++) {
    const dir = mesh.vertices.slice(i).sub(center);
    const len = Math.sqrt(dir.mul(dir).sum()) || 1;
    mesh.normals.data.slice(i).assign(":", dir.div(len));
  }
}

function decimate(mesh: Mesh, keepEvery: number): Mesh {
  const kept = mesh.vertices.slice(`::${keepEvery}`).tolist() as number[][];
  return new Mesh(`${mesh.name}-lod`, kept);
}

const tetra = new Mesh("tetra", [
  [1, 1, 1],
  [-1, -1, 1],
  [-1, 1, -1],
  [1, -1, -1],
  [3, 3, 3],
  [0, 0, 2],
]);
const shift = tetra.recenter();
tetra.scale(0.5);
new NormalAttribute(tetra);
computeRadialNormals(tetra);

const far = new LodLevel(decimate(tetra, 3), Infinity);
const mid = new LodLevel(decimate(tetra, 2), 20, far);
const near = new LodLevel(tetra, 5, mid);

console.log("recentred by", shift.toFixed(3), "centroid now", tetra.centroid().tolist());
console.log("normal lengths:", [0, 1, 2].map((i) => tetra.normals!.length(i).toFixed(3)));
for (const d of [1, 10, 50]) {
  const chosen = near.select(d);
  console.log(`distance ${d}: ${chosen.mesh.name} with ${chosen.mesh.vertices.shape[0]} vertices`);
}
