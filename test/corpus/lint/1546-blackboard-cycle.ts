// Shared AI blackboard as an object-dtype table: squads publish threat maps and waypoints, the planner reads them back.
// runnable
import { array, empty, zeros, refcount, memoryStats, NDArray } from "ndalias";

const SLOT_THREAT = 0;
const SLOT_WAYPOINTS = 1;
const SLOT_ALERT = 2;
const SLOT_PARENT = 3;

function makeRootBoard(threat: NDArray, waypoints: NDArray): NDArray {
  const board = empty(4, "object");
  board.set(SLOT_THREAT, threat);
  board.set(SLOT_WAYPOINTS, waypoints);
  board.set(SLOT_ALERT, zeros(1));
  // the root of the hierarchy is its own parent, so lookups can stop there
  board.set(SLOT_PARENT, board); // expect: no-reference-cycle
  return board;
}

function makeSquadBoard(parent: NDArray, waypoints: NDArray): NDArray {
  const board = empty(4, "object");
  board.set(SLOT_THREAT, zeros([4, 4]));
  board.set(SLOT_WAYPOINTS, waypoints);
  board.set(SLOT_ALERT, zeros(1));
  board.set(SLOT_PARENT, parent);
  return board;
}

function threatAt(board: NDArray, x: number, y: number): number {
  const threat: NDArray = board.get(SLOT_THREAT);
  return threat.get(y, x);
}

function nextWaypoint(board: NDArray, index: number): [number, number] {
  const wps: NDArray = board.get(SLOT_WAYPOINTS);
  const row = index % wps.shape[0];
  return [wps.get(row, 0), wps.get(row, 1)];
}

function raiseAlert(board: NDArray, level: number): void {
  const alert: NDArray = board.get(SLOT_ALERT);
  alert.set(0, Math.max(alert.get(0), level));
}

const threatMap = array([
  [0, 1, 3, 0],
  [0, 2, 5, 1],
  [0, 0, 2, 1],
  [3, 0, 0, 2],
]);
const patrol = array([
  [0, 0],
  [3, 0],
  [3, 3],
  [0, 3],
]);

const root = makeRootBoard(threatMap, patrol);
const alpha = makeSquadBoard(root, patrol.slice("::2"));
const bravo = makeSquadBoard(root, patrol.slice("1::2"));

const squads: Array<[string, NDArray]> = [
  ["alpha", alpha],
  ["bravo", bravo],
];
for (const [name, board] of squads) {
  const [wx, wy] = nextWaypoint(board, 1);
  const t = threatAt(root, wx, wy);
  if (t > 1) raiseAlert(board, t);
  console.log(`${name} heads to (${wx}, ${wy}) where threat is ${t}`);
}

// Planner: the threat has been handled, clear it before the next planning pass.
const handled = threatMap.flatten();
handled.fill(0); // expect: no-lost-write

const remaining = threatMap.sum();
console.log("threat remaining for the planner:", remaining);
const peak = threatMap.max();
console.log("peak threat cell value:", peak);

const alphaAlert: NDArray = alpha.get(SLOT_ALERT);
const bravoAlert: NDArray = bravo.get(SLOT_ALERT);
console.log("alerts:", alphaAlert.get(0), bravoAlert.get(0));

console.log("references to the root board:", refcount(root));
alpha.dispose();
bravo.dispose();
root.dispose();
const stats = memoryStats();
console.log("storages still alive:", stats.storages, "handles:", stats.handles);
