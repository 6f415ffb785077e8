// Pass manager that runs in-place canonicalisation passes (clamp, zero padding lanes, sort sparse indices) over graph constants.
import { EventEmitter } from "node:events";
import { array, NDArray } from "ndalias";

interface ConstTensor {
  name: string;
  value: NDArray;
  indices: NDArray;
  valid: number;
  scale: number;
}

type Pass = (t: ConstTensor) => void;

function clampToInt8(t: ConstTensor): void {
  for (let i = 0; i < t.value.size; i++) {
    const v = t.value.get(i);
    t.value.set(i, Math.max(-128, Math.min(127, Math.round(v))));
  }
}

function zeroPaddingLanes(t: ConstTensor): void {
  if (t.valid >= t.value.size) return;
  const padding = t.value.slice(`${t.valid}:`);
  padding.fill(0);
}

function sortSparseIndices(t: ConstTensor): void {
  t.indices.sort();
}

function halveOddLanes(t: ConstTensor): void {
  const odd = t.value.slice("1::2");
  odd.idiv(2);
}

class PassManager {
  private readonly passes: [string, Pass][] = [];
  readonly events = new EventEmitter();

  register(name: string, pass: Pass): this {
    this.passes.push([name, pass]);
    return this;
  }

  run(tensors: ConstTensor[]): void {
    for (const t of tensors) {
      for (const [name, pass] of this.passes) {
        pass(t);
        this.events.emit("ran", name, t);
      }
    }
  }
}

const tensors: ConstTensor[] = [
  {
    name: "embed",
    value: array([12.4, -300, 5.5, 99.9, 7, 7]),
    indices: array([5, 1, 3], "int32"),
    valid: 4,
    scale: 2,
  },
  {
    name: "proj",
    value: array([1.2, 2.6, -3.4, 200]),
    indices: array([2, 0], "int32"),
    valid: 4,
    scale: 1,
  },
];

const manager = new PassManager()
  .register("clamp", clampToInt8)
  .register("pad", zeroPaddingLanes)
  .register("sort", sortSparseIndices)
  .register("odd", halveOddLanes);

const ranCounts = new Map<string, number>();
manager.events.on("ran", (name: string) => ranCounts.set(name, (ranCounts.get(name) ?? 0) + 1));
manager.events.on("ran", (name: string, t: ConstTensor) => {
  if (name === "odd" && t.scale !== 1) t.value.imul(t.scale);
});

manager.run(tensors);

// Per-tensor rescale back to unit scale, done as a forEach over the list.
tensors.forEach((t) => t.value.idiv(t.scale));

for (const t of tensors) {
  console.log(`${t.name}: values ${JSON.stringify(t.value.tolist())} indices ${JSON.stringify(t.indices.tolist())}`);
}
console.log("pass runs:", [...ranCounts].map(([k, v]) => `${k}x${v}`).join(" "));
