// Runs a batch of audio frames through a pipeline of preprocessing stages and reports the peak of each processed frame.
import { array, NDArray } from "ndalias";

type Stage = (frame: NDArray) => NDArray;

const removeDc: Stage = (frame) => frame.sub(frame.mean());
const normalise: Stage = (frame) => frame.div(Math.max(frame.max(), -frame.min()) || 1);
const gate: Stage = (frame) => frame.imul(frame.max() > 0.05 ? 1 : 0); // expect: no-alias-mutation

const pipeline: Stage[] = [removeDc, normalise, gate];
const frames = [array([0.2, 0.4, 0.1, 0.3]), array([0.01, 0.02, 0.0, 0.01])];
const processed = frames.map((f) => pipeline.reduce((x, stage) => stage(x), f));
processed.forEach((p, i) => console.log(`frame ${i} peak:`, p.max()));
