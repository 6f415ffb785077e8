// Builds per-frame network packets for a multiplayer server: quantised positions, compressed health and an interest-managed entity list.
import { array, NDArray } from "ndalias";

interface Packet {
  frame: number;
  payload: NDArray;
  health: NDArray;
  entityIds: number[];
}

const QUANT = 100;
const MAX_HP = 250;
const INTEREST_RADIUS = 15;

const entityIds = [101, 102, 103, 104, 105];
const positions = array([
  [1.234, 5.678],
  [12.5, -3.25],
  [40.0, 40.0],
  [-2.5, 9.75],
  [7.125, 7.875],
]);
const health = array([250, 180, 0, 95, 30]);

const sentLog: string[] = [];

function transmit(packet: Packet): void {
  sentLog.push(
    `frame ${packet.frame}: ${packet.entityIds.length} entities, ` +
      `payload sum ${packet.payload.sum().toFixed(1)}, hp bytes ${JSON.stringify(packet.health.tolist())}`,
  );
}

function compressHealth(): NDArray {
  const scaled = health.div(MAX_HP);
  scaled.imul(255); // expect: no-lost-write
  return health.astype("uint8");
}

function makePacket(frame: number): Packet {
  const packet: Packet = { frame, payload: positions, health: compressHealth(), entityIds };
  packet.payload.imul(QUANT); // expect: no-alias-mutation
  return packet;
}

function interestSet(viewer: NDArray): number[] {
  const near: number[] = [];
  for (let e = 0; e < positions.shape[0]; e++) {
    const d = positions.slice(e).sub(viewer);
    if (Math.sqrt(d.mul(d).sum()) <= INTEREST_RADIUS) near.push(e);
  }
  return near;
}

function makeInterestPacket(frame: number, viewer: NDArray): Packet {
  const rows = interestSet(viewer);
  const payload = positions.take(rows, 0);
  payload.imul(QUANT);
  const hp = health.take(rows);
  hp.imul(255 / MAX_HP);
  return {
    frame,
    payload,
    health: hp.astype("uint8"),
    entityIds: rows.map((r) => entityIds[r]),
  };
}

function worldBounds(): [number, number] {
  const xs = positions.slice(":", 0);
  return [xs.min(), xs.max()];
}

const viewers = [array([0, 0]), array([38, 38])];
for (let frame = 0; frame < 2; frame++) {
  viewers.forEach((v) => transmit(makeInterestPacket(frame, v)));
}

transmit(makePacket(2));
const [minX, maxX] = worldBounds();
console.log(`world spans x in [${minX}, ${maxX}]`);

for (const line of sentLog) console.log(line);
console.log("server positions:", positions.tolist());
