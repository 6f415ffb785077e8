// A tiny push-based stream of sensor frames: gain correction, a brightness filter and a running total, each printed by a subscriber.
import { array, zeros, NDArray } from "ndalias";

type Observer<T> = (value: T) => void;

class Stream<T> {
  private observers: Observer<T>[] = [];

  subscribe(fn: Observer<T>): () => void {
    this.observers.push(fn);
    return () => {
      this.observers = this.observers.filter((o) => o !== fn);
    };
  }

  emit(value: T): void {
    for (const o of this.observers) o(value);
  }

  map<U>(f: (value: T) => U): Stream<U> {
    const out = new Stream<U>();
    this.subscribe((v) => out.emit(f(v)));
    return out;
  }

  filter(pred: (value: T) => boolean): Stream<T> {
    const out = new Stream<T>();
    this.subscribe((v) => {
      if (pred(v)) out.emit(v);
    });
    return out;
  }

  scan<A>(f: (acc: A, value: T) => A, seed: A): Stream<A> {
    const out = new Stream<A>();
    let acc = seed;
    this.subscribe((v) => {
      acc = f(acc, v);
      out.emit(acc);
    });
    return out;
  }
}

const frames = new Stream<NDArray>();
const gain = array([1.0, 0.5, 2.0]);

frames.subscribe((frame) => console.log("raw frame:", frame.tolist()));

const energy = frames.map((frame) => frame.mul(frame).sum());
energy.subscribe((e) => console.log("energy:", e.toFixed(2)));

const corrected = frames.map((frame) => {
  frame.imul(gain); // expect: no-alias-mutation
  return frame;
});

const bright = corrected.filter((frame) => frame.max() > 1);
const normalised = bright.map((frame) => frame.div(frame.max()));
normalised.subscribe((frame) => console.log("normalised bright frame:", frame.tolist()));

const totals = frames.scan((acc: NDArray, frame: NDArray) => acc.iadd(frame), zeros(3)); // expect: no-alias-mutation
const history: NDArray[] = [];
totals.subscribe((t) => history.push(t));

const peaks = frames.scan((best: number, frame: NDArray) => Math.max(best, frame.max()), -Infinity);
peaks.subscribe((p) => console.log("peak so far:", p));

frames.emit(array([0.2, 0.9, 0.4]));
frames.emit(array([1.5, 0.1, 0.8]));
frames.emit(array([0.3, 0.3, 0.3]));

console.log("running totals:", history.map((t) => t.tolist()));
