// Heat diffusion on a rod with double buffering, plus a chart scene graph (parent links, a ring of tick labels, an asset catalogue) that renders the final profile.
import { array, zeros, empty, NDArray } from "ndalias";

interface SceneNode {
  name: string;
  data: NDArray;
  parent: SceneNode | null;
}

class TickLabel {
  next: TickLabel | null = null;
  constructor(readonly text: string) {}
}

function diffuse(initial: NDArray, alpha: number, steps: number): NDArray {
  let front = initial.copy();
  let back = zeros(initial.size);
  for (let s = 0; s < steps; s++) {
    back.assign("1:-1", front.slice("1:-1").add(front.slice(":-2").add(front.slice("2:")).sub(front.slice("1:-1").mul(2)).mul(alpha)));
    back.set(0, front.get(0));
    back.set(-1, front.get(-1));
    [front, back] = [back, front];
  }
  return front;
}

function buildScene(profile: NDArray): SceneNode[] {
  const root: SceneNode = { name: "figure", data: zeros(2), parent: null };
  const axes: SceneNode = { name: "axes", data: array([0, profile.size - 1]), parent: root };
  const line: SceneNode = { name: "line", data: profile, parent: axes };
  const markers: SceneNode = { name: "markers", data: profile.take([0, profile.size - 1]), parent: axes };
  root.data.assign(":", [profile.min(), profile.max()]);
  return [root, axes, line, markers];
}

function tickRing(labels: string[]): TickLabel {
  const ticks = labels.map((t) => new TickLabel(t));
  ticks.forEach((tick, i) => {
    tick.next = ticks[(i + 1) % ticks.length];
  });
  return ticks[0];
}

function catalogue(nodes: SceneNode[]): NDArray {
  const assets = empty(nodes.length, "object");
  nodes.forEach((node, i) => assets.set(i, node.data));
  const nested = empty(1, "object");
  nested.set(0, assets);
  return nested;
}

function depth(node: SceneNode): number {
  let d = 0;
  for (let p = node.parent; p; p = p.parent) d++;
  return d;
}

function sparkline(values: NDArray): string {
  const glyphs = " .:-=+*#";
  const lo = values.min();
  const span = values.max() - lo || 1;
  let out = "";
  for (let i = 0; i < values.size; i++) {
    out += glyphs[Math.round(((values.get(i) - lo) / span) * (glyphs.length - 1))];
  }
  return out;
}

const rod = array([100, 0, 0, 0, 0, 0, 0, 0, 0, 50]);
const profile = diffuse(rod, 0.25, 40);

const scene = buildScene(profile);
scene.forEach((node) => {
  console.log(`${"  ".repeat(depth(node))}${node.name}: ${sparkline(node.data.size > 1 ? node.data : rod)}`);
});

let tick = tickRing(["0", "25", "50", "75", "100"]);
const labels: string[] = [];
for (let i = 0; i < 7; i++) {
  labels.push(tick.text);
  tick = tick.next ?? tick;
}
console.log("ticks (wrapping):", labels.join(" "));

const assets = catalogue(scene);
const inner: NDArray = assets.get(0);
console.log("catalogued assets:", inner.size);

console.log("initial rod:", rod.tolist());
console.log("final profile:", (profile.tolist() as number[]).map((v) => v.toFixed(1)).join(" "));
