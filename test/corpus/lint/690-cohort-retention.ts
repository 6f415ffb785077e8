// E-commerce cohort analytics: weekly active users per signup cohort, retention curves, revenue projections and a cohort summary.
import { array, zeros, NDArray, ShapeError } from "ndalias";

type Result<T> = { ok: true; value: T } | { ok: false; error: string };
type Option<T> = T | undefined;

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail<T>(error: string): Result<T> {
  return { ok: false, error };
}

interface CohortMeta {
  id: string;
  signupWeek: number;
  channel: "organic" | "paid" | "referral";
  arpu: number;
}

interface CohortSummary {
  id: string;
  size: number;
  week4: number;
  projected: number;
}

function requireCohortMatrix(m: NDArray): NDArray {
  if (m.ndim !== 2) {
    throw new ShapeError(`cohort matrix must be 2-D, got ndim=${m.ndim}`);
  }
  if (m.shape[1] < 2) {
    throw new ShapeError(`need at least two weeks of activity, got ${m.shape[1]}`);
  }
  return m;
}

function findCohort(metas: CohortMeta[], id: string): Option<CohortMeta> {
  return metas.find((m) => m.id === id);
}

function indexOfCohort(metas: CohortMeta[], id: string): number {
  return metas.findIndex((m) => m.id === id);
}

class CohortAnalyzer {
  private readonly active: NDArray;
  private readonly metas: CohortMeta[];
  private summaryCache = new Map<string, CohortSummary>();

  constructor(activeUsers: number[][], metas: CohortMeta[]) {
    this.active = array(activeUsers);
    this.metas = metas;
  }

  get cohortCount(): number {
    return this.active.shape[0];
  }

  get weekCount(): number {
    return this.active.shape[1];
  }

  cohortSizes(): NDArray {
    return this.active.slice(":", 0).copy();
  }

  totalActiveUsers(): number {
    return this.active.sum();
  }

  activeInWeek(week: number): number {
    let total = 0;
    for (let c = 0; c < this.cohortCount; c++) {
      total += this.active.get(c, week);
    }
    return total;
  }

  retentionCurve(cohortId: string): Result<number[]> {
    const row = indexOfCohort(this.metas, cohortId);
    if (row < 0) return fail(`unknown cohort ${cohortId}`);
    const counts = this.active.slice(row).copy();
    const size = counts.get(0);
    if (size === 0) return fail(`cohort ${cohortId} is empty`);
    counts.idiv(size);
    return ok(counts.tolist() as number[]);
  }

  retentionMatrix(): NDArray {
    const m = requireCohortMatrix(this.active);
    for (let c = 0; c < m.shape[0]; c++) {
      const size = m.get(c, 0);
      if (size === 0) continue;
      for (let w = 0; w < m.shape[1]; w++) {
        m.set([c, w], m.get(c, w) / size); // expect: no-alias-mutation
      }
    }
    return m;
  }

  projectedRevenue(cohortId: string, weeks: number): Result<number> {
    const meta = findCohort(this.metas, cohortId);
    if (!meta) return fail(`unknown cohort ${cohortId}`);
    const row = indexOfCohort(this.metas, cohortId);
    const horizon = Math.min(weeks, this.weekCount);
    const window = this.active.slice(row, `:${horizon}`);
    return ok(window.sum() * meta.arpu);
  }

  summarize(cohortId: string): Option<CohortSummary> {
    const cached = this.summaryCache.get(cohortId);
    if (cached) return cached;
    const row = indexOfCohort(this.metas, cohortId);
    if (row < 0) return undefined;
    const revenue = this.projectedRevenue(cohortId, 8);
    const summary: CohortSummary = {
      id: cohortId,
      size: this.active.get(row, 0),
      week4: this.weekCount > 4 ? this.active.get(row, 4) : 0,
      projected: revenue.ok ? revenue.value : 0,
    };
    this.summaryCache.set(cohortId, summary);
    return summary;
  }

  activeMatrix(): NDArray {
    return this.active;
  }
}

function channelTotals(analyzer: CohortAnalyzer, metas: CohortMeta[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const meta of metas) {
    const s = analyzer.summarize(meta.id);
    if (!s) continue;
    totals.set(meta.channel, (totals.get(meta.channel) ?? 0) + s.size);
  }
  return totals;
}

function promoLiftEstimate(analyzer: CohortAnalyzer, metas: CohortMeta[], lift: number): number {
  const baseline = analyzer.cohortSizes();
  const boosted = baseline.astype("float64");
  boosted.imul(1 + lift);
  const paidIdx = metas.filter((m) => m.channel === "paid").map((m) => indexOfCohort(metas, m.id));
  const paid = baseline.take(paidIdx);
  paid.imul(1 + lift); // expect: no-lost-write
  return boosted.sum() - baseline.sum();
}

function weeklyDecay(analyzer: CohortAnalyzer): NDArray {
  const decay = zeros(analyzer.weekCount - 1);
  for (let w = 1; w < analyzer.weekCount; w++) {
    const prev = analyzer.activeInWeek(w - 1);
    decay.set(w - 1, prev === 0 ? 0 : 1 - analyzer.activeInWeek(w) / prev);
  }
  return decay;
}

function formatCurve(curve: Result<number[]>): string {
  if (!curve.ok) return `n/a (${curve.error})`;
  return curve.value.map((v) => `${(v * 100).toFixed(0)}%`).join(" ");
}

const metas: CohortMeta[] = [
  { id: "2024-W01", signupWeek: 1, channel: "organic", arpu: 4.2 },
  { id: "2024-W02", signupWeek: 2, channel: "paid", arpu: 3.1 },
  { id: "2024-W03", signupWeek: 3, channel: "referral", arpu: 5.0 },
  { id: "2024-W04", signupWeek: 4, channel: "paid", arpu: 2.8 },
];

const analyzer = new CohortAnalyzer(
  [
    [1200, 640, 510, 430, 400, 380],
    [900, 410, 300, 260, 240, 230],
    [300, 210, 190, 180, 175, 170],
    [1500, 600, 420, 350, 310, 300],
  ],
  metas,
);

console.log("cohorts:", analyzer.cohortCount, "weeks:", analyzer.weekCount);
console.log("W02 curve:", formatCurve(analyzer.retentionCurve("2024-W02")));
console.log("W09 curve:", formatCurve(analyzer.retentionCurve("2024-W09")));
console.log("weekly decay:", weeklyDecay(analyzer).tolist());
console.log("promo lift (users):", promoLiftEstimate(analyzer, metas, 0.15));

const retention = analyzer.retentionMatrix();
console.log("retention, week 1:", retention.slice(":", 1).tolist());

for (const [channel, users] of channelTotals(analyzer, metas)) {
  console.log(`channel ${channel}: ${users} signups`);
}
console.log("total active user-weeks:", analyzer.totalActiveUsers());
