// Routes sensor packets into per-channel ring buffers from a pool, smooths a channel in a lazily made scratch buffer and raises alarms.
import { zeros, full, NDArray } from "ndalias";

type Channel = "accel" | "gyro" | "mag";

interface Packet {
  channel: Channel;
  value: number;
}

interface Calibration {
  offsets?: NDArray;
  gyroScale?: number;
}

const CAPACITY = 8;
const LIMIT = 9;
const DEG = Math.PI / 180;

const rings: NDArray[] = Array.from({ length: 3 }, () => zeros(CAPACITY));
const cursors = Array.from({ length: 3 }, () => 0);
let scratch: NDArray | undefined;
let calibration: Calibration | null = null;

function channelIndex(channel: Channel): number {
  switch (channel) {
    case "accel":
      return 0;
    case "gyro":
      return 1;
    case "mag":
      return 2;
  }
}

function ingest({ channel, value }: Packet): void {
  const i = channelIndex(channel);
  const pos = cursors[i]++ % CAPACITY;
  const offset = calibration?.offsets?.get(i) ?? 0;
  switch (channel) {
    case "gyro":
      rings[1].set(pos, (value - offset) * (calibration?.gyroScale ?? DEG));
      break;
    case "accel":
    case "mag":
      rings[i].set(pos, value - offset);
      break;
  }
}

function resetChannel(channel: Channel): number {
  const i = channelIndex(channel);
  const dropped = rings[i].sum();
  rings[i].fill(0);
  cursors[i] = 0;
  return dropped;
}

function smoothed(channel: Channel, width = 3): NDArray {
  scratch ??= zeros(CAPACITY);
  scratch.fill(0);
  const src = rings[channelIndex(channel)];
  for (let k = 0; k < CAPACITY; k++) {
    let acc = 0;
    let n = 0;
    for (let d = -Math.floor(width / 2); d <= Math.floor(width / 2); d++) {
      const j = k + d;
      if (j < 0 || j >= CAPACITY) continue;
      acc += src.get(j);
      n++;
    }
    scratch.set(k, acc / n);
  }
  return scratch.copy();
}

function alarms(): Channel[] {
  const names: Channel[] = ["accel", "gyro", "mag"];
  const raised: Channel[] = [];
  scan: for (let c = 0; c < rings.length; c++) {
    for (let k = 0; k < CAPACITY; k++) {
      if (Math.abs(rings[c].get(k)) > LIMIT) {
        raised.push(names[c]);
        continue scan;
      }
    }
  }
  return raised;
}

calibration ??= { offsets: full(3, 0.5) };
calibration.gyroScale ||= DEG;

const stream: Packet[] = Array.from({ length: 20 }, (_, t) => ({
  channel: (["accel", "gyro", "mag"] as const)[t % 3],
  value: t % 7 === 0 ? 12 : Math.sin(t) * 4,
}));
stream.forEach((packet) => ingest(packet));

const accelSmooth = smoothed("accel");
const magSmooth = smoothed("mag", 5);
console.log("accel smoothed:", accelSmooth.tolist());
console.log("mag smoothed:", magSmooth.tolist());
console.log("alarms:", alarms());
console.log("dropped gyro energy:", resetChannel("gyro"));
console.log("channel means:", rings.map((r) => r.mean()));
