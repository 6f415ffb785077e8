// Dataset bookkeeping where arrays never share memory: take/astype splits edited per split, a tree of dataset nodes with parent links, and an object-dtype catalogue.
import { array, empty, zeros, NDArray } from "ndalias";

const Splits = {
  pick(x: NDArray, rows: number[]): NDArray {
    return x.take(rows, 0);
  },
  labels(y: NDArray): NDArray {
    return y.astype("int32");
  },
  trainTest(x: NDArray, cut: number): [NDArray, NDArray] {
    const all = [...Array(x.shape[0]).keys()];
    return [Splits.pick(x, all.slice(0, cut)), Splits.pick(x, all.slice(cut))];
  },
};

class DatasetNode {
  stats: NDArray;
  constructor(readonly name: string, readonly parent: DatasetNode | null, rows: NDArray) {
    this.stats = array([rows.shape[0], rows.mean(), rows.max()]);
  }
  path(): string {
    return this.parent === null ? this.name : `${this.parent.path()}/${this.name}`;
  }
}

class Batch {
  next: Batch | null = null;
  constructor(readonly rows: NDArray) {}
}

const Queue = {
  fromRows(x: NDArray, size: number): Batch | null {
    let head: Batch | null = null;
    let tail: Batch | null = null;
    for (let start = 0; start < x.shape[0]; start += size) {
      const node = new Batch(x.slice(`${start}:${start + size}`).copy());
      if (tail === null) head = node;
      else tail.next = node;
      tail = node;
    }
    return head;
  },
  count(head: Batch | null): number {
    let n = 0;
    for (let b = head; b !== null; b = b.next) n++;
    return n;
  },
};

const features = array([
  [5.1, 3.5, 1.4],
  [4.9, 3.0, 1.4],
  [6.2, 2.9, 4.3],
  [5.9, 3.0, 5.1],
  [6.7, 3.1, 4.4],
]);
const targets = array([0.0, 0.0, 1.0, 2.0, 1.0]);

const [trainX, testX] = Splits.trainTest(features, 3);
const trainMean = trainX.mean();
trainX.isub(trainMean);
testX.isub(trainMean);
console.log("train:", trainX.tolist());
console.log("test:", testX.tolist());
console.log("features untouched:", features.tolist());

const trainY = Splits.labels(targets);
trainY.set(0, 1);
console.log("relabelled:", trainY.tolist(), "targets:", targets.tolist());

const root = new DatasetNode("iris", null, features);
const train = new DatasetNode("train", root, trainX);
const test = new DatasetNode("test", root, testX);
console.log(train.path(), train.stats.tolist(), test.path(), test.stats.tolist());

const catalogue = empty(3, "object");
catalogue.set(0, trainX);
catalogue.set(1, testX);
catalogue.set(2, trainY);
const shelf = empty(1, "object");
shelf.set(0, catalogue);
console.log("catalogued splits:", catalogue.size, "shelves:", shelf.size);

const head = Queue.fromRows(features, 2);
console.log("batches queued:", Queue.count(head));

const counts = zeros(3);
const weights = zeros(3);
for (let i = 0; i < targets.size; i++) {
  counts.set(targets.get(i), counts.get(targets.get(i)) + 1);
}
weights.assign(":", counts);
weights.idiv(targets.size);
console.log("class counts:", counts.tolist(), "class weights:", weights.tolist());
