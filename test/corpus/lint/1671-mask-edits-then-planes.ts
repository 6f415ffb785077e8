// Edits a brain-mask volume with chained slice writes (the NumPy a[...] = v idiom), then takes orthogonal planes and read-only diagonals for the report.
import { zeros, ones, NDArray } from "ndalias";

const DEPTH = 5;
const ROWS = 8;
const COLS = 8;

function makeProbabilityMap(): NDArray {
  const prob = zeros([DEPTH, ROWS, COLS]);
  for (let z = 0; z < DEPTH; z++) {
    for (let y = 0; y < ROWS; y++) {
      for (let x = 0; x < COLS; x++) {
        const r = Math.hypot((z - 2) * 1.5, y - 3.5, x - 3.5);
        prob.set([z, y, x], Math.max(0, 1 - r / 5));
      }
    }
  }
  return prob;
}

/** Clears the outer shell of a volume in place (skull-strip safety margin). */
function clearShell(vol: NDArray): void {
  vol.slice(0).fill(0);
  vol.slice(-1).fill(0);
  vol.slice(":", 0).fill(0);
  vol.slice(":", -1).fill(0);
  vol.slice(":", ":", 0).fill(0);
  vol.slice(":", ":", -1).fill(0);
}

/** A binary copy of a probability map, with a cleared shell. */
function binarise(prob: NDArray, threshold: number): NDArray {
  const mask = zeros(prob.shape);
  const flat = prob.flatten();
  for (let i = 0; i < flat.size; i++) {
    if (flat.get(i) >= threshold) mask.data[i] = 1;
  }
  clearShell(mask);
  mask.slice(":", "3:5", "3:5").fill(1);
  return mask;
}

function voxelCount(mask: NDArray): number {
  return mask.sum();
}

const prob = makeProbabilityMap();
const brain = binarise(prob, 0.3);
console.log("brain voxels:", voxelCount(brain));

// Manual edits on the mask, each written through an unnamed view.
brain.slice("1:4", "0:2").fill(0);
brain.slice(2, "2:6", "2:6").fill(1);
brain.T.slice(0).fill(0);
brain.slice(-1, ":", "::2").fill(0);

// A weighting map: ventricles down-weighted, written in place through chained views.
const weights = ones([DEPTH, ROWS, COLS]);
weights.slice("1:4", "3:5", "3:5").imul(0.25);
weights.slice(2).imul(2);

// Planes are taken after all edits and see the edited values.
const axial = brain.slice(2);
const coronal = brain.slice(":", 4);
const sagittal = brain.slice(":", ":", 4);
console.log("axial plane:", axial.tolist());
console.log("coronal voxels:", coronal.sum(), "sagittal voxels:", sagittal.sum());

// Read-only views for quick checks: the in-plane diagonal and a broadcast weight row.
const diag = axial.diagonal();
console.log("axial diagonal:", diag.tolist());
const rowWeights = weights.slice(2, 4).broadcastTo([3, COLS]);
console.log("broadcast weight rows sum:", rowWeights.sum());

// Left-right asymmetry of the edited mask.
const left = brain.slice(":", ":", ":4");
const right = brain.slice(":", ":", "4:").flip(2);
const asymmetry = left.sub(right);
console.log("asymmetry (voxels):", asymmetry.sum(), "abs:", asymmetry.mul(asymmetry).sum());

const weighted = brain.mul(weights);
console.log("weighted brain volume:", weighted.sum(), "of", voxelCount(brain), "voxels");
console.log("probability mass inside mask:", prob.mul(brain).sum().toFixed(2));
