// An order book keeps bid levels in a matrix and a top-of-book view for the ticker; a cancel-all resets the book before the ticker prints.
// runnable
import { array, NDArray } from "ndalias";

class Ticker {
  constructor(private readonly top: NDArray) {}
  line(): string {
    return `best bid ${this.top.get(0).toFixed(2)} x ${this.top.get(1)}`;
  }
}

const bids = array([[100.5, 300], [100.25, 120], [100.0, 80]]);
const topOfBook = bids.slice(0);
const ticker = new Ticker(topOfBook);
const depthTotals = bids.slice(":", 1);

console.log("opening:", ticker.line(), "depth:", depthTotals.sum());

const preview = bids.copy();
preview.assign("0, 1", 250);
console.log("preview after fill:", preview.slice(0).tolist());

const halted = true;
if (halted) {
  bids.assign(":, 1", 0); // expect: no-view-mutation
}
console.log("after halt:", ticker.line());
console.log("resting depth:", depthTotals.sum());
