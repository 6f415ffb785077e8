// A character trie that accumulates per-prefix embedding sums for autocomplete and returns the mean vector of a prefix's completions.
import { array, zeros, NDArray } from "ndalias";

const DIM = 3;

class TrieNode {
  readonly children = new Map<string, TrieNode>();
  readonly sum: NDArray = zeros(DIM);
  count = 0;
  terminal = false;
}

/** Adds one word's vector into a node's running sum. */
function accumulate(node: TrieNode, vec: NDArray): void {
  node.sum.iadd(vec);
  node.count += 1;
}

/** Removes one word's vector from a node's running sum. */
function retract(node: TrieNode, vec: NDArray): void {
  node.sum.isub(vec);
  node.count -= 1;
}

class PrefixIndex {
  readonly root = new TrieNode();
  private readonly vectors = new Map<string, NDArray>();

  insert(word: string, vec: NDArray): void {
    if (this.vectors.has(word)) return;
    this.vectors.set(word, vec.copy());
    let node = this.root;
    accumulate(node, vec);
    for (const ch of word) {
      let child = node.children.get(ch);
      if (child === undefined) {
        child = new TrieNode();
        node.children.set(ch, child);
      }
      node = child;
      accumulate(node, vec);
    }
    node.terminal = true;
  }

  remove(word: string): boolean {
    const vec = this.vectors.get(word);
    if (vec === undefined) return false;
    const path: TrieNode[] = [this.root];
    for (const ch of word) path.push(path[path.length - 1].children.get(ch)!);
    path.forEach((node) => retract(node, vec));
    path[path.length - 1].terminal = false;
    this.vectors.delete(word);
    return true;
  }

  find(prefix: string): TrieNode | null {
    let node: TrieNode | undefined = this.root;
    for (const ch of prefix) {
      node = node.children.get(ch);
      if (node === undefined) return null;
    }
    return node;
  }

  meanFor(prefix: string): NDArray | null {
    const node = this.find(prefix);
    if (node === null || node.count === 0) return null;
    return node.sum.div(node.count);
  }

  completions(prefix: string): string[] {
    const start = this.find(prefix);
    const out: string[] = [];
    const walk = (node: TrieNode, acc: string): void => {
      if (node.terminal) out.push(acc);
      for (const [ch, child] of node.children) walk(child, acc + ch);
    };
    if (start !== null) walk(start, prefix);
    return out;
  }
}

const index = new PrefixIndex();
const scratch = array([1, 0, 0]);
index.insert("car", scratch);
// The scratch buffer is reused for the next word; the index only added its values.
scratch.assign(":", array([0.8, 0.2, 0]));
index.insert("cart", scratch);
scratch.fill(0.1);
scratch.set(2, 0.9);
index.insert("cat", scratch);
index.insert("dog", array([0, 1, 0.2]));

const carMean = index.meanFor("car");
const caMean = index.meanFor("ca");
if (carMean !== null && caMean !== null) {
  const gap = carMean.sub(caMean);
  console.log("'car' mean:", carMean.tolist(), "'ca' mean:", caMean.tolist(), "gap norm:", Math.sqrt(gap.mul(gap).sum()));
}

index.remove("cart");
const afterRemoval = index.meanFor("car");
if (afterRemoval !== null) {
  afterRemoval.idiv(Math.sqrt(afterRemoval.mul(afterRemoval).sum()));
  console.log("'car' after removing 'cart', unit length:", afterRemoval.tolist());
}
console.log("completions of 'ca':", index.completions("ca"), "root count:", index.root.count);
console.log("scratch is still the caller's:", scratch.tolist());
