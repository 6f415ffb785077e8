// Weekly thermostat schedule editor written as a pure reducer: every action returns a new state whose arrays are fresh copies.
import { full, NDArray } from "ndalias";

interface ScheduleState {
  readonly setpoints: NDArray; // [7 days, 24 hours] in degrees C
  readonly overrides: NDArray; // [24] one-off overrides for today, NaN = none
  readonly revision: number;
}

type Action =
  | { type: "set-hour"; day: number; hour: number; celsius: number }
  | { type: "copy-day"; from: number; to: number }
  | { type: "reset-day"; day: number }
  | { type: "eco"; delta: number; floor: number }
  | { type: "override"; hour: number; celsius: number }
  | { type: "clear-overrides" };

function cloneState(s: ScheduleState): ScheduleState {
  return { setpoints: s.setpoints.copy(), overrides: s.overrides.copy(), revision: s.revision };
}

function initialState(): ScheduleState {
  const setpoints = full([7, 24], 18);
  for (let d = 0; d < 7; d++) {
    setpoints.slice(d, "7:22").fill(21);
  }
  return { setpoints, overrides: full(24, NaN), revision: 0 };
}

function reducer(state: ScheduleState, action: Action): ScheduleState {
  const revision = state.revision + 1;
  switch (action.type) {
    case "set-hour": {
      const setpoints = state.setpoints.copy();
      setpoints.set([action.day, action.hour], action.celsius);
      return { ...state, setpoints, revision };
    }
    case "copy-day": {
      const setpoints = state.setpoints.copy();
      setpoints.slice(action.to).assign(":", state.setpoints.slice(action.from));
      return { ...state, setpoints, revision };
    }
    case "reset-day": {
      const next = cloneState(state);
      next.setpoints.slice(action.day).fill(18);
      next.setpoints.slice(action.day, "7:22").fill(21);
      return { ...next, revision };
    }
    case "eco": {
      const setpoints = state.setpoints.sub(action.delta);
      for (let i = 0; i < setpoints.size; i++) {
        if ((setpoints.data[i] as number) < action.floor) setpoints.data[i] = action.floor;
      }
      return { ...state, setpoints, revision };
    }
    case "override": {
      const overrides = state.overrides.copy();
      overrides.set(action.hour, action.celsius);
      return { ...state, overrides, revision };
    }
    case "clear-overrides":
      return { ...state, overrides: full(24, NaN), revision };
  }
}

function withOffset(state: ScheduleState, delta: number): ScheduleState {
  const next = cloneState(state);
  next.setpoints.iadd(delta);
  next.overrides.iadd(delta);
  return next;
}

function effectiveToday(state: ScheduleState, day: number): number[] {
  const today = state.setpoints.slice(day).tolist() as number[];
  const overrides = state.overrides.tolist() as number[];
  return today.map((t, h) => (Number.isNaN(overrides[h]) ? t : overrides[h]));
}

function degreeHours(state: ScheduleState): number {
  return state.setpoints.sub(15).sum();
}

const actions: Action[] = [
  { type: "set-hour", day: 0, hour: 6, celsius: 20 },
  { type: "copy-day", from: 0, to: 1 },
  { type: "override", hour: 18, celsius: 23 },
  { type: "eco", delta: 1.5, floor: 17 },
  { type: "reset-day", day: 6 },
];

const history: ScheduleState[] = [initialState()];
for (const action of actions) {
  history.push(reducer(history[history.length - 1], action));
}
const latest = history[history.length - 1];
const warmer = withOffset(latest, 0.5);
const cleared = reducer(warmer, { type: "clear-overrides" });

console.log("revisions:", history.map((s) => s.revision).join(" -> "));
console.log("degree-hours, first vs latest:", degreeHours(history[0]), degreeHours(latest));
console.log("Monday effective:", effectiveToday(latest, 0).join(" "));
console.log("Monday +0.5 before clearing overrides:", effectiveToday(warmer, 0).join(" "));
console.log("Monday +0.5 after clearing overrides:", effectiveToday(cleared, 0).join(" "));
console.log("initial Tuesday untouched:", history[0].setpoints.slice(1).tolist());
