// Forecasts next month's stock per product from order history using fancy indexing, type conversion and arithmetic copies, and prints the plan.
import { array, NDArray } from "ndalias";

// monthly orders for 5 products over 4 months (rows = months)
const orders = array([
  [40, 12, 7, 90, 33],
  [42, 15, 5, 85, 30],
  [45, 11, 9, 99, 35],
  [50, 14, 6, 102, 31],
]);
const stock = array([30, 20, 10, 60, 40], "int32");
const productNames = ["bolts", "gears", "motors", "washers", "springs"];

// simple forecast: last month plus the average growth, as a new array
function forecast(history: NDArray): NDArray {
  const last = history.slice(-1).copy();
  const first = history.slice(0);
  const months = history.shape[0] - 1;
  const growth = last.sub(first).div(months);
  last.iadd(growth);
  return last;
}

// safety stock: 20% of the forecast, rounded up (new array)
function safetyStock(fc: NDArray): NDArray {
  const safety = fc.mul(0.2);
  for (let i = 0; i < safety.size; i++) {
    safety.set(i, Math.ceil(safety.get(i)));
  }
  return safety;
}

const nextMonth = forecast(orders);
console.log("forecast:", nextMonth.tolist());

const safety = safetyStock(nextMonth);
console.log("safety stock:", safety.tolist());

// the stock is stored as int32, convert to float for the maths
const stockF = stock.astype("float64");
stockF.isub(0.5); // half a unit lost to breakage on average, per product
const needed = nextMonth.add(safety).sub(stockF);

// we never order a negative amount
const toOrder = needed.copy();
for (let i = 0; i < toOrder.size; i++) {
  if (toOrder.get(i) < 0) toOrder.set(i, 0);
}

// the fast movers (bolts and washers) are ordered in boxes of 10
const fastIdx = [0, 3];
const fastOrders = toOrder.take(fastIdx);
for (let i = 0; i < fastOrders.size; i++) {
  fastOrders.set(i, Math.ceil(fastOrders.get(i) / 10) * 10);
}
console.log("fast mover boxes:", fastOrders.tolist());

// all past orders as one flat list, sorted, for the median order size
const flatOrders = orders.flatten();
flatOrders.sort();
const median = flatOrders.get(Math.floor(flatOrders.size / 2));
console.log("median monthly order:", median);

// print the purchase plan
for (let i = 0; i < toOrder.size; i++) {
  console.log(`  ${productNames[i].padEnd(8)} order ${toOrder.get(i).toFixed(1)}`);
}

// the original order history and stock are reported unchanged
console.log("history total:", orders.sum(), "stock:", stock.tolist());
