// Keeps a rolling buffer of sensor samples and prints the mean of the three newest after each new sample arrives.
import { zeros } from "ndalias";

const ring = zeros(6);
const newest = ring.slice("-3:");
const samples = [3, 5, 4, 6, 8, 7, 9];

for (const s of samples) {
  ring.assign(":-1", ring.slice("1:").copy()); // expect: no-view-mutation
  ring.set(ring.size - 1, s); // expect: no-view-mutation
  console.log("newest mean:", newest.mean());
}
console.log("buffer:", ring.tolist());
