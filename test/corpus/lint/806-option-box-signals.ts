// Audio post-processing with small Box and Option wrappers: each effect works on a boxed copy of the dry signal.
import { array, linspace, NDArray } from "ndalias";

class Box<T> {
  constructor(public value: T) {}
  map<U>(f: (v: T) => U): Box<U> {
    return new Box(f(this.value));
  }
}

class Option<T> {
  private constructor(private readonly inner: T | undefined) {}
  static some<T>(value: T): Option<T> {
    return new Option(value);
  }
  static none<T>(): Option<T> {
    return new Option<T>(undefined);
  }
  isSome(): boolean {
    return this.inner !== undefined;
  }
  unwrapOr(fallback: T): T {
    return this.inner === undefined ? fallback : this.inner;
  }
}

const SAMPLE_RATE = 16;
const t = linspace(0, 1, SAMPLE_RATE);
const dry = t.mul(2 * Math.PI * 3);
for (let i = 0; i < dry.size; i++) dry.set(i, Math.sin(dry.get(i)));

function peak(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

function findClipping(x: NDArray, limit: number): Option<NDArray> {
  const hits: number[] = [];
  for (let i = 0; i < x.size; i++) if (Math.abs(x.get(i)) > limit) hits.push(i);
  return hits.length > 0 ? Option.some(array(hits)) : Option.none<NDArray>();
}

function makeGain(x: NDArray, gain: number): Box<NDArray> {
  const boxed = new Box(x.copy());
  boxed.value.imul(gain);
  return boxed;
}

function softClip(x: NDArray): NDArray {
  const y = x.copy();
  for (let i = 0; i < y.size; i++) y.set(i, Math.tanh(y.get(i)));
  return y;
}

// boosted copy, then a soft-clipped copy of that; the dry signal keeps its level
const boosted = makeGain(dry, 2.5);
const clipped = boosted.map(softClip);
console.log("peaks dry / boosted / clipped:", [dry, boosted.value, clipped.value].map((s) => peak(s).toFixed(3)).join(" / "));

const clipReport = findClipping(boosted.value, 1.0);
const clipIdx = clipReport.unwrapOr(array([]));
console.log("clipped sample count:", clipReport.isSome() ? clipIdx.size : 0);

// a fade-out written into a boxed copy, read back through the same box
const faded = new Box(dry.copy());
const ramp = linspace(1, 0, SAMPLE_RATE);
faded.value.imul(ramp);
faded.value.slice("-2:").fill(0);
console.log("faded tail:", faded.value.slice("-4:").tolist());

// an echo: the delayed part is read from a copy taken before the mix is written
const wet = new Box(clipped.value.copy());
const delayed = wet.value.slice(":-4").copy();
wet.value.slice("4:").iadd(delayed.mul(0.4));
console.log("echo energy:", wet.value.mul(wet.value).sum().toFixed(3));

const fallback = Option.none<NDArray>().unwrapOr(dry.copy());
fallback.imul(-1);
console.log("inverted fallback peak:", peak(fallback).toFixed(3), "dry first:", dry.get(1).toFixed(3));

const mixes = [boosted, clipped, faded, wet].map((b) => b.map((v) => v.mean()));
console.log("mix means:", mixes.map((b) => b.value.toFixed(4)).join(", "));
