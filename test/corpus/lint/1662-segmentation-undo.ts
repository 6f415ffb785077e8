// A segmentation editor for a label map with an undo stack of snapshots: brush strokes, threshold fills, undo and a binary export for one label.
import { zeros, NDArray } from "ndalias";

interface Snapshot {
  label: string;
  labels: NDArray;
}

class UndoStack {
  private readonly entries: Snapshot[] = [];
  constructor(private readonly limit: number) {}

  push(label: string, labels: NDArray): void {
    this.entries.push({ label, labels: labels.copy() });
    if (this.entries.length > this.limit) this.entries.shift();
  }

  pop(): Snapshot | undefined {
    return this.entries.pop();
  }

  get depth(): number {
    return this.entries.length;
  }
}

class SegmentationEditor {
  labels: NDArray;
  readonly undo = new UndoStack(8);

  constructor(readonly image: NDArray) {
    this.labels = zeros(image.shape, "uint8");
  }

  brush(z: number, y: number, x: number, radius: number, value: number): void {
    this.undo.push(`brush ${value}`, this.labels);
    const [, rows, cols] = this.labels.shape;
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        const yy = y + dy;
        const xx = x + dx;
        if (yy < 0 || xx < 0 || yy >= rows || xx >= cols) continue;
        if (dy * dy + dx * dx <= radius * radius) this.labels.set([z, yy, xx], value);
      }
    }
  }

  /** Labels every voxel of the image inside [lo, hi]; returns how many voxels were labelled. */
  thresholdFill(lo: number, hi: number, value: number): number {
    this.undo.push(`threshold ${lo}..${hi}`, this.labels);
    const intensities = this.image.flatten();
    const flat = this.labels.reshape(-1);
    let changed = 0;
    for (let i = 0; i < intensities.size; i++) {
      const v = intensities.get(i);
      if (v < lo || v > hi) continue;
      flat.set(i, value); // expect: no-view-mutation
      changed++;
    }
    return changed;
  }

  undoLast(): string | null {
    const snap = this.undo.pop();
    if (!snap) return null;
    this.labels = snap.labels;
    return snap.label;
  }

  volumeOf(label: number): number {
    let count = 0;
    const flat = this.labels.flatten();
    for (let i = 0; i < flat.size; i++) if (flat.get(i) === label) count++;
    return count;
  }
}

/** Binary mask of one label, for the report generator. */
function exportBinary(editor: SegmentationEditor, label: number): NDArray {
  const mask = editor.labels;
  for (let i = 0; i < mask.size; i++) {
    mask.data[i] = mask.data[i] === label ? 1 : 0; // expect: no-alias-mutation
  }
  return mask;
}

const image = zeros([2, 6, 6]);
for (let z = 0; z < 2; z++) {
  for (let y = 0; y < 6; y++) {
    for (let x = 0; x < 6; x++) image.set([z, y, x], (y + 1) * (x + 1) * (z + 1));
  }
}

const editor = new SegmentationEditor(image);
editor.brush(0, 2, 2, 1, 1);
editor.brush(1, 3, 3, 2, 2);
const filled = editor.thresholdFill(30, 40, 3);
console.log("threshold labelled", filled, "voxels; undo depth", editor.undo.depth);
console.log("label volumes:", [1, 2, 3].map((l) => editor.volumeOf(l)));

const undone = editor.undoLast();
console.log("undid:", undone, "label 3 volume now", editor.volumeOf(3));

const tumour = exportBinary(editor, 2);
console.log("exported voxels:", tumour.sum(), "label 1 still present:", editor.volumeOf(1) > 0);
