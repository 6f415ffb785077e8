// Applies weight decay to every parameter tensor of a model, once with forEach and once collecting the decayed tensors.
import { array, NDArray } from "ndalias";

const params: NDArray[] = [array([0.5, -0.3]), array([[0.1, 0.2], [0.3, 0.4]])];

params.forEach((p) => p.imul(0.99));
console.log("after decay:", params.map((p) => p.sum()));

const decayed = params.map((p) => p.imul(0.99)); // expect: no-alias-mutation
console.log("decayed sums:", decayed.map((p) => p.sum()), "first:", params[0].tolist());
