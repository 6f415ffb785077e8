// Block-based host for nodes with process(input, output): in-place capable nodes share one buffer, others ping-pong.
import { array, zeros, NDArray } from "ndalias";

interface AudioNode {
  readonly label: string;
  readonly inPlace: boolean;
  process(input: NDArray, output: NDArray): void;
}

class Gain implements AudioNode {
  readonly label = "gain";
  readonly inPlace = true;
  constructor(private gain: number) {}

  process(input: NDArray, output: NDArray): void {
    if (input !== output) {
      output.assign(":", input);
    }
    output.imul(this.gain);
  }
}

class Pan implements AudioNode {
  readonly label = "pan";
  readonly inPlace = true;
  constructor(private pan: number) {}

  process(input: NDArray, output: NDArray): void {
    const angle = ((this.pan + 1) * Math.PI) / 4;
    if (input !== output) {
      output.assign(":", input);
    }
    output.slice(0).imul(Math.cos(angle));
    output.slice(1).imul(Math.sin(angle));
  }
}

class StereoSwap implements AudioNode {
  readonly label = "swap";
  readonly inPlace = false;

  process(input: NDArray, output: NDArray): void {
    output.slice(0).assign(":", input.slice(1));
    output.slice(1).assign(":", input.slice(0));
  }
}

function silenceTail(block: NDArray, from: number): void {
  block.slice(":", `${from}:`).fill(0);
}

function hardLimit(block: NDArray, ceiling: number): void {
  for (let i = 0; i < block.size; i++) {
    const v = block.data[i] as number;
    if (v > ceiling) block.data[i] = ceiling;
    else if (v < -ceiling) block.data[i] = -ceiling;
  }
}

class Host {
  constructor(private nodes: AudioNode[]) {}

  render(source: NDArray): NDArray {
    let current = source.copy();
    let spare = zeros(source.shape);
    for (const node of this.nodes) {
      if (node.inPlace) {
        node.process(current, current);
      } else {
        node.process(current, spare);
        [current, spare] = [spare, current];
      }
    }
    return current;
  }

  describe(): string {
    return this.nodes.map((n) => (n.inPlace ? n.label : `${n.label}*`)).join(" | ");
  }
}

const source = array([
  [0.2, 0.6, -0.4, 0.9, -1.3, 0.1],
  [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
]);

const host = new Host([new Gain(1.5), new StereoSwap(), new Pan(-0.25)]);
const rendered = host.render(source);
hardLimit(rendered, 1);
silenceTail(rendered, 5);

console.log("graph:", host.describe());
console.log("source:", source.tolist());
console.log("rendered:", rendered.tolist());
console.log("left energy:", rendered.slice(0).mul(rendered.slice(0)).sum().toFixed(4));
