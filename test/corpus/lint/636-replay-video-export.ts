// Replay exporter: a generator walks a recorded match and yields per-tick frames, rescaled to screen space, for a video encoder.
import { array, NDArray } from "ndalias";

function* screenFrames(recording: NDArray, scale: number): Generator<NDArray> {
  const ticks = recording.shape[0];
  for (let t = 0; t < ticks; t++) {
    const frame = recording.slice(t);
    const screen = frame.astype("float32");
    screen.imul(scale); // expect: no-lost-write
    yield frame;
  }
}

function* interpolated(frames: Iterable<NDArray>, steps: number): Generator<NDArray> {
  let previous: NDArray | null = null;
  for (const frame of frames) {
    if (previous !== null) {
      for (let s = 1; s < steps; s++) {
        const mix = previous.mul(1 - s / steps);
        mix.iadd(frame.mul(s / steps));
        yield mix;
      }
    }
    yield frame;
    previous = frame;
  }
}

class Encoder {
  private readonly frames: number[][] = [];
  private checksum = 0;

  push(frame: NDArray): void {
    const pixels = frame.flatten().tolist() as number[];
    this.frames.push(pixels);
    this.checksum += frame.sum();
  }

  finish(): { frames: number; checksum: number } {
    return { frames: this.frames.length, checksum: this.checksum };
  }
}

function boundingBox(frame: NDArray): [number, number] {
  const xs = frame.slice(":", 0).copy();
  xs.sort();
  return [xs.get(0), xs.get(xs.size - 1)];
}

// recording: ticks x players x (x, y)
const recording = array([
  [[0, 0], [10, 10]],
  [[1, 2], [9, 9]],
  [[3, 3], [7, 8]],
]);

const encoder = new Encoder();
for (const frame of interpolated(screenFrames(recording, 32), 2)) {
  encoder.push(frame);
  console.log("frame x-range:", boundingBox(frame));
}
console.log("export summary:", encoder.finish());
