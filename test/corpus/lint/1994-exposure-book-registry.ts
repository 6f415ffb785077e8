// Exposure book registry: files per-counterparty exposure vectors in object-dtype tables, links netting levels and prints gross and net totals.
import { array, empty, zeros, NDArray, refcount } from "ndalias";

const counterparties = ["acme", "globex", "initech", "umbrella", "hooli"];
const exposureRows = [
  [1.5, -0.2, 0.0],
  [0.3, 0.8, -1.1],
  [2.2, 0.0, 0.4],
  [-0.6, -0.6, 0.9],
  [0.0, 0.0, 0.0],
];
const nettingAllowed = new Set(["acme", "initech", "hooli"]);

const book = empty(counterparties.length + 1, "object");
let filed = 0;
let rejected = 0;
for (let i = 0; i < counterparties.length; i++) {
  const row = exposureRows[i];
  if (row.every((v) => v === 0)) {
    rejected++;
    continue;
  }
  book.set(i, array(row));
  filed++;
}
book.set(counterparties.length, book); // expect: no-reference-cycle

function buildNettingLevels(names: string[]): NDArray {
  const desk = empty(names.length, "object");
  const legal = empty(2, "object");
  for (let i = 0; i < names.length; i++) {
    desk.set(i, zeros(3));
  }
  legal.set(0, desk);
  desk.set(0, legal); // expect: no-reference-cycle
  legal.set(1, zeros(3));
  return legal;
}

const levels = buildNettingLevels(counterparties.filter((c) => nettingAllowed.has(c)));
console.log("netting levels:", levels.size, "refs:", refcount(levels));

const gross = zeros(3);
const net = zeros(3);
outer: for (let i = 0; i < counterparties.length; i++) {
  const name = counterparties[i];
  const entry = book.get(i);
  if (entry === null || entry === undefined) continue;
  const vec = entry as NDArray;
  for (let k = 0; k < vec.size; k++) {
    if (!Number.isFinite(vec.get(k))) {
      console.warn("non-finite exposure for", name);
      continue outer;
    }
  }
  const absVec = vec.copy();
  for (let k = 0; k < absVec.size; k++) absVec.set(k, Math.abs(absVec.get(k)));
  gross.iadd(absVec);
  switch (nettingAllowed.has(name) ? "net" : "gross") {
    case "net":
      net.iadd(vec);
      break;
    case "gross":
      net.iadd(absVec);
      break;
  }
}

const summary = empty(2, "object");
summary.set(0, gross);
summary.set(1, net);

let benefit = 0;
try {
  benefit = 1 - net.sum() / gross.sum();
  if (Number.isNaN(benefit)) throw new Error("empty book");
} catch (err) {
  console.error("netting benefit unavailable:", err);
  benefit = 0;
} finally {
  console.log("filed:", filed, "rejected:", rejected);
}

const flag = benefit > 0.3 && filed >= 3 ? "check netting agreements" : "ok";
console.log("gross:", gross.tolist(), "net:", net.tolist());
console.log("netting benefit:", benefit.toFixed(3), flag);
console.log("summary slots:", summary.size, "book slots:", book.size);
