// Signal generation over rolling windows, then a 2-for-1 stock split applied to the stored price history before the next session.
import { array, NDArray } from "ndalias";

const history = array([210, 212, 215, 211, 218, 222, 219, 225, 228, 226]);
const lookback = 3;
const signals: number[] = [];

for (let t = lookback; t <= history.size; t++) {
  const window = history.slice(`${t - lookback}:${t}`);
  const avg = window.mean();
  const last = window.get(lookback - 1);
  signals.push(last > avg ? 1 : last < avg ? -1 : 0);
}

const firstWeek = history.slice(":5");
const lastWeek = history.slice("-5:");
const weeklyChange = lastWeek.mean() / firstWeek.mean() - 1;
console.log("signals:", signals.join(" "));
console.log("week-over-week change:", (weeklyChange * 100).toFixed(2), "%");

function summarize(series: NDArray): string {
  return `min=${series.min()} max=${series.max()} mean=${series.mean().toFixed(2)}`;
}
console.log("pre-split:", summarize(history));

// Corporate action: 2-for-1 split, adjust the whole stored history.
history.idiv(2);
for (let i = 0; i < history.size; i++) {
  history.set(i, Math.round(history.get(i) * 100) / 100);
}

const splitFactor = 2;
const adjustedTail = history.slice("-3:");
const preSplitLast = adjustedTail.get(2) * splitFactor;
console.log("last close before split:", preSplitLast);
console.log("post-split:", summarize(history));
console.log("adjusted tail:", adjustedTail.tolist());

// Re-run the last signal on the adjusted data with a fresh window.
const window = history.slice(`-${lookback}:`);
console.log("last signal still:", window.get(lookback - 1) > window.mean() ? 1 : -1);
