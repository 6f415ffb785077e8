// Builds a GOP whose P-frames point at their reference frames and queues the reconstructed planes in the bitstream writer.
import { empty, full, NDArray } from "ndalias";

class CodedFrame {
  reference: CodedFrame | null;

  constructor(readonly kind: "I" | "P", readonly pixels: NDArray, reference: CodedFrame | null) {
    this.reference = reference;
  }

  chainDepth(): number {
    let depth = 0;
    for (let f = this.reference; f !== null; f = f.reference) depth++;
    return depth;
  }
}

class BitstreamWriter {
  readonly queue: NDArray;
  source: CodedFrame | null = null;
  private count = 0;

  constructor(capacity: number) {
    this.queue = empty(capacity, "object");
  }

  enqueue(frame: CodedFrame): void {
    this.queue.set(this.count++, frame.pixels);
    this.source = frame;
  }

  pendingBytes(): number {
    let total = 0;
    for (let i = 0; i < this.count; i++) {
      const plane: NDArray = this.queue.get(i);
      total += plane.size;
    }
    return total;
  }
}

function buildGop(length: number): CodedFrame[] {
  const frames: CodedFrame[] = [];
  let ref: CodedFrame | null = null;
  for (let i = 0; i < length; i++) {
    const frame: CodedFrame = new CodedFrame(i === 0 ? "I" : "P", full([8, 8], 100 + i), ref);
    frames.push(frame);
    ref = frame;
  }
  return frames;
}

function linkPair(older: CodedFrame, newer: CodedFrame): void {
  newer.reference = older;
}

const gop = buildGop(4);
const writer = new BitstreamWriter(gop.length);
for (const frame of gop) writer.enqueue(frame);

const index = empty(2, "object");
index.set(0, writer.queue);
index.set(1, gop[0].pixels);

const bFrame = new CodedFrame("P", full([8, 8], 99), null);
linkPair(gop[gop.length - 1], bFrame);

console.log("depths:", gop.map((f) => f.chainDepth()), "extra frame depth:", bFrame.chainDepth());
console.log("queued bytes:", writer.pendingBytes(), "last queued:", writer.source?.kind);
