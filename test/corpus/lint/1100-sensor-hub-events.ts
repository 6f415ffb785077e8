// Wires a sensor hub whose event handlers reset, recalibrate and clamp per-device buffers, then prints per-device summaries.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

interface Device {
  id: string;
  samples: NDArray;
  gain: NDArray;
  lastSeen: number;
}

const devices = new Map<string, Device>();
const flagged = new Set<Device>();
const hub = new EventEmitter();

function clampInPlace(values: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < values.size; i++) {
    values.set(i, Math.min(hi, Math.max(lo, values.get(i))));
  }
}

function ingest(device: Device, chunk: NDArray, at: number): void {
  device.samples.assign(":", chunk);
  device.lastSeen = at;
}

function normalized(device: Device): NDArray {
  const out = device.samples.copy();
  const peak = Math.max(Math.abs(out.min()), Math.abs(out.max())) || 1;
  out.idiv(peak);
  return out;
}

function summarize(device: Device): string {
  const s = device.samples;
  return `${device.id}: mean=${s.mean().toFixed(3)} max=${s.max().toFixed(3)} gain=${device.gain.tolist()}`;
}

function staleDevices(now: number, maxAge: number): string[] {
  const stale: string[] = [];
  for (const device of devices.values()) {
    if (now - device.lastSeen > maxAge) stale.push(device.id);
  }
  return stale;
}

hub.on("calibrate", (device: Device, factor: number) => device.gain.fill(factor));
hub.on("reset", (device: Device) => {
  device.samples.fill(0);
  flagged.delete(device);
});
hub.on("sample", (device: Device, chunk: NDArray, at: number) => ingest(device, chunk, at));
hub.on("overload", (device: Device) => flagged.add(device));

for (const id of ["north", "south", "east"]) {
  devices.set(id, { id, samples: zeros(4), gain: array([1, 1, 1, 1]), lastSeen: 0 });
}

const north = devices.get("north");
const south = devices.get("south");
const east = devices.get("east");
if (!north || !south || !east) {
  throw new Error("device registry is incomplete");
}

hub.emit("sample", north, array([0.2, 0.4, 1.8, -0.3]), 1);
hub.emit("sample", south, array([0.1, -2.5, 0.3, 0.2]), 1);
hub.emit("sample", east, array([0.5, 0.5, 0.6, 0.4]), 2);
hub.emit("calibrate", south, 0.8);

for (const device of devices.values()) {
  if (device.samples.max() > 1 || device.samples.min() < -1) {
    hub.emit("overload", device);
  }
}

// Overloaded devices are clamped; every device gets its gain applied.
flagged.forEach((device) => clampInPlace(device.samples, -1, 1));
[...devices.values()].forEach((device) => device.samples.imul(device.gain));

const report = [...devices.values()].map(summarize);
console.log(report.join("\n"));
console.log("north normalised:", normalized(north).tolist());
console.log("flagged:", [...flagged].map((d) => d.id).join(", ") || "none");

hub.emit("reset", east);
console.log("east after reset:", east.samples.tolist(), "last seen:", east.lastSeen);
console.log("stale at t=4:", staleDevices(4, 2).join(", ") || "none");
console.log("south samples:", south.samples.tolist());
