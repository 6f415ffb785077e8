// RPG character components: previews a level-up in the UI, scales the party stat table for difficulty and exports it column by column.
import { array, zeros, NDArray } from "ndalias";

interface CharacterRecord {
  name: string;
  stats: NDArray; // strength, agility, intellect
  position: NDArray;
  level: number;
}

const STAT_NAMES = ["strength", "agility", "intellect"];

function makeCharacter(name: string, stats: number[], at: [number, number]): CharacterRecord {
  return { name, stats: array(stats), position: array(at), level: 1 };
}

function formatStats(stats: NDArray): string {
  return STAT_NAMES.map((s, i) => `${s}=${stats.get(i)}`).join(" ");
}

function levelUpBonus(record: CharacterRecord): NDArray {
  const bonus = zeros(3);
  const best = record.stats.tolist() as number[];
  bonus.set(best.indexOf(Math.max(...best)), 2);
  bonus.iadd(1);
  return bonus;
}

const hero = makeCharacter("hero", [10, 8, 12], [0, 0]);
const rogue = makeCharacter("rogue", [7, 14, 9], [2, 1]);
const party = [hero, rogue];

// Level-up screen: show what the hero's stats would become before the player confirms.
const { stats: previewStats } = hero;
const bonus = levelUpBonus(hero);
previewStats.iadd(bonus); // expect: no-alias-mutation
console.log("preview:", formatStats(previewStats));

const confirmed = false;
if (confirmed) {
  hero.level += 1;
}
console.log(`committed hero (level ${hero.level}):`, formatStats(hero.stats));

// The rogue's preview is done with a copy, which is the intended pattern.
const roguePreview = rogue.stats.copy();
roguePreview.iadd(levelUpBonus(rogue));
console.log("rogue preview:", formatStats(roguePreview), "committed:", formatStats(rogue.stats));

// Party stat table: one row per character, one column per stat.
const table = zeros([party.length, 3]);
party.forEach((c, row) => table.slice(row).assign(":", c.stats));

const byStat = table.T;
for (let s = 0; s < STAT_NAMES.length; s++) {
  console.log(`${STAT_NAMES[s]}: party max ${byStat.slice(s).max()}`);
}

// A snapshot taken before difficulty scaling, for the "base stats" tooltip.
const baseTable = table.T.copy();

const difficulty = 1.5;
table.imul(difficulty); // expect: no-view-mutation

const exportColumns: number[][] = [];
for (let s = 0; s < STAT_NAMES.length; s++) {
  exportColumns.push(byStat.slice(s).tolist() as number[]);
}
console.log("exported columns:", JSON.stringify(exportColumns));
console.log("base stats tooltip:", JSON.stringify(baseTable.tolist()));
console.log("scaled table:", JSON.stringify(table.tolist()));

function strongest(members: CharacterRecord[]): CharacterRecord {
  let best = members[0];
  for (const m of members) {
    if (m.stats.get(0) > best.stats.get(0)) best = m;
  }
  return best;
}
console.log("strongest:", strongest(party).name);

// Move the party forward through each character's own position component.
for (const member of party) {
  member.position.iadd(array([1, 0]));
  console.log(member.name, "moved to", member.position.tolist());
}
