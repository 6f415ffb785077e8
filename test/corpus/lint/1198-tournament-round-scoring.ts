// Scores one round of an arena tournament: damage, healing caps, podium bonuses and a leaderboard printed from the standings.
// runnable
import { array, NDArray } from "ndalias";

interface Round {
  readonly players: readonly string[];
  readonly health: NDArray;
  readonly standings: NDArray;
  readonly kills: NDArray;
}

const MAX_HP = 100;
const KILL_POINTS = 25;
const PODIUM_BONUS = array([50, 30, 10]);

function applyDamage(health: NDArray, hits: NDArray): NDArray {
  const next = health.sub(hits);
  for (let i = 0; i < next.size; i++) {
    if (next.get(i) < 0) next.set(i, 0);
  }
  return next;
}

function capHealth(health: NDArray, maxHp: number): NDArray {
  const capped = health.astype("float64");
  for (let i = 0; i < health.size; i++) {
    if (health.get(i) > maxHp) capped.set(i, maxHp); // expect: no-lost-write
  }
  return health;
}

function heal(health: NDArray, potions: NDArray): NDArray {
  return capHealth(health.add(potions.mul(20)), MAX_HP);
}

function killScore(kills: NDArray): NDArray {
  const points = kills.mul(KILL_POINTS);
  points.iadd(kills.max() > 2 ? 10 : 0);
  return points;
}

function ranking(standings: NDArray): number[] {
  const order: number[] = [];
  const remaining = standings.copy();
  for (let k = 0; k < standings.size; k++) {
    let best = 0;
    for (let i = 1; i < remaining.size; i++) {
      if (remaining.get(i) > remaining.get(best)) best = i;
    }
    order.push(best);
    remaining.set(best, -Infinity);
  }
  return order;
}

function endRound(r: Round, hits: NDArray, potions: NDArray): Round {
  const health = heal(applyDamage(r.health, hits), potions);
  const standings = r.standings.add(killScore(r.kills));
  return { ...r, health, standings };
}

const round0: Round = {
  players: ["ash", "bo", "cyd", "dee"],
  health: array([100, 80, 95, 60]),
  standings: array([120, 90, 150, 40]),
  kills: array([2, 1, 3, 0]),
};

const hits = array([10, 35, 0, 60]);
const potions = array([1, 0, 1, 2]);
const round1 = endRound(round0, hits, potions);

const order = ranking(round1.standings);
const podium = order.slice(0, PODIUM_BONUS.size);
round1.standings.take(podium).iadd(PODIUM_BONUS); // expect: no-lost-write

const share = round1.standings.div(round1.standings.sum());
share.imul(100);

console.log("leaderboard:");
for (const i of ranking(round1.standings)) {
  console.log(
    `  ${round1.players[i].padEnd(4)}`,
    `score ${round1.standings.get(i)}`,
    `(${share.get(i).toFixed(1)}%)`,
    `hp ${round1.health.get(i)}`,
  );
}
console.log("previous round standings:", round0.standings.tolist());
let alive = 0;
for (let i = 0; i < round1.health.size; i++) if (round1.health.get(i) > 0) alive++;
console.log("alive:", alive);
