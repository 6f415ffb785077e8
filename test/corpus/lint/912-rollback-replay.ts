// Rollback and replay for a fighting game: rewinds component state, replays buffered inputs, and only then takes views for the renderer and HUD.
import { array, NDArray } from "ndalias";

interface SavedState {
  frame: number;
  positions: NDArray;
  health: NDArray;
}

interface Input {
  frame: number;
  player: number;
  move: number; // -1 left, 0 idle, 1 right
  attack: boolean;
}

const ARENA_WIDTH = 20;

const positions = array([
  [2, 0],
  [18, 0],
]);
const health = array([100, 100]);
const history: SavedState[] = [];

function save(frame: number): void {
  history.push({ frame, positions: positions.copy(), health: health.copy() });
}

// Keeps every entity inside the arena; it writes the array it is given on purpose.
function clampToArena(pos: NDArray): void {
  for (let e = 0; e < pos.shape[0]; e++) {
    const x = pos.get(e, 0);
    pos.set([e, 0], Math.min(ARENA_WIDTH, Math.max(0, x)));
  }
}

function simulate(input: Input): void {
  positions.slice(input.player, 0).iadd(input.move * 1.5);
  clampToArena(positions);
  if (input.attack) {
    const other = 1 - input.player;
    const gap = Math.abs(positions.get(0, 0) - positions.get(1, 0));
    if (gap < 3) health.slice(other).isub(12);
  }
}

function rewindTo(frame: number): boolean {
  const state = history.find((s) => s.frame === frame);
  if (state === undefined) return false;
  positions.assign(":", state.positions);
  health.assign(":", state.health);
  return true;
}

const confirmedInputs: Input[] = [
  { frame: 0, player: 0, move: 1, attack: false },
  { frame: 1, player: 1, move: -1, attack: false },
  { frame: 2, player: 0, move: 1, attack: true },
];
for (const input of confirmedInputs) {
  save(input.frame);
  simulate(input);
}

// The HUD shows the health it predicted before the rollback; it reads the bars first.
const predictedBars = health.slice(":");
const predictedTotal = predictedBars.sum();
console.log("predicted total health:", predictedTotal);

// A remote input for frame 1 arrived late: rewind and replay from there.
const late: Input = { frame: 1, player: 1, move: -1, attack: true };
if (rewindTo(late.frame)) {
  simulate(late);
  simulate({ frame: 2, player: 0, move: 1, attack: true });
}

// Views for the renderer and HUD are made after the replay has written the state.
const playerOne = positions.slice(0);
const hudBars = health.slice(":");
console.log("player one at:", playerOne.tolist());
console.log("health bars:", hudBars.tolist(), "corrected by:", hudBars.sum() - predictedTotal);

// Previous-frame alias for a trail effect: read, then rebound to its own copy before any write.
let trail: NDArray = positions;
console.log("trail anchor:", trail.slice(1).tolist());
trail = positions.copy();
trail.slice(":", 0).isub(0.5);
console.log("trail:", trail.tolist(), "positions:", positions.tolist());
console.log("frames saved:", history.length);
