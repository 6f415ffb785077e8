// Replays order-book events: a switch picks which side's depth vector the event updates, and the replay reports both sides afterwards.
import { zeros, NDArray } from "ndalias";

type BookEvent =
  | { kind: "bid"; level: number; qty: number }
  | { kind: "ask"; level: number; qty: number }
  | { kind: "probe"; level: number; qty: number };

const LEVELS = 5;

function replay(events: readonly BookEvent[]): { bid: number; ask: number; probe: number } {
  const bids = zeros(LEVELS);
  const asks = zeros(LEVELS);
  let probes = 0;
  for (const e of events) {
    let target: NDArray;
    switch (e.kind) {
      case "bid":
        target = bids;
        break;
      case "ask":
        target = asks;
        break;
      default:
        target = zeros(LEVELS);
        probes++;
    }
    target.set(e.level, target.get(e.level) + e.qty); // expect: no-alias-mutation
  }
  return { bid: bids.sum(), ask: asks.sum(), probe: probes };
}

function spreadOf(events: readonly BookEvent[]): number {
  let best = zeros(2);
  for (const e of events) {
    switch (e.kind) {
      case "bid":
        best.set(0, Math.max(best.get(0), e.level));
        break;
      case "ask":
        best = best.copy();
        best.set(1, e.level);
        break;
      default:
        continue;
    }
  }
  return best.get(1) - best.get(0);
}

const events = [
  { kind: "bid", level: 1, qty: 10 },
  { kind: "ask", level: 3, qty: 4 },
  { kind: "probe", level: 0, qty: 1 },
] as const satisfies readonly BookEvent[];
console.log(replay(events), spreadOf(events));
