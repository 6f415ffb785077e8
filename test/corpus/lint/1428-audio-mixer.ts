// A small audio mixer: ducks a music track under a voice-over, picks the louder stem, and renders a normalised master.
import { arange, zeros, NDArray } from "ndalias";

const RATE = 64; // samples per "second" in this toy example

const tone = (freq: number, seconds: number, amp: number) => {
  const t = arange(0, seconds * RATE);
  const out = zeros(t.size);
  for (let i = 0; i < t.size; i++) out.set(i, amp * Math.sin((2 * Math.PI * freq * t.get(i)) / RATE));
  return out;
};

const Mixer = {
  peak: (track: NDArray) => Math.max(track.max(), -track.min()),

  rms: (track: NDArray) => Math.sqrt(track.mul(track).mean()),

  // lowers the music between two sample positions and reports the new peak
  duck: (track: NDArray, from: number, to: number, gain: number) => {
    const segment = track.slice(`${from}:${to}`);
    segment.imul(gain); // expect: no-view-mutation
    return Mixer.peak(track);
  },

  louder: (a: NDArray, b: NDArray) => (Mixer.rms(a) >= Mixer.rms(b) ? a : b),

  // fades the ends of the track it is given, in place
  fadeEdges: (track: NDArray, length: number): void => {
    for (let i = 0; i < length; i++) {
      const g = i / length;
      track.set(i, track.get(i) * g);
      track.set(track.size - 1 - i, track.get(track.size - 1 - i) * g);
    }
  },

  render: (stems: NDArray[]) => {
    const master = zeros(stems[0].size);
    stems.forEach((s) => master.iadd(s));
    const peak = Mixer.peak(master);
    if (peak > 1) master.idiv(peak);
    return master;
  },
};

const music = tone(3, 4, 0.8);
const voice = tone(7, 4, 0.5);
const bass = tone(1, 4, 0.6);

Mixer.fadeEdges(music, 8);
Mixer.fadeEdges(voice, 8);

const musicPeak = Mixer.duck(music, RATE, 3 * RATE, 0.3);
console.log("music peak after ducking:", musicPeak.toFixed(3));

// the louder of the two backing stems is pulled down to leave headroom
const loudest = Mixer.louder(music, bass);
loudest.imul(0.7); // expect: no-alias-mutation
console.log("bass rms:", Mixer.rms(bass).toFixed(3), "music rms:", Mixer.rms(music).toFixed(3));

// an independent preview stem: a copy, so the master is unaffected
const preview = voice.copy();
preview.imul(2);
console.log("preview peak:", Mixer.peak(preview).toFixed(3));

const master = Mixer.render([music, voice, bass]);
console.log("master peak:", Mixer.peak(master).toFixed(3), "rms:", Mixer.rms(master).toFixed(3));

const meter = (track: NDArray, blocks: number) => {
  const size = Math.floor(track.size / blocks);
  return Array.from({ length: blocks }, (_, k) => {
    const block = track.slice(`${k * size}:${(k + 1) * size}`);
    return "=".repeat(Math.round(Mixer.rms(block) * 20));
  });
};
meter(master, 8).forEach((bar, k) => console.log(`block ${k}: ${bar}`));

// a crossfaded tail into the voice stem, built in a fresh copy of the master
const crossfade = (a: NDArray, b: NDArray, n: number) => {
  const out = a.copy();
  const start = out.size - n;
  for (let i = 0; i < n; i++) {
    const g = i / n;
    out.set(start + i, out.get(start + i) * (1 - g) + b.get(i) * g);
  }
  return out;
};
console.log("crossfade tail rms:", Mixer.rms(crossfade(master, voice, 16).slice("-16:")).toFixed(3));

export default Mixer;
