// A PACS-style study registry held in object-dtype tables: series volumes per study, a back-link from each series table to its study, and per-series normalisation.
import { empty, full, zeros, NDArray } from "ndalias";

const SERIES_PER_STUDY = 3;

function makeVolume(seriesIndex: number): NDArray {
  const vol = full([2, 4, 4], 100 * (seriesIndex + 1));
  vol.slice(1).iadd(25);
  return vol;
}

/** A study table: slot 0 holds the series table, slot 1 a thumbnail. */
export function buildStudy(): NDArray {
  const study = empty(2, "object");
  const series = empty(SERIES_PER_STUDY + 1, "object");
  for (let i = 0; i < SERIES_PER_STUDY; i++) {
    series.set(i, makeVolume(i));
  }
  study.set(0, series);
  study.set(1, zeros([4, 4]));
  // Let a series table find the study it belongs to.
  series.set(SERIES_PER_STUDY, study); // expect: no-reference-cycle
  return study;
}

/** An index table that lists series volumes only; nothing points back to it. */
export function buildIndex(volumes: NDArray[]): NDArray {
  const index = empty(volumes.length, "object");
  volumes.forEach((v, i) => {
    index.set(i, v);
  });
  return index;
}

export function seriesMeans(study: NDArray): number[] {
  const series: NDArray = study.get(0);
  const means: number[] = [];
  for (let i = 0; i < SERIES_PER_STUDY; i++) {
    const vol: NDArray = series.get(i);
    means.push(vol.mean());
  }
  return means;
}

/** Scales every series of the study to a peak of 1 before display. */
export function normaliseSeries(study: NDArray): void {
  const series: NDArray = study.get(0);
  for (let i = 0; i < SERIES_PER_STUDY; i++) {
    const vol: NDArray = series.get(i);
    vol.copy().idiv(vol.max()); // expect: no-lost-write
  }
}

export function thumbnailOf(study: NDArray): NDArray {
  const series: NDArray = study.get(0);
  const first: NDArray = series.get(0);
  const thumb = first.slice(0).copy();
  thumb.idiv(thumb.max());
  return thumb;
}

export function totalVoxels(index: NDArray): number {
  let n = 0;
  for (let i = 0; i < index.size; i++) {
    const v: NDArray = index.get(i);
    n += v.size;
  }
  return n;
}

const study = buildStudy();
console.log("series means before:", seriesMeans(study));
normaliseSeries(study);
console.log("series means after:", seriesMeans(study));
console.log("thumbnail:", thumbnailOf(study).tolist());

const loose = [makeVolume(0), makeVolume(1)];
const index = buildIndex(loose);
console.log("indexed voxels:", totalVoxels(index));
index.dispose();
study.dispose();
