// Resets the bottom half of a sensor grid and boosts its first half-row pair through chained reshaped views.
import { arange } from "ndalias";

const grid = arange(0, 12).reshape(3, 4);
grid.ravel().slice("6:").fill(0);
grid.reshape(2, 6).slice(0).imul(2);
grid.T.slice(0).iadd(1);
console.log("grid:", grid.tolist(), "total:", grid.sum());
