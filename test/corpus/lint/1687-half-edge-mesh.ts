// Builds a half-edge mesh for a quad split into two triangles: face loops, twin pairing across the shared edge, and per-face normals.
import { array, NDArray } from "ndalias";

function cross(u: NDArray, v: NDArray): NDArray {
  const [ux, uy, uz] = [u.get(0) as number, u.get(1) as number, u.get(2) as number];
  const [vx, vy, vz] = [v.get(0) as number, v.get(1) as number, v.get(2) as number];
  return array([uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx]);
}

class Face {
  readonly normal: NDArray;
  readonly area: number;
  constructor(
    readonly id: number,
    a: NDArray,
    b: NDArray,
    c: NDArray,
  ) {
    this.normal = cross(b.sub(a), c.sub(a));
    const length = Math.sqrt(this.normal.mul(this.normal).sum());
    this.area = length / 2;
    this.normal.idiv(length);
  }
}

class HalfEdge {
  twin: HalfEdge | null = null;
  next: HalfEdge | null = null;
  constructor(
    readonly from: number,
    readonly to: number,
    readonly face: Face,
    readonly direction: NDArray,
  ) {}
}

class Mesh {
  readonly faces: Face[] = [];
  readonly edges: HalfEdge[] = [];
  constructor(readonly vertices: NDArray) {}

  edgeVector(from: number, to: number): NDArray {
    return this.vertices.slice(to).sub(this.vertices.slice(from));
  }
}

function makeTriangle(mesh: Mesh, a: number, b: number, c: number): HalfEdge {
  const v = mesh.vertices;
  const face = new Face(mesh.faces.length, v.slice(a), v.slice(b), v.slice(c));
  mesh.faces.push(face);
  const e0 = new HalfEdge(a, b, face, mesh.edgeVector(a, b));
  const e1 = new HalfEdge(b, c, face, mesh.edgeVector(b, c));
  const e2 = new HalfEdge(c, a, face, mesh.edgeVector(c, a));
  e0.next = e1;
  e1.next = e2;
  e2.next = e0; // expect: no-reference-cycle
  mesh.edges.push(e0, e1, e2);
  return e0;
}

function pairTwins(mesh: Mesh): number {
  let paired = 0;
  for (const a of mesh.edges) {
    if (a.twin !== null) continue;
    for (const b of mesh.edges) {
      if (b === a || b.twin !== null) continue;
      if (a.from === b.to && a.to === b.from) {
        a.twin = b;
        b.twin = a; // expect: no-reference-cycle
        paired++;
        break;
      }
    }
  }
  return paired;
}

function boundaryLength(mesh: Mesh): number {
  let total = 0;
  for (const e of mesh.edges) {
    if (e.twin === null) total += Math.sqrt(e.direction.mul(e.direction).sum());
  }
  return total;
}

function loopSize(start: HalfEdge): number {
  let n = 0;
  let e: HalfEdge | null = start;
  do {
    n++;
    e = e.next;
  } while (e !== null && e !== start && n < 100);
  return n;
}

function dihedral(edge: HalfEdge): number {
  if (edge.twin === null) return 0;
  const cos = edge.face.normal.mul(edge.twin.face.normal).sum();
  return Math.acos(Math.max(-1, Math.min(1, cos)));
}

const vertices = array([
  [0, 0, 0],
  [1, 0, 0],
  [1, 1, 0.5],
  [0, 1, 0],
]);
const mesh = new Mesh(vertices);
const first = makeTriangle(mesh, 0, 1, 2);
makeTriangle(mesh, 0, 2, 3);

console.log("faces:", mesh.faces.length, "half-edges:", mesh.edges.length, "loop size:", loopSize(first));
console.log("twin pairs:", pairTwins(mesh));
console.log("boundary length:", boundaryLength(mesh).toFixed(4));
for (const face of mesh.faces) {
  console.log(`face ${face.id}: area ${face.area.toFixed(4)} normal`, face.normal.tolist());
}
const shared = mesh.edges.find((e) => e.twin !== null);
if (shared !== undefined) {
  console.log(`fold across ${shared.from}-${shared.to}: ${((dihedral(shared) * 180) / Math.PI).toFixed(2)} degrees`);
}
