// Pair-trading desk: opens a long/short pair whose legs point at each other as hedges, and tracks orders against their positions.
import { array, zeros, NDArray } from "ndalias";

class Position {
  exposure: NDArray;
  hedge: Position | null = null;

  constructor(readonly symbol: string, shares: number, price: number) {
    this.exposure = array([shares, price, shares * price]);
  }

  notional(): number {
    return this.exposure.get(2);
  }

  hedgeRatio(): number {
    if (!this.hedge) return 0;
    return -this.hedge.notional() / this.notional();
  }
}

class Order {
  fills: NDArray;
  constructor(readonly id: number, public position: Position, size: number) {
    this.fills = zeros(size);
  }
  filledQty(): number {
    return this.fills.sum();
  }
}

export function openPairTrade(longSym: string, shortSym: string, shares: number, pxLong: number, pxShort: number): Position[] {
  const longLeg = new Position(longSym, shares, pxLong);
  const shortLeg = new Position(shortSym, -Math.round((shares * pxLong) / pxShort), pxShort);
  longLeg.hedge = shortLeg;
  shortLeg.hedge = longLeg; // expect: no-reference-cycle
  return [longLeg, shortLeg];
}

export function closeLeg(leg: Position): void {
  leg.hedge = null;
  leg.exposure.fill(0);
}

export function routeOrders(legs: Position[]): Order[] {
  const orders: Order[] = [];
  legs.forEach((leg, i) => {
    const order = new Order(i + 1, leg, 4);
    order.fills.set(0, leg.exposure.get(0) / 2);
    order.fills.set(1, leg.exposure.get(0) / 2);
    orders.push(order);
  });
  return orders;
}

const [ko, pep] = openPairTrade("KO", "PEP", 200, 60.5, 170.25);
console.log(ko.symbol, "hedge ratio:", ko.hedgeRatio().toFixed(3));
console.log(pep.symbol, "hedge ratio:", pep.hedgeRatio().toFixed(3));

const orders = routeOrders([ko, pep]);
for (const o of orders) {
  console.log("order", o.id, o.position.symbol, "filled:", o.filledQty());
}

closeLeg(pep);
console.log("after close:", ko.hedgeRatio(), pep.exposure.tolist());
