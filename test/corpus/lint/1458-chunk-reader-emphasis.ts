// Reads a recording in fixed-size chunks through a self-iterating reader, applies pre-emphasis and a taper to each chunk and prints chunk energies.
import { array, linspace, NDArray } from "ndalias";

class ChunkReader implements IterableIterator<NDArray> {
  private position = 0;
  readonly chunkSize: number;
  readonly signal: NDArray;

  constructor(signal: NDArray, chunkSize: number) {
    this.signal = signal;
    this.chunkSize = chunkSize;
  }

  [Symbol.iterator](): ChunkReader {
    return this;
  }

  next(): IteratorResult<NDArray> {
    if (this.position >= this.signal.size) {
      return { value: undefined, done: true };
    }
    const end = Math.min(this.position + this.chunkSize, this.signal.size);
    const chunk = this.signal.slice(`${this.position}:${end}`).copy();
    this.position = end;
    return { value: chunk, done: false };
  }

  rewind(): void {
    this.position = 0;
  }
}

function* preEmphasis(chunks: Iterable<NDArray>, coeff: number): Generator<NDArray> {
  for (const chunk of chunks) {
    const emphasised = chunk.copy();
    for (let i = chunk.size - 1; i > 0; i--) {
      emphasised.set(i, chunk.get(i) - coeff * chunk.get(i - 1));
    }
    yield emphasised;
  }
}

function* tapered(chunks: Iterable<NDArray>, taper: NDArray): Generator<NDArray> {
  for (const chunk of chunks) {
    const shaped = chunk.mul(taper.slice(`:${chunk.size}`));
    shaped.isub(shaped.mean());
    yield shaped;
  }
}

function energy(x: NDArray): number {
  return x.mul(x).sum();
}

const recording = array([
  0.12, 0.4, 0.85, 0.6, -0.2, -0.75, -0.9, -0.3,
  0.05, 0.5, 0.95, 0.7, -0.1, -0.6, -0.8, -0.4,
]);
const taper = linspace(0.5, 1, 4);

// Level check on the raw input before the gain stage.
const monitorTap = recording;
console.log("peak before gain:", monitorTap.max().toFixed(2), "samples:", monitorTap.size);

recording.imul(0.8);
console.log("peak after gain:", recording.max().toFixed(2));

const reader = new ChunkReader(recording, 4);
const energies: number[] = [];
for (const chunk of tapered(preEmphasis(reader, 0.95), taper)) {
  chunk.imul(2);
  energies.push(energy(chunk));
}
console.log("chunk energies:", energies.map((e) => e.toFixed(3)).join(", "));

reader.rewind();
let loudest = 0;
for (const chunk of reader) {
  loudest = Math.max(loudest, chunk.max());
}
console.log("loudest raw sample after gain:", loudest.toFixed(2));
console.log("recording total energy:", energy(recording).toFixed(3));
