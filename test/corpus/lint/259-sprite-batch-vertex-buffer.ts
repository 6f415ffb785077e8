// A sprite batch renderer: builds transformed quads with atlas UVs, sorts sprites by depth and flushes a shared vertex buffer.
import { array, zeros, NDArray } from "ndalias";

const unitQuad = array([[0, 0, 0, 0], [1, 0, 1, 0], [1, 1, 1, 1], [0, 1, 0, 1]]);

class SpriteBatch {
  vertices: NDArray;
  count = 0;
  constructor(readonly maxQuads: number) {
    this.vertices = zeros([maxQuads * 4, 4], "float32");
  }
  push(quad: NDArray): boolean {
    if (this.count >= this.maxQuads) return false;
    this.vertices.assign(`${this.count * 4}:${this.count * 4 + 4}`, quad);
    this.count++;
    return true;
  }
  flush(): number {
    const drawn = this.vertices.slice(`0:${this.count * 4}`).sum();
    this.vertices.fill(0);
    this.count = 0;
    return drawn;
  }
}

function transformQuad(x: number, y: number, scale: number): NDArray {
  const quad = unitQuad.mul(1);
  quad.slice(":", "0:2").imul(scale);
  quad.slice(":", "0:2").iadd(array([x, y]));
  return quad;
}

function withAtlasUV(quad: NDArray, col: number, row: number): NDArray {
  const out = quad.copy();
  out.slice(":", "2:4").imul(0.25);
  out.slice(":", "2:4").iadd(array([col * 0.25, row * 0.25]));
  return out;
}

function tint(quad: NDArray, k: number): void {
  quad.slice(":", "2:4").imul(k);
}

const depths = array([0.7, 0.2, 0.9, 0.4]);
const order = depths.flatten();
order.sort();
const batch = new SpriteBatch(4);
for (let s = 0; s < depths.size; s++) {
  const quad = withAtlasUV(transformQuad(s * 2, order.get(s) * 10, 1.5), s % 4, 0);
  if (s === 3) tint(quad, 0.5);
  batch.push(quad);
}
const firstQuad = batch.vertices.slice("0:4");
console.log("first quad:", firstQuad.tolist(), "nearest depth:", order.get(0));
console.log("drawn:", batch.flush(), "unit quad:", unitQuad.tolist(), "depths:", depths.tolist());
