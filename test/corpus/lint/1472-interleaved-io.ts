// Audio I/O adapter: converts interleaved driver buffers to planar frames, applies input trim and DC offset, and back.
import { array, zeros, NDArray } from "ndalias";

interface DeviceConfig {
  sampleRate: number;
  bufferFrames: number;
  channels: number;
  inputTrim: number[];
  dcOffset: number[];
}

function deinterleave(interleaved: NDArray, channels: number): NDArray {
  const frames = interleaved.size / channels;
  return interleaved.reshape(frames, channels).T.copy();
}

function interleave(planar: NDArray): NDArray {
  return planar.T.flatten();
}

function applyTrim(interleaved: NDArray, config: DeviceConfig): void {
  const frames = interleaved.reshape(interleaved.size / config.channels, config.channels);
  for (let c = 0; c < config.channels; c++) {
    frames.slice(":", c).imul(config.inputTrim[c]);
  }
}

function removeDc(planar: NDArray, config: DeviceConfig): NDArray {
  const out = planar.copy();
  for (let c = 0; c < config.channels; c++) {
    out.slice(c).isub(config.dcOffset[c]);
  }
  return out;
}

function clampForDriver(planar: NDArray): NDArray {
  const wire = interleave(planar);
  for (let i = 0; i < wire.size; i++) {
    const v = wire.get(i);
    if (v > 1) wire.set(i, 1);
    if (v < -1) wire.set(i, -1);
  }
  return wire;
}

function latencyMs(config: DeviceConfig, periods: number): number {
  return (1000 * config.bufferFrames * periods) / config.sampleRate;
}

function channelPeaks(interleaved: NDArray, channels: number): number[] {
  const frames = interleaved.reshape(interleaved.size / channels, channels);
  const peaks: number[] = [];
  for (let c = 0; c < channels; c++) {
    const lane = frames.slice(":", c);
    peaks.push(Math.max(lane.max(), -lane.min()));
  }
  return peaks;
}

const config: DeviceConfig = {
  sampleRate: 48000,
  bufferFrames: 5,
  channels: 2,
  inputTrim: [0.9, 1.1],
  dcOffset: [0.02, -0.01],
};

const driverIn = array([0.5, 0.4, -0.2, -0.1, 0.9, 1.2, -0.7, -0.95, 0.1, 0.0]);
const captureLog = driverIn.copy();

applyTrim(driverIn, config);
const planar = removeDc(deinterleave(driverIn, config.channels), config);

// talkback meter: mean level of the trimmed input
const monitor = planar.sum() / planar.size;

// reuse the driver's input buffer for the outgoing block
const outFrames = driverIn.reshape(driverIn.size / config.channels, config.channels);
outFrames.slice(":", 0).assign(":", planar.slice(0)); // expect: no-view-mutation
outFrames.slice(":", 1).assign(":", planar.slice(1)); // expect: no-view-mutation

const wire = clampForDriver(planar);
const flatWire = wire.flatten();
flatWire.imul(32767); // expect: no-lost-write

const pcm = wire.mul(32767).astype("int16");
const silence = zeros(driverIn.size);

// input meters for the mixer's input strip
const inputPeaks = channelPeaks(driverIn, config.channels);

console.log("captured:", captureLog.tolist());
console.log("input peaks:", inputPeaks.map((p) => p.toFixed(3)));
console.log("monitor level:", monitor.toFixed(4));
console.log("pcm:", pcm.tolist());
console.log("silence frames:", silence.size / config.channels);
console.log("round-trip latency ms:", latencyMs(config, 2).toFixed(3));
