// Builds object-dtype records for two graph nodes that hold their feature vectors and point at each other as neighbours.
import { empty, array } from "ndalias";

const nodeA = empty(2, "object");
const nodeB = empty(2, "object");
nodeA.set(0, array([1, 2, 3]));
nodeB.set(0, array([4, 5, 6]));
nodeA.set(1, nodeB);
nodeB.set(1, nodeA); // expect: no-reference-cycle

const featA = nodeA.get(0);
const neighbourFeat = nodeA.get(1).get(0);
console.log("A features:", featA.tolist(), "A's neighbour features:", neighbourFeat.tolist());
