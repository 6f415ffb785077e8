// Audio plug-in host: processors transform each sample block in place, then meters observe the processed block and report levels.
import { array, NDArray } from "ndalias";

type Processor = (block: NDArray) => void;
type Meter = (block: NDArray) => number;

class PluginChain {
  private readonly processors: Processor[] = [];
  private readonly meters = new Map<string, Meter>();

  use(processor: Processor): this {
    this.processors.push(processor);
    return this;
  }

  meter(name: string, meter: Meter): this {
    this.meters.set(name, meter);
    return this;
  }

  run(block: NDArray): Record<string, number> {
    for (const processor of this.processors) processor(block);
    const readings: Record<string, number> = {};
    for (const [name, meter] of this.meters) readings[name] = meter(block);
    return readings;
  }
}

function softClip(limit: number): Processor {
  return (block) => {
    for (let i = 0; i < block.size; i++) {
      const v = block.get(i);
      block.set(i, limit * Math.tanh(v / limit));
    }
  };
}

const gainDb = -6;
const chain = new PluginChain()
  .use((block) => block.imul(Math.pow(10, gainDb / 20)))
  .use(softClip(0.8))
  .use((block) => {
    block.slice(":2").imul(0.5);
  })
  .meter("peak", (block) => Math.max(block.max(), -block.min()))
  .meter("rms", (block) => {
    const squared = block.mul(block);
    return Math.sqrt(squared.mean());
  })
  .meter("crest", (block) => {
    const centred = block.sub(block.mean());
    centred.imul(centred);
    return Math.max(block.max(), -block.min()) / Math.sqrt(centred.mean() || 1);
  });

const blocks = [array([0.1, 0.9, -1.4, 0.6, 0.2, -0.3]), array([1.8, -1.6, 0.4, 0.0, -0.2, 0.5])];
for (const [n, block] of blocks.entries()) {
  const readings = chain.run(block);
  console.log(`block ${n}:`, (block.tolist() as number[]).map((v) => v.toFixed(3)), readings);
}
