// Image tile service: each request gets its own scratch rows, runs blur passes with ping-pong buffers and returns a preview.
import { array, zeros, NDArray } from "ndalias";

interface TileRequest {
  tileId: string;
  pixels: number[];
  passes: number;
  gain: number;
}

interface TileResponse {
  tileId: string;
  tile: number[];
  preview: number[];
  contrast: number;
}

const EDGE_TEMPLATE = array([1, 0.5, 0.25, 0.5, 1]);

function blurPass(src: NDArray, dst: NDArray): void {
  const n = src.size;
  for (let i = 0; i < n; i++) {
    const left = src.get(Math.max(0, i - 1));
    const right = src.get(Math.min(n - 1, i + 1));
    dst.set(i, (left + src.get(i) + right) / 3);
  }
}

function edgeWeights(size: number): NDArray {
  const weights = zeros(size);
  for (let i = 0; i < size; i++) {
    weights.set(i, EDGE_TEMPLATE.get(Math.min(i, EDGE_TEMPLATE.size - 1)));
  }
  return weights;
}

async function renderTile(req: TileRequest): Promise<TileResponse> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (req.pixels.length < 3) {
    throw new Error(`tile ${req.tileId} has ${req.pixels.length} pixels, expected at least 3`);
  }

  let front = array(req.pixels);
  let back = zeros(req.pixels.length);
  const original = front.copy();
  for (let p = 0; p < req.passes; p++) {
    blurPass(front, back);
    [front, back] = [back, front];
  }
  back.fill(0);

  front.imul(req.gain);
  const scratch = edgeWeights(front.size);
  scratch.imul(front);
  front.iadd(scratch.mul(0.1));

  const result = front;
  const preview = result.slice("0:3");
  const contrast = result.max() - result.min();
  const change = result.sub(original).mean();
  if (Math.abs(change) > 100) console.warn(`tile ${req.tileId} changed by ${change.toFixed(1)}`);

  return {
    tileId: req.tileId,
    tile: result.tolist() as number[],
    preview: preview.tolist() as number[],
    contrast,
  };
}

class TileServer {
  private served = 0;
  private readonly contrastLog = zeros(16);

  async handle(batch: TileRequest[]): Promise<TileResponse[]> {
    const responses = await Promise.all(batch.map((req) => renderTile(req)));
    for (const res of responses) {
      this.contrastLog.set(this.served % 16, res.contrast);
      this.served++;
    }
    return responses;
  }

  meanContrast(): number {
    const filled = Math.min(this.served, 16);
    return filled === 0 ? 0 : this.contrastLog.slice(`0:${filled}`).mean();
  }
}

const server = new TileServer();
const out = await server.handle([
  { tileId: "a", pixels: [0, 10, 0, 10, 0, 10], passes: 2, gain: 1 },
  { tileId: "b", pixels: [5, 5, 5, 50, 5], passes: 1, gain: 0.5 },
  { tileId: "c", pixels: [1, 2, 3], passes: 3, gain: 2 },
]);
for (const t of out) {
  console.log(`${t.tileId}: contrast ${t.contrast.toFixed(2)}`, t.preview.map((v) => v.toFixed(2)));
}
console.log("mean contrast:", server.meanContrast().toFixed(3));
