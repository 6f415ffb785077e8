// Splits a vibration stream into fixed windows kept in a singly linked list, applies a late gain calibration and reports per-window energy.
// runnable
import { zeros, NDArray } from "ndalias";

interface WindowNode {
  index: number;
  samples: NDArray;
  reference: NDArray;
  next: WindowNode | null;
}

interface WindowList {
  head: WindowNode | null;
  tail: WindowNode | null;
  length: number;
}

const WINDOW = 6;
const GAIN = 1.25;

function appendWindow(list: WindowList, samples: NDArray): void {
  const node: WindowNode = {
    index: list.length,
    samples,
    reference: samples.copy(),
    next: null,
  };
  if (list.tail === null) {
    list.head = node;
  } else {
    list.tail.next = node;
  }
  list.tail = node;
  list.length += 1;
}

function windowEnergy(node: WindowNode): number {
  const centred = node.samples.sub(node.samples.mean());
  return centred.mul(centred).mean();
}

function drift(node: WindowNode): number {
  const diff = node.samples.sub(node.reference);
  return Math.sqrt(diff.mul(diff).sum());
}

function peakWindow(list: WindowList): WindowNode | null {
  let best: WindowNode | null = null;
  let bestEnergy = -Infinity;
  for (let n = list.head; n !== null; n = n.next) {
    const e = windowEnergy(n);
    if (e > bestEnergy) {
      bestEnergy = e;
      best = n;
    }
  }
  return best;
}

function energyProfile(list: WindowList): NDArray {
  const profile = zeros(list.length);
  for (let n = list.head; n !== null; n = n.next) {
    profile.set(n.index, windowEnergy(n));
  }
  return profile;
}

// Synthetic stream: a slow ramp with an alternating vibration component that grows over time.
const stream = zeros(24);
for (let i = 0; i < stream.size; i++) {
  const wobble = (i % 2 === 0 ? 1 : -1) * (1 + i / 12);
  stream.set(i, 0.5 * i + wobble);
}

const windows: WindowList = { head: null, tail: null, length: 0 };
for (let start = 0; start + WINDOW <= stream.size; start += WINDOW) {
  const view = stream.slice(`${start}:${start + WINDOW}`);
  appendWindow(windows, view);
}

const rawProfile = energyProfile(windows);
const loudest = peakWindow(windows);
console.log("windows:", windows.length, "loudest before calibration:", loudest?.index);
console.log("raw energy profile:", rawProfile.tolist());

// Keep an untouched copy of the raw stream for the audit log.
const rawStream = stream.copy();

// The calibration sheet arrives late: the sensor under-reports by a fixed gain.
stream.imul(GAIN); // expect: no-view-mutation

const calibrated = energyProfile(windows);
for (let n = windows.head; n !== null; n = n.next) {
  const ratio = calibrated.get(n.index) / rawProfile.get(n.index);
  console.log(
    `window ${n.index}: energy ${calibrated.get(n.index).toFixed(3)}`,
    `ratio ${ratio.toFixed(3)} drift ${drift(n).toFixed(3)}`,
  );
}

const rawMean = rawStream.mean();
console.log("raw mean:", rawMean.toFixed(3), "calibrated mean:", stream.mean().toFixed(3));
