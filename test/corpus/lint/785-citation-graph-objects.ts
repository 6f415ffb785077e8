// Notebook port: a tiny citation graph — paper embeddings in object-dtype tables, citation lists, one message-passing step and reply links.
import { array, empty, zeros, NDArray } from "ndalias";

// %% [1] paper embeddings (one 3-vector per paper)
const embeddings = [
  array([0.1, 0.4, 0.2]),
  array([0.3, 0.1, 0.9]),
  array([0.7, 0.5, 0.0]),
  array([0.2, 0.8, 0.6]),
];
const table = empty(embeddings.length, "object");
for (let i = 0; i < embeddings.length; i++) {
  table.set(i, embeddings[i]);
}
console.log("papers in table:", table.size);

// %% [2] citation lists: one object array of cited embeddings per paper
const citations: number[][] = [[1, 2], [2], [3], [0, 1]];
const cited = empty(citations.length, "object");
for (let i = 0; i < citations.length; i++) {
  const refs = empty(citations[i].length, "object");
  citations[i].forEach((j, k) => {
    refs.set(k, embeddings[j]);
  });
  cited.set(i, refs);
}
console.log("citation table built:", cited.size);

// %% [3] in-degree per paper
const inDegree = zeros(embeddings.length);
for (const refs of citations) {
  for (const j of refs) inDegree.set(j, inDegree.get(j) + 1);
}
console.log("in-degree:", inDegree.tolist());

// %% [4] one round of message passing: own embedding + mean of cited embeddings
const updated = empty(embeddings.length, "object");
for (let i = 0; i < citations.length; i++) {
  let msg = zeros(3);
  for (const j of citations[i]) msg = msg.add(embeddings[j]);
  msg = msg.div(citations[i].length);
  updated.set(i, embeddings[i].add(msg));
}
for (let i = 0; i < updated.size; i++) {
  const u = updated.get(i) as NDArray;
  console.log(`paper ${i} updated:`, u.tolist());
}

// %% [5] cosine similarity between updated embeddings
function cosine(a: NDArray, b: NDArray): number {
  const dot = a.mul(b).sum();
  return dot / Math.sqrt(a.mul(a).sum() * b.mul(b).sum());
}
const sim = zeros([4, 4]);
for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    sim.set([i, j], cosine(updated.get(i) as NDArray, updated.get(j) as NDArray));
  }
}
console.log("similarity:", sim.tolist());

// %% [6] bundle everything into one "graph" object, like the notebook's dict
const graph = empty(4, "object");
graph.set(0, table);
graph.set(1, cited);
graph.set(2, updated);
// keep a root pointer so helpers handed a sub-table can find the whole graph
graph.set(3, graph); // expect: no-reference-cycle
console.log("graph parts:", graph.size);

// %% [7] an archive of the bundle: the archive holds the graph, not the other way round
const archive = empty(2, "object");
archive.set(0, graph);
archive.set(1, array([Date.UTC(2024, 0, 1), 4]));
console.log("archived parts:", archive.size);

// %% [8] reply links between papers
class Paper {
  reply: Paper | null = null;
  constructor(
    readonly id: number,
    public vec: NDArray,
  ) {}
  replyDistance(): number {
    if (!this.reply) return 0;
    const d = this.vec.sub(this.reply.vec);
    return Math.sqrt(d.mul(d).sum());
  }
}

const p1 = new Paper(1, embeddings[1]);
const p2 = new Paper(2, embeddings[2]);
p2.reply = p1;
console.log("p2 -> p1 distance:", p2.replyDistance().toFixed(3));

// papers 0 and 3 answer each other in the dataset
const p0 = new Paper(0, embeddings[0]);
const p3 = new Paper(3, embeddings[3]);
p0.reply = p3;
p3.reply = p0; // expect: no-reference-cycle
console.log("p0 <-> p3 distance:", p0.replyDistance().toFixed(3), p3.replyDistance().toFixed(3));

// %% [9] summary
console.log("mean in-degree:", inDegree.mean(), "max similarity:", sim.max());
