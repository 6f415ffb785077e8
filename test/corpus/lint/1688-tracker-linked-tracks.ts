// A multi-target tracker keeps tracks in a singly linked list, predicts them with constant velocity, matches detections and prunes stale tracks.
import { array, NDArray } from "ndalias";

interface Track {
  id: number;
  state: NDArray;
  velocity: NDArray;
  misses: number;
  next: Track | null;
}

const DT = 1;
const GATE = 2.0;
const MAX_MISSES = 2;
const GAIN = 0.6;

let head = null as Track | null;
let tail = null as Track | null;
let nextId = 1;

function spawn(x: number, y: number): Track {
  const track: Track = { id: nextId++, state: array([x, y]), velocity: array([0, 0]), misses: 0, next: null };
  if (tail === null) head = track;
  else tail.next = track;
  tail = track;
  return track;
}

function predictedPosition(track: Track, dt: number): NDArray {
  return track.state.add(track.velocity.mul(dt));
}

function advance(track: Track, dt: number): NDArray {
  const position = track.state;
  position.iadd(track.velocity.mul(dt)); // expect: no-alias-mutation
  return position.copy();
}

function correct(track: Track, measurement: NDArray, gain: number): void {
  const innovation = measurement.sub(predictedPosition(track, 0));
  track.state.iadd(innovation.mul(gain));
  track.velocity.imul(1 - gain);
  track.velocity.iadd(innovation.mul(gain / DT));
  track.misses = 0;
}

function nearestTrack(detection: NDArray, claimed: Set<number>): Track | null {
  let best: Track | null = null;
  let bestDist = GATE;
  for (let t: Track | null = head; t !== null; t = t.next) {
    if (claimed.has(t.id)) continue;
    const d = predictedPosition(t, 0).sub(detection);
    const dist = Math.sqrt(d.mul(d).sum());
    if (dist < bestDist) {
      bestDist = dist;
      best = t;
    }
  }
  return best;
}

function listIds(): number[] {
  const ids: number[] = [];
  for (let t: Track | null = head; t !== null; t = t.next) ids.push(t.id);
  return ids;
}

const frames = [
  [[1, 1], [8, 2]],
  [[1.5, 1.4], [8.4, 2.5], [4, 9]],
  [[2.1, 1.9], [4.2, 8.6]],
  [[2.6, 2.3]],
  [[3.0, 2.9]],
];

for (let f = 0; f < frames.length; f++) {
  const predictions: string[] = [];
  for (let t: Track | null = head; t !== null; t = t.next) {
    const p = advance(t, DT);
    predictions.push(`${t.id}:${JSON.stringify(p.tolist())}`);
  }
  const claimed = new Set<number>();
  for (const [x, y] of frames[f]) {
    const det = array([x, y]);
    const match = nearestTrack(det, claimed);
    if (match === null) {
      claimed.add(spawn(x, y).id);
    } else {
      correct(match, det, GAIN);
      claimed.add(match.id);
    }
  }
  for (let t: Track | null = head; t !== null; t = t.next) if (!claimed.has(t.id)) t.misses++;

  // Prune stale tracks and poison their state so any dangling reader sees NaN.
  let prev = null as Track | null;
  for (let t: Track | null = head; t !== null; t = t.next) {
    if (t.misses > MAX_MISSES) {
      t.state.flatten().fill(NaN); // expect: no-lost-write
      if (prev === null) head = t.next;
      else prev.next = t.next;
      if (tail === t) tail = prev;
    } else {
      prev = t;
    }
  }
  console.log(`frame ${f}: predicted ${predictions.join(" ")} | live tracks ${listIds().join(",")}`);
}

for (let t: Track | null = head; t !== null; t = t.next) {
  console.log(`track ${t.id}: at ${JSON.stringify(t.state.tolist())} moving ${JSON.stringify(t.velocity.tolist())}`);
}
