// Discounts the price column of an order table, mutes a signal's tail and marks a grid row, reading only the other parts.
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
