// An audio equaliser unpacks its preset to tweak the gains of the current session, then prints the factory preset and the stereo pair.
// runnable
import { array, NDArray } from "ndalias";

interface Preset {
  name: string;
  gains: NDArray;
  q: NDArray;
}

const factory: Preset = { name: "flat", gains: array([0, 0, 0, 0, 0]), q: array([1, 1, 1, 1, 1]) };

function describe(p: Preset): string {
  return `${p.name}: gains ${JSON.stringify(p.gains.tolist())} q ${JSON.stringify(p.q.tolist())}`;
}

const { gains, q } = factory;
gains.set(0, 3); // expect: no-alias-mutation
gains.set(4, -2); // expect: no-alias-mutation
const qNarrow = q.copy();
qNarrow.imul(2);
console.log("session gains:", gains.tolist(), "narrow q:", qNarrow.tolist());
console.log("factory:", describe(factory));

const stereo: [NDArray, NDArray] = [array([0.5, 0.6]), array([0.4, 0.7])];
const [leftCh, rightCh] = stereo;
leftCh.imul(0.8); // expect: no-alias-mutation
console.log("right channel:", rightCh.tolist());
console.log("stereo pair:", stereo.map((c) => c.tolist()));
