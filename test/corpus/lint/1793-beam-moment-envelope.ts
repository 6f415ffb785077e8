// Builds bending-moment envelopes of a simply supported crane-runway beam over moving-load positions and prints the design moments.
import { linspace, zeros, NDArray } from "ndalias";

interface DesignEnvelope {
  stations: NDArray;
  maxMoment: NDArray;
  minMoment: NDArray;
  span: number;
}

function momentsForPointLoad(stations: NDArray, span: number, position: number, P: number): NDArray {
  const m = zeros(stations.size);
  for (let i = 0; i < stations.size; i++) {
    const x = stations.get(i);
    m.set(i, x <= position ? (P * (span - position) * x) / span : (P * position * (span - x)) / span);
  }
  return m;
}

function momentsForUniformLoad(stations: NDArray, span: number, q: number): NDArray {
  const m = stations.mul(span).sub(stations.mul(stations));
  m.imul(q / 2);
  return m;
}

function applyDynamicFactor(moments: NDArray, phi: number): void {
  moments.imul(phi);
}

function envelope(cases: NDArray[]): [NDArray, NDArray] {
  const hi = cases[0].copy();
  const lo = cases[0].copy();
  for (const m of cases.slice(1)) {
    for (let i = 0; i < m.size; i++) {
      hi.set(i, Math.max(hi.get(i), m.get(i)));
      lo.set(i, Math.min(lo.get(i), m.get(i)));
    }
  }
  return [hi, lo];
}

function locateMaximum(values: NDArray, stations: NDArray): number {
  let best = 0;
  for (let i = 1; i < values.size; i++) {
    if (values.get(i) > values.get(best)) best = i;
  }
  return stations.get(best);
}

const span = 8.0;
const stations = linspace(0, span, 17);
const wheelLoad = 95e3;
const selfWeight = 4.2e3;
const gammaG = 1.35;
const gammaQ = 1.5;

const permanent = momentsForUniformLoad(stations, span, selfWeight);
const permanentDesign = permanent.mul(gammaG);

const crane: NDArray[] = [];
for (let p = 0.5; p < span; p += 0.5) {
  const m = momentsForPointLoad(stations, span, p, wheelLoad);
  applyDynamicFactor(m, 1.25);
  m.imul(gammaQ);
  m.iadd(permanentDesign);
  crane.push(m);
}

const [maxMoment, minMoment] = envelope(crane);
const serviceRatio = maxMoment.max() / permanent.max();

// hogging cannot occur on a simple span: clip the lower envelope at zero
for (let i = 0; i < minMoment.size; i++) {
  if (minMoment.get(i) < 0) minMoment.set(i, 0);
}

const midspan = maxMoment.slice("6:11");
const design: DesignEnvelope = { stations, maxMoment, minMoment, span };

console.log("stations (m):", design.stations.tolist());
console.log("max moment (kN m):", design.maxMoment.div(1e3).tolist());
console.log("min moment (kN m):", design.minMoment.div(1e3).tolist());
console.log("midspan window (kN m):", midspan.div(1e3).tolist());
console.log("position of the peak design moment (m):", locateMaximum(design.maxMoment, stations));
console.log("peak design moment / permanent moment:", serviceRatio.toFixed(2));
console.log("permanent moment at midspan (kN m):", (permanent.get(8) / 1e3).toFixed(2));
