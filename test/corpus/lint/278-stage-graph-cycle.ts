// Builds a pre-emphasis / de-emphasis filter chain for an audio block, registers the stages by name and runs a block through them.
import { array, zeros, NDArray } from "ndalias";

interface Stage {
  readonly name: string;
  readonly taps: NDArray;
  next?: Stage;
  prev?: Stage;
}

const registry = new Map<string, Stage>();

function fir(x: NDArray, taps: NDArray): NDArray {
  const out = zeros(x.size);
  for (let i = 0; i < x.size; i++) {
    let acc = 0;
    for (let j = 0; j < taps.size && j <= i; j++) {
      acc += taps.get(j) * x.get(i - j);
    }
    out.set(i, acc);
  }
  return out;
}

const makeStage = (name: string, coefficients: number[]): Stage => ({ name, taps: array(coefficients) });

export function buildEmphasisChain(coeff: number): Stage {
  const pre = makeStage("pre-emphasis", [1, -coeff]);
  const de = makeStage("de-emphasis", [1, coeff]);
  pre.next = de;
  de.prev = pre; // expect: no-reference-cycle
  [pre, de].forEach((s) => registry.set(s.name, s));
  return pre;
}

export function buildLinearChain(specs: ReadonlyArray<[string, number[]]>): Stage | undefined {
  return specs.reduceRight<Stage | undefined>((next, [name, taps]) => ({ ...makeStage(name, taps), next }), undefined);
}

function run(block: NDArray, first?: Stage): NDArray {
  let out = block;
  for (let s = first; s !== undefined; s = s.next) {
    out = fir(out, s.taps);
  }
  return out;
}

const stageNames = (first?: Stage): string[] => {
  const names: string[] = [];
  for (let s = first; s !== undefined; s = s.next) names.push(s.name);
  return names;
};

const block = array([0.0, 0.5, 1.0, 0.5, 0.0, -0.5, -1.0, -0.5]);
const emphasis = buildEmphasisChain(0.9);
const linear = buildLinearChain([
  ["dc-block", [1, -1]],
  ["smooth", [0.5, 0.5]],
]);

console.log("emphasis stages:", stageNames(emphasis), "linear stages:", stageNames(linear));
console.log("round trip:", run(block, emphasis).tolist());
console.log("linear:", run(block, linear).tolist());
console.log("de-emphasis taps:", registry.get("de-emphasis")?.taps.tolist() ?? []);
console.log("input unchanged:", block.tolist());
