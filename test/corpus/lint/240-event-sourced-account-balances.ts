// Event-sourced account balances: state is rebuilt from an initial snapshot plus delta events, projections double-buffer, and an audit view follows a rebound state.
import { array, zeros, NDArray } from "ndalias";

interface DeltaEvent {
  account: number;
  amount: number;
}

export function rebuild(initial: NDArray, deltas: NDArray[]): NDArray {
  const state = initial.copy();
  for (const d of deltas) state.iadd(d);
  return state;
}

export function applyEvent(state: NDArray, ev: DeltaEvent): void {
  state.set(ev.account, state.get(ev.account) + ev.amount);
}

export function replay(accounts: number, events: DeltaEvent[]): NDArray {
  const balances = zeros(accounts);
  events.forEach((ev) => {
    balances.slice(`${ev.account}:${ev.account + 1}`).iadd(ev.amount);
  });
  return balances;
}

export function smoothedProjection(start: NDArray, steps: number, rate: number): NDArray {
  let front = start.copy();
  let back = zeros(start.size);
  for (let s = 0; s < steps; s++) {
    back.assign(":", front);
    back.imul(1 + rate);
    [front, back] = [back, front];
  }
  return front;
}

const opening = array([100, 250, 0, 40]);
const deltas = [array([10, -50, 5, 0]), array([0, 20, 0, -40])];
const current = rebuild(opening, deltas);
applyEvent(current, { account: 2, amount: 12.5 });
console.log("opening untouched:", opening.tolist(), "current:", current.tolist());

let state = replay(4, [{ account: 0, amount: 5 }, { account: 3, amount: 7 }]);
const audit = state.slice(":2");
console.log("audit before close:", audit.tolist());
state = state.add(current);
state.imul(1.01);
console.log("closing:", state.tolist(), "audit window:", audit.sum());

const projected = smoothedProjection(current, 3, 0.02);
projected.isub(current);
console.log("projected growth:", projected.tolist());
