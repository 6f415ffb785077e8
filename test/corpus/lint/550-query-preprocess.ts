// Prepares incoming query vectors for search: logs raw statistics, normalises in place, then derives the coarse-index head.
import { array, NDArray } from "ndalias";

/** Scales the given query vector to unit length, in place. */
function normaliseInPlace(v: NDArray): void {
  const norm = Math.sqrt(v.mul(v).sum());
  if (norm > 0) v.idiv(norm);
}

function coarseBucket(head: NDArray, buckets: number): number {
  const s = head.sum();
  return Math.abs(Math.floor(s * buckets)) % buckets;
}

class QueryLog {
  private readonly counts = array([0, 0, 0, 0]);
  record(bucket: number): number {
    this.counts.set(bucket, this.counts.get(bucket) + 1);
    return this.counts.sum();
  }
  busiest(): number {
    let best = 0;
    for (let i = 1; i < this.counts.size; i++) {
      if (this.counts.get(i) > this.counts.get(best)) best = i;
    }
    return best;
  }
}

const log = new QueryLog();

// Query 1: raw stats are read through a second name before the in-place normalisation.
const incoming = array([3.0, 4.0, 0.0, 12.0]);
const rawForAudit = incoming;
console.log("raw query:", rawForAudit.tolist(), "raw max:", rawForAudit.max());
const tail = incoming.slice("2:");
console.log("raw tail energy:", tail.mul(tail).sum());

incoming.idiv(Math.sqrt(incoming.mul(incoming).sum()));

const head = incoming.slice(":2");
const bucket = coarseBucket(head, 4);
console.log("unit query:", incoming.tolist(), "head:", head.tolist(), "bucket:", bucket);
console.log("queries logged:", log.record(bucket));

// Query 2: the void helper normalises the vector it was handed.
const second = array([1.0, 1.0, 1.0, 1.0]);
normaliseInPlace(second);
console.log("second unit query:", second.tolist());
console.log("queries logged:", log.record(coarseBucket(second.slice(":2"), 4)));

// Query 3: centred copy for the debiased index; the original stays raw.
const third = array([0.5, 2.5, 1.0, 0.0]);
const centred = third.sub(third.mean());
normaliseInPlace(centred);
console.log("raw third:", third.tolist(), "centred unit:", centred.tolist());
console.log("busiest bucket:", log.busiest());
