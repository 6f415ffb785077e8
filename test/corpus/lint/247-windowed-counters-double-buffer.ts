// Windowed request counters: a live/standby buffer pair swapped per window, snapshot-and-reset into an object-dtype history, and tick handlers that scale what they receive.
import { EventEmitter } from "node:events";
import { array, empty, zeros, NDArray } from "ndalias";

class WindowedCounters {
  private live: NDArray;
  private standby: NDArray;
  readonly history: NDArray;
  private windows = 0;

  constructor(readonly endpoints: number, readonly keep: number) {
    this.live = zeros(endpoints);
    this.standby = zeros(endpoints);
    this.history = empty(keep, "object");
  }

  hit(endpoint: number, count = 1): void {
    this.live.set(endpoint, this.live.get(endpoint) + count);
  }

  closeWindow(): number {
    const closing = this.live;
    const total = closing.sum();
    [this.live, this.standby] = [this.standby, this.live];
    this.history.set(this.windows % this.keep, this.standby.copy());
    this.standby.fill(0);
    this.windows++;
    return total;
  }

  snapshotAndReset(): NDArray {
    const snap = this.live.copy();
    this.live.fill(0);
    return snap;
  }

  decayAndPeek(rate: number): NDArray {
    this.live.imul(1 - rate);
    const head = this.live.slice(":2");
    return head.copy();
  }
}

const counters = new WindowedCounters(4, 3);
counters.hit(0, 5);
counters.hit(2, 3);
console.log("window total:", counters.closeWindow(), "decayed head:", counters.decayAndPeek(0.1).tolist());
counters.hit(1, 7);
const snap = counters.snapshotAndReset();
snap.idiv(Math.max(1, snap.sum()));
console.log("share in last window:", snap.tolist());

const ticks = new EventEmitter();
const rates = [array([1, 2, 3]), array([4, 5, 6])];
ticks.on("tick", (v: NDArray) => v.imul(0.5));
for (const r of rates) ticks.emit("tick", r);
rates.forEach((r) => r.fill(0));
console.log("rates after decay and reset:", rates.map((r) => r.sum()), "history slots:", counters.history.size);
