// Pixel editor with closures for brush strokes, undo and a preview thumbnail, driving one short editing session.
import { zeros, NDArray } from "ndalias";

interface Editor {
  stroke(row: number, col: number, value: number): number;
  commit(): number;
  undo(): void;
  erase(): void;
  thumbnail(): NDArray;
  canvas(): NDArray;
}

function createEditor(height: number, width: number): Editor {
  const pixels = zeros([height, width]);
  const undoStack: NDArray[] = [];
  let pending: Array<[number, number, number]> = [];

  function paintDot(target: NDArray, row: number, col: number, value: number): void {
    target.set([row, col], value);
  }

  return {
    stroke(row, col, value) {
      pending.push([row, col, value]);
      return pending.length;
    },

    commit() {
      undoStack.push(pixels.copy());
      const before = pixels;
      for (const [r, c, v] of pending) {
        pixels.set([r, c], v); // expect: no-alias-mutation
      }
      pending = [];
      const changed = pixels.sub(before);
      return changed.mul(changed).sum();
    },

    undo() {
      const previous = undoStack.pop();
      if (previous === undefined) return;
      pixels.assign(":", previous);
    },

    erase() {
      // wipe the canvas but keep one snapshot so erase can be undone
      undoStack.push(pixels.copy());
      const scratch = pixels.flatten();
      scratch.fill(0); // expect: no-lost-write
      pending = [];
    },

    thumbnail() {
      const small = zeros([Math.ceil(height / 2), Math.ceil(width / 2)]);
      for (let r = 0; r < height; r += 2) {
        for (let c = 0; c < width; c += 2) {
          paintDot(small, r / 2, c / 2, pixels.get(r, c));
        }
      }
      return small;
    },

    canvas() {
      return pixels.copy();
    },
  };
}

function printCanvas(label: string, img: NDArray): void {
  const rows = img.tolist() as number[][];
  console.log(label);
  for (const row of rows) console.log("  " + row.map((v) => (v > 0 ? "#" : ".")).join(""));
}

export function session(): number {
  const editor = createEditor(4, 6);
  editor.stroke(0, 0, 1);
  editor.stroke(1, 1, 1);
  editor.stroke(2, 2, 1);
  const energy = editor.commit();
  printCanvas("after first stroke", editor.canvas());

  editor.stroke(3, 5, 1);
  editor.commit();
  editor.undo();
  printCanvas("after undo", editor.canvas());

  editor.erase();
  printCanvas("after erase", editor.canvas());
  printCanvas("thumbnail", editor.thumbnail());
  return energy;
}

console.log("first stroke energy:", session());
