// Viewer state for an overlay editor: a module-level intensity history, a class that edits its own volume and overlay fields, copy-based undo and double-buffered frames.
import { zeros, NDArray } from "ndalias";

const HISTORY_LENGTH = 8;
const INTENSITY_HISTORY = zeros(HISTORY_LENGTH);
let historyPos = 0;

/** Records the mean intensity of a rendered frame and returns the running average. */
function recordIntensity(frame: NDArray): number {
  INTENSITY_HISTORY.set(historyPos % HISTORY_LENGTH, frame.mean());
  historyPos++;
  const filled = Math.min(historyPos, HISTORY_LENGTH);
  return INTENSITY_HISTORY.slice(`:${filled}`).mean();
}

function resetHistory(): number {
  INTENSITY_HISTORY.fill(0);
  historyPos = 0;
  return INTENSITY_HISTORY.size;
}

class OverlayEditor {
  volume: NDArray;
  overlay: NDArray;
  private readonly undoStack: NDArray[] = [];

  constructor(volume: NDArray) {
    this.volume = volume.copy();
    this.overlay = zeros(volume.shape, "uint8");
  }

  /** Paints a whole slice with a label; returns the labelled voxel count. */
  paintSlice(z: number, label: number): number {
    this.undoStack.push(this.overlay.copy());
    this.overlay.assign(`${z}`, label);
    return this.overlay.sum();
  }

  undo(): boolean {
    const previous = this.undoStack.pop();
    if (previous === undefined) return false;
    this.overlay = previous;
    return true;
  }

  /** Scales the stored volume by a calibration factor; returns the new peak. */
  calibrate(factor: number): number {
    this.volume.imul(factor);
    return this.volume.max();
  }

  /** Replaces the stored volume with a smoothed version; returns the change in mean. */
  smooth(): number {
    const before = this.volume.mean();
    let next = this.volume;
    next = next.add(this.volume.flip(0));
    next.idiv(2);
    this.volume = next;
    return this.volume.mean() - before;
  }

  labelledVoxels(): number {
    return this.overlay.sum();
  }
}

function makeVolume(): NDArray {
  const vol = zeros([4, 5, 5]);
  for (let z = 0; z < 4; z++) {
    for (let y = 0; y < 5; y++) {
      for (let x = 0; x < 5; x++) vol.set([z, y, x], 10 * z + y + x);
    }
  }
  return vol;
}

const source = makeVolume();
const editor = new OverlayEditor(source);
console.log("painted:", editor.paintSlice(1, 2), "then", editor.paintSlice(2, 3));
console.log("undo:", editor.undo(), "labelled now:", editor.labelledVoxels());
console.log("calibrated peak:", editor.calibrate(1.1).toFixed(1), "source peak:", source.max());
console.log("smoothing changed the mean by", editor.smooth().toFixed(3));

// Double-buffered rendering: fill the back buffer, then swap it to the front.
let front = zeros([5, 5]);
let back = zeros([5, 5]);
for (let z = 0; z < 4; z++) {
  back.assign("...", editor.volume.slice(z));
  back.imul(1 / Math.max(1, back.max()));
  [front, back] = [back, front];
  console.log(`frame ${z}: running mean intensity ${recordIntensity(front).toFixed(3)}`);
}
console.log("history slots cleared:", resetHistory(), "front peak:", front.max());
