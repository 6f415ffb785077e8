// Prepares two extracts for a customer-key join: rebases the keys, converts amounts to euros and reports which left rows find a match.
import { array, NDArray } from "ndalias";

const EUR_PER_USD = 0.92;

const left = {
  customerId: array([1042, 1017, 1388, 1017, 1905], "int32"),
  amountUsd: array([12.5, 8, 19.99, 3.25, 40]),
};
const right = {
  customerId: array([1905, 1017, 1042, 1007], "int32"),
  segment: array([2, 1, 3, 1], "int8"),
};

function sortedKeys(keys: NDArray): NDArray {
  const out = keys.flatten();
  out.sort();
  return out;
}

function contains(sorted: NDArray, key: number): boolean {
  let lo = 0;
  let hi = sorted.size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value: number = sorted.get(mid);
    if (value === key) return true;
    if (value < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

// Rebase both key columns so the join works on compact offsets.
const keyColumns = [left.customerId, right.customerId];
const keyFloor = Math.min(...keyColumns.map((col) => col.min()));
const rebased = keyColumns.map((col) => col.isub(keyFloor)); // expect: no-alias-mutation
console.log("rebased key ranges:", rebased.map((col) => [col.min(), col.max()]));

// Report amounts in euros.
left.amountUsd.astype("float32").imul(EUR_PER_USD); // expect: no-lost-write

const rightSorted = sortedKeys(right.customerId);
const matched: number[] = [];
for (let i = 0; i < left.customerId.size; i++) {
  if (contains(rightSorted, left.customerId.get(i))) {
    matched.push(i);
  }
}

const matchedAmounts = left.amountUsd.take(matched);
console.log("left rows with a match:", matched);
console.log("matched customer ids:", left.customerId.take(matched).tolist());
console.log("matched amounts (EUR):", matchedAmounts.tolist(), "total:", matchedAmounts.sum());
console.log("right keys untouched order:", right.customerId.tolist(), "segments:", right.segment.tolist());
