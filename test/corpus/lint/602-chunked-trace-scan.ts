// Chunked anomaly scan over a long sensor trace: each fixed-size window is scored against its own level and the worst windows are reported.
import { array, linspace, NDArray } from "ndalias";

const CHUNK = 4;

function chunkSpecs(length: number, size: number): string[] {
  const specs: string[] = [];
  for (let start = 0; start < length; start += size) {
    specs.push(`${start}:${Math.min(start + size, length)}`);
  }
  return specs;
}

export function spreadPerChunk(trace: NDArray, size: number): number[] {
  const spreads: number[] = [];
  for (const spec of chunkSpecs(trace.size, size)) {
    const window = trace.slice(spec).copy();
    window.isub(window.min());
    spreads.push(window.max());
  }
  return spreads;
}

export function peakDeviationPerChunk(trace: NDArray, size: number): number[] {
  const peaks: number[] = [];
  for (const spec of chunkSpecs(trace.size, size)) {
    const window = trace.slice(spec);
    const level = window.mean();
    window.isub(level); // expect: no-view-mutation
    peaks.push(Math.max(window.max(), -window.min()));
  }
  return peaks;
}

function worstChunks(scores: number[], k: number): number[] {
  return scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k)
    .map((entry) => entry.index);
}

const trace = linspace(10, 12, 16).add(array([0, 0.1, -0.1, 0, 0.2, 3.5, 0.1, 0, 0, -0.2, 0.1, 0, 0.1, 0, -2.8, 0]));
const warmup = trace.slice(`:${CHUNK}`);
console.log("warm-up level:", warmup.mean());

const calibration = 0.25;
trace.iadd(calibration); // expect: no-view-mutation

const spreads = spreadPerChunk(trace, CHUNK);
const peaks = peakDeviationPerChunk(trace, CHUNK);

console.log("spread per chunk:", spreads);
console.log("worst chunks by peak deviation:", worstChunks(peaks, 2));
console.log("warm-up samples:", warmup.tolist());
console.log("trace mean after the scan:", trace.mean());
