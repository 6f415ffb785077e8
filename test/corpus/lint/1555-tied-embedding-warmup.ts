// Builds a tiny seq2seq model whose encoder and decoder tie one embedding table, warms up the encoder side and scores token pairs.
// runnable
import { zeros, full, NDArray } from "ndalias";

interface Block {
  embedding: NDArray;
  bias: NDArray;
  scale: number;
}

interface Seq2Seq {
  name: string;
  encoder: Block;
  decoder: Block;
  vocab: string[];
}

const DIM = 4;
const vocab = ["<s>", "the", "cat", "sat", "on", "mat", "</s>"];

const table = zeros([vocab.length, DIM]);
for (let t = 0; t < vocab.length; t++) {
  for (let d = 0; d < DIM; d++) {
    table.set([t, d], Math.sin(t + 1) * (d + 1) * 0.25);
  }
}

const model: Seq2Seq = {
  name: "tiny-s2s",
  encoder: { embedding: table, bias: zeros(DIM), scale: 1 },
  decoder: { embedding: table, bias: full(DIM, 0.01), scale: 1 },
  vocab,
};

function tokenId(m: Seq2Seq, word: string): number {
  const id = m.vocab.indexOf(word);
  if (id < 0) throw new Error(`unknown token ${word}`);
  return id;
}

function embed(block: Block, token: number): NDArray {
  return block.embedding.slice(token).mul(block.scale).add(block.bias);
}

function cosine(a: NDArray, b: NDArray): number {
  const na = Math.sqrt(a.mul(a).sum());
  const nb = Math.sqrt(b.mul(b).sum());
  return na === 0 || nb === 0 ? 0 : a.mul(b).sum() / (na * nb);
}

function describe(label: string, block: Block): void {
  console.log(
    `${label}: |E|=${block.embedding.mul(block.embedding).sum().toFixed(4)}`,
    `bias=${JSON.stringify(block.bias.tolist())}`,
    `scale=${block.scale}`,
  );
}

// The encoder gets a small positional offset on its first channel.
model.encoder.bias.slice("0:1").fill(0.05);

// Warm-up: damp the encoder's embedding rows for the first few steps and
// compensate with the scale, so that encoder outputs stay comparable.
const warmupFactor = 0.5;
model.encoder.embedding.imul(warmupFactor); // expect: no-alias-mutation
model.encoder.scale = 1 / warmupFactor;

// Start the decoder from an unbiased state before fine-tuning.
const decoderBias = model.decoder.bias.flatten();
decoderBias.fill(0); // expect: no-lost-write

const pairs: [string, string][] = [
  ["the", "cat"],
  ["cat", "sat"],
  ["on", "mat"],
];

for (const [src, tgt] of pairs) {
  const s = embed(model.encoder, tokenId(model, src));
  const t = embed(model.decoder, tokenId(model, tgt));
  console.log(`${src} -> ${tgt}: cosine ${cosine(s, t).toFixed(4)}`);
}

describe("encoder", model.encoder);
console.log("decoder table total:", model.decoder.embedding.sum().toFixed(4));
console.log("decoder bias:", model.decoder.bias.tolist());

const bos = model.decoder.embedding.slice(tokenId(model, "<s>")).tolist();
console.log(`${model.name} decoder <s> row:`, bos);
