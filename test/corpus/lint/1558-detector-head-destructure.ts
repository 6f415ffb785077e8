// Loads a toy box detector from a nested config, prints a calibration report of its head and scores a few candidate boxes.
import { array, NDArray } from "ndalias";

interface Head {
  weights: NDArray;
  bias: NDArray;
  anchors: NDArray;
  classNames: string[];
}

interface Detector {
  name: string;
  model: {
    backbone: { stride: number; channels: number };
    head: Head;
  };
  thresholds: { score: number; iou: number };
}

const detector: Detector = {
  name: "toy-det",
  model: {
    backbone: { stride: 8, channels: 3 },
    head: {
      weights: array([
        [0.9, -0.3, 0.2],
        [-0.1, 0.8, 0.4],
      ]),
      bias: array([0.6, -0.2]),
      anchors: array([1, 1, 2, 2, 4, 2, 2, 4]),
      classNames: ["cat", "dog"],
    },
  },
  thresholds: { score: 0.5, iou: 0.45 },
};

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function classScores(det: Detector, features: NDArray): number[] {
  const { weights, bias } = det.model.head;
  const out: number[] = [];
  for (let c = 0; c < weights.shape[0]; c++) {
    out.push(sigmoid(weights.slice(c).mul(features).sum() + bias.get(c)));
  }
  return out;
}

const {
  model: {
    head: { bias: headBias, weights: headWeights, classNames },
    backbone: { stride },
  },
  thresholds: { score: minScore },
} = detector;

// Calibration report.
console.log(`${detector.name}: ${classNames.length} classes, stride ${stride}`);
console.log("weight magnitude:", headWeights.mul(headWeights).sum().toFixed(3));
console.log("raw bias:", headBias.tolist());
headBias.isub(headBias.mean()); // expect: no-alias-mutation
console.log("bias relative to its mean:", headBias.tolist());

// Temperature scaling is applied to the stored head on purpose.
const temperature = 1.5;
detector.model.head.weights.idiv(temperature);

// Anchors are stored in grid units as (w, h) pairs.
const anchorPairs = detector.model.head.anchors.reshape(4, 2);
for (let i = 0; i < anchorPairs.shape[0]; i++) {
  console.log(`anchor ${i}: aspect ${(anchorPairs.get(i, 0) / anchorPairs.get(i, 1)).toFixed(2)}`);
}

// Convert anchors to pixels for the box decoder.
detector.model.head.anchors.imul(stride); // expect: no-view-mutation

const candidates = [
  { cell: [2, 3], anchor: 1, features: array([1.0, 0.2, 0.5]) },
  { cell: [0, 1], anchor: 3, features: array([0.1, 1.2, 0.3]) },
  { cell: [4, 4], anchor: 0, features: array([0.4, 0.4, 0.4]) },
];

for (const cand of candidates) {
  const scores = classScores(detector, cand.features);
  const best = scores.indexOf(Math.max(...scores));
  if (scores[best] < minScore) continue;
  const size = anchorPairs.slice(cand.anchor).tolist();
  console.log(
    `${classNames[best]} at (${cand.cell[0] * stride}, ${cand.cell[1] * stride})`,
    `size ${JSON.stringify(size)} score ${scores[best].toFixed(3)}`,
  );
}

console.log("head bias in use:", detector.model.head.bias.tolist());
console.log("head weights in use:", detector.model.head.weights.tolist());
console.log("anchor table (px):", anchorPairs.tolist());
