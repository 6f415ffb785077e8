// A dashboard store that keeps the latest sensor readings, notifies subscribers with a shared snapshot, and supports rescaling and clearing the tail.
import { zeros, NDArray } from "ndalias";

type Listener = (snapshot: NDArray, version: number) => void;

class ReadingStore {
  private readings: NDArray;
  private listeners = new Set<Listener>();
  private version = 0;

  constructor(readonly slots: number) {
    this.readings = zeros(slots);
  }

  subscribe(listener: Listener): () => boolean {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  record(slot: number, value: number): void {
    this.readings.set(slot, value);
    this.notify();
  }

  clearTail(from: number): void {
    this.readings.slice(`${from}:`).fill(0);
    this.notify();
  }

  rescale(factor: number): number {
    this.readings.imul(factor);
    this.notify();
    return this.readings.sum();
  }

  total(): number {
    return this.readings.sum();
  }

  private notify(): void {
    this.version++;
    const snapshot = this.readings.copy();
    for (const listener of this.listeners) {
      listener(snapshot, this.version);
    }
  }
}

function clampNegative(snapshot: NDArray): void {
  for (let i = 0; i < snapshot.size; i++) {
    if (snapshot.get(i) < 0) {
      snapshot.set(i, 0);
    }
  }
}

const normalise: Listener = (snapshot) => snapshot.idiv(Math.max(snapshot.max(), 1));

const history: number[][] = [];
const store = new ReadingStore(6);

store.subscribe(clampNegative);
store.subscribe(normalise);
store.subscribe((snapshot, version) => {
  history.push(snapshot.tolist() as number[]);
  console.log(`v${version}:`, snapshot.tolist());
});
const stopAudit = store.subscribe((snapshot) => {
  if (snapshot.sum() > 3) {
    console.log("audit: high normalised load");
  }
});

store.record(0, 4.5);
store.record(1, -2.0);
store.record(2, 9.0);
store.record(4, 3.0);
stopAudit();

const rescaledTotal = store.rescale(0.5);
console.log("total after rescale:", rescaledTotal);

store.clearTail(3);
console.log("total after clearing the tail:", store.total());
console.log("snapshots seen:", history.length);
