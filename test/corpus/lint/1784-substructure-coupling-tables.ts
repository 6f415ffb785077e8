// Keeps the element matrices of a deck and a pier substructure in object-dtype tables, couples the two through their interface slots and releases the model.
// runnable
import { array, empty, zeros, refcount, memoryStats, NDArray } from "ndalias";

const INTERFACE_SLOT = 0;

function springMatrix(k: number): NDArray {
  return array([
    [k, -k],
    [-k, k],
  ]);
}

function elementTable(stiffness: number[]): NDArray {
  // slot 0 is reserved for the neighbouring substructure at the interface
  const table = empty(stiffness.length + 1, "object");
  table.set(INTERFACE_SLOT, null);
  for (let e = 0; e < stiffness.length; e++) {
    table.set(e + 1, springMatrix(stiffness[e]));
  }
  return table;
}

function assembleTable(table: NDArray): NDArray {
  const elements = table.size - 1;
  const K = zeros([elements + 1, elements + 1]);
  for (let e = 0; e < elements; e++) {
    const ke: NDArray = table.get(e + 1);
    K.slice(`${e}:${e + 2}, ${e}:${e + 2}`).iadd(ke);
  }
  return K;
}

function interfaceStiffness(table: NDArray): number {
  const first: NDArray = table.get(1);
  return first.get(0, 0);
}

function seriesStiffness(K: NDArray): number {
  // tip stiffness of a chain fixed at node 0: 1 / sum(1 / k_e)
  let flexibility = 0;
  for (let e = 0; e + 1 < K.shape[0]; e++) {
    flexibility += 1 / -K.get(e, e + 1);
  }
  return 1 / flexibility;
}

function describe(name: string, table: NDArray): string {
  const stiffness: number[] = [];
  for (let e = 1; e < table.size; e++) {
    const ke: NDArray = table.get(e);
    stiffness.push(ke.get(0, 0));
  }
  return `${name}: ${stiffness.length} elements, k = ${stiffness.map((k) => k.toExponential(2)).join(", ")}`;
}

const deck = elementTable([4.0e8, 4.0e8, 3.5e8, 3.5e8]);
const pier = elementTable([9.0e8, 9.0e8, 8.0e8]);

// interface coupling: each substructure can reach its neighbour's matrices
deck.set(INTERFACE_SLOT, pier);
pier.set(INTERFACE_SLOT, deck); // expect: no-reference-cycle

const model = empty(3, "object");
model.set(0, deck);
model.set(1, pier);
model.set(2, array([deck.size - 1, pier.size - 1]));

const Kdeck = assembleTable(deck);
const Kpier = assembleTable(pier);
const kDeck = seriesStiffness(Kdeck);
const kPier = seriesStiffness(Kpier);
const kCoupled = 1 / (1 / kDeck + 1 / kPier);

console.log(describe("deck", deck));
console.log(describe("pier", pier));
const neighbourOfDeck: NDArray = deck.get(INTERFACE_SLOT);
console.log("pier interface stiffness seen from the deck:", interfaceStiffness(neighbourOfDeck).toExponential(3));
console.log("deck chain stiffness (N/m):", kDeck.toExponential(3));
console.log("pier chain stiffness (N/m):", kPier.toExponential(3));
console.log("coupled stiffness (N/m):", kCoupled.toExponential(3));
console.log("element counts:", (model.get(2) as NDArray).tolist());
console.log("references to the deck table:", refcount(deck));

Kdeck.dispose();
Kpier.dispose();
model.dispose();
deck.dispose();
pier.dispose();
console.log("after release:", memoryStats());
