// Standardises feature columns in place with a helper that declares its write, then prints the table.
import { array, NDArray } from "ndalias";

/**
 * Scales every column of `table` to zero mean and unit variance in place; returns the number of constant columns.
 * @ndalias write table
 */
function standardizeColumns(table: NDArray): number {
  let constant = 0;
  for (let c = 0; c < table.shape[1]; c++) {
    const mu = table.slice(":", c).mean();
    const dev = table.slice(":", c).sub(mu);
    const sd = Math.sqrt(dev.mul(dev).mean());
    if (sd === 0) {
      constant++;
      continue;
    }
    table.slice(":", c).isub(mu);
    table.slice(":", c).idiv(sd);
  }
  return constant;
}

const features = array([[1, 10, 5], [2, 20, 5], [3, 30, 5]]);
const constantColumns = standardizeColumns(features);
console.log("constant columns:", constantColumns);
console.log("standardised:", features.tolist());
