// 2-D explicit heat equation on a plate: double-buffered grids swapped by destructuring, a five-point stencil from shifted views of the current grid written into the back buffer, edge conditions set by void helpers, checkpoints taken as copies, and what-if edits to edge rows while an interior view is reported.
import { zeros, NDArray } from "ndalias";

const NX = 8;
const NY = 8;

/** Hot top edge, cold bottom edge, insulated left and right edges. */
function applyBoundaries(g: NDArray, hot: number): void {
  g.slice(0).fill(hot);
  g.slice(-1).fill(0);
  g.slice("1:-1", 0).assign(":", g.slice("1:-1", 1));
  g.slice("1:-1", -1).assign(":", g.slice("1:-1", -2));
}

function stepInto(dst: NDArray, src: NDArray, r: number): void {
  const centre = src.slice("1:-1", "1:-1");
  const north = src.slice(":-2", "1:-1");
  const south = src.slice("2:", "1:-1");
  const west = src.slice("1:-1", ":-2");
  const east = src.slice("1:-1", "2:");
  const lap = north.add(south).add(west).add(east).sub(centre.mul(4));
  dst.slice("1:-1", "1:-1").assign(":", centre.add(lap.mul(r)));
}

function simulate(steps: number, r: number): { plate: NDArray; checkpoints: NDArray[] } {
  let cur = zeros([NY, NX]);
  let nxt = zeros([NY, NX]);
  applyBoundaries(cur, 100);
  const checkpoints: NDArray[] = [];
  for (let t = 1; t <= steps; t++) {
    stepInto(nxt, cur, r);
    applyBoundaries(nxt, 100);
    [cur, nxt] = [nxt, cur];
    if (t % 25 === 0) checkpoints.push(cur.copy());
  }
  return { plate: cur, checkpoints };
}

const { plate, checkpoints } = simulate(100, 0.2);
const change = checkpoints[checkpoints.length - 1].sub(checkpoints[0]);
change.imul(change);
console.log("squared change between first and last checkpoint:", change.sum().toFixed(4));

const interior = plate.slice("1:-1", "1:-1");
const coreBefore = interior.mean();
plate.slice(0).fill(50);
plate.slice(-1).fill(10);
console.log("edge edits leave the interior alone:", interior.mean() === coreBefore, "core mean:", coreBefore.toFixed(3));

const centreline = plate.slice(":", NX / 2);
console.log("centreline profile:", centreline.tolist());

let probe = plate.slice(2);
console.log("row 2 before the cooling test:", probe.tolist());
probe = probe.copy();
probe.imul(0.5);
console.log("cooled copy of row 2:", probe.tolist(), "plate row 2 mean:", plate.slice(2).mean().toFixed(3));

const fresh = simulate(50, 0.1).plate;
applyBoundaries(fresh, 20);
console.log("re-run with a cooler top edge:", fresh.slice(1).tolist());
