// Post-processes a portal-frame solution: builds a results object, a deformed shape for plotting and the member strains from the mesh geometry.
import { array, zeros, NDArray } from "ndalias";

interface FrameMesh {
  coords: NDArray; // nNodes x 2
  members: Array<[number, number]>;
}

interface FrameResults {
  mesh: FrameMesh;
  displacement: NDArray; // nNodes x 2
  reactions: NDArray;
}

function memberLengths(mesh: FrameMesh): NDArray {
  const lengths = zeros(mesh.members.length);
  mesh.members.forEach(([a, b], m) => {
    const dx = mesh.coords.get(b, 0) - mesh.coords.get(a, 0);
    const dy = mesh.coords.get(b, 1) - mesh.coords.get(a, 1);
    lengths.set(m, Math.hypot(dx, dy));
  });
  return lengths;
}

// magnified deformed geometry for the plot window
function deformedShape(mesh: FrameMesh, u: NDArray, scale: number): NDArray {
  const shape = mesh.coords;
  shape.iadd(u.mul(scale)); // expect: no-alias-mutation
  return shape;
}

// true deformed geometry, used for the strain recovery
function deformedCopy(mesh: FrameMesh, u: NDArray): NDArray {
  const shape = mesh.coords.copy();
  shape.iadd(u);
  return shape;
}

function memberStrains(mesh: FrameMesh, current: NDArray): NDArray {
  const L0 = memberLengths(mesh);
  const strains = zeros(mesh.members.length);
  mesh.members.forEach(([a, b], m) => {
    const dx = current.get(b, 0) - current.get(a, 0);
    const dy = current.get(b, 1) - current.get(a, 1);
    strains.set(m, (Math.hypot(dx, dy) - L0.get(m)) / L0.get(m));
  });
  return strains;
}

const mesh: FrameMesh = {
  coords: array([
    [0.0, 0.0],
    [0.0, 4.0],
    [6.0, 4.0],
    [6.0, 0.0],
  ]),
  members: [
    [0, 1],
    [1, 2],
    [2, 3],
  ],
};

// nodal displacements from the frame solver (m)
const u = array([
  [0.0, 0.0],
  [0.0124, -0.0003],
  [0.0119, -0.0009],
  [0.0, 0.0],
]);
const reactions = array([-18.5e3, 42.0e3, -21.5e3, 58.0e3]);

const results: FrameResults = { mesh, displacement: u, reactions };
console.log("base shear (kN):", (results.reactions.get(0) + results.reactions.get(2)) / 1000);

// report drifts in millimetres
results.displacement.imul(1000); // expect: no-alias-mutation
console.log("drift at the eaves (mm):", results.displacement.get(1, 0).toFixed(1));

const plotShape = deformedShape(mesh, u, 50);
console.log("plot coordinates:", plotShape.tolist());

const current = deformedCopy(mesh, u);
const strains = memberStrains(mesh, current);
console.log("member lengths (m):", memberLengths(mesh).tolist());
console.log("member strains:", strains.tolist());
console.log("undeformed coordinates:", results.mesh.coords.tolist());
