// Calibration loader: builds module gain/offset tables from factory defaults, applies end-of-line trims and prints them beside the defaults.
// runnable
import { array, zeros, NDArray } from "ndalias";

const DEFAULT_GAIN = array([1, 1, 1, 1, 1, 1]);
const DEFAULT_OFFSET = array([0, 0, 0, 0, 0, 0]);

function fmt(v: NDArray): string {
  return (v.tolist() as number[]).map((x) => x.toFixed(4)).join(" ");
}

function applyCal(raw: NDArray, gain: NDArray, offset: NDArray): NDArray {
  return raw.mul(gain).add(offset);
}

function loadTrimFromEeprom(words: number[]): NDArray {
  const trim = array(words, "int16").astype("float64");
  trim.idiv(100000);
  return trim;
}

const eolTrim = loadTrimFromEeprom([120, -80, 30, 0, -150, 60]);

// Module A: copy first, then trim the copy.
const gainA = DEFAULT_GAIN.copy();
gainA.iadd(eolTrim);

// Module A offset: the working name is rebound to a fresh array before any write.
let offsetA: NDArray = DEFAULT_OFFSET;
offsetA = offsetA.add(0.002);
offsetA.isub(eolTrim.mul(0.5));

// The HMI shows the gain table as loaded; the display handle is used only here.
const displayGain = gainA;
console.log("HMI gain (as loaded):", fmt(displayGain));

// Later drift compensation is applied to module A's own table.
const driftPpm = 450;
gainA.imul(1 + driftPpm / 1e6);

// Temperature compensation table is filled first; the per-cell view is taken afterwards.
const tempComp = zeros(6);
tempComp.fill(-0.0003);
tempComp.set(4, -0.0006);
const hotSideComp = tempComp.slice("3:");
console.log("hot-side compensation:", fmt(hotSideComp));

// Module B: a double-buffered calibration, the active table is swapped after an update.
let activeGain = DEFAULT_GAIN.copy();
let stagedGain = DEFAULT_GAIN.copy();
stagedGain.iadd(eolTrim.mul(-1));
[activeGain, stagedGain] = [stagedGain, activeGain];
stagedGain.fill(1);

const raw = array([3.702, 3.699, 3.706, 3.701, 3.698, 3.704]);
const cellsA = applyCal(raw, gainA, offsetA.add(tempComp));
const cellsB = applyCal(raw, activeGain, DEFAULT_OFFSET);

console.log("module A gain:", fmt(gainA));
console.log("module A offset:", fmt(offsetA));
console.log("module B active gain:", fmt(activeGain));
console.log("module B staged gain:", fmt(stagedGain));
console.log("module A cells:", fmt(cellsA));
console.log("module B cells:", fmt(cellsB));
console.log("factory gain:", fmt(DEFAULT_GAIN));
console.log("factory offset:", fmt(DEFAULT_OFFSET));

function checksum(table: NDArray): number {
  let acc = 0;
  for (let i = 0; i < table.size; i++) {
    acc = (acc * 31 + Math.round(table.get(i) * 1e6)) % 65521;
  }
  return acc;
}

const factoryChecksum = checksum(DEFAULT_GAIN);
console.log("factory gain checksum:", factoryChecksum, factoryChecksum === checksum(array([1, 1, 1, 1, 1, 1])) ? "ok" : "CORRUPT");
console.log("module A gain checksum:", checksum(gainA));

const maxCorrection = cellsA.sub(raw).max();
console.log("largest correction on module A (mV):", (maxCorrection * 1000).toFixed(2));
