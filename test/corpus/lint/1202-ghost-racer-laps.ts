// Kart racing telemetry: records two laps, picks the faster one as the ghost, smooths speed traces and resets the live lap buffers.
import { array, zeros, NDArray } from "ndalias";

interface Lap {
  readonly split: NDArray; // seconds per sector
  readonly speed: NDArray; // km/h samples
}

interface Session {
  readonly laps: readonly Lap[];
  readonly ghost: Lap | null;
}

const SECTORS = 4;

function lapTime(lap: Lap): number {
  return lap.split.sum();
}

function topSpeed(lap: Lap): number {
  return lap.speed.max();
}

function smoothedPeak(lap: Lap): number {
  const trace = lap.speed;
  for (let i = 1; i < trace.size - 1; i++) {
    const prev = trace.data[i - 1] as number;
    const next = trace.data[i + 1] as number;
    trace.data[i] = (prev + (trace.data[i] as number) + next) / 3; // expect: no-alias-mutation
  }
  return trace.max();
}

function sectorDelta(a: Lap, b: Lap): NDArray {
  return a.split.sub(b.split);
}

function withLap(session: Session, lap: Lap): Session {
  const laps = [...session.laps, { split: lap.split.copy(), speed: lap.speed.copy() }];
  return { ...session, laps };
}

function recordSample(speed: NDArray, sample: number, i: number): NDArray {
  const out = speed.copy();
  out.set(i, sample);
  return out;
}

let liveA: Lap = { split: array([21.4, 18.9, 25.2, 19.8]), speed: zeros(6) };
let liveB: Lap = { split: array([21.1, 19.3, 24.6, 20.2]), speed: zeros(6) };

const samplesA = [92, 118, 131, 104, 88, 120];
const samplesB = [95, 121, 126, 109, 91, 117];
samplesA.forEach((v, i) => {
  liveA = { ...liveA, speed: recordSample(liveA.speed, v, i) };
});
samplesB.forEach((v, i) => {
  liveB = { ...liveB, speed: recordSample(liveB.speed, v, i) };
});

let session: Session = { laps: [], ghost: null };
session = withLap(session, liveA);
session = withLap(session, liveB);

const ghostSplits = lapTime(liveA) <= lapTime(liveB) ? liveA.split : liveB.split;
console.log("ghost lap time:", ghostSplits.sum().toFixed(2));
console.log("raw top speeds:", topSpeed(liveA), topSpeed(liveB));
console.log("smoothed peaks:", smoothedPeak(liveA).toFixed(1), smoothedPeak(liveB).toFixed(1));

const delta = sectorDelta(session.laps[0], session.laps[1]);
console.log("sector deltas A-B:", delta.tolist());

// start the next attempt from an empty live buffer
liveA.split.fill(0); // expect: no-alias-mutation
liveB = { split: zeros(SECTORS), speed: zeros(6) };

console.log("ghost splits shown on the HUD:", ghostSplits.tolist());
console.log("next attempt buffers:", liveA.split.tolist(), liveB.split.tolist());
console.log("stored laps:", session.laps.map(lapTime).map((t) => t.toFixed(2)).join(" / "));
const sectorGaps = delta.tolist() as number[];
console.log("sectors where lap A was faster:", sectorGaps.filter((d) => d < 0).length);
