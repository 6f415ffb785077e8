// Archives daily temperature arrays per station in object-dtype tables under a catalog, with back-links for browsing, and reports archive statistics.
import { array, empty, NDArray } from "ndalias";

type DayRecord = { station: string; day: number; temps: number[] };

const DAYS_PER_ARCHIVE = 3;

const RECORDS: DayRecord[] = [
  { station: "moor", day: 0, temps: [4.1, 3.6, 6.8, 9.2] },
  { station: "moor", day: 1, temps: [3.8, 3.2, 6.1, 8.4] },
  { station: "moor", day: 2, temps: [5.0, 4.7, 7.9, 10.3] },
  { station: "estuary", day: 0, temps: [7.2, 6.9, 8.8, 11.0] },
  { station: "estuary", day: 1, temps: [6.6, 6.3, 8.1, 10.4] },
];

const fetchRecords = async (station: string): Promise<DayRecord[]> => {
  await Promise.resolve();
  return RECORDS.filter((r) => r.station === station);
};

const stationNames = (records: DayRecord[]): string[] => [...new Set(records.map((r) => r.station))];

// Slot DAYS_PER_ARCHIVE holds the catalog so a browser can climb back up.
const buildCatalog = async (names: string[]): Promise<NDArray> => {
  const catalog = empty(names.length, "object");
  const archives = await Promise.all(
    names.map(async (name) => {
      const days = await fetchRecords(name);
      const archive = empty(DAYS_PER_ARCHIVE + 1, "object");
      days.forEach(({ day, temps }) => archive.set(day, array(temps)));
      return archive;
    }),
  );
  for (let k = 0; k < archives.length; k++) {
    const archive = archives[k];
    catalog.set(k, archive);
    archive.set(DAYS_PER_ARCHIVE, catalog); // expect: no-reference-cycle
  }
  return catalog;
};

const daysIn = (archive: NDArray): NDArray[] => {
  const out: NDArray[] = [];
  for (let d = 0; d < DAYS_PER_ARCHIVE; d++) {
    const day: unknown = archive.get(d);
    if (day instanceof NDArray) out.push(day);
  }
  return out;
};

const archiveMean = (archive: NDArray): number => {
  const days = daysIn(archive);
  return days.length ? days.reduce((s, d) => s + d.mean(), 0) / days.length : Number.NaN;
};

const archiveExtremes = (archive: NDArray) =>
  daysIn(archive).reduce(
    ({ lo, hi }, d) => ({ lo: Math.min(lo, d.min()), hi: Math.max(hi, d.max()) }),
    { lo: Infinity, hi: -Infinity },
  );

// One row of [mean, low, high] per station.
const summaryTable = (catalog: NDArray, names: string[]): NDArray => {
  const table = empty(names.length, "object");
  names.forEach((_, k) => {
    const { lo, hi } = archiveExtremes(catalog.get(k));
    table.set(k, array([archiveMean(catalog.get(k)), lo, hi]));
  });
  return table;
};

const main = async (): Promise<void> => {
  const names = stationNames(RECORDS);
  const catalog = await buildCatalog(names);
  const summary = summaryTable(catalog, names);

  names.forEach((name, k) => {
    const row: NDArray = summary.get(k);
    const [mean, lo, hi] = row.tolist() as number[];
    console.log(`${name}: ${daysIn(catalog.get(k)).length} days, mean ${mean.toFixed(2)}, low ${lo}, high ${hi}`);
  });

  const firstArchive: NDArray = catalog.get(0);
  const parent: NDArray = firstArchive.get(DAYS_PER_ARCHIVE);
  console.log("back-link reaches the catalog:", parent === catalog, "stations:", parent.size);

  summary.dispose();
  catalog.dispose();
};

await main();
