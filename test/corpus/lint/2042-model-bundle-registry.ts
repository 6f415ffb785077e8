// Model bundle registry: packs user and item factor matrices into object-dtype bundles for the serving layer and links each bundle to its fallback.
import { array, empty, zeros, refcount, NDArray } from "ndalias";

const USER_SLOT = 0;
const ITEM_SLOT = 1;
const BIAS_SLOT = 2;
const FALLBACK_SLOT = 3;

function makeBundle(users: NDArray, items: NDArray, bias: NDArray): NDArray {
  const bundle = empty(4, "object");
  bundle.set(USER_SLOT, users);
  bundle.set(ITEM_SLOT, items);
  bundle.set(BIAS_SLOT, bias);
  bundle.set(FALLBACK_SLOT, null);
  return bundle;
}

function scoreWithBundle(bundle: NDArray, user: number, item: number): number {
  const users: NDArray = bundle.get(USER_SLOT);
  const items: NDArray = bundle.get(ITEM_SLOT);
  const bias: NDArray = bundle.get(BIAS_SLOT);
  return users.slice(user).mul(items.slice(item)).sum() + bias.get(item);
}

// Primary and fallback models point at each other so either can hand over.
function pairForFailover(primary: NDArray, fallback: NDArray): void {
  primary.set(FALLBACK_SLOT, fallback);
  fallback.set(FALLBACK_SLOT, primary); // expect: no-reference-cycle
}

// The catalogue index lists every bundle, including itself for introspection.
function buildIndex(bundles: NDArray[]): NDArray {
  const index = empty(bundles.length + 1, "object");
  bundles.forEach((b, i) => index.set(i, b));
  index.set(bundles.length, index); // expect: no-reference-cycle
  return index;
}

// A chain without a back edge: canary -> primary, nothing points to the canary.
function attachCanary(canary: NDArray, primary: NDArray): NDArray {
  const link = empty(2, "object");
  link.set(0, canary);
  link.set(1, primary);
  return link;
}

const primary = makeBundle(
  array([[0.3, 0.9], [0.7, 0.2], [0.5, 0.5]]),
  array([[0.8, 0.1], [0.2, 0.9], [0.6, 0.6], [0.4, 0.3]]),
  array([0.05, 0.0, 0.1, -0.02]),
);
const fallback = makeBundle(
  zeros([3, 2]),
  array([[1, 0], [0, 1], [0.5, 0.5], [0.7, 0.7]]),
  array([0.2, 0.1, 0.15, 0.05]),
);
const canary = makeBundle(
  array([[0.4, 0.8], [0.6, 0.3], [0.5, 0.4]]),
  array([[0.8, 0.1], [0.2, 0.9], [0.6, 0.6], [0.4, 0.3]]),
  zeros(4),
);

pairForFailover(primary, fallback);
const index = buildIndex([primary, fallback]);
const canaryLink = attachCanary(canary, primary);

const scores: { user: number; item: number; primary: number; canary: number }[] = [];
for (let u = 0; u < 3; u++) {
  for (let j = 0; j < 4; j++) {
    scores.push({
      user: u,
      item: j,
      primary: scoreWithBundle(primary, u, j),
      canary: scoreWithBundle(canaryLink.get(0), u, j),
    });
  }
}

const disagreements = scores.filter((s) => Math.abs(s.primary - s.canary) > 0.1);
console.log("scored pairs:", scores.length, "canary disagreements:", disagreements.length);
console.log("fallback for user 0, item 3:", scoreWithBundle(primary.get(FALLBACK_SLOT), 0, 3).toFixed(3));
console.log("bundles in index:", index.size - 1, "refs to primary:", refcount(primary));
