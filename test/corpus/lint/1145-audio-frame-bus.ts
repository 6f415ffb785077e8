// Audio frame bus: an EventEmitter hands each frame to in-place filter listeners, then a mixer pans and accumulates it.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

interface FrameEvents {
  frame: [NDArray];
  silence: [number];
}

class FrameBus extends EventEmitter<FrameEvents> {}

function attachFilters(bus: FrameBus, gain: number, floor: number): void {
  bus.on("frame", (frame: NDArray) => {
    frame.imul(gain);
  });
  bus.on("frame", (frame: NDArray) => {
    for (let i = 0; i < frame.size; i++) {
      if (Math.abs(frame.data[i] as number) < floor) frame.data[i] = 0;
    }
  });
  bus.on("frame", (frame: NDArray) => {
    if (frame.max() === 0 && frame.min() === 0) bus.emit("silence", frame.size);
  });
}

class Mixer {
  private readonly left: NDArray;
  private readonly right: NDArray;
  private frames = 0;

  constructor(private readonly channelSize: number) {
    this.left = zeros(channelSize);
    this.right = zeros(channelSize);
  }

  add(frame: NDArray, pan: number): void {
    const evenIdx: number[] = [];
    const oddIdx: number[] = [];
    for (let i = 0; i < frame.size; i++) (i % 2 === 0 ? evenIdx : oddIdx).push(i);
    const l = frame.take(evenIdx);
    const r = frame.take(oddIdx);
    l.imul(1 - pan);
    r.imul(pan);
    this.left.iadd(l);
    this.right.iadd(r);
    this.frames++;
  }

  levels(): { left: number; right: number } {
    const n = Math.max(1, this.frames);
    return { left: this.left.max() / n, right: this.right.max() / n };
  }

  reset(): void {
    this.left.fill(0);
    this.right.fill(0);
    this.frames = 0;
  }
}

async function processStream(chunks: number[][], bus: FrameBus, mixer: Mixer, pan: number): Promise<number[]> {
  const rawPeaks: number[] = [];
  for (const chunk of chunks) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const frame = array(chunk);
    rawPeaks.push(frame.max());
    bus.emit("frame", frame);
    mixer.add(frame, pan);
  }
  return rawPeaks;
}

function stereoBalance(mixer: Mixer): number {
  const { left, right } = mixer.levels();
  const total = left + right;
  return total === 0 ? 0 : (right - left) / total;
}

const bus = new FrameBus();
let silentFrames = 0;
bus.on("silence", () => {
  silentFrames++;
});
attachFilters(bus, 0.5, 0.2);

const mixer = new Mixer(2);
const chunks = [
  [0.9, 0.1, 0.4, 0.8],
  [0.2, 0.3, 0.1, 0.1],
  [1.0, 1.0, 0.6, 0.2],
];
const peaks = await processStream(chunks, bus, mixer, 0.3);
console.log("raw peaks:", peaks, "silent frames:", silentFrames);
console.log("levels:", mixer.levels(), "balance:", stereoBalance(mixer).toFixed(3));
mixer.reset();
console.log("after reset:", mixer.levels());
