// Refreshes a small recommendation feature store: previews tables, rescales embeddings, resets biases and exports a summary.
import { array, zeros, NDArray } from "ndalias";

interface Table {
  embeddings: NDArray;
  bias: NDArray;
  ids: string[];
}

interface FeatureStore {
  version: number;
  tables: { users: Table; items: Table };
  settings: { maxNorm: number; biasDecay: number };
}

const store: FeatureStore = {
  version: 3,
  tables: {
    users: {
      embeddings: array([[0.9, 0.1], [0.3, 0.8], [0.5, 0.5]]),
      bias: array([0.2, -0.1, 0.05]),
      ids: ["ann", "bo", "cy"],
    },
    items: {
      embeddings: array([[1.5, 0.0], [0.2, 2.4], [1.1, 1.1], [0.0, 0.3]]),
      bias: array([0.0, 0.3, -0.2, 0.1]),
      ids: ["lamp", "desk", "chair", "rug"],
    },
  },
  settings: { maxNorm: 1.0, biasDecay: 0.5 },
};

function rowNorms(m: NDArray): number[] {
  const norms: number[] = [];
  for (let r = 0; r < m.shape[0]; r++) {
    const row = m.slice(r);
    norms.push(Math.sqrt(row.mul(row).sum()));
  }
  return norms;
}

function affinity(s: FeatureStore, user: number, item: number): number {
  const u = s.tables.users.embeddings.slice(user);
  const v = s.tables.items.embeddings.slice(item);
  return u.mul(v).sum() + s.tables.users.bias.get(user) + s.tables.items.bias.get(item);
}

// 1. Preview before the refresh.
const { items } = store.tables;
const itemPreview = items.embeddings.slice("0:2");
const { bias: userBias } = store.tables.users;
console.log("item preview:", itemPreview.tolist(), "user bias before:", userBias.tolist());
console.log("item norms before:", rowNorms(items.embeddings).map((n) => n.toFixed(2)));

// 2. Renormalise the item embeddings to the maximum norm, in place.
const norms = rowNorms(store.tables.items.embeddings);
for (let r = 0; r < norms.length; r++) {
  if (norms[r] > store.settings.maxNorm) {
    store.tables.items.embeddings.slice(r).imul(store.settings.maxNorm / norms[r]);
  }
}

// 3. Decay the user biases in place.
store.tables.users.bias.imul(store.settings.biasDecay);

// 4. Names made after the refresh see the refreshed values.
const refreshedUserBias = store.tables.users.bias;
const { embeddings: itemEmbeddings } = store.tables.items;
console.log("user bias after:", refreshedUserBias.tolist());
console.log("item norms after:", rowNorms(itemEmbeddings).map((n) => n.toFixed(2)));

// 5. A baseline that pointed at the live bias is rebound to a neutral one.
let baselineBias: NDArray = store.tables.items.bias;
console.log("item bias total before reset:", baselineBias.sum());
store.tables.items.bias.fill(0);
baselineBias = zeros(store.tables.items.ids.length);
baselineBias.iadd(0.05);
console.log("neutral baseline:", baselineBias.tolist());

store.version += 1;
const exported = {
  version: store.version,
  users: { bias: store.tables.users.bias, ids: store.tables.users.ids },
  items: { embeddings: store.tables.items.embeddings, ids: store.tables.items.ids },
};

for (let u = 0; u < exported.users.ids.length; u++) {
  const scores = exported.items.ids.map((_, i) => affinity(store, u, i));
  const best = scores.indexOf(Math.max(...scores));
  console.log(`${exported.users.ids[u]} -> ${exported.items.ids[best]} (${scores[best].toFixed(3)})`);
}
console.log(`exported v${exported.version}:`, exported.users.bias.tolist(), exported.items.embeddings.sum().toFixed(3));
