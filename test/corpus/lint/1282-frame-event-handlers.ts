// A frame-processing loop driven by an EventEmitter: handlers clear borders, accumulate exposure and reset buffers in place, then a summary is printed.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

interface FrameEvent {
  readonly index: number;
  readonly frame: NDArray;
  readonly overlay?: NDArray;
}

interface Exposure {
  total: NDArray;
  frames: number;
}

const bus = new EventEmitter();
const exposure: Exposure = { total: zeros([3, 4]), frames: 0 };
const border = { width: 1, value: 0 } as const;

/** Clears the one-pixel border of a frame in place. */
function clearBorder(frame: NDArray, { value }: { value: number } = border): void {
  frame.slice(0).fill(value);
  frame.slice(-1).fill(value);
  frame.slice(":", 0).fill(value);
  frame.slice(":", -1).fill(value);
}

/** Adds a frame into the running exposure. */
function accumulate(into: Exposure, frame: NDArray): void {
  into.total.iadd(frame);
  into.frames += 1;
}

const clampHot = (frame: NDArray, limit: number): void => {
  for (let i = 0; i < frame.data.length; i++) {
    const v = frame.data[i] as number;
    if (v > limit) frame.data[i] = limit;
  }
};

bus.on("frame", ({ frame, overlay }: FrameEvent) => {
  clampHot(frame, 200);
  overlay?.slice("1:-1", "1:-1").fill(255);
  clearBorder(frame);
  accumulate(exposure, frame);
});

bus.on("reset", () => {
  exposure.total.fill(0);
  exposure.frames = 0;
});

const averages: number[] = [];
bus.on("frame", (event: FrameEvent) => {
  averages.push(event.frame.mean());
});

const frames = [
  array([[10, 20, 30, 40], [50, 250, 70, 80], [90, 100, 110, 120]]),
  array([[5, 15, 25, 35], [45, 55, 65, 75], [85, 95, 105, 300]]),
  array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]),
];
const overlays = frames.map((f) => zeros(f.shape));

frames.forEach((frame, index) => {
  const overlay = index % 2 === 0 ? overlays[index] : undefined;
  bus.emit("frame", { index, frame, overlay } satisfies FrameEvent);
});

const meanFrame = exposure.total.div(Math.max(exposure.frames, 1));
console.log("frames seen:", exposure.frames, "per-frame means:", averages.map((a) => a.toFixed(1)));
console.log("mean exposure:", meanFrame.tolist());
console.log("first processed frame:", frames[0]?.tolist());
console.log(
  "overlay coverage:",
  overlays.map((o) => o.mean().toFixed(1)),
);

// Snapshot before the reset, so the report keeps the pre-reset totals.
const snapshot = exposure.total.copy();
bus.emit("reset");
exposure.total.iadd(frames[2] ?? zeros([3, 4]));
console.log("snapshot sum:", snapshot.sum(), "after reset:", exposure.total.sum());

// A scratch grid for the next run: centre marked, the rest cleared.
const scratch: NDArray | undefined = frames.length > 2 ? zeros([3, 4]) : undefined;
scratch?.slice(1, "1:3").fill(1);
scratch?.T.slice(0).fill(0);
console.log("scratch:", scratch?.tolist());
