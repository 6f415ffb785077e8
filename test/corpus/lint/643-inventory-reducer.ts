// Strategy-game inventory store: a pure reducer produces each new state, and earlier states are kept for the replay scrubber.
import { ones, zeros, NDArray } from "ndalias";

interface Inventory {
  readonly stock: NDArray;
  readonly prices: NDArray;
  readonly turn: number;
}

type Action =
  | { kind: "produce"; amounts: NDArray }
  | { kind: "sell"; item: number; qty: number }
  | { kind: "inflate"; rate: number };

function makeInventory(items: number): Inventory {
  return { stock: zeros(items), prices: ones(items), turn: 0 };
}

function seedStartingStock(inv: Inventory, perItem: number): void {
  inv.stock.fill(perItem);
  inv.prices.slice("1:").imul(5);
}

function reducer(state: Inventory, action: Action): Inventory {
  switch (action.kind) {
    case "produce": {
      const stock = state.stock.add(action.amounts);
      return { ...state, stock, turn: state.turn + 1 };
    }
    case "sell": {
      const stock = state.stock.copy();
      stock.set(action.item, Math.max(0, stock.get(action.item) - action.qty));
      return { ...state, stock, turn: state.turn + 1 };
    }
    case "inflate": {
      const prices = state.prices.mul(1 + action.rate);
      prices.set(0, 1);
      return { ...state, prices, turn: state.turn + 1 };
    }
  }
}

class InventoryStore {
  private readonly timeline: Inventory[] = [];

  constructor(private state: Inventory) {}

  dispatch(action: Action): Inventory {
    this.timeline.push(this.state);
    this.state = reducer(this.state, action);
    return this.state;
  }

  worth(): number {
    return this.state.stock.mul(this.state.prices).sum();
  }

  scrub(turn: number): Inventory | undefined {
    return turn === this.state.turn ? this.state : this.timeline.find((s) => s.turn === turn);
  }
}

const start = makeInventory(4);
seedStartingStock(start, 10);
const store = new InventoryStore(start);

store.dispatch({ kind: "produce", amounts: ones(4) });
store.dispatch({ kind: "sell", item: 2, qty: 7 });
const latest = store.dispatch({ kind: "inflate", rate: 0.1 });

console.log("turn", latest.turn, "stock", latest.stock.tolist(), "prices", latest.prices.tolist());
console.log("worth now:", store.worth().toFixed(2));
const first = store.scrub(0);
if (first !== undefined) console.log("turn 0 stock:", first.stock.tolist(), "prices:", first.prices.tolist());
