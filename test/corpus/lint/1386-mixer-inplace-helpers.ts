// Audio mixer engine: void helpers update the channel state in place on purpose, driven by a small event bus, with snapshots taken as copies.
import { array, zeros, NDArray } from "ndalias";

interface MixerState {
  gains: NDArray; // per channel, linear
  pans: NDArray; // per channel, -1..1
  meters: NDArray; // [channels, 2] peak level, left/right
  muted: NDArray; // per channel, 0/1
}

type Listener = (state: MixerState, value: number) => void;

class EventBus {
  private listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener): void {
    const list = this.listeners.get(event) ?? [];
    list.push(fn);
    this.listeners.set(event, list);
  }
  emit(event: string, state: MixerState, value: number): void {
    for (const fn of this.listeners.get(event) ?? []) fn(state, value);
  }
}

function clampInPlace(x: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < x.size; i++) {
    const v = x.get(i);
    if (v < lo) x.set(i, lo);
    else if (v > hi) x.set(i, hi);
  }
}

function applyMasterFade(state: MixerState, factor: number): void {
  state.gains.imul(factor);
  clampInPlace(state.gains, 0, 2);
}

function decayMeters(state: MixerState, rate: number): void {
  state.meters.imul(1 - rate);
}

function soloChannel(state: MixerState, channel: number): void {
  state.muted.fill(1);
  state.muted.set(channel, 0);
}

function resetChannel(state: MixerState, channel: number): void {
  state.gains.set(channel, 1);
  state.pans.set(channel, 0);
  state.meters.slice(channel).fill(0);
}

function feedMeters(state: MixerState, block: NDArray): void {
  for (let c = 0; c < block.shape[0]; c++) {
    const level = block.slice(c).max() * state.gains.get(c) * (1 - state.muted.get(c));
    const left = level * Math.min(1, 1 - state.pans.get(c));
    const right = level * Math.min(1, 1 + state.pans.get(c));
    state.meters.set([c, 0], Math.max(state.meters.get(c, 0), left));
    state.meters.set([c, 1], Math.max(state.meters.get(c, 1), right));
  }
}

function snapshot(state: MixerState): MixerState {
  return {
    gains: state.gains.copy(),
    pans: state.pans.copy(),
    meters: state.meters.copy(),
    muted: state.muted.copy(),
  };
}

const mixer: MixerState = {
  gains: array([1.0, 0.8, 1.2, 0.5]),
  pans: array([-0.5, 0.0, 0.5, 0.2]),
  meters: zeros([4, 2]),
  muted: zeros(4),
};

const bus = new EventBus();
bus.on("fade", (state, factor) => {
  applyMasterFade(state, factor);
});
bus.on("tick", (state, rate) => {
  decayMeters(state, rate);
});
bus.on("solo", soloChannel);
bus.on("reset", resetChannel);

const beforeShow = snapshot(mixer);
feedMeters(mixer, array([[0.2, 0.9, 0.4], [0.5, 0.1, 0.3], [0.7, 0.6, 0.95], [0.05, 0.1, 0.2]]));
bus.emit("tick", mixer, 0.25);
bus.emit("fade", mixer, 1.8);
clampInPlace(mixer.pans.slice("2:"), -0.25, 0.25);
bus.emit("solo", mixer, 2);
mixer.meters.slice(":", 1).imul(0.5);

const duringShow = snapshot(mixer);
bus.emit("reset", mixer, 1);

console.log("gains before/after:", beforeShow.gains.tolist(), mixer.gains.tolist());
console.log("pans:", mixer.pans.tolist(), "muted:", mixer.muted.tolist());
console.log("meters during show:", duringShow.meters.tolist());
console.log("meters now:", mixer.meters.tolist());
