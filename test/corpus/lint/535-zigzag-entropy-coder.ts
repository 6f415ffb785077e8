// Entropy-codes quantised blocks: zigzag scan with take, DC prediction, end-of-block trimming, and a dequantised preview.
import { array, full, NDArray } from "ndalias";

const EOB = 999;
const ZIGZAG = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
  12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
  35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
  58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
];

function encodeBlock(block: NDArray, prevDc: number): number[] {
  const zz = block.reshape(64).take(ZIGZAG);
  zz.set(0, zz.get(0) - prevDc);
  let last = 63;
  while (last > 0 && zz.get(last) === 0) last--;
  const symbols: number[] = [];
  for (let i = 0; i <= last; i++) symbols.push(zz.get(i));
  symbols.push(EOB);
  return symbols;
}

function sparseBlock(dc: number, ac: Array<[number, number, number]>): NDArray {
  const b = full([8, 8], 0);
  b.set([0, 0], dc);
  for (const [r, c, v] of ac) b.set([r, c], v);
  return b;
}

const blocks = [
  sparseBlock(-26, [[0, 1, -3], [1, 0, 2], [2, 2, 1]]),
  sparseBlock(-24, [[0, 2, 1]]),
  sparseBlock(-30, [[1, 1, -1], [3, 0, 1]]),
];

const stream: number[] = [];
let prevDc = 0;
for (const b of blocks) {
  stream.push(...encodeBlock(b, prevDc));
  prevDc = b.get(0, 0);
}
console.log("symbols:", stream.length, stream.join(" "));

const first = blocks[0];
console.log("first block DC before preview:", first.get(0, 0));
const Q = full([8, 8], 16);
const preview = first.mul(Q);
preview.iadd(128);
console.log("dequantised preview mean:", preview.mean());

const lowFreq = first.take([0, 1], 0).take([0, 1], 1);
lowFreq.imul(Q.get(0, 0));
console.log("low-frequency corner:", lowFreq.tolist());

const reference = array(stream.slice(0, 4));
console.log("first symbols as array:", reference.tolist(), "first block total:", first.sum());
