// Travel-time estimator for a five-link arterial with free-flow, incident and peak-hour scenarios and corridor signal delays.
import { array, NDArray } from "ndalias";

const LINK_LENGTHS = array([420, 380, 610, 250, 530]); // metres
const FREE_FLOW_SPEEDS = array([13.9, 13.9, 16.7, 11.1, 16.7]); // m/s
const PEAK_FACTOR = 0.65;
const LINK_NAMES = ["Mill St", "Bridge Rd", "Harbour Ave", "Station Sq", "Quay Rd"];

export function freeFlowTimes(lengths: NDArray = LINK_LENGTHS, speeds: NDArray = FREE_FLOW_SPEEDS): NDArray {
  return lengths.div(speeds);
}

export function peakTimes(
  lengths: NDArray = LINK_LENGTHS,
  speeds: NDArray = FREE_FLOW_SPEEDS,
  factor: number = PEAK_FACTOR,
): NDArray {
  speeds.imul(factor); // expect: no-alias-mutation
  return lengths.div(speeds);
}

export function incidentTimes(blocked: number, capacityLeft = 0.3, speeds: NDArray = FREE_FLOW_SPEEDS): NDArray {
  const degraded = speeds.copy();
  degraded.set(blocked, degraded.get(blocked) * capacityLeft);
  return LINK_LENGTHS.div(degraded);
}

export function corridorDelay(times: NDArray, from: number, to: number, signalDelay = 25): number {
  const corridor = times.slice(`${from}:${to}`);
  corridor.iadd(signalDelay); // expect: no-view-mutation
  return corridor.sum();
}

export function routeTime(times: NDArray, links: number[]): number {
  return times.take(links).sum();
}

function roundInPlace(times: NDArray): void {
  for (let i = 0; i < times.size; i++) {
    times.set(i, Math.round(times.get(i)));
  }
}

function slowestLink(times: NDArray): string {
  let worst = 0;
  for (let i = 1; i < times.size; i++) {
    if (times.get(i) > times.get(worst)) worst = i;
  }
  return `${LINK_NAMES[worst]} (${times.get(worst).toFixed(0)} s)`;
}

function table(label: string, times: NDArray): void {
  const cells = LINK_NAMES.map((name, i) => `${name}=${times.get(i).toFixed(0)}`);
  console.log(`${label.padEnd(10)} ${cells.join("  ")}  total=${times.sum().toFixed(0)}`);
}

const base = freeFlowTimes();
roundInPlace(base);
table("free-flow", base);

const incident = incidentTimes(2);
roundInPlace(incident);
table("incident", incident);
console.log("slowest link during the incident:", slowestLink(incident));

const peak = peakTimes();
table("peak", peak);
console.log("free-flow speeds after the peak scenario:", FREE_FLOW_SPEEDS.tolist());

const withSignals = corridorDelay(base, 1, 4);
console.log("Bridge Rd to Station Sq with signal delay:", withSignals);
console.log("full route, free-flow:", routeTime(base, [0, 1, 2, 3, 4]));
console.log("free-flow table afterwards:", base.tolist());

const ratio = peak.div(incident);
console.log(
  "peak / incident ratio per link:",
  (ratio.tolist() as number[]).map((r) => r.toFixed(2)),
);

function speedsKmh(speeds: NDArray = FREE_FLOW_SPEEDS): string[] {
  const kmh = speeds.mul(3.6);
  return (kmh.tolist() as number[]).map((v) => `${v.toFixed(0)} km/h`);
}

console.log("posted speeds:", speedsKmh());
console.log("peak speeds:", speedsKmh(LINK_LENGTHS.div(peak)));
