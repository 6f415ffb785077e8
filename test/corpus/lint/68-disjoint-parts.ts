// Writes one part of several buffers (price column, signal tail, grid row, stereo channel, packed halves) and reads only the other parts.
import { array, zeros } from "ndalias";

const orders = array([[3, 9.99], [1, 24.5], [2, 4.25]]);
const quantities = orders.slice(":", 0);
const prices = orders.slice(":", 1);
prices.imul(0.9);
console.log("items:", quantities.sum(), "discounted prices:", prices.tolist());

const signal = array([0.1, 0.3, 0.2, 0.9, 1.4]);
const body = signal.slice(":-2");
const tail = signal.slice("-2:");
tail.fill(0);
console.log("body energy:", body.mul(body).sum(), "tail:", tail.tolist());

const grid = zeros([3, 3]);
const firstRow = grid.slice(0);
const secondRow = grid.slice(1);
firstRow.fill(1);
console.log("second row:", secondRow.sum(), "first row:", firstRow.sum());

const stereo = array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]);
const leftChannel = stereo.slice("::2");
const rightChannel = stereo.slice("1::2");
leftChannel.imul(0.5);
console.log("left level:", leftChannel.max(), "right level:", rightChannel.max());

const packed = zeros(8);
const re = packed.slice("0:4");
const im = packed.slice("4:8");
for (let k = 0; k < 4; k++) {
  re.set(k, Math.cos((2 * Math.PI * k) / 4));
  im.set(k, Math.sin((2 * Math.PI * k) / 4));
}
im.imul(-1);
console.log("real part:", re.tolist(), "conjugate imaginary part:", im.tolist());
