// Audio routing graph of buses holding sample buffers: a feedback-delay bus routes to itself, insert pairs are wired both ways, and plain sends stay acyclic.
import { zeros, NDArray } from "ndalias";

class Bus {
  readonly buffer: NDArray;
  readonly sends: Bus[] = [];
  feedback: Bus | null = null;
  insertPeer: Bus | null = null;
  output: Bus | null = null;

  constructor(readonly name: string, frames: number) {
    this.buffer = zeros(frames);
  }

  enableFeedback(amount: number): number {
    this.feedback = this; // expect: no-reference-cycle
    return amount;
  }

  routeTo(target: Bus): void {
    this.output = target;
  }

  render(input: NDArray): NDArray {
    const out = input.add(this.buffer.mul(this.feedback ? 0.3 : 0));
    this.buffer.assign(":", out);
    return out;
  }
}

function pairInserts(a: Bus, b: Bus): void {
  a.insertPeer = b;
  b.insertPeer = a; // expect: no-reference-cycle
}

function buildChain(names: string[], frames: number): Bus[] {
  const buses = names.map((n) => new Bus(n, frames));
  for (let i = 0; i + 1 < buses.length; i++) buses[i].routeTo(buses[i + 1]);
  return buses;
}

class Router {
  private readonly master: Bus;
  constructor(frames: number) {
    this.master = new Bus("master", frames);
  }

  attach(bus: Bus): Bus {
    bus.output = this.master;
    return bus;
  }

  process(block: NDArray, chain: Bus[]): NDArray {
    let signal = block;
    for (const bus of chain) signal = bus.render(signal);
    return this.master.render(signal);
  }
}

const router = new Router(4);
const chain = buildChain(["vox", "comp", "eq"], 4);
router.attach(chain[chain.length - 1]);
const delay = new Bus("delay", 4);
delay.enableFeedback(0.3);
const sidechainA = new Bus("duck-a", 4);
const sidechainB = new Bus("duck-b", 4);
pairInserts(sidechainA, sidechainB);
const out = router.process(zeros(4).add(0.5), [...chain, delay]);
console.log("out:", out.tolist(), "peers:", sidechainA.insertPeer?.name, sidechainB.insertPeer?.name);
