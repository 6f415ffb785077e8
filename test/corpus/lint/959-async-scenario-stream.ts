// Consumes an async stream of market scenarios, evaluates each against the book in parallel, then applies the end-of-day move and reports.
import { array, zeros, NDArray, sharesMemory } from "ndalias";

type ScenarioTag = "historical" | "hypothetical";
interface Scenario<T extends ScenarioTag = ScenarioTag> {
  readonly tag: T;
  readonly name: string;
  readonly move: NDArray;
}
type Evaluated = Scenario & { readonly pnl: number };
type ByTag = { [T in ScenarioTag]: Evaluated[] };

const book = array([4_000_000, -1_500_000, 2_200_000, 900_000]);
const prices = array([101.2, 98.4, 100.9, 99.7]);

async function* scenarioStream(count: number, seed = 7): AsyncGenerator<Scenario, number, void> {
  let state = seed;
  const next = (): number => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647 - 0.5;
  };
  for (let k = 0; k < count; k++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const move = zeros(4);
    for (let i = 0; i < move.size; i++) move.set(i, next() * 0.08);
    yield { tag: k % 2 === 0 ? "historical" : "hypothetical", name: `scn-${k}`, move };
  }
  return count;
}

async function evaluate(position: NDArray, { move }: Scenario): Promise<number> {
  await Promise.resolve();
  return position.mul(move).sum();
}

function makeLimitChecker(limit: number) {
  const breaches = zeros(1);
  return {
    check: (pnl: number): boolean => {
      const breached = pnl < -limit;
      if (breached) breaches.iadd(1);
      return breached;
    },
    count: (): number => breaches.get(0),
  };
}

const checker = makeLimitChecker(150_000);
const grouped: ByTag = { historical: [], hypothetical: [] };
const pending: Promise<Evaluated>[] = [];

for await (const scenario of scenarioStream(6)) {
  pending.push(evaluate(book, scenario).then((pnl) => ({ ...scenario, pnl })));
}

for (const evaluated of await Promise.all(pending)) {
  grouped[evaluated.tag].push(evaluated);
  const flag = checker.check(evaluated.pnl) ? "BREACH" : "";
  console.log(`${evaluated.name} ${evaluated.tag.padEnd(12)} pnl=${evaluated.pnl.toFixed(0).padStart(8)} ${flag}`);
}

// Separate accumulators: each has its own memory, so updating one leaves the other alone.
const historicalMoves = zeros(4);
const hypotheticalMoves = zeros(4);
for (const { move } of grouped.historical) historicalMoves.iadd(move);
console.log("hypothetical total move (untouched):", hypotheticalMoves.tolist());
console.log("historical total move:", historicalMoves.tolist(), "shared?", sharesMemory(historicalMoves, hypotheticalMoves));

// End of day: keep a copy of the opening book, then move the live book and prices in place.
const openingBook = book.copy();
const openingPrices = prices.copy();
const eodMove = array([0.012, -0.004, 0.007, -0.02]);
prices.imul(eodMove.add(1));
book.imul(eodMove.add(1));

// Names bound after the update read the end-of-day state on purpose.
const closingBook = book;
const closingPrices = prices;
const marketValueChange = closingBook.sum() - openingBook.sum();
console.log("opening book:", openingBook.tolist());
console.log("closing book:", closingBook.tolist(), "change:", marketValueChange.toFixed(0));
console.log("price returns:", closingPrices.div(openingPrices).sub(1).tolist());
console.log("limit breaches:", checker.count(), "historical scenarios:", grouped.historical.length);
