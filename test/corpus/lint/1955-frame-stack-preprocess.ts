// Preprocesses raw 3x3 grey frames into a four-frame stack, scores actions with a linear policy and resets the stack between episodes.
import { array, zeros, arange, NDArray } from "ndalias";

const H = 3;
const W = 3;
const STACK = 4;
const N_ACTIONS = 3;
const STEPS = 12;
const EPISODE_LEN = 5;

function grabFrame(t: number): NDArray {
  // Synthetic camera: a moving bright pixel on a dim background.
  const frame = zeros([H, W]);
  frame.fill(30);
  frame.set([Math.floor(t / W) % H, t % W], 255);
  return frame;
}

function policyLogits(weights: NDArray, input: NDArray): NDArray {
  const logits = zeros(N_ACTIONS);
  for (let a = 0; a < N_ACTIONS; a++) {
    logits.set(a, weights.slice(a).mul(input).sum());
  }
  return logits;
}

function argmax(x: NDArray): number {
  let best = 0;
  for (let i = 1; i < x.size; i++) if (x.get(i) > x.get(best)) best = i;
  return best;
}

const features = STACK * H * W;
const weights = arange(N_ACTIONS * features).mul(0.001).reshape(N_ACTIONS, features).copy();
weights.slice(1).imul(-1);

const stack = zeros([STACK, H, W]);
const rawLog: NDArray[] = [];
const actions: number[] = [];

for (let t = 0; t < STEPS; t++) {
  const frame = grabFrame(t);

  // Pixel intensities in [0, 1] for the network.
  const pixels = frame.ravel();
  pixels.idiv(255); // expect: no-view-mutation

  // Keep the raw camera frame for the episode video.
  rawLog.push(frame);

  // Shift the stack by one frame and append the newest one.
  stack.assign("0:3", stack.slice("1:4").copy());
  stack.assign("3", pixels.reshape(H, W));

  const input = stack.reshape(features);
  const logits = policyLogits(weights, input);
  actions.push(argmax(logits));

  if ((t + 1) % EPISODE_LEN === 0) {
    stack.fill(0);
  }
}

console.log("actions:", actions.join(" "));
console.log("brightest raw value in the video:", Math.max(...rawLog.map((f) => f.max())));

// Saliency of the final stack for the debug overlay.
const finalInput = stack.reshape(features);
const saliency = weights.slice(actions[actions.length - 1]).mul(finalInput);
const topFrame = saliency.reshape(STACK, H, W).slice(STACK - 1).copy();

// Start the next episode from an empty stack.
stack.fill(0); // expect: no-view-mutation

const nextLogits = policyLogits(weights, finalInput);
console.log("saliency of the newest frame:", topFrame.tolist());
console.log("logits on the cleared stack:", nextLogits.tolist());

const mask = array([[1, 0, 1], [0, 1, 0], [1, 0, 1]]);
const masked = topFrame.mul(mask);
console.log("masked saliency total:", masked.sum().toFixed(5));
