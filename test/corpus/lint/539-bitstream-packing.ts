// Packs a decoded luma block for the bitstream writer: median statistics, packet marker, 8-bit output conversion and checksums.
import { array, NDArray } from "ndalias";

interface Packet {
  payload: NDArray;
  length: number;
}

const sent: number[][] = [];

function send(bytes: NDArray): void {
  sent.push(bytes.tolist() as number[]);
}

function checksum(a: NDArray): number {
  let s = 0;
  for (let i = 0; i < a.size; i++) s = (s * 31 + (a.data[i] as number)) % 65521;
  return s;
}

const lumaBlock = array([
  [52, 55, 61, 66, 70, 61, 64, 73],
  [63, 59, 55, 90, 109, 85, 69, 72],
  [62, 59, 68, 113, 144, 104, 66, 73],
  [63, 58, 71, 122, 154, 106, 70, 69],
  [67, 61, 68, 104, 126, 88, 68, 70],
  [79, 65, 60, 70, 77, 68, 58, 75],
  [85, 71, 64, 59, 55, 61, 65, 83],
  [87, 79, 69, 68, 65, 76, 78, 94],
]);

// Median sample value decides the block's DC offset class.
const line = lumaBlock.reshape(64);
line.sort(); // expect: no-view-mutation
const median = (line.get(31) + line.get(32)) / 2;
console.log("median sample:", median);

// Row-major bytes for the packet, tagged with a start marker.
const lumaBytes = lumaBlock.flatten();
const packet: Packet = { payload: lumaBytes, length: lumaBytes.size };
console.log("luma checksum before packing:", checksum(lumaBytes));
packet.payload.set(0, 255); // expect: no-alias-mutation
send(packet.payload);

// 8-bit output with gain so the brightest sample maps to 255.
const out8 = lumaBlock.astype("float32");
out8.imul(255 / lumaBlock.max()); // expect: no-lost-write
send(lumaBlock);

const residual = lumaBlock.sub(median);
residual.idiv(4);
console.log("residual range:", residual.min(), residual.max());
console.log("packets:", sent.length, "luma checksum:", checksum(lumaBytes), "block mean:", lumaBlock.mean());
