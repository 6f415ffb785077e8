// Draws borders, rectangles and sprite stamps onto a small monochrome canvas using chained view writes, then prints coverage.
import { zeros, eye, NDArray } from "ndalias";

class Canvas {
  pixels: NDArray;

  constructor(readonly height: number, readonly width: number) {
    this.pixels = zeros([height, width], "uint8");
  }

  clear(value = 0): void {
    this.pixels.fill(value);
  }

  drawBorder(value: number): void {
    this.pixels.slice(0).fill(value);
    this.pixels.slice(-1).fill(value);
    this.pixels.slice(":", 0).fill(value);
    this.pixels.slice(":", -1).fill(value);
  }

  drawRect(r0: number, r1: number, c0: number, c1: number, value: number): void {
    this.pixels.slice(`${r0}:${r1}, ${c0}:${c1}`).fill(value);
  }

  drawDiagonalBand(value: number): void {
    for (let i = 0; i < Math.min(this.height, this.width); i++) {
      this.pixels.slice(i, `${i}:${i + 2}`).fill(value);
    }
  }

  coverage(): number {
    let lit = 0;
    for (let i = 0; i < this.height; i++) {
      for (let j = 0; j < this.width; j++) {
        if (this.pixels.get(i, j) > 0) lit += 1;
      }
    }
    return lit / (this.height * this.width);
  }

  render(): string {
    const rows = this.pixels.tolist() as number[][];
    return rows.map((r) => r.map((v) => (v > 0 ? "#" : ".")).join("")).join("\n");
  }
}

class Sprite extends Canvas {
  constructor(size: number) {
    super(size, size);
  }

  mirror(): void {
    this.pixels = this.pixels.flip(1).copy();
  }

  rotate(): void {
    this.pixels = this.pixels.T.flip(1).copy();
  }

  stamp(target: Canvas, row: number, col: number): void {
    target.pixels.slice(`${row}:${row + this.height}, ${col}:${col + this.width}`).iadd(this.pixels);
  }
}

class LayeredCanvas extends Canvas {
  private overlay: NDArray;

  constructor(height: number, width: number) {
    super(height, width);
    this.overlay = zeros([height, width], "uint8");
  }

  override drawBorder(value: number): void {
    super.drawBorder(value);
    this.overlay.slice(0).fill(1);
    this.overlay.slice(-1).fill(1);
  }

  highlightColumn(col: number): void {
    this.overlay.slice(":", col).fill(1);
    this.pixels.slice(":", col).imul(2);
  }

  overlayCount(): number {
    return this.overlay.sum();
  }
}

function arrow(size: number): Sprite {
  const s = new Sprite(size);
  s.pixels.slice(Math.floor(size / 2)).fill(1);
  s.pixels.slice(":", size - 1).fill(1);
  s.pixels.iadd(eye(size, "uint8"));
  return s;
}

const canvas = new LayeredCanvas(8, 12);
canvas.drawBorder(1);
canvas.drawRect(2, 4, 2, 6, 1);
canvas.drawDiagonalBand(1);
canvas.highlightColumn(10);

const sprite = arrow(3);
sprite.mirror();
sprite.stamp(canvas, 4, 7);
sprite.rotate();
sprite.stamp(canvas, 1, 8);

canvas.pixels.slice("5:7, 1:3").fill(1);

console.log(canvas.render());
console.log("coverage:", canvas.coverage().toFixed(3), "overlay pixels:", canvas.overlayCount());
console.log("sprite:\n" + sprite.render());
