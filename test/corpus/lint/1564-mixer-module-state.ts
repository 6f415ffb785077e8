// Runs a four-channel audio mixer whose state lives in a module-level nested object, with a class-based peak limiter and meters.
import { array, zeros, NDArray } from "ndalias";

const MIXER = {
  channels: { gains: array([1, 0.8, 0.6, 1.2]), mutes: zeros(4, "uint8") },
  meters: { history: zeros([4, 6]), cursor: 0 },
  master: { level: 1.0 },
};

function setGain(channel: number, gain: number): number {
  MIXER.channels.gains.set(channel, gain);
  return MIXER.channels.gains.sum();
}

function mute(channel: number): boolean {
  MIXER.channels.mutes.slice(`${channel}:${channel + 1}`).fill(1);
  return MIXER.channels.mutes.get(channel) === 1;
}

function mix(frame: NDArray): NDArray {
  const out = frame.mul(MIXER.channels.gains);
  for (let i = 0; i < out.size; i++) {
    if (MIXER.channels.mutes.get(i) === 1) out.set(i, 0);
  }
  out.imul(MIXER.master.level);
  return out;
}

function pushMeter(levels: NDArray): number {
  const column = MIXER.meters.cursor % MIXER.meters.history.shape[1];
  MIXER.meters.history.slice(":", column).assign(":", levels);
  MIXER.meters.cursor += 1;
  return column;
}

class Limiter {
  private state = {
    envelope: zeros(4),
    params: { threshold: 0.9, release: 0.5 },
  };

  process(frame: NDArray): NDArray {
    this.state.envelope.imul(this.state.params.release);
    for (let i = 0; i < frame.size; i++) {
      const peak = Math.abs(frame.get(i));
      if (peak > this.state.envelope.get(i)) this.state.envelope.set(i, peak);
    }
    const out = frame.copy();
    const t = this.state.params.threshold;
    for (let i = 0; i < out.size; i++) {
      const env = this.state.envelope.get(i);
      if (env > t) out.set(i, (out.get(i) * t) / env);
    }
    return out;
  }

  reset(): number {
    this.state.envelope.fill(0);
    return this.state.envelope.sum();
  }

  envelopeTotal(): number {
    return this.state.envelope.sum();
  }
}

const limiter = new Limiter();
const frames = [
  array([0.2, 0.5, 0.9, 0.1]),
  array([0.7, 1.3, 0.2, 0.4]),
  array([0.1, 0.2, 1.8, 0.9]),
];

MIXER.master.level = 0.9;
console.log("channel 2 muted:", mute(2));

for (const frame of frames) {
  const out = limiter.process(mix(frame));
  const col = pushMeter(out);
  console.log(`frame -> column ${col}:`, out.tolist(), "envelope", limiter.envelopeTotal().toFixed(3));
}

console.log("gain total after boost:", setGain(3, 1.0));
console.log("limiter reset:", limiter.reset());

// Half the gains for the quiet section, then hand the gains to the UI panel.
MIXER.channels.gains.imul(0.5);
const panel = { gains: MIXER.channels.gains, title: "quiet section" };
console.log(panel.title, panel.gains.tolist());

const history = MIXER.meters.history;
console.log("meter history:", history.tolist());
console.log("loudest channel so far:", history.max());
