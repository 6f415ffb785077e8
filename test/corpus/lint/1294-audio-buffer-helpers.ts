// Audio buffer script: module-level stereo buffers processed in place by void helpers that call other void helpers, then metered by the script.
import { array, zeros, NDArray } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

const FRAMES = 8;
const STEREO = zeros([2, FRAMES]);
const MONO_MIX = zeros(FRAMES);
const MIXER = { leftGain: 0.8, rightGain: 0.6, ceiling: 0.9 };
const LIVE_MIXER = { ...MIXER, ceiling: 0.7 };

function applyGain(channel: NDArray, gain: number): void {
  channel.imul(gain);
}

function hardClip(channel: NDArray, ceiling: number): void {
  for (let i = 0; i < channel.size; i++) {
    const v = channel.get(i);
    if (v > ceiling) channel.set(i, ceiling);
    else if (v < -ceiling) channel.set(i, -ceiling);
  }
}

function fadeIn(channel: NDArray, frames: number): void {
  const head = channel.slice(`:${frames}`);
  for (let i = 0; i < frames; i++) head.set(i, head.get(i) * (i / frames));
}

function processChannel(channel: NDArray, gain: number, ceiling: number): void {
  applyGain(channel, gain);
  hardClip(channel, ceiling);
  fadeIn(channel, 2);
}

function processStereo(buffer: NDArray, cfg: typeof MIXER): void {
  processChannel(buffer.slice(0), cfg.leftGain, cfg.ceiling);
  processChannel(buffer.slice(1), cfg.rightGain, cfg.ceiling);
}

function mixdown(): number {
  MONO_MIX.fill(0);
  MONO_MIX.iadd(STEREO.slice(0));
  MONO_MIX.iadd(STEREO.slice(1));
  MONO_MIX.imul(0.5);
  return MONO_MIX.max();
}

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

function loudest(): number {
  processStereo(STEREO, LIVE_MIXER);
  return STEREO.max();
}

function stereoWidth(): number {
  const side = STEREO.slice(0).sub(STEREO.slice(1));
  side.imul(0.5);
  return rms(side);
}

function meter(x: NDArray, width: number): string {
  const level = Math.min(1, Math.abs(x.max()));
  const filled = Math.round(level * width);
  return "[" + "|".repeat(filled) + " ".repeat(width - filled) + "]";
}

async function readDevice(): Promise<number[][]> {
  await delay(1);
  const left = Array.from({ length: FRAMES }, (_, i) => Math.sin(i / 2) * 1.4);
  const right = Array.from({ length: FRAMES }, (_, i) => Math.cos(i / 3) * 1.1);
  return [left, right];
}

STEREO.assign(":", array(await readDevice()));
processStereo(STEREO, MIXER);
console.log("left rms:", rms(STEREO.slice(0)).toFixed(4), "right rms:", rms(STEREO.slice(1)).toFixed(4));
console.log("mono peak:", mixdown().toFixed(4), "width:", stereoWidth().toFixed(4));
console.log("L", meter(STEREO.slice(0), 20), "R", meter(STEREO.slice(1), 20));

STEREO.assign(":", array(await readDevice()));
console.log("live peak:", loudest().toFixed(4));
console.log("mono mix:", (MONO_MIX.tolist() as number[]).map((v) => v.toFixed(3)));
console.log("stereo:", STEREO.tolist());
