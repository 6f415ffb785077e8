// Liquidity haircut report: estimates days-to-exit per position, applies regime haircuts and prints liquidation value by regime.
import { array, zeros } from "ndalias";

const tickers = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"];
const positions = array([12000, 4500, 800, 30000, 150, 9000]);
const prices = array([41.2, 118.5, 9.75, 3.1, 620.0, 27.4]);
const adv = array([250000, 18000, 1200, 90000, 400, 60000]);
const participation = 0.2;
const regimes = ["normal", "stressed", "frozen", "unknown"];

const dailyCapacity = adv.mul(participation);
const daysToExit = positions.div(dailyCapacity);
daysToExit.imul(1.1);

const illiquid: number[] = [];
for (let i = 0; i < tickers.length; i++) {
  const d: number = daysToExit.get(i);
  if (d < 1) continue;
  illiquid.push(i);
}

const marketValue = positions.mul(prices);
const valueByRegime = new Map<string, number>();
let unknownRegimes = 0;

regime: for (const name of regimes) {
  let haircut = 0;
  switch (name) {
    case "normal":
      haircut = 0.01;
      break;
    case "stressed": {
      const shockedPrices = prices.mul(1);
      shockedPrices.imul(0.85); // expect: no-lost-write
      haircut = 0.08;
      break;
    }
    case "frozen":
      for (const i of illiquid) {
        if ((daysToExit.get(i) as number) > 20) {
          valueByRegime.set(name, 0);
          continue regime;
        }
      }
      haircut = 0.3;
      break;
    default:
      unknownRegimes++;
      continue;
  }
  const adjusted = marketValue.copy();
  adjusted.imul(1 - haircut);
  for (const i of illiquid) adjusted.set(i, (adjusted.get(i) as number) * (1 - haircut));
  valueByRegime.set(name, adjusted.sum());
}

const unwindable = positions.flatten();
for (const i of illiquid) {
  unwindable.set(i, 0); // expect: no-lost-write
}

const costBps = zeros(tickers.length);
for (let i = 0; i < tickers.length; i++) {
  const d: number = daysToExit.get(i);
  costBps.set(i, d > 5 ? 45 : d > 1 ? 20 : 5);
}

let liquidationCost = 0;
try {
  const cost = marketValue.mul(costBps);
  cost.idiv(10000);
  liquidationCost = cost.sum();
  if (liquidationCost < 0) throw new RangeError("negative liquidation cost");
} catch (err) {
  console.error("cost model failed:", (err as Error).message);
} finally {
  console.log("illiquid positions:", illiquid.map((i) => tickers[i]).join(", ") || "none");
}

const worstRegime = [...valueByRegime.entries()].reduce((a, b) => (b[1] < a[1] ? b : a), ["", Infinity] as [string, number]);
console.log("market value:", marketValue.sum().toFixed(0), "liquidation cost:", liquidationCost.toFixed(0));
for (const [name, v] of valueByRegime) console.log(`${name.padEnd(9)} liquidation value ${v.toFixed(0)}`);
console.log("worst regime:", worstRegime[0], "unknown regimes:", unknownRegimes);
console.log("days to exit:", daysToExit.tolist());
console.log("positions to unwind:", positions.tolist());
