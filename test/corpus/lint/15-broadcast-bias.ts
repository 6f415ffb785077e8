// Adds a per-feature bias to a batch through a broadcast view, then resets the bias for the next epoch.
import { array } from "ndalias";

const batch = array([[1, 2, 3], [4, 5, 6]]);
const bias = array([0.5, -0.5, 0.25]);
const tiled = bias.broadcastTo([2, 3]);
const shifted = batch.add(tiled);
console.log("shifted:", shifted.tolist(), "bias total:", tiled.sum());

bias.fill(0);
shifted.imul(2);
console.log("bias after reset:", bias.tolist(), "scaled:", shifted.tolist());
