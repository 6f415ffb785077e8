// Mixer routing kept in object-dtype tables: each bus holds its channel buffers, a send table lists the buses, and the aux bus re-injects the send table for its reverb tail.
// runnable
import { empty, ones, zeros, refcount, memoryStats, NDArray } from "ndalias";

const BLOCK = 8;
const METER_CALIBRATION = 1.4142;

function makeBus(channels: number): NDArray {
  const bus = empty(channels, "object");
  for (let c = 0; c < channels; c++) {
    bus.set(c, zeros(BLOCK));
  }
  return bus;
}

function isAudio(entry: NDArray): boolean {
  return entry.dtype !== "object";
}

function mixDown(bus: NDArray, gain: number): NDArray {
  const out = zeros(BLOCK);
  for (let c = 0; c < bus.size; c++) {
    const entry: NDArray = bus.get(c);
    if (!isAudio(entry)) continue;
    out.iadd(entry);
  }
  out.imul(gain);
  return out;
}

function feed(bus: NDArray, channel: number, signal: NDArray): void {
  const target: NDArray = bus.get(channel);
  if (!isAudio(target)) {
    throw new TypeError(`channel ${channel} of the bus is a routing entry, not audio`);
  }
  target.iadd(signal);
}

const master = makeBus(2);
const aux = makeBus(2);
const sends = empty(2, "object");
sends.set(0, master);
sends.set(1, aux);
// the aux return re-reads the send table so the reverb tail is fed back
aux.set(1, sends); // expect: no-reference-cycle

const dry = ones(BLOCK);
dry.imul(0.25);
feed(master, 0, dry);
feed(master, 1, dry.mul(0.5));
try {
  feed(aux, 1, dry);
} catch (err) {
  console.log("routing:", (err as Error).message);
}

const mixed = mixDown(master, 0.9);
const meterFeed = mixed.copy();
meterFeed.imul(METER_CALIBRATION); // expect: no-lost-write
console.log("master peak:", mixed.max().toFixed(3), "mean:", mixed.mean().toFixed(3));
console.log("references to the send table:", refcount(sends));

master.dispose();
aux.dispose();
sends.dispose();
console.log("storages after teardown:", memoryStats().storages);
