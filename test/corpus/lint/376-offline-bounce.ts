// Offline bounce of a voice bank: each voice renders into its own block inside try/catch/finally, the mix is saturated, and a pre-saturation reference is kept for a null test.
import { zeros, NDArray } from "ndalias";

class RenderError extends Error {}

function renderVoice(freq: number, frames: number, sampleRate: number): NDArray {
  if (!(freq > 0 && freq < sampleRate / 2)) {
    throw new RenderError(`frequency ${freq} Hz is outside (0, ${sampleRate / 2})`);
  }
  const out = zeros(frames);
  for (let n = 0; n < frames; n++) {
    out.set(n, Math.sin((2 * Math.PI * freq * n) / sampleRate));
  }
  return out;
}

interface BounceResult {
  mix: NDArray;
  reference: NDArray;
  failed: number;
  clippedSamples: number;
}

function bounce(freqs: number[], frames: number, sampleRate: number, drive: number): BounceResult {
  const mix = zeros(frames);
  let failed = 0;
  let rendered = 0;

  for (const freq of freqs) {
    let voice: NDArray | null = null;
    try {
      voice = renderVoice(freq, frames, sampleRate);
      voice.imul(1 / freqs.length);
      if (voice.max() > 1) {
        throw new Error(`voice at ${freq} Hz exceeds full scale`);
      }
      mix.iadd(voice);
      rendered++;
    } catch (err) {
      if (!(err instanceof RenderError)) throw err;
      console.warn("skipping voice:", err.message);
      failed++;
      continue;
    } finally {
      voice?.dispose();
    }
  }

  if (rendered === 0) {
    return { mix, reference: mix.copy(), failed, clippedSamples: 0 };
  }

  // keep the clean sum for the null test before the saturator touches the mix
  const reference = mix.copy();

  let clippedSamples = 0;
  try {
    mix.imul(drive);
    for (let n = 0; n < mix.size; n++) {
      const v = mix.get(n);
      if (Math.abs(v) > 1) clippedSamples++;
      mix.set(n, Math.tanh(v));
    }
  } catch (err) {
    mix.assign(":", reference);
    throw err;
  } finally {
    console.log(`saturated ${mix.size} samples with drive ${drive}`);
  }

  // fade the edges against clicks, then remove any DC offset the saturator introduced
  const fadeLen = Math.min(8, Math.floor(mix.size / 4));
  if (fadeLen > 0) {
    const rampUp = zeros(fadeLen);
    for (let i = 0; i < fadeLen; i++) rampUp.set(i, (i + 1) / fadeLen);
    mix.slice(`:${fadeLen}`).imul(rampUp);
    mix.slice(`-${fadeLen}:`).imul(rampUp.flip());
  }
  const dc = mix.mean();
  if (Math.abs(dc) > 1e-4) {
    console.log(`removing dc offset ${dc.toFixed(5)}`);
    mix.isub(dc);
  }

  // loudness check: report how far the peak sits below full scale
  const peak = Math.max(mix.max(), -mix.min());
  if (peak === 0) {
    return { mix, reference, failed, clippedSamples };
  }
  console.log(`peak ${(20 * Math.log10(peak)).toFixed(2)} dBFS`);

  const head = mix.slice(":4");
  console.log("head after saturation:", head.tolist());
  return { mix, reference, failed, clippedSamples };
}

function nullTest(a: NDArray, b: NDArray): number {
  const diff = a.sub(b);
  return Math.sqrt(diff.mul(diff).mean());
}

const result = bounce([220, 330, 30000, 440], 64, 48000, 2.5);
console.log("failed voices:", result.failed, "clipped samples:", result.clippedSamples);
console.log("reference peak:", result.reference.max().toFixed(3));
console.log("saturation residual rms:", nullTest(result.mix, result.reference).toFixed(4));
