// Mixes panned mono voices into a stereo bus, adds a delayed reverb send, meters the left channel and writes the block to the device.
import { zeros, NDArray } from "ndalias";

const BLOCK = 8;
const DELAY = 3;
const REVERB_WET = 0.3;
const METER_SCALE = 20;

function renderVoice(freq: number, phase: number): NDArray {
  const out = zeros(BLOCK);
  for (let i = 0; i < BLOCK; i++) out.set(i, Math.sin(phase + (2 * Math.PI * freq * i) / BLOCK));
  return out;
}

function pan(voice: NDArray, p: number): [NDArray, NDArray] {
  return [voice.mul(1 - p), voice.mul(p)];
}

function softClip(block: NDArray): void {
  for (let i = 0; i < block.size; i++) {
    const x = block.data[i] as number;
    block.data[i] = x / (1 + Math.abs(x));
  }
}

function writeDevice(bus: NDArray): number {
  let energy = 0;
  for (let ch = 0; ch < bus.shape[0]; ch++) energy += bus.slice(ch).mul(bus.slice(ch)).sum();
  return energy;
}

const bus = zeros([2, BLOCK]);
const voices = [renderVoice(1, 0), renderVoice(2, 0.5), renderVoice(3, 1)];
const pans = [0.2, 0.5, 0.9];
voices.forEach((voice, k) => {
  const [l, r] = pan(voice, pans[k]);
  bus.slice(0).iadd(l);
  bus.slice(1).iadd(r);
});

const send = bus.slice(0).add(bus.slice(1));
send.imul(0.5 * REVERB_WET);
const echoed = zeros(BLOCK);
for (let i = DELAY; i < BLOCK; i++) echoed.set(i, send.get(i - DELAY));
bus.iadd(echoed);
softClip(bus);

const meter = bus.slice(0);
meter.imul(METER_SCALE); // expect: no-view-mutation
console.log("left meter peak:", meter.max());
console.log("device energy:", writeDevice(bus), "voices:", voices.length);
