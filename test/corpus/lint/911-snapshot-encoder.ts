// Network snapshot encoder: quantises component arrays into fresh buffers, delta-encodes against each client's acked snapshot and packs the result.
import { array, NDArray } from "ndalias";

interface ClientState {
  name: string;
  acked: NDArray | null; // quantised positions the client confirmed
  visible: number[];
}

interface Packet {
  client: string;
  kind: "full" | "delta";
  body: number[];
}

const QUANT = 16;
const WORLD_OFFSET = array([8, 8]); // keeps wire coordinates non-negative

const positions = array([
  [1.25, 3.5],
  [10.0, -2.75],
  [4.5, 4.5],
  [-7.125, 0.0],
]);
const health = array([100, 42, 7, 63]);

function quantise(values: NDArray): NDArray {
  const scaled = values.mul(QUANT);
  for (let i = 0; i < scaled.size; i++) {
    scaled.data[i] = Math.round(scaled.data[i] as number);
  }
  return scaled.astype("int32");
}

function deltaAgainst(current: NDArray, acked: NDArray): NDArray {
  const delta = current.sub(acked);
  delta.assign(":", delta.astype("int16").astype("float64"));
  return delta;
}

function visibleRows(values: NDArray, rows: number[]): NDArray {
  const subset = values.take(rows, 0);
  subset.iadd(WORLD_OFFSET);
  return subset;
}

function medianHealth(): number {
  const sorted = health.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

function pack(values: NDArray): number[] {
  return values.flatten().tolist() as number[];
}

function encodeFor(client: ClientState): Packet {
  const visible = visibleRows(positions, client.visible);
  const q = quantise(visible);
  if (client.acked === null || client.acked.size !== q.size) {
    return { client: client.name, kind: "full", body: pack(q) };
  }
  return { client: client.name, kind: "delta", body: pack(deltaAgainst(q, client.acked)) };
}

// Health bars are sent as bytes: scale a copy into 0..255 and send that copy.
function healthBytes(): NDArray {
  const bytes = health.div(100);
  bytes.imul(255);
  for (let i = 0; i < bytes.size; i++) {
    if (bytes.get(i) > 255) bytes.set(i, 255);
  }
  return bytes.astype("uint8");
}

const clients: ClientState[] = [
  { name: "host", acked: null, visible: [0, 1, 2, 3] },
  { name: "peer", acked: array([[20, 56], [72, 72]], "int32"), visible: [0, 2] },
];

const packets = clients.map(encodeFor);
for (const p of packets) {
  console.log(`${p.client} <- ${p.kind} [${p.body.join(", ")}]`);
}

// The peer acknowledges: keep a private copy of what it confirmed.
const confirmed = quantise(visibleRows(positions, clients[1].visible));
clients[1].acked = confirmed.copy();

console.log("health bytes:", healthBytes().tolist());
console.log("median health:", medianHealth());
console.log("positions unchanged:", positions.tolist(), "health unchanged:", health.tolist());
console.log("peer acked:", clients[1].acked.tolist(), "confirmed:", confirmed.tolist());
