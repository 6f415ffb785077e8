// Overlap-add noise gate: frames are windowed copies of the input, gated against a noise floor learned from a lead-in, and summed back with window normalisation.
import { array, zeros, NDArray } from "ndalias";

const FRAME = 8;
const HOP = 4;

function sineWindow(n: number): NDArray {
  const w = zeros(n);
  for (let i = 0; i < n; i++) w.set(i, Math.sin((Math.PI * (i + 0.5)) / n));
  return w;
}

function frameView(signal: NDArray, k: number): NDArray {
  return signal.slice(`${k * HOP}:${k * HOP + FRAME}`);
}

function energyOf(x: NDArray): number {
  return x.mul(x).sum();
}

interface GateReport {
  output: NDArray;
  floor: number;
  gatedFrames: number[];
  openRatio: number;
}

function spectralGate(input: NDArray, leadInFrames: number, thresholdDb: number, holdFrames = 1): GateReport {
  const frameTotal = Math.floor((input.size - FRAME) / HOP) + 1;
  if (frameTotal <= leadInFrames) {
    throw new RangeError(`need more than ${leadInFrames} frames, the input has ${frameTotal}`);
  }
  const analysis = sineWindow(FRAME);
  const synthesis = sineWindow(FRAME);
  // 1. learn the noise floor from the windowed lead-in frames (read only)
  const noiseProfile = zeros(FRAME);
  for (let k = 0; k < leadInFrames; k++) {
    const frame = frameView(input, k);
    const windowedLeadIn = frame.mul(analysis);
    noiseProfile.iadd(windowedLeadIn.mul(windowedLeadIn));
  }
  noiseProfile.idiv(leadInFrames);
  const floor = noiseProfile.sum();
  const threshold = floor * Math.pow(10, thresholdDb / 10);
  // 2. frame energies
  const energies = zeros(frameTotal);
  for (let k = 0; k < frameTotal; k++) {
    const e = energyOf(frameView(input, k).mul(analysis));
    if (!Number.isFinite(e)) {
      throw new Error(`frame ${k} contains non-finite samples`);
    }
    energies.set(k, e);
  }
  // 3. gate state machine with hold: closed -> open -> hold -> closed
  type State = "closed" | "open" | "hold";
  let state: State = "closed";
  let held = 0;
  const gains = zeros(frameTotal);
  const gatedFrames: number[] = [];
  for (let k = 0; k < frameTotal; k++) {
    const loud = energies.get(k) >= threshold;
    switch (state) {
      case "hold":
        if (!loud && ++held > holdFrames) {
          state = "closed";
          break;
        }
      // falls through: still holding, or the signal came back
      case "open":
        state = loud ? "open" : "hold";
        if (loud) held = 0;
        gains.set(k, loud ? 1 : 0.5);
        continue;
      case "closed":
        if (loud) {
          state = "open";
          gains.set(k, 1);
          continue;
        }
        break;
    }
    gatedFrames.push(k);
  }
  // 4. overlap-add the windowed frames scaled by their gate gain
  const acc = zeros(input.size);
  const norm = zeros(input.size);
  for (let k = 0; k < frameTotal; k++) {
    const windowed = frameView(input, k).mul(analysis);
    const g = gains.get(k);
    if (g === 0) {
      windowed.fill(0);
    } else if (g < 1) {
      windowed.imul(g);
    }
    windowed.imul(synthesis);
    acc.slice(`${k * HOP}:${k * HOP + FRAME}`).iadd(windowed);
    norm.slice(`${k * HOP}:${k * HOP + FRAME}`).iadd(analysis.mul(synthesis));
  }

  // 5. normalise by the summed window product, zeroing uncovered edges
  for (let i = 0; i < norm.size; i++) {
    const w = norm.get(i);
    acc.set(i, w > 1e-6 ? acc.get(i) / w : 0);
  }

  // 6. report how much of the signal passed
  const tail = acc.slice(`-${HOP}:`);
  console.log("tail after gating:", tail.tolist());
  const open = frameTotal - gatedFrames.length;
  return { output: acc, floor, gatedFrames, openRatio: open / frameTotal };
}

const leadIn = [0.01, -0.02, 0.015, -0.01, 0.02, -0.015, 0.01, -0.005];
const burst = [0.3, 0.6, 0.8, 0.5, -0.4, -0.7, -0.6, -0.2];
const noisy = array([...leadIn, ...burst, 0.01, 0.02, -0.01, 0.0, 0.015, -0.02, 0.01, 0.005]);

const report = spectralGate(noisy, 1, 6);
console.log("noise floor:", report.floor.toExponential(2));
console.log("gated frames:", report.gatedFrames.join(", "), "open ratio:", report.openRatio.toFixed(2));
console.log("input peak:", noisy.max(), "output peak:", report.output.max().toFixed(3));
