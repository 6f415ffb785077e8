// Audio block processor: void hooks apply gain and a declick fade to each block in place; meters read the processed block.
import { array, NDArray } from "ndalias";

type BlockHook = (block: NDArray) => void;
type Meter = (block: NDArray) => number;

class AudioBus {
  private readonly hooks: BlockHook[] = [];
  private readonly meters = new Map<string, Meter>();

  on(hook: BlockHook): void {
    this.hooks.push(hook);
  }

  meter(name: string, m: Meter): void {
    this.meters.set(name, m);
  }

  process(block: NDArray): void {
    for (const hook of this.hooks) hook(block);
  }

  readMeters(block: NDArray): Record<string, number> {
    const out: Record<string, number> = {};
    this.meters.forEach((m, name) => {
      out[name] = m(block);
    });
    return out;
  }
}

function applyGain(block: NDArray): void {
  block.imul(0.8);
}

const bus = new AudioBus();
bus.on(applyGain);
bus.on((block) => {
  block.slice(":2").fill(0);
});
bus.on(function declick(block) {
  const n = block.size;
  block.set(n - 1, (block.get(n - 1) as number) * 0.5);
});

bus.meter("rms", (block) => {
  const sq = block.mul(block);
  sq.idiv(block.size);
  return Math.sqrt(sq.sum());
});
bus.meter("peak", (block) => {
  const sorted = block.copy();
  sorted.sort();
  return sorted.get(sorted.size - 1);
});

const blocks = [array([0.3, -0.6, 0.9, -0.2, 0.4]), array([0.1, 0.2, -0.8, 0.5, 0.7])];
blocks.forEach((b) => bus.process(b));
blocks.forEach((b) => {
  b.iadd(0.01);
});
console.log("meters:", blocks.map((b) => bus.readMeters(b)));
console.log("blocks:", blocks.map((b) => b.tolist()));
