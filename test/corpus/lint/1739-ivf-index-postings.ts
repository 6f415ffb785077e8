// An inverted-file vector index: documents go to the posting list of their nearest centroid, and queries probe the closest lists.
import { array, NDArray } from "ndalias";

class Posting {
  list: PostingList | null = null;
  constructor(readonly docId: string, readonly vector: NDArray) {}
}

class PostingList {
  centroid: NDArray;
  ids: string[] = [];
  vectors: NDArray[] = [];
  lastAdded: Posting | null = null;
  count = 0;

  constructor(seed: NDArray) {
    this.centroid = seed.copy();
  }

  absorb(v: NDArray): void {
    this.centroid.imul(this.count);
    this.centroid.iadd(v);
    this.centroid.idiv(this.count + 1);
    this.count++;
  }
}

class IvfIndex {
  lists: PostingList[];
  parent: IvfIndex | null = null;

  constructor(seeds: NDArray) {
    this.lists = [];
    for (let c = 0; c < seeds.shape[0]; c++) {
      this.lists.push(new PostingList(seeds.slice(c)));
    }
  }

  nearestLists(v: NDArray, nprobe: number): PostingList[] {
    const ranked = this.lists
      .map((l) => ({ l, d: l.centroid.sub(v).mul(l.centroid.sub(v)).sum() }))
      .sort((a, b) => a.d - b.d);
    return ranked.slice(0, nprobe).map((r) => r.l);
  }

  add(docId: string, vector: NDArray): Posting {
    const list = this.nearestLists(vector, 1)[0];
    const stored = vector.copy();
    list.ids.push(docId);
    list.vectors.push(stored);
    const posting = new Posting(docId, stored);
    posting.list = list;
    list.lastAdded = posting; // expect: no-reference-cycle
    list.absorb(vector);
    return posting;
  }

  search(query: NDArray, k: number, nprobe = 2): Array<[string, number]> {
    const candidates: Array<[string, number]> = [];
    for (const list of this.nearestLists(query, nprobe)) {
      list.vectors.forEach((v, i) => {
        candidates.push([list.ids[i], v.mul(query).sum()]);
      });
    }
    candidates.sort((a, b) => b[1] - a[1]);
    return candidates.slice(0, k);
  }

  sizes(): number[] {
    return this.lists.map((l) => l.ids.length);
  }
}

function makeChildIndex(root: IvfIndex, seeds: NDArray): IvfIndex {
  const child = new IvfIndex(seeds);
  child.parent = root;
  return child;
}

const seeds = array([
  [1.0, 0.0, 0.0],
  [0.0, 1.0, 0.0],
  [0.0, 0.0, 1.0],
]);
const index = new IvfIndex(seeds);

const corpus: Array<[string, number[]]> = [
  ["d1-sports", [0.9, 0.1, 0.0]],
  ["d2-sports", [0.8, 0.2, 0.1]],
  ["d3-politics", [0.1, 0.9, 0.1]],
  ["d4-politics", [0.2, 0.7, 0.0]],
  ["d5-science", [0.0, 0.2, 0.9]],
  ["d6-science", [0.1, 0.1, 0.8]],
  ["d7-mixed", [0.5, 0.4, 0.3]],
];
for (const [id, vec] of corpus) {
  index.add(id, array(vec));
}
console.log("list sizes:", index.sizes().join(", "));
index.lists.forEach((l, i) => {
  console.log(`centroid ${i}:`, (l.centroid.tolist() as number[]).map((x) => x.toFixed(2)).join(" "));
});

const query = array([0.7, 0.3, 0.1]);
for (const [doc, score] of index.search(query, 3)) {
  console.log(`  ${doc.padEnd(12)} ${score.toFixed(3)}`);
}

// A finer index for the science list refers upward to its parent only.
const scienceSeeds = array([
  [0.0, 0.3, 0.9],
  [0.1, 0.0, 0.9],
]);
const child = makeChildIndex(index, scienceSeeds);
child.add("d5-science", array([0.0, 0.2, 0.9]));
child.add("d6-science", array([0.1, 0.1, 0.8]));
console.log("child list sizes:", child.sizes().join(", "), "has parent:", child.parent === index);
console.log("seeds untouched:", seeds.sum().toFixed(2), scienceSeeds.sum().toFixed(2));
