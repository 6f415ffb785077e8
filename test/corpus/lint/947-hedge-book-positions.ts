// Models equity and rates positions with bucketed exposures, pairs each with its hedge and prints net deltas for a what-if hedge ratio.
import { array, NDArray } from "ndalias";

type AssetClass = "equity" | "rates";

const DURATIONS = array([0.5, 2, 5, 10]);

abstract class Position {
  abstract readonly assetClass: AssetClass;
  hedge: Position | null = null;

  constructor(
    readonly id: string,
    public exposure: NDArray,
  ) {}

  abstract get delta(): number;

  get hedgedDelta(): number {
    return this.delta + (this.hedge?.delta ?? 0);
  }

  netExposure(): NDArray {
    return this.hedge ? this.exposure.add(this.hedge.exposure) : this.exposure.copy();
  }
}

class EquityPosition extends Position {
  readonly assetClass = "equity" as const;
  get delta(): number {
    return this.exposure.sum();
  }
}

class RatesPosition extends Position {
  readonly assetClass = "rates" as const;
  get delta(): number {
    return this.exposure.mul(DURATIONS).sum();
  }
}

type PositionCtor = new (id: string, exposure: NDArray) => Position;

function open<C extends PositionCtor>(Ctor: C, id: string, buckets: readonly number[]): InstanceType<C> {
  return new Ctor(id, array([...buckets])) as InstanceType<C>;
}

function linkHedge(position: Position, hedge: Position): void {
  position.hedge = hedge;
  hedge.hedge = position; // expect: no-reference-cycle
}

function attachOneWay(position: Position, hedge: Position): void {
  position.hedge = hedge;
}

function optimalRatio({ exposure: target }: Position, { exposure: instrument }: Position): number {
  const num = target.mul(instrument).sum();
  const den = instrument.mul(instrument).sum();
  return den === 0 ? 0 : -num / den;
}

const spx = open(EquityPosition, "SPX-long", [1_000_000, 250_000, 0, 0]);
const es = open(EquityPosition, "ES-short", [-900_000, -200_000, 0, 0]);
const ust = open(RatesPosition, "UST-10y", [0, 0, 40_000, 120_000]);
const tyFut = open(RatesPosition, "TY-fut", [0, 0, -35_000, -100_000]);

linkHedge(spx, es);
attachOneWay(ust, tyFut);

const book: readonly Position[] = [spx, es, ust, tyFut];
for (const p of book) {
  console.log(`${p.id.padEnd(9)} ${p.assetClass.padEnd(7)} delta=${p.delta.toFixed(0)} hedged=${p.hedgedDelta.toFixed(0)}`);
}

// What-if: scale the equity hedge to the optimal ratio on a copy first.
const ratio = optimalRatio(spx, es);
const whatIfHedge = es.exposure.copy();
whatIfHedge.imul(Math.abs(ratio));
console.log("what-if hedge exposure:", whatIfHedge.tolist());

// Then the desk wants the same what-if for the rates leg, done in place by mistake.
const { exposure: futLeg, assetClass: futClass = "rates" } = tyFut;
const futRatio = optimalRatio(ust, tyFut);
futLeg.imul(Math.abs(futRatio)); // expect: no-alias-mutation
console.log(`${futClass} what-if leg:`, futLeg.tolist());

console.log("TY-fut booked exposure:", tyFut.exposure.tolist());
console.log("UST net exposure:", ust.netExposure().tolist());
