// Indexes the series of a study in object-dtype tables with back-links and registers every series against a primary series.
import { empty, zeros, full, NDArray } from "ndalias";

interface SeriesSpec {
  readonly uid: string;
  readonly slices: number;
  readonly baseHu: number;
}

const SPECS: SeriesSpec[] = [
  { uid: "1.2.3.10", slices: 3, baseHu: 40 },
  { uid: "1.2.3.11", slices: 2, baseHu: -700 },
  { uid: "1.2.3.12", slices: 4, baseHu: 300 },
];

const SLOT_PIXELS = 0;
const SLOT_STUDY = 1;

function makePixels(spec: SeriesSpec): NDArray {
  return full([spec.slices, 4, 4], spec.baseHu);
}

function buildStudyIndex(specs: SeriesSpec[]): NDArray {
  const studyTable = empty(specs.length, "object");
  for (let i = 0; i < specs.length; i++) {
    const seriesTable = empty(2, "object");
    seriesTable.set(SLOT_PIXELS, makePixels(specs[i]));
    studyTable.set(i, seriesTable);
    seriesTable.set(SLOT_STUDY, studyTable); // expect: no-reference-cycle
  }
  return studyTable;
}

function buildPixelIndex(specs: SeriesSpec[]): NDArray {
  const pixelIndex = empty(specs.length, "object");
  for (let i = 0; i < specs.length; i++) {
    pixelIndex.set(i, makePixels(specs[i]));
  }
  return pixelIndex;
}

class RegisteredSeries {
  reference: RegisteredSeries;

  constructor(readonly uid: string, readonly pixels: NDArray, reference?: RegisteredSeries) {
    if (reference === undefined) {
      this.reference = this; // expect: no-reference-cycle
    } else {
      this.reference = reference;
    }
  }

  isPrimary(): boolean {
    return this.reference === this;
  }

  offsetFromReference(): number {
    return this.pixels.mean() - this.reference.pixels.mean();
  }
}

function registerAll(index: NDArray, specs: SeriesSpec[]): RegisteredSeries[] {
  const primary = new RegisteredSeries(specs[0].uid, index.get(0));
  const registered = [primary];
  for (let i = 1; i < specs.length; i++) {
    registered.push(new RegisteredSeries(specs[i].uid, index.get(i), primary));
  }
  return registered;
}

function seriesMeans(studyTable: NDArray): number[] {
  const means: number[] = [];
  for (let i = 0; i < studyTable.size; i++) {
    const seriesTable: NDArray = studyTable.get(i);
    const px: NDArray = seriesTable.get(SLOT_PIXELS);
    means.push(px.mean());
  }
  return means;
}

const studyIndex = buildStudyIndex(SPECS);
console.log("series means via the study index:", seriesMeans(studyIndex));

const pixelIndex = buildPixelIndex(SPECS);
for (const reg of registerAll(pixelIndex, SPECS)) {
  const role = reg.isPrimary() ? "primary" : `offset ${reg.offsetFromReference()} HU`;
  console.log(`registered ${reg.uid}: ${role}`);
}

const overlay = zeros([4, 4]);
overlay.slice("1:3", "1:3").fill(1);
console.log("overlay coverage:", overlay.sum() / overlay.size);
