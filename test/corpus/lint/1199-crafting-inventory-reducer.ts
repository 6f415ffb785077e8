// A crafting reducer for a survival game: actions gather, craft and rest, and the HUD replays every intermediate inventory.
import { array, zeros, NDArray } from "ndalias";

interface Inventory {
  readonly materials: NDArray; // wood, stone, fibre
  readonly items: NDArray; // axe, wall, ration
  readonly turn: number;
}

type Action =
  | { kind: "gather"; amounts: number[] }
  | { kind: "craft"; recipe: number }
  | { kind: "rest" };

const RECIPES = array([
  [2, 1, 0],
  [0, 3, 1],
  [1, 0, 2],
]);
const ITEM_NAMES = ["axe", "wall", "ration"];

function emptyInventory(): Inventory {
  return { materials: zeros(3), items: zeros(3), turn: 0 };
}

function gather(state: Inventory, amounts: number[]): Inventory {
  const next = { ...state, turn: state.turn + 1 };
  const haul = array(amounts);
  if (state.items.get(0) > 0) haul.imul(1.5);
  next.materials.iadd(haul); // expect: no-alias-mutation
  return next;
}

function craft(state: Inventory, recipe: number): Inventory {
  const cost = RECIPES.slice(recipe);
  const materials = state.materials.sub(cost);
  if (materials.min() < 0) return state;
  const items = state.items.copy();
  items.set(recipe, items.get(recipe) + 1);
  return { ...state, materials, items, turn: state.turn + 1 };
}

function rest(state: Inventory): Inventory {
  const { items } = state;
  const spoiled = Math.floor(items.get(2) / 2);
  items.set(2, items.get(2) - spoiled); // expect: no-alias-mutation
  return { ...state, turn: state.turn + 1 };
}

function reducer(state: Inventory, action: Action): Inventory {
  switch (action.kind) {
    case "gather":
      return gather(state, action.amounts);
    case "craft":
      return craft(state, action.recipe);
    case "rest":
      return rest(state);
  }
}

function describe(state: Inventory): string {
  const parts: string[] = [];
  for (let i = 0; i < ITEM_NAMES.length; i++) {
    const n = state.items.get(i);
    if (n > 0) parts.push(`${n} ${ITEM_NAMES[i]}`);
  }
  const mats = state.materials.tolist() as number[];
  return `turn ${state.turn}: mats [${mats.join(", ")}] items {${parts.join(", ") || "none"}}`;
}

function wealth(state: Inventory): number {
  const itemValue = array([8, 12, 5]);
  return state.materials.sum() + state.items.mul(itemValue).sum();
}

const script: Action[] = [
  { kind: "gather", amounts: [4, 2, 3] },
  { kind: "craft", recipe: 0 },
  { kind: "gather", amounts: [2, 4, 4] },
  { kind: "craft", recipe: 2 },
  { kind: "craft", recipe: 2 },
  { kind: "rest" },
];

const timeline = script.reduce<Inventory[]>(
  (states, action) => [...states, reducer(states[states.length - 1], action)],
  [emptyInventory()],
);

for (const s of timeline) console.log(describe(s), "wealth", wealth(s));

const final = timeline[timeline.length - 1];
const gained = final.materials.sub(timeline[0].materials);
console.log("net materials over the session:", gained.tolist());
