// Event-emitter style frame bus: subscribers are void handlers that may scale the frame they are given, and a module-level accumulator is updated through its own name.
import { array, empty, zeros, NDArray } from "ndalias";

type Handler = (frame: NDArray, tick: number) => void;

class FrameBus {
  private readonly handlers = new Map<string, Handler[]>();

  on(topic: string, h: Handler): () => void {
    const list = this.handlers.get(topic) ?? [];
    list.push(h);
    this.handlers.set(topic, list);
    return () => {
      const i = list.indexOf(h);
      if (i >= 0) list.splice(i, 1);
    };
  }

  emit(topic: string, frame: NDArray, tick: number): number {
    const list = this.handlers.get(topic) ?? [];
    for (const h of list) h(frame, tick);
    return list.length;
  }
}

const TOTALS = zeros(3);
const PEAKS: number[] = [];

const bus = new FrameBus();
bus.on("frame", (frame) => {
  frame.imul(0.5);
});
const stopPeaks = bus.on("frame", (frame, tick) => {
  PEAKS[tick] = frame.max();
});
bus.on("frame", (frame) => {
  TOTALS.iadd(frame);
});
bus.on("reset", () => {
  TOTALS.fill(0);
});

const RECORDED = empty(4, "object");
bus.on("frame", (frame, tick) => {
  RECORDED.set(tick, frame);
});

const frames = [array([2, 4, 6]), array([1, 1, 1]), array([8, 0, 2])];
frames.forEach((f, tick) => {
  const delivered = bus.emit("frame", f, tick);
  if (tick === 1) stopPeaks();
  console.log(`tick ${tick}: ${delivered} handlers, frame now ${JSON.stringify(f.tolist())}`);
});

frames[0].fill(1);
console.log("recorded frame 0:", RECORDED.get(0).tolist(), "frame 0:", frames[0].sum());
console.log("totals:", TOTALS.tolist(), "peaks:", PEAKS);
bus.emit("reset", zeros(3), 3);
console.log("after reset:", TOTALS.sum());
