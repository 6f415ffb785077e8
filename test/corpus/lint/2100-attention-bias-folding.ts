// Folds a causal attention-bias constant at compile time with slice-assign idioms, then publishes named windows of the result.
// runnable
import { zeros, array, NDArray } from "ndalias";

const SEQ = 5;
const NEG = -1e4;

interface BiasWindow {
  name: string;
  rows: string;
}

// Builds the causal mask: everything above the diagonal is masked out.
function causalMask(n: number): NDArray {
  const mask = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    mask.slice(i, `${i + 1}:`).fill(NEG);
  }
  return mask;
}

// Relative-position slopes (ALiBi-style) folded into the bias constant.
function alibiSlopes(n: number, slope: number): NDArray {
  const slopes = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) slopes.set([i, j], -slope * (i - j));
  }
  return slopes;
}

const bias = causalMask(SEQ);
const slopes = alibiSlopes(SEQ, 0.5);

// Fold the slopes into the bias in place.
bias.iadd(slopes);

// Padding: the last position is a pad token, so nothing attends to it and it attends to nothing.
bias.slice(":", -1).fill(NEG);
bias.slice(-1).fill(NEG);

// The BOS column gets a small bonus on every unmasked row.
bias.slice(":-1", 0).iadd(0.25);

// The scaled copy for the fp16 kernel is folded through a transposed view of itself.
const fp16Bias = bias.copy();
fp16Bias.T.imul(0.5);

// Names for the code generator are created only after folding is complete.
const windows: BiasWindow[] = [
  { name: "prefix", rows: ":2" },
  { name: "middle", rows: "2:4" },
  { name: "tail", rows: "4:" },
];
const published = new Map<string, NDArray>();
for (const w of windows) {
  published.set(w.name, bias.slice(w.rows));
}
const diagonal = bias.diagonal();
const firstRow = bias.slice(0);

function masked(values: NDArray): number {
  let count = 0;
  for (let i = 0; i < values.size; i++) if ((values.data[values.offset + i] as number) <= NEG) count += 1;
  return count;
}

function render(name: string, values: NDArray): string {
  const rows = values.tolist() as number[][];
  return `${name}: ` + rows.map((r) => r.map((v) => (v <= NEG ? "-inf" : v.toFixed(2))).join(" ")).join(" | ");
}

for (const [name, win] of published) {
  console.log(render(name, win));
}
console.log("diagonal:", diagonal.tolist());
console.log("first row:", firstRow.tolist());
console.log("masked entries:", masked(bias), "of", bias.size);
console.log("fp16 bias mean:", fp16Bias.mean().toFixed(4));

const check = array([[0, NEG], [0, 0]]);
console.log("2x2 sanity:", causalMask(2).sub(check).sum() === 0 ? "ok" : "mismatch");
