// Dispatches incoming video frames to in-place filters registered by name and prints each processed frame's statistics.
import { array, NDArray } from "ndalias";

type FrameHandler = (frame: NDArray) => void;

const handlers = new Map<string, FrameHandler>();
const enabled = new Set<string>();

function on(name: string, handler: FrameHandler, active = true): void {
  handlers.set(name, handler);
  if (active) enabled.add(name);
}

on("vignette", (frame) => {
  const [h = 0, w = 0] = frame.shape;
  frame.slice(0).imul(0.5);
  frame.slice(h - 1).imul(0.5);
  frame.slice(":", 0).imul(0.5);
  frame.slice(":", w - 1).imul(0.5);
});

on("threshold", (frame) => {
  for (let i = 0; i < frame.size; i++) {
    if ((frame.data[i] as number) < 16) frame.data[i] = 0;
  }
});

on("gain", (frame) => frame.imul(1.2));

on("debug", (frame) => console.log("debug frame:", frame.tolist()), false);

function darkenBorder(img: NDArray, amount: number): void {
  const border = img.slice("::2, ::2");
  border.isub(amount);
}

function dispatch(frame: NDArray, only?: readonly string[]): void {
  for (const name of only ?? enabled) {
    handlers.get(name)?.(frame);
  }
}

const frames = [
  array([[10, 40, 40, 10], [40, 200, 220, 40], [10, 40, 40, 10]]),
  array([[12, 35, 38, 9], [30, 180, 210, 44], [8, 41, 39, 14]]),
];

frames.forEach((f) => dispatch(f));
frames.forEach((f) => f.isub(f.min()));
darkenBorder(frames[1], 3);
dispatch(frames[0], ["debug"]);

const stats = frames.map((f, i) => ({ i, mean: f.mean().toFixed(2), max: f.max(), min: f.min() }));
console.table(stats);
