// Stitches two neighbouring DEM tiles along their shared column: harmonises the east tile's vertical datum, blends the seam and checks the seam error.
import { array, zeros, NDArray } from "ndalias";

function seamError(leftEdge: NDArray, rightEdge: NDArray): number {
  const d = leftEdge.sub(rightEdge);
  return Math.sqrt(d.mul(d).mean());
}

function blendedSeam(west: NDArray, east: NDArray): NDArray {
  const seam = west.slice(":", -1).copy();
  seam.iadd(east.slice(":", 0));
  seam.idiv(2);
  return seam;
}

function blendSeamInPlace(west: NDArray, east: NDArray): number {
  const westEdge = west.slice(":", -1);
  const eastEdge = east.slice(":", 0);
  const before = seamError(westEdge, eastEdge);
  const avg = westEdge.add(eastEdge).div(2);
  westEdge.assign(":", avg); // expect: no-view-mutation
  return before;
}

function stitch(west: NDArray, east: NDArray, seam: NDArray): NDArray {
  const h = west.shape[0];
  const ww = west.shape[1];
  const we = east.shape[1];
  const out = zeros([h, ww + we - 1]);
  out.slice(":", `0:${ww}`).assign(":", west);
  out.slice(":", `${ww - 1}:`).assign(":", east);
  out.slice(":", ww - 1).assign(":", seam);
  return out;
}

const westTile = array([
  [101, 102, 104, 107],
  [100, 101, 103, 106],
  [99, 100, 102, 105],
  [98, 99, 101, 104],
]);
const eastTile = array([
  [105.5, 108, 112, 117],
  [104.5, 107, 111, 116],
  [103.5, 106, 110, 115],
  [102.5, 105, 109, 114],
]);

const westBorder = westTile.slice(":", -1);
const eastBorder = eastTile.slice(":", 0);
console.log("seam RMSE before:", seamError(westBorder, eastBorder).toFixed(3));

// Harmonise the east tile to the west tile's vertical datum.
const datumShift = westBorder.mean() - eastBorder.mean();
eastTile.iadd(datumShift); // expect: no-view-mutation
console.log("seam RMSE after datum shift:", seamError(westBorder, eastBorder).toFixed(3));

// Build the stitched mosaic from a blended seam computed in a private copy.
const seam = blendedSeam(westTile, eastTile);
const mosaic = stitch(westTile, eastTile, seam);
console.log("stitched mosaic:", mosaic.tolist());

// A second pair goes through the in-place blend helper.
const northTile = array([
  [90, 91, 93],
  [89, 90, 92],
]);
const southTile = array([
  [94, 96, 99],
  [93, 95, 98],
]);
const rmse = blendSeamInPlace(northTile, southTile);
console.log("north/south seam RMSE before blending:", rmse.toFixed(3));
const SEAM_TOLERANCE = 0.5;
if (rmse > SEAM_TOLERANCE) {
  console.log(`seam exceeded ${SEAM_TOLERANCE} m; blended north tile:`, northTile.tolist());
}

// Seam profile for the QA report, taken from the stitched result.
const profile = mosaic.slice(":", westTile.shape[1] - 1).copy();
profile.isub(profile.min());
console.log("seam profile above its minimum:", profile.tolist());
