// Rollback netcode for a two-player brawler: predicted bodies point at their server copies and snapshots chain backwards in time.
import { array, zeros, NDArray } from "ndalias";

// Transport-level peers hold only numbers, so their two-way link is harmless bookkeeping.
class Peer {
  remote: Peer | null = null;
  constructor(readonly id: number, public latencyMs: number) {}
}

class NetBody {
  state: NDArray; // [x, y, vx, vy]
  authority: NetBody | null = null; // client copy -> server copy
  mirrorId = -1; // server copy -> client copy, by id only
  constructor(readonly id: number, x: number, y: number) {
    this.state = array([x, y, 0, 0]);
  }
  step(input: number, dt: number): number {
    const vx = (this.state.get(2) as number) * 0.8 + input * 2;
    this.state.set(2, vx);
    this.state.set(0, (this.state.get(0) as number) + vx * dt);
    return vx;
  }
}

class Snapshot {
  prev: Snapshot | null = null;
  states: NDArray;
  constructor(readonly frame: number, bodies: NetBody[]) {
    this.states = zeros([bodies.length, 4]);
    bodies.forEach((b, i) => this.states.slice(i).assign(":", b.state));
  }
}

function pairPeers(a: Peer, b: Peer): void {
  a.remote = b;
  b.remote = a;
}

function bindAuthority(client: NetBody, server: NetBody): void {
  client.authority = server;
  server.mirrorId = client.id;
}

function snapshotChain(frames: number, bodies: NetBody[], inputs: number[][]): Snapshot {
  let head = new Snapshot(0, bodies);
  for (let f = 1; f <= frames; f++) {
    bodies.forEach((b, i) => b.step(inputs[f - 1][i], 1 / 60));
    const snap = new Snapshot(f, bodies);
    snap.prev = head;
    head = snap;
  }
  return head;
}

function divergence(client: NetBody): number {
  if (!client.authority) return 0;
  const d = client.state.sub(client.authority.state);
  return Math.sqrt(d.mul(d).sum());
}

const hostPeer = new Peer(1, 18);
const guestPeer = new Peer(2, 45);
pairPeers(hostPeer, guestPeer);

const server = [new NetBody(10, 0, 0), new NetBody(11, 5, 0)];
const client = [new NetBody(20, 0, 0), new NetBody(21, 5, 0)];
client.forEach((c, i) => bindAuthority(c, server[i]));

const inputs = [[1, 0], [1, -1], [0, -1], [1, -1], [1, 0]];
const serverHead = snapshotChain(inputs.length, server, inputs);
// The client mispredicts the guest's inputs as idle.
const clientHead = snapshotChain(inputs.length, client, inputs.map(([p1]) => [p1, 0]));

let depth = 0;
for (let s: Snapshot | null = clientHead; s; s = s.prev) depth++;
console.log("snapshots kept:", depth, "guest divergence:", divergence(client[1]).toFixed(4));

// Input ring for the debug HUD: read the oldest row, then clear the ring for the next round.
const inputRing = array(inputs);
const oldest = inputRing.slice(0);
console.log("oldest input row:", oldest.tolist(), "ring total:", inputRing.sum());
inputRing.fill(0);

// Rollback: rewind the client to the server's latest state for every body.
client.forEach((c, i) => c.state.assign(":", serverHead.states.slice(i)));
console.log("after rollback:", client.map((c) => divergence(c).toFixed(4)).join(" "));
console.log("latest server states:", serverHead.states.tolist(), "frame", serverHead.frame);
console.log("peers linked:", hostPeer.remote === guestPeer && guestPeer.remote === hostPeer, "ring cleared:", inputRing.max() === 0);
