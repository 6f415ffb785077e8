// Skeletal animation for a 2D character rig: bones point to their parents, poses are blended and double-buffered per frame.
import { array, zeros, NDArray } from "ndalias";

class Bone {
  parent: Bone | null = null;
  bind: NDArray; // [x, y, angle] relative to the parent
  local: NDArray;
  constructor(readonly name: string, x: number, y: number, angle: number) {
    this.bind = array([x, y, angle]);
    this.local = this.bind.copy();
  }
  setAngle(angle: number): void {
    this.local.set(2, angle);
  }
}

const RIG: Array<[string, number, number, number, number]> = [
  // name, parent index, x, y, angle
  ["hips", -1, 0, 1, 0],
  ["spine", 0, 0, 0.5, 0],
  ["head", 1, 0, 0.6, 0],
  ["upperArm", 1, 0.2, 0.4, -1.2],
  ["forearm", 3, 0.35, 0, 0.3],
  ["thigh", 0, 0.1, -0.1, -1.5],
  ["shin", 5, 0.45, 0, 0.1],
];

function buildSkeleton(rig: typeof RIG): Bone[] {
  const bones: Bone[] = [];
  for (const [name, parentIndex, x, y, angle] of rig) {
    const bone = new Bone(name, x, y, angle);
    if (parentIndex >= 0) bone.parent = bones[parentIndex];
    bones.push(bone);
  }
  return bones;
}

// Bones are ordered parent-first, so world poses resolve in one pass.
function worldPose(bones: Bone[]): NDArray {
  const out = zeros([bones.length, 3]);
  bones.forEach((bone, i) => {
    const p = bone.parent ? bones.indexOf(bone.parent) : -1;
    if (p < 0) {
      out.slice(i).assign(":", bone.local);
      return;
    }
    const pa = out.get(p, 2) as number;
    const lx = bone.local.get(0) as number;
    const ly = bone.local.get(1) as number;
    out.set([i, 0], (out.get(p, 0) as number) + Math.cos(pa) * lx - Math.sin(pa) * ly);
    out.set([i, 1], (out.get(p, 1) as number) + Math.sin(pa) * lx + Math.cos(pa) * ly);
    out.set([i, 2], pa + (bone.local.get(2) as number));
  });
  return out;
}

function blend(a: NDArray, b: NDArray, w: number): NDArray {
  const out = a.mul(1 - w);
  out.iadd(b.mul(w));
  return out;
}

function animate(bones: Bone[], t: number, clip: "walk" | "wave"): void {
  const swing = Math.sin(t * 4);
  for (const bone of bones) {
    const rest = bone.bind.get(2) as number;
    if (clip === "walk" && (bone.name === "thigh" || bone.name === "upperArm")) bone.setAngle(rest + 0.5 * swing);
    else if (clip === "wave" && bone.name === "forearm") bone.setAngle(rest + 1.2 * swing);
    else bone.setAngle(rest);
  }
}

const skeleton = buildSkeleton(RIG);
const bindPose = worldPose(skeleton);

let current = zeros([skeleton.length, 3]);
let previous = zeros([skeleton.length, 3]);
let maxHandSpeed = 0;
const dt = 1 / 30;
for (let frame = 0; frame < 20; frame++) {
  [current, previous] = [previous, current];
  const t = frame * dt;
  animate(skeleton, t, "walk");
  const walk = worldPose(skeleton);
  animate(skeleton, t, "wave");
  const wave = worldPose(skeleton);
  current.assign(":", blend(walk, wave, 0.5));
  if (frame > 0) {
    const hand = current.slice(4, ":2").sub(previous.slice(4, ":2"));
    maxHandSpeed = Math.max(maxHandSpeed, Math.sqrt(hand.mul(hand).sum()) / dt);
  }
}

const offsetFromBind = current.sub(bindPose);
console.log("bind pose of head:", bindPose.slice(2).tolist());
console.log("last pose of head:", current.slice(2).tolist());
console.log("max hand speed:", maxHandSpeed.toFixed(3), "mean offset:", offsetFromBind.mean().toFixed(4));
console.log("forearm chain:", ["forearm", "upperArm", "spine", "hips"].every((n, i, names) => {
  const bone = skeleton.find((b) => b.name === n);
  return i === names.length - 1 ? bone?.parent === null : bone?.parent?.name === names[i + 1];
}));
