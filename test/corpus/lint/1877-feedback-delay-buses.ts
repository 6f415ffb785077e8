// Feedback delay lines that default to feeding themselves, plus reverb and delay return buses that send into each other.
import { empty, zeros, array, NDArray } from "ndalias";

class FeedbackDelay {
  line: NDArray;
  feedbackTo: FeedbackDelay;
  private pos = 0;

  constructor(length: number, readonly feedback: number) {
    this.line = zeros(length);
    this.feedbackTo = this; // expect: no-reference-cycle
  }

  tick(x: number): number {
    const y = Number(this.line.get(this.pos));
    this.line.set(this.pos, x + this.feedback * y);
    this.pos = (this.pos + 1) % this.line.size;
    return y;
  }

  process(input: NDArray): NDArray {
    const out = zeros(input.size);
    for (let i = 0; i < input.size; i++) {
      out.set(i, this.tick(Number(input.get(i))));
    }
    return out;
  }

  energy(): number {
    return this.line.mul(this.line).sum();
  }

  targetLevel(): number {
    return Math.max(this.feedbackTo.line.max(), -this.feedbackTo.line.min());
  }
}

function routeInto(source: FeedbackDelay, target: FeedbackDelay): void {
  source.feedbackTo = target;
}

function wireReturnBuses(blockSize: number): [NDArray, NDArray] {
  const reverbReturn = empty(2, "object");
  const delayReturn = empty(2, "object");
  reverbReturn.set(0, zeros(blockSize));
  delayReturn.set(0, zeros(blockSize));
  reverbReturn.set(1, delayReturn);
  delayReturn.set(1, reverbReturn); // expect: no-reference-cycle
  return [reverbReturn, delayReturn];
}

function busSignal(bus: NDArray): NDArray {
  return bus.get(0) as NDArray;
}

const impulse = zeros(12);
impulse.set(0, 1);

const slapback = new FeedbackDelay(3, 0.5);
const echo = new FeedbackDelay(5, 0.3);
routeInto(slapback, echo);

const slapOut = slapback.process(impulse);
const echoOut = echo.process(impulse);
console.log("slapback:", slapOut.tolist());
console.log("echo:", echoOut.tolist());
console.log("slapback energy", slapback.energy().toFixed(4), "target level", slapback.targetLevel().toFixed(4));
console.log("echo feeds itself:", echo.feedbackTo === echo);

const [reverbBus, delayBus] = wireReturnBuses(4);
const reverbSignal = busSignal(reverbBus);
const delaySignal = busSignal(delayBus);
reverbSignal.assign(":", array([0.2, 0.15, 0.1, 0.05]));
delaySignal.assign(":", array([0.0, 0.3, 0.0, 0.15]));

const returns = reverbSignal.add(delaySignal);
console.log("returns sum:", returns.tolist());
console.log("reverb bus sends to delay bus:", reverbBus.get(1) === delayBus);

// A longer tail from the echo line, measured block by block.
const silence = zeros(5);
for (let block = 0; block < 3; block++) {
  const tail = echo.process(silence);
  console.log(`echo tail block ${block}: energy ${tail.mul(tail).sum().toFixed(5)}, line energy ${echo.energy().toFixed(5)}`);
}
