// Merges a primary and a backup temperature logger into one series, fills dropouts, normalises the overnight segment for a chart and prints the feeds.
// runnable
import { array, NDArray } from "ndalias";

type LoggerFeed = { logger: string; values: number[] };

const FEEDS: Record<string, LoggerFeed> = {
  primary: { logger: "primary", values: [6.2, 5.9, Number.NaN, 5.1, 4.8, Number.NaN, 6.7, 9.4, 12.0, 13.1] },
  backup: { logger: "backup", values: [6.0, 5.8, 5.4, 5.0, 4.9, 5.3, 6.5, 9.1, 11.8, 12.9] },
};

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const loadLogger = async (name: string, { retries = 2 } = {}): Promise<NDArray> => {
  for (let attempt = 0; attempt <= retries; attempt++) {
    await pause(1);
    const feed = FEEDS[name];
    if (feed) return array(feed.values);
  }
  return array([]);
};

const gapCount = (x: NDArray): number =>
  (x.tolist() as number[]).reduce((n, v) => (Number.isNaN(v) ? n + 1 : n), 0);

const nanMean = (x: NDArray): number => {
  const valid = (x.tolist() as number[]).filter((v) => !Number.isNaN(v));
  return valid.reduce((s, v) => s + v, 0) / Math.max(1, valid.length);
};

const fmt = (x: NDArray): string => (x.tolist() as number[]).map((v) => (Number.isNaN(v) ? " NaN" : v.toFixed(1))).join(" ");

// Fills NaN dropouts in target from donor.
const filledCopy = (target: NDArray, donor: NDArray): NDArray => {
  const out = target.copy();
  for (let i = 0; i < out.size; i++) {
    if (Number.isNaN(out.get(i))) out.set(i, donor.get(i));
  }
  return out;
};

const bias = (a: NDArray, b: NDArray): number => {
  const diffs = (a.tolist() as number[])
    .map((v, i) => v - b.get(i))
    .filter((d) => !Number.isNaN(d));
  return diffs.reduce((s, d) => s + d, 0) / Math.max(1, diffs.length);
};

const main = async (): Promise<void> => {
  const [primary, backup] = await Promise.all(["primary", "backup"].map((name) => loadLogger(name)));
  console.log(`gaps: primary ${gapCount(primary)}, backup ${gapCount(backup)}`);
  console.log(`primary - backup bias: ${bias(primary, backup).toFixed(3)} C`);

  const preview = filledCopy(primary, backup);
  console.log("preview:", fmt(preview));

  // Use the longer feed as the merged series and patch its dropouts.
  const merged = primary.size >= backup.size ? primary : backup;
  for (let i = 0; i < merged.size; i++) {
    if (Number.isNaN(merged.get(i))) {
      merged.set(i, backup.get(i)); // expect: no-alias-mutation
    }
  }
  console.log("merged:", fmt(merged));
  console.log(`primary as logged: ${fmt(primary)} (gaps ${gapCount(primary)}, mean ${nanMean(primary).toFixed(2)})`);

  // Overnight segment relative to its minimum, for the chart.
  const overnight = primary.slice(":6");
  const low = overnight.min();
  overnight.isub(low); // expect: no-view-mutation
  console.log("overnight (relative to minimum):", fmt(overnight));
  console.log(`primary daily mean ${nanMean(primary).toFixed(2)}, max ${primary.max().toFixed(1)}`);

  // Same chart segment for the backup logger.
  const backupNight = backup.slice(":6").copy();
  backupNight.isub(backupNight.min());
  console.log("backup overnight (relative):", fmt(backupNight), "backup raw:", fmt(backup));
};

await main();
