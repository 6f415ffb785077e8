// Layered image editor: every edit checkpoints a copy of the layer, brushes paint chained slices, and undo rebinds the layer to the saved copy.
import { zeros, full, NDArray } from "ndalias";

interface Layer {
  name: string;
  pixels: NDArray;
  opacity: number;
}

class ImageEditor {
  private layers: Layer[] = [];
  private undoStack: { index: number; pixels: NDArray }[] = [];

  constructor(private readonly h: number, private readonly w: number) {}

  addLayer(name: string, fillValue = 0): number {
    this.layers.push({ name, pixels: full([this.h, this.w], fillValue), opacity: 1 });
    return this.layers.length - 1;
  }

  private checkpoint(index: number): void {
    this.undoStack.push({ index, pixels: this.layers[index].pixels.copy() });
    if (this.undoStack.length > 20) this.undoStack.shift();
  }

  paintRect(index: number, r0: number, r1: number, c0: number, c1: number, value: number): number {
    this.checkpoint(index);
    this.layers[index].pixels.slice(`${r0}:${r1}`, `${c0}:${c1}`).fill(value);
    return this.layers[index].pixels.sum();
  }

  invert(index: number): void {
    this.checkpoint(index);
    const layer = this.layers[index];
    layer.pixels = layer.pixels.mul(-1).add(255);
  }

  setOpacity(index: number, opacity: number): void {
    this.layers[index].opacity = Math.min(1, Math.max(0, opacity));
  }

  undo(): boolean {
    const entry = this.undoStack.pop();
    if (!entry) return false;
    this.layers[entry.index].pixels = entry.pixels;
    return true;
  }

  layerSnapshot(index: number): NDArray {
    return this.layers[index].pixels.copy();
  }

  flatten(): NDArray {
    const out = zeros([this.h, this.w]);
    for (const layer of this.layers) {
      out.iadd(layer.pixels.mul(layer.opacity));
    }
    return out;
  }
}

const editor = new ImageEditor(4, 6);
const bg = editor.addLayer("background", 10);
const sketch = editor.addLayer("sketch");
console.log("painted sum:", editor.paintRect(sketch, 1, 3, 2, 5, 200));

const preview = editor.layerSnapshot(sketch);
preview.assign("1:3, 2:5", 0);
console.log("preview without stroke:", preview.sum());

editor.invert(bg);
editor.setOpacity(sketch, 0.5);
editor.undo();
const composite = editor.flatten();
console.log("composite:", composite.tolist());
editor.undo();
console.log("after second undo:", editor.flatten().sum());
