// Drives an audio clip through decode, normalise, fade, gate and report stages of a small state machine and prints the processed clip.
import { array, linspace, NDArray } from "ndalias";

type Stage = "decode" | "normalize" | "fade" | "gate" | "report" | "done";

interface Job {
  stage: Stage;
  retries: number;
  notes: string[];
}

const GATE_THRESHOLD = 0.05;
const FADE_FLOOR = 0.25;

function decode(bytes: number[]): NDArray {
  const pcm = array(bytes, "int16").astype("float64");
  pcm.idiv(32768);
  return pcm;
}

function rmsLevel(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

function peakAbs(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

const rawBytes = [1200, -3400, 8000, 16000, -12000, 900, 400, -250, 60, -30, 12000, -8000];
const job: Job = { stage: "decode", retries: 0, notes: [] };

let clip: NDArray = array([0]);
let source: NDArray = clip;

while (job.stage !== "done") {
  switch (job.stage) {
    case "decode": {
      source = decode(rawBytes);
      clip = source;
      job.notes.push(`decoded ${source.size} samples, peak ${peakAbs(source).toFixed(3)}`);
      job.stage = source.size > 0 ? "normalize" : "done";
      break;
    }
    case "normalize": {
      const peak = peakAbs(clip);
      if (peak === 0) {
        job.stage = "report";
        break;
      }
      clip.idiv(peak); // expect: no-alias-mutation
      job.stage = "fade";
      break;
    }
    case "fade": {
      const curve = linspace(1, FADE_FLOOR, clip.size);
      const shaped = clip.flatten();
      shaped.imul(curve); // expect: no-lost-write
      job.stage = "gate";
      break;
    }
    case "gate": {
      const gated = clip.copy();
      for (let i = 0; i < gated.size; i++) {
        if (Math.abs(gated.get(i)) < GATE_THRESHOLD) gated.set(i, 0);
      }
      job.notes.push(`gate would silence ${countZeros(gated)} samples`);
      job.stage = "report";
      break;
    }
    case "report": {
      job.notes.push(`source rms ${rmsLevel(source).toFixed(4)}, clip rms ${rmsLevel(clip).toFixed(4)}`);
      job.stage = "done";
      break;
    }
  }
}

function countZeros(x: NDArray): number {
  let n = 0;
  for (let i = 0; i < x.size; i++) if (x.get(i) === 0) n++;
  return n;
}

for (const note of job.notes) console.log(note);
console.log("processed clip:", clip.tolist());

// A second clip takes the early exit: silent input never reaches the write.
const silent = decode([0, 0, 0, 0]);
const silentView = silent;
const silentPeak = peakAbs(silent);
if (silentPeak > 0) {
  silentView.idiv(silentPeak);
  console.log("normalised silent clip:", silentView.tolist());
} else {
  console.log("silent clip left as decoded:", silent.tolist());
}
