// Multi-object tracking bookkeeping: a forward-linked track chain, an object-dtype crop gallery and a quadtree of detections.
import { array, empty, zeros, NDArray } from "ndalias";

class Track {
  successor: Track | null = null;
  predecessorId: number | null = null;
  readonly state: NDArray;

  constructor(readonly id: number, x: number, y: number) {
    this.state = array([x, y, 0, 0]);
  }

  predict(dt: number): NDArray {
    const next = this.state.copy();
    next.set(0, next.get(0) + dt * next.get(2));
    next.set(1, next.get(1) + dt * next.get(3));
    return next;
  }
}

/** Hands a lost track over to the track that re-acquired the object. */
function handOver(lost: Track, found: Track): void {
  lost.successor = found;
  found.predecessorId = lost.id;
  found.state.slice("2:").assign("...", lost.state.slice("2:"));
}

class QuadNode {
  readonly children = empty(4, "object");
  readonly points: Array<[number, number]> = [];
  split = false;

  constructor(readonly x0: number, readonly y0: number, readonly size: number) {}

  insert(p: [number, number]): void {
    if (!this.split && this.points.length < 2) {
      this.points.push(p);
      return;
    }
    if (!this.split) {
      const half = this.size / 2;
      for (let q = 0; q < 4; q++) {
        this.children.set(q, new QuadNode(this.x0 + (q % 2) * half, this.y0 + Math.floor(q / 2) * half, half));
      }
      this.split = true;
      const old = this.points.splice(0);
      for (const o of old) this.insert(o);
    }
    const half = this.size / 2;
    const q = (p[0] >= this.x0 + half ? 1 : 0) + (p[1] >= this.y0 + half ? 2 : 0);
    (this.children.get(q) as QuadNode).insert(p);
  }

  count(): number {
    if (!this.split) return this.points.length;
    let n = 0;
    for (let q = 0; q < 4; q++) n += (this.children.get(q) as QuadNode).count();
    return n;
  }
}

function cropAt(frame: NDArray, x: number, y: number, r: number): NDArray {
  return frame.slice(`${y - r}:${y + r}, ${x - r}:${x + r}`).copy();
}

const frame = zeros([16, 16]);
frame.slice("4:8, 4:8").fill(1);
frame.slice("10:14, 9:13").fill(2);

// gallery: one object-dtype row per track, holding that track's crops; the table of rows holds the rows
const galleryRows = empty(2, "object");
const rowA = empty(2, "object");
const rowB = empty(2, "object");
rowA.set(0, cropAt(frame, 6, 6, 2));
rowA.set(1, cropAt(frame, 6, 6, 1));
rowB.set(0, cropAt(frame, 11, 12, 2));
rowB.set(1, rowA.get(1));
galleryRows.set(0, rowA);
galleryRows.set(1, rowB);

const t1 = new Track(1, 6, 6);
t1.state.assign("2:", [0.5, 0.25]);
const t2 = new Track(2, 7, 7);
const t3 = new Track(3, 9, 8);
handOver(t1, t2);
handOver(t2, t3);

for (let t: Track | null = t1; t; t = t.successor) {
  console.log(`track ${t.id} <- ${t.predecessorId ?? "-"} predicted:`, t.predict(2).tolist());
}

const tree = new QuadNode(0, 0, 16);
for (const p of [[6, 6], [11, 12], [5, 7], [12, 11], [1, 14]] as Array<[number, number]>) tree.insert(p);
console.log("detections in tree:", tree.count());

const firstCrop = (galleryRows.get(0) as NDArray).get(0) as NDArray;
console.log("gallery rows:", galleryRows.size, "first crop energy:", firstCrop.sum());
