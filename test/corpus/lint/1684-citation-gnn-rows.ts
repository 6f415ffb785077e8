// One round of mean-aggregation message passing over a small citation graph whose nodes view rows of a shared embedding table.
import { array, zeros, NDArray } from "ndalias";

interface PaperNode {
  id: number;
  title: string;
  embedding: NDArray;
  cites: number[];
  citedBy: number[];
}

const DIM = 3;
const PAD = 0;
const BOOST = 1.5;

const titles = ["<pad>", "attention", "resnet", "dropout", "adam", "batchnorm"];
const table = array([
  [9, 9, 9],
  [0.9, 0.1, 0.3],
  [0.2, 0.8, 0.5],
  [0.4, 0.4, 0.1],
  [0.1, 0.3, 0.9],
  [0.6, 0.7, 0.2],
]);

// The padding row must never carry signal; clear it before any node looks at the table.
table.slice(PAD).fill(0);

const papers: PaperNode[] = [];
for (let i = 0; i < table.shape[0]; i++) {
  papers.push({ id: i, title: titles[i], embedding: table.slice(i), cites: [], citedBy: [] });
}

function cite(from: number, to: number): void {
  if (papers[from].cites.includes(to)) return;
  papers[from].cites.push(to);
  papers[to].citedBy.push(from);
}

function neighbourhood(node: PaperNode): number[] {
  return [...new Set([...node.cites, ...node.citedBy])].filter((id) => id !== PAD);
}

function propagate(alpha: number): NDArray {
  const next = zeros([papers.length, DIM]);
  for (const node of papers) {
    const around = neighbourhood(node);
    if (node.id === PAD || around.length === 0) {
      next.slice(node.id).assign(":", node.embedding);
      continue;
    }
    const message = zeros(DIM);
    for (const id of around) message.iadd(papers[id].embedding);
    message.idiv(around.length);
    next.slice(node.id).assign(":", node.embedding.mul(1 - alpha).add(message.mul(alpha)));
  }
  return next;
}

function similarity(embeddings: NDArray, a: number, b: number): number {
  const x = embeddings.slice(a);
  const y = embeddings.slice(b);
  return x.mul(y).sum() / Math.sqrt(x.mul(x).sum() * y.mul(y).sum());
}

cite(1, 3);
cite(1, 4);
cite(2, 3);
cite(2, 5);
cite(5, 3);
cite(4, 3);
cite(1, 2);

const mixed = propagate(0.5);
console.log("after one round:");
for (const node of papers) {
  console.log(`  ${node.title.padEnd(10)}`, mixed.slice(node.id).tolist());
}

// The most-cited paper gets extra weight in the retrieval index.
let hub = papers[1];
for (const node of papers) {
  if (node.citedBy.length > hub.citedBy.length) hub = node;
}
hub.embedding.imul(BOOST); // expect: no-view-mutation

const query = array([0.5, 0.5, 0.2]);
const scores = zeros(papers.length);
for (let i = 0; i < papers.length; i++) {
  scores.set(i, table.slice(i).mul(query).sum());
}
console.log("hub:", hub.title, "retrieval scores:", scores.tolist());
console.log("attention ~ dropout after mixing:", similarity(mixed, 1, 3).toFixed(4));
console.log("raw table mean:", table.mean().toFixed(4));
