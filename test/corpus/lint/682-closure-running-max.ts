// Online feature scaling with closures over a captured running-max buffer: observe samples, scale new inputs and reset the first channel.
import { array, zeros, NDArray } from "ndalias";

const runningMax = zeros(3);

function makeObserver(): (x: NDArray) => void {
  return (x) => {
    for (let i = 0; i < x.size; i++) {
      if (x.get(i) > runningMax.get(i)) runningMax.set(i, x.get(i));
    }
  };
}

function makeScaler(headroom: number): (x: NDArray) => NDArray {
  return (x) => {
    const limits = runningMax;
    limits.imul(headroom); // expect: no-alias-mutation
    return x.div(limits);
  };
}

const bumpFloor = (eps: number): number => {
  runningMax.iadd(eps);
  return runningMax.min();
};

const resetFirstChannel = (): number => {
  const head = runningMax.slice(":1");
  head.fill(0); // expect: no-view-mutation
  return runningMax.sum();
};

const observe = makeObserver();
const scale = makeScaler(1.1);
const stream = [array([0.5, 2.0, 1.0]), array([1.5, 0.5, 3.0]), array([1.2, 1.8, 2.4])];
stream.forEach((s) => observe(s));

console.log("floor:", bumpFloor(1e-6));
console.log("scaled:", scale(array([1, 1, 1])).tolist());
console.log("mass after reset:", resetFirstChannel());
console.log("limits:", runningMax.tolist());
