// Paints a segmentation label volume slab by slab, masks a CT volume outside the body and reports per-label volumes and a crop.
import { arange, zeros, NDArray } from "ndalias";

const LABELS = { background: 0, liver: 1, kidney: 2, lesion: 3 } as const;
const LABEL_NAMES = ["background", "liver", "kidney", "lesion"];
const VOXEL_ML = 0.5 * 0.7 * 0.7;

function buildLabelVolume(depth: number, rows: number, cols: number): NDArray {
  const labels = zeros([depth, rows, cols], "uint8");
  for (let z = 0; z < depth; z++) {
    labels.slice(z, "1:5", "1:4").fill(LABELS.liver);
    labels.slice(z, "4:6", "4:6").fill(LABELS.kidney);
  }
  labels.slice(Math.floor(depth / 2), "2:3", "2:3").fill(LABELS.lesion);
  labels.slice(":", ":", -1).fill(LABELS.background);
  return labels;
}

function labelVolumesMl(labels: NDArray): number[] {
  const counts = zeros(LABEL_NAMES.length);
  const flat = labels.ravel();
  for (let i = 0; i < flat.size; i++) {
    const label = flat.get(i);
    counts.set(label, counts.get(label) + 1);
  }
  return counts.mul(VOXEL_ML).tolist() as number[];
}

function bodyMaskInto(labels: NDArray, ct: NDArray, outside: number): void {
  const flatLabels = labels.ravel();
  for (let i = 0; i < ct.size; i++) {
    if (flatLabels.get(i) === LABELS.background) {
      ct.data[i] = outside;
    }
  }
}

interface Box {
  z: [number, number];
  r: [number, number];
  c: [number, number];
}

function boundingBox(labels: NDArray, label: number): Box | null {
  let box: Box | null = null;
  for (let z = 0; z < labels.shape[0]; z++) {
    for (let r = 0; r < labels.shape[1]; r++) {
      for (let c = 0; c < labels.shape[2]; c++) {
        if (labels.get(z, r, c) !== label) continue;
        if (box === null) {
          box = { z: [z, z], r: [r, r], c: [c, c] };
        } else {
          box.z = [Math.min(box.z[0], z), Math.max(box.z[1], z)];
          box.r = [Math.min(box.r[0], r), Math.max(box.r[1], r)];
          box.c = [Math.min(box.c[0], c), Math.max(box.c[1], c)];
        }
      }
    }
  }
  return box;
}

function makeCt(depth: number, rows: number, cols: number): NDArray {
  const ct = arange(0, depth * rows * cols).astype("float64").reshape(depth, rows, cols);
  return ct.mul(3).sub(150);
}

const depth = 3;
const rows = 6;
const cols = 6;
const labels = buildLabelVolume(depth, rows, cols);
const ct = makeCt(depth, rows, cols);
const mid = Math.floor(depth / 2);

const midSlice = ct.slice(mid);
const midRow = ct.slice(mid, 2);
console.log("mid slice before masking: mean", midSlice.mean().toFixed(1), "max", midSlice.max());
console.log("row 2 of mid slice before masking:", midRow.tolist());

bodyMaskInto(labels, ct, -1000);
ct.slice(":", 0).fill(-1000);
console.log("masked CT mean:", ct.mean().toFixed(1));

const lesionWindow = ct.slice(mid, "1:4", "1:4");
console.log("lesion neighbourhood after masking:", lesionWindow.tolist());
console.log("mid slice diagonal:", ct.slice(mid).diagonal().tolist());

const volumes = labelVolumesMl(labels);
volumes.forEach((ml, label) => {
  console.log(`${LABEL_NAMES[label].padEnd(10)} ${ml.toFixed(2)} ml`);
});

const crop = ct.slice(":", "1:5", "1:4").copy();
crop.isub(crop.mean());
console.log("zero-mean liver crop, first slice:", crop.slice(0).tolist());

const sagittal = ct.transpose(2, 1, 0);
console.log("sagittal plane 3:", sagittal.slice(3).tolist());
const labelledVoxels = (labels.flatten().tolist() as number[]).filter((v) => v !== 0).length;
console.log("label volume total voxels:", labels.size, "labelled:", labelledVoxels);

const box = boundingBox(labels, LABELS.lesion);
console.log("lesion bounding box:", box);
