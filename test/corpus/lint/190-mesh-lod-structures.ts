// Mesh level-of-detail manager: levels link only to coarser levels, parents are kept as an index table instead of back-pointers, an object-dtype atlas stores copies, and array-free folders may point at themselves as root.
import { empty, zeros, NDArray } from "ndalias";

export class Level {
  coarser: Level | null = null;
  readonly vertices: NDArray;
  constructor(readonly detail: number) {
    this.vertices = zeros([detail, 3]);
  }
  decimated(): Level {
    const next = new Level(Math.max(1, Math.floor(this.detail / 2)));
    for (let i = 0; i < next.detail; i++) next.vertices.slice(i).assign(":", this.vertices.slice(2 * i));
    return next;
  }
}

export class Folder {
  parent: Folder;
  readonly children: Folder[] = [];
  constructor(readonly name: string, parent?: Folder) {
    this.parent = parent ?? this;
  }
  isRoot(): boolean {
    return this.parent === this;
  }
}

export function buildChain(finest: Level, levels: number): Level[] {
  const chain = [finest];
  let current = finest;
  for (let k = 1; k < levels; k++) {
    const coarse = current.decimated();
    current.coarser = coarse;
    current = coarse;
    chain.push(coarse);
  }
  return chain;
}

export function pairLevels(fine: Level, coarse: Level): void {
  fine.coarser = coarse;
  coarse.coarser = null;
}

export function atlasOf(chain: Level[]): NDArray {
  const atlas = empty(chain.length, "object");
  chain.forEach((lvl, i) => atlas.set(i, lvl.vertices.copy()));
  return atlas;
}

export function catalogue(chain: Level[]): NDArray {
  const index = empty(2, "object");
  const parents = zeros(chain.length, "int32");
  chain.forEach((_, i) => parents.set(i, i === 0 ? -1 : i - 1));
  index.set(0, atlasOf(chain));
  index.set(1, parents);
  return index;
}

export function scaleChain(chain: Level[], k: number): void {
  chain.forEach((lvl) => {
    lvl.vertices.imul(k);
  });
}

export function folderTree(names: string[]): Folder {
  const root = new Folder("/");
  for (const n of names) root.children.push(new Folder(n, root));
  return root;
}

export function totalVertices(chain: Level[]): number {
  let n = 0;
  for (let lvl: Level | null = chain[0] ?? null; lvl !== null; lvl = lvl.coarser) n += lvl.vertices.shape[0];
  return n;
}
