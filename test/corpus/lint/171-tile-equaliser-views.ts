// Tile-wise contrast equaliser: named tile views are stretched in place and the canvas is then returned, and a preview view is taken before the whole canvas is rescaled.
import { arange, NDArray } from "ndalias";

const TILE = 3;

function equalise(img: NDArray): NDArray {
  const canvas = img.copy();
  const rows = canvas.shape[0] / TILE;
  const cols = canvas.shape[1] / TILE;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const tile = canvas.slice(`${r * TILE}:${(r + 1) * TILE}`, `${c * TILE}:${(c + 1) * TILE}`);
      const lo = tile.min();
      const span = tile.max() - lo || 1;
      tile.assign(":", tile.sub(lo).div(span)); // expect: no-view-mutation
    }
  }
  return canvas;
}

function tileMeans(img: NDArray): number[] {
  const means: number[] = [];
  for (let r = 0; r < img.shape[0]; r += TILE) {
    for (let c = 0; c < img.shape[1]; c += TILE) {
      means.push(img.slice(`${r}:${r + TILE}`, `${c}:${c + TILE}`).mean());
    }
  }
  return means;
}

function renderWithPreview(img: NDArray, gain: number): { full: NDArray; thumbMean: number } {
  const out = img.mul(1);
  const thumb = out.slice(`0:${TILE}`, `0:${TILE}`);
  out.imul(gain); // expect: no-view-mutation
  return { full: out, thumbMean: thumb.mean() };
}

const source = arange(36).reshape(6, 6).mul(7).add(3);
const eq = equalise(source);
console.log("tile means after equalise:", tileMeans(eq).map((m) => m.toFixed(2)));
console.log("source untouched:", source.get(5, 5));

const { full, thumbMean } = renderWithPreview(eq, 255);
console.log("rendered max:", full.max(), "thumbnail mean:", thumbMean.toFixed(2));
