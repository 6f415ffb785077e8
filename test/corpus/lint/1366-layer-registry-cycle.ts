// Keeps a small network's layer buffers in object-dtype tables with a lookup index, rescales the output layer and prints a summary.
// runnable
import { arange, empty, ones, refcount, memoryStats, NDArray } from "ndalias";

class LayerSpec {
  constructor(
    readonly name: string,
    readonly shape: number[],
  ) {}
}

class LayerFactory {
  private created = 0;

  build(spec: LayerSpec): NDArray {
    this.created++;
    const size = spec.shape.reduce((a, b) => a * b, 1);
    return arange(0, size).reshape(...spec.shape);
  }

  count(): number {
    return this.created;
  }
}

// Stores every layer in one table and keeps a lookup index that points back at the table.
function buildRegistry(layers: NDArray[]): NDArray {
  const table = empty(layers.length + 1, "object");
  for (let i = 0; i < layers.length; i++) {
    table.set(i, layers[i]);
  }
  const index = empty(2, "object");
  index.set(0, table);
  index.set(1, layers[layers.length - 1]);
  table.set(layers.length, index); // expect: no-reference-cycle
  return table;
}

class Summary {
  private readonly lines: string[] = [];

  layer(name: string, w: NDArray): void {
    this.lines.push(`${name}: shape=${JSON.stringify(w.shape)} sum=${w.sum().toFixed(2)}`);
  }

  note(text: string): void {
    this.lines.push(text);
  }

  print(): void {
    console.log(this.lines.join("\n"));
  }
}

const specs = [new LayerSpec("embed", [4, 3]), new LayerSpec("hidden", [3, 3]), new LayerSpec("output", [3, 1])];
const factory = new LayerFactory();
const layers = specs.map((s) => factory.build(s));
const summary = new Summary();

const registry = buildRegistry(layers);
summary.note(`layers built: ${factory.count()}, registry slots: ${registry.size}`);

const [embed, hidden, output] = layers;
hidden.slice(0).fill(1);
summary.layer("embed", embed);
summary.layer("hidden", hidden);

// Flat copy of the output weights for the export file; the layer itself is then rescaled for fine-tuning.
const exported = output.ravel();
const norm = Math.sqrt(output.mul(output).sum());
output.idiv(norm); // expect: no-view-mutation
summary.layer("output (rescaled)", output);
summary.note(`exported output weights: ${JSON.stringify(exported.tolist())}`);

const bias = ones(3);
const shifted = bias.add(embed.slice(-1));
shifted.imul(0.5);
summary.layer("bias", shifted);

summary.note(`references to the registry: ${refcount(registry)}`);
summary.print();

registry.dispose();
console.log("storages after dispose:", memoryStats().storages);
