// Audio mixer with channel strips: void processors write the block they are handed, a documented helper fills the caller's bus, and the master is rebuilt by rebinding.
import { zeros, full, linspace, NDArray } from "ndalias";

/**
 * Sums every strip's output into `bus`, which is cleared first.
 * @ndalias write bus
 */
function mixInto(bus: NDArray, strips: ChannelStrip[]): NDArray {
  bus.fill(0);
  for (const strip of strips) bus.iadd(strip.render());
  return bus;
}

class ChannelStrip {
  private readonly gain = full(1, 1);
  private muted = false;

  constructor(readonly name: string, private source: NDArray) {}

  process(block: NDArray): void {
    block.imul(this.muted ? 0 : this.gain.get(0));
  }

  onFaderMove = (db: number): void => {
    this.gain.set(0, Math.pow(10, db / 20));
  };

  setMuted(muted: boolean): void {
    this.muted = muted;
  }

  render(): NDArray {
    const block = this.source.copy();
    this.process(block);
    return block;
  }

  replaceSource(next: NDArray): void {
    this.source = next.copy();
  }
}

class Mixer {
  private master: NDArray;
  constructor(private readonly strips: ChannelStrip[], blockSize: number) {
    this.master = zeros(blockSize);
  }

  renderMaster(ceiling: number): NDArray {
    let out = mixInto(this.master, this.strips);
    out = out.mul(1 / Math.max(1, out.max() / ceiling));
    out.imul(0.98);
    return out;
  }

  peak(): number {
    return this.master.max();
  }
}

const kick = linspace(1, 0, 8);
const pad = full(8, 0.25);
const strips = [new ChannelStrip("kick", kick), new ChannelStrip("pad", pad)];
strips[0].onFaderMove(-6);
strips[1].setMuted(false);
const mixer = new Mixer(strips, 8);
const block = mixer.renderMaster(1.0);
console.log("master block:", block.tolist(), "pre-limiter peak:", mixer.peak().toFixed(3));

const preview = zeros(8);
kick.imul(0.5);
strips[0].replaceSource(kick);
console.log("preview:", mixInto(preview, strips).tolist(), "kick:", kick.sum());
