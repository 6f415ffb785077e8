// An ETL cleanup pass whose author edits conversions and gathered subsets instead of the source table; a few edits go into copies nobody reads.
import { array, zeros, NDArray } from "ndalias";

const table = array([
  [1, 250, 3.5],
  [2, -1, 4.0],
  [3, 310, -9],
]);

const asInts = table.astype("int32");
asInts.set([1, 1], 0); // expect: no-lost-write

const priceCol = table.take([1], 1);
console.log("prices before:", priceCol.tolist());
priceCol.fill(0); // expect: no-lost-write

const centred = table.sub(table.mean());
centred.idiv(table.max()); // expect: no-lost-write

table.reshape(9).set(4, 0);
const flags = zeros(3).fill(1);

function cleaned(src: NDArray): NDArray {
  const out = src.flatten();
  for (let i = 0; i < out.size; i++) if (out.get(i) < 0) out.set(i, 0);
  return out.reshape(src.shape);
}

const result = cleaned(table);
console.log("flags:", flags.tolist(), "result:", result.tolist(), "table:", table.tolist());
