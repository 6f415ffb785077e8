// Renders a heatmap into an optional caller-supplied canvas or the shared scratch canvas, and previews halved session weights for a report.
import { array, zeros, NDArray } from "ndalias";

interface RenderOptions {
  target?: NDArray;
  gamma?: number;
}

interface Session {
  state?: { weights: NDArray; step: number };
}

const sharedCanvas = zeros([2, 3]);

function requestedOptions(argv: string[]): RenderOptions | undefined {
  if (argv.includes("--own-canvas")) return { target: zeros([2, 3]), gamma: 2.2 };
  if (argv.includes("--gamma")) return { gamma: 1.8 };
  return undefined;
}

function gammaCorrect(img: NDArray, gamma: number): NDArray {
  const out = img.copy();
  for (let i = 0; i < out.size; i++) {
    out.set(i, Math.pow(out.get(i), 1 / gamma));
  }
  return out;
}

const heat = array([0.1, 0.7, 0.3, 0.9, 0.2, 0.5]);
const opts = requestedOptions(process.argv.slice(2));
const gamma = opts?.gamma ?? 2.0;

const canvas = opts?.target ?? sharedCanvas;
canvas.assign(":", gammaCorrect(heat, gamma).reshape(2, 3)); // expect: no-alias-mutation
console.log("rendered:", canvas.tolist());
console.log("shared canvas dirty:", sharedCanvas.sum() > 0);

const session: Session = { state: { weights: array([0.4, 0.6, -0.2]), step: 12 } };

// the optimiser nudges the live weights through their own path
session.state?.weights.iadd(0.01);

// the report wants the weights at half scale
const previewScale = 0.5;
session.state?.weights.copy().imul(previewScale); // expect: no-lost-write
console.log("step", session.state?.step, "weights:", session.state?.weights.tolist());

const halved = session.state?.weights.mul(previewScale);
console.log("halved (read-only):", halved?.tolist() ?? []);
