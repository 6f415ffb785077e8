// 2-D lidar preprocessing: splits a scan into sectors, masks the beams blocked by the mast, normalises intensities and scores free space.
import { linspace, zeros, NDArray } from "ndalias";

const BEAMS = 32;
const SECTORS = 4;
const PER_SECTOR = BEAMS / SECTORS;
const MAX_RANGE = 8;

interface ScanMessage {
  ranges: NDArray;
  intensities: NDArray;
  stamp: number;
}

function synthesizeRanges(): NDArray {
  const angles = linspace(-Math.PI, Math.PI, BEAMS);
  const out = zeros(BEAMS);
  for (let i = 0; i < BEAMS; i++) {
    out.set(i, Math.min(MAX_RANGE, 2.5 + 1.5 * Math.sin(3 * angles.get(i))));
  }
  return out;
}

function synthesizeIntensities(): NDArray {
  const out = zeros(BEAMS);
  for (let i = 0; i < BEAMS; i++) out.set(i, 40 + ((i * 37) % 200));
  return out;
}

function sectorMinima(ranges: NDArray): NDArray {
  const sectors = ranges.reshape(SECTORS, PER_SECTOR);
  const minima = zeros(SECTORS);
  for (let s = 0; s < SECTORS; s++) minima.set(s, sectors.slice(s).min());
  return minima;
}

function freeSpaceScore(ranges: NDArray): number {
  const sectors = ranges.reshape(SECTORS, PER_SECTOR);
  sectors.assign(":, 0", MAX_RANGE); // expect: no-view-mutation
  return sectors.mean() / MAX_RANGE;
}

function maskedCopy(ranges: NDArray, blockedBeams: number[]): NDArray {
  const out = ranges.copy();
  for (const beam of blockedBeams) out.set(beam, MAX_RANGE);
  out.reshape(SECTORS, PER_SECTOR).assign(":, -1", MAX_RANGE);
  return out;
}

function normalizeIntensities(scan: ScanMessage): number {
  const { intensities } = scan;
  const peak = intensities.max();
  intensities.idiv(peak); // expect: no-alias-mutation
  return peak;
}

function closestSector(minima: NDArray): number {
  let best = 0;
  for (let s = 1; s < minima.size; s++) {
    if (minima.get(s) < minima.get(best)) best = s;
  }
  return best;
}

const scan: ScanMessage = {
  ranges: synthesizeRanges(),
  intensities: synthesizeIntensities(),
  stamp: 12.5,
};

const minima = sectorMinima(scan.ranges);
console.log("sector minima:", minima.tolist(), "closest sector:", closestSector(minima));

const masked = maskedCopy(scan.ranges, [15, 16]);
console.log("masked scan mean:", masked.mean().toFixed(3));

const score = freeSpaceScore(scan.ranges);
console.log("free space score:", score.toFixed(3));

const peak = normalizeIntensities(scan);
console.log("intensity peak:", peak);

let reflectiveBeams = 0;
for (let i = 0; i < scan.intensities.size; i++) {
  if (scan.intensities.get(i) * peak > 200) reflectiveBeams += 1;
}
console.log("reflective beams (>200):", reflectiveBeams);

console.log("raw range min:", scan.ranges.min().toFixed(3), "max:", scan.ranges.max().toFixed(3));
console.log("raw intensity sum:", scan.intensities.sum().toFixed(3));
console.log("scan stamp:", scan.stamp);
