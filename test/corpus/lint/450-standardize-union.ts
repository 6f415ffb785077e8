// Standardises feature tables given as arrays or nested lists, with an optional scale that may be an array, a number or nothing.
import { array, full, NDArray } from "ndalias";

type Scale = NDArray | number | null | undefined;
type TableLike = NDArray | number[][];

function asTable(input: TableLike): NDArray {
  return input instanceof NDArray ? input : array(input);
}

function columnCount(t: NDArray): number {
  return t.ndim > 1 ? t.shape[1] : 1;
}

function resolveScale(scale: Scale, width: number): NDArray {
  if (scale instanceof NDArray) {
    return scale.copy();
  }
  if (typeof scale === "number" && scale > 0) {
    return full(width, scale);
  }
  return full(width, 1);
}

export function standardize(features: NDArray, scale?: Scale): NDArray {
  const s = resolveScale(scale, columnCount(features));
  const mu = features.mean();
  features.isub(mu); // expect: no-alias-mutation
  return features.div(s);
}

export function centredCopy(input: TableLike, scale: Scale = null): NDArray {
  const t = asTable(input);
  const out = t.sub(t.mean());
  out.idiv(resolveScale(scale, columnCount(t)));
  return out;
}

export function describe(input: TableLike, label = "table"): string {
  const t = asTable(input);
  const mean = t.mean();
  return `${label}: mean=${mean.toFixed(3)} min=${t.min()} max=${t.max()}`;
}

function parseScale(arg: string | undefined): Scale {
  if (arg === undefined || arg === "") return undefined;
  const n = Number(arg);
  return Number.isNaN(n) ? null : n;
}

const raw = array([
  [1, 10],
  [2, 20],
  [3, 30],
  [4, 40],
]);
const perColumn = array([1, 10]);

const preview = centredCopy(raw, perColumn);
console.log("centred preview:", preview.tolist());
console.log(describe([[5, 6], [7, 8]], "literal"));

const working = asTable(raw);
working.imul(0.5); // expect: no-alias-mutation
console.log(describe(working, "halved"));
console.log(describe(raw, "raw"));

const z = standardize(array([[0, 1], [2, 3]]), parseScale(process.argv[2]) ?? 2);
console.log("standardised:", z.tolist());
