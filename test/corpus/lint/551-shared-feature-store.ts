// A feature store shared by a ranking service and an analytics service; each derives its own working arrays from the shared features.
import { array, empty, zeros, NDArray } from "ndalias";

class FeatureStore {
  readonly user: NDArray;
  readonly item: NDArray;
  constructor(user: NDArray, item: NDArray) {
    this.user = user;
    this.item = item;
  }
}

class RankingService {
  constructor(private readonly store: FeatureStore) {}

  score(userId: number): NDArray {
    const u = this.store.user.slice(userId);
    const scores = zeros(this.store.item.shape[0]);
    for (let i = 0; i < scores.size; i++) {
      scores.set(i, u.mul(this.store.item.slice(i)).sum());
    }
    return scores;
  }
}

class AnalyticsService {
  constructor(private readonly store: FeatureStore) {}

  itemNormZ(): NDArray {
    const norms = zeros(this.store.item.shape[0]);
    for (let i = 0; i < norms.size; i++) {
      const row = this.store.item.slice(i);
      norms.set(i, Math.sqrt(row.mul(row).sum()));
    }
    const z = norms.sub(norms.mean());
    const sd = Math.sqrt(z.mul(z).mean());
    if (sd > 0) z.idiv(sd);
    return z;
  }

  halfPrecisionUsers(): NDArray {
    const f32 = this.store.user.astype("float32");
    f32.imul(0.5);
    return f32;
  }
}

const shared = new FeatureStore(
  array([[0.1, 0.9, 0.3], [0.7, 0.2, 0.5]]),
  array([[0.3, 0.3, 0.3], [0.9, 0.1, 0.0], [0.2, 0.8, 0.6], [0.5, 0.5, 0.1]]),
);
const ranking = new RankingService(shared);
const analytics = new AnalyticsService(shared);

const forUser0 = ranking.score(0);
forUser0.slice(":1").fill(0);
console.log("user 0 scores (item 0 suppressed):", forUser0.tolist());

console.log("item norm z-scores:", analytics.itemNormZ().tolist());
console.log("half-precision users:", analytics.halfPrecisionUsers().tolist());

const snapshot = empty(2, "object");
snapshot.set(0, shared.user.copy());
snapshot.set(1, shared.item.copy());
console.log("snapshot tables:", snapshot.size);

const userMeans = shared.user.mean();
const itemsPlusBias = shared.item.add(userMeans);
itemsPlusBias.imul(2);
console.log("biased items:", itemsPlusBias.tolist(), "raw items:", shared.item.tolist());
