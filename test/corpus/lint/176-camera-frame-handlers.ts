// Camera frame pipeline: void event handlers denoise, mask and meter each incoming frame in place, and exported helpers report region contrast, row profiles and per-quadrant exposure.
import { zeros, NDArray } from "ndalias";

declare function on(evt: string, fn: (frame: NDArray) => void): void;
declare function publish(topic: string, value: number): void;

const EXPOSURE = zeros(4);
let framesSeen = 0;

on("frame", (frame) => {
  frame.isub(frame.min());
  frame.slice(0).fill(0);
  frame.slice(-1).fill(0);
});

on("frame", (frame) => {
  const hud = frame.slice("0:2", "-4:");
  hud.fill(255);
});

on("frame", (frame) => {
  const [h, w] = frame.shape;
  const mh = Math.floor(h / 2);
  const mw = Math.floor(w / 2);
  const quads = [
    frame.slice(`0:${mh}`, `0:${mw}`),
    frame.slice(`0:${mh}`, `${mw}:`),
    frame.slice(`${mh}:`, `0:${mw}`),
    frame.slice(`${mh}:`, `${mw}:`),
  ];
  quads.forEach((q, i) => EXPOSURE.set(i, EXPOSURE.get(i) + q.mean()));
  framesSeen++;
});

on("frame", (frame) => {
  const preview = frame.slice("::2", "::2").copy();
  preview.imul(0.25);
  publish("preview-energy", preview.sum());
});

export function regionContrast(frame: NDArray, r0: number, r1: number): number {
  const region = frame.slice(`${r0}:${r1}`, ":");
  const floor = region.min();
  region.isub(floor); // expect: no-view-mutation
  return region.max();
}

export function rowProfile(frame: NDArray): NDArray {
  const profile = zeros(frame.shape[1]);
  for (let r = 0; r < frame.shape[0]; r++) profile.iadd(frame.slice(r));
  profile.idiv(frame.shape[0]);
  return profile;
}

export function exposureReport(): number[] {
  const avg = EXPOSURE;
  avg.idiv(Math.max(framesSeen, 1)); // expect: no-alias-mutation
  return avg.tolist() as number[];
}

export function resetExposure(): number {
  const total = EXPOSURE.sum();
  EXPOSURE.fill(0);
  framesSeen = 0;
  return total;
}
