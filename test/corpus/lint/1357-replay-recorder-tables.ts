// Replay recorder for a physics sandbox: component columns are shared between object-dtype tables and snapshotted per frame.
import { array, empty, zeros, full, NDArray } from "ndalias";

const N = 4;
const RING = 5;

const positions = array([[0, 8], [2, 9], [4, 10], [6, 11]]);
const velocities = array([[1, 0], [0.5, 0], [-0.5, 0], [-1, 0]]);
const colors = full([N, 3], 255, "uint8");

// Physics and render tables share the position column; the world table groups both.
const physicsTable = empty(2, "object");
physicsTable.set(0, positions);
physicsTable.set(1, velocities);
const renderTable = empty(2, "object");
renderTable.set(0, positions);
renderTable.set(1, colors);
const worldTable = empty(3, "object");
worldTable.set(0, physicsTable);
worldTable.set(1, renderTable);
const inspector = empty(2, "object");
inspector.set(0, "physics");
inspector.set(1, physicsTable); // a second path to the same table, still a tree of references

// Header row: the table records its own length, not itself.
const header = empty(3, "object");
header.set(0, "replay-v2");
header.set(1, header.size);
header.set(2, RING);
worldTable.set(2, header);

const replay = empty(RING, "object");
let recorded = 0;

function record(): void {
  replay.set(recorded % RING, positions.copy());
  recorded++;
}

function integrate(dt: number): void {
  velocities.slice(":", 1).isub(9.81 * dt);
  positions.iadd(velocities.mul(dt));
  for (let i = 0; i < N; i++) {
    if ((positions.get(i, 1) as number) < 0) {
      positions.set([i, 1], 0);
      velocities.set([i, 1], -0.6 * (velocities.get(i, 1) as number));
    }
  }
}

function frameAt(k: number): NDArray {
  const snap = replay.get(k % RING) as NDArray;
  return snap.copy();
}

function columnSum(table: NDArray, column: number): number {
  return (table.get(column) as NDArray).sum();
}

function describe(table: NDArray, depth = 0): string[] {
  const lines: string[] = [];
  for (let k = 0; k < table.size; k++) {
    const entry = table.get(k) as unknown;
    if (entry instanceof NDArray && entry.dtype === "object") {
      lines.push(`${"  ".repeat(depth)}[${k}] table of ${entry.size}`);
      lines.push(...describe(entry, depth + 1));
    } else if (entry instanceof NDArray) {
      lines.push(`${"  ".repeat(depth)}[${k}] ${entry.dtype} ${JSON.stringify(entry.shape)}`);
    } else {
      lines.push(`${"  ".repeat(depth)}[${k}] ${String(entry)}`);
    }
  }
  return lines;
}

record();
for (let frame = 1; frame <= 20; frame++) {
  integrate(1 / 10);
  if (frame % 4 === 0) record();
}

// The render table sees the simulated positions: columns are shared on purpose.
console.log("render column sum:", columnSum(renderTable, 0).toFixed(3), "physics:", columnSum(physicsTable, 0).toFixed(3));

// Ghost playback of the oldest frame in the ring, shifted for display.
const oldest = recorded >= RING ? recorded : 0;
const ghost = frameAt(oldest);
ghost.iadd(array([0, 0.5]));
console.log("ghost frame:", ghost.tolist());

// Tint the bodies that are resting on the ground.
for (let i = 0; i < N; i++) {
  if ((positions.get(i, 1) as number) < 2.9) colors.slice(i).assign(":", array([255, 80, 80]));
}
const lowest = positions.slice(":", 1);
console.log("heights:", lowest.tolist(), "tinted:", colors.tolist());
console.log("frames recorded:", recorded, "header:", header.tolist());
console.log(describe(worldTable).join("\n"));
