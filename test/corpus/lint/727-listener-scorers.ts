// Camera frame bus: void hooks post-process each frame in place, and named scorers rate it for the auto-exposure loop.
import { array, NDArray } from "ndalias";

type FrameHook = (frame: NDArray) => void;
type FrameScorer = (frame: NDArray) => number;

class FrameBus {
  private readonly hooks: FrameHook[] = [];
  private readonly scorers = new Map<string, FrameScorer>();

  onFrame(hook: FrameHook): void {
    this.hooks.push(hook);
  }

  addScorer(name: string, scorer: FrameScorer): void {
    this.scorers.set(name, scorer);
  }

  publish(frame: NDArray): Record<string, number> {
    for (const hook of this.hooks) hook(frame);
    const scores: Record<string, number> = {};
    for (const [name, scorer] of this.scorers) scores[name] = scorer(frame);
    return scores;
  }
}

const bus = new FrameBus();

bus.onFrame((frame) => {
  frame.imul(1.2);
});
bus.onFrame((frame) => {
  for (let i = 0; i < frame.size; i++) {
    frame.data[i] = Math.min(255, frame.data[i] as number);
  }
});

bus.addScorer("mean", (frame) => frame.mean());
bus.addScorer("clipped", (frame) => {
  const hot = frame.copy();
  hot.isub(254);
  return hot.max() > 0 ? 1 : 0;
});
bus.addScorer("contrast", (frame) => {
  frame.isub(frame.mean()); // expect: no-alias-mutation
  return Math.sqrt(frame.mul(frame).mean());
});

const frame = array([
  [10, 40, 60],
  [200, 90, 230],
]);
const scores = bus.publish(frame);
console.log("scores:", scores);
console.log("displayed frame:", frame.tolist());
