// Skeletal animation: a bone hierarchy with parent links, keyframe interpolation, world-transform evaluation and an archive of evaluated poses.
import { array, empty, eye, zeros, NDArray } from "ndalias";

class Bone {
  readonly local: NDArray;
  parent: Bone | null;

  constructor(readonly name: string, parent: Bone | null, dx: number, dy: number) {
    this.parent = parent;
    this.local = eye(3);
    this.local.set([0, 2], dx);
    this.local.set([1, 2], dy);
  }

  depth(): number {
    let d = 0;
    for (let b = this.parent; b; b = b.parent) d++;
    return d;
  }

  isAncestorOf(other: Bone): boolean {
    for (let b: Bone | null = other; b; b = b.parent) {
      if (b === this) return true;
    }
    return false;
  }
}

class Keyframe {
  next: Keyframe | null = null;
  prev: Keyframe | null = null;
  constructor(readonly time: number, readonly angle: number) {}
}

function linkKeyframes(frames: Keyframe[]): Keyframe | null {
  for (let i = 0; i + 1 < frames.length; i++) {
    const a = frames[i];
    const b = frames[i + 1];
    a.next = b;
    b.prev = a;
  }
  return frames[0] ?? null;
}

function angleAt(head: Keyframe, t: number): number {
  let k = head;
  while (k.next && k.next.time <= t) k = k.next;
  if (!k.next) return k.angle;
  const u = (t - k.time) / (k.next.time - k.time);
  return k.angle + u * (k.next.angle - k.angle);
}

function matmul3(a: NDArray, b: NDArray): NDArray {
  const out = zeros([3, 3]);
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      out.set([r, c], a.slice(r).mul(b.slice(":", c)).sum());
    }
  }
  return out;
}

function rotation(angle: number): NDArray {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return array([
    [c, -s, 0],
    [s, c, 0],
    [0, 0, 1],
  ]);
}

function reparent(bone: Bone, newParent: Bone): void {
  if (bone === newParent || bone.isAncestorOf(newParent)) {
    throw new Error(`cannot attach ${bone.name} under its own descendant ${newParent.name}`);
  }
  bone.parent = newParent;
}

function worldTransform(bone: Bone, angles: Map<string, number>): NDArray {
  const own = matmul3(bone.local, rotation(angles.get(bone.name) ?? 0));
  return bone.parent ? matmul3(worldTransform(bone.parent, angles), own) : own;
}

function jointPosition(world: NDArray): [number, number] {
  return [world.get(0, 2), world.get(1, 2)];
}

interface Rig {
  bones: Bone[];
  tracks: Map<string, Keyframe>;
}

function buildRig(): Rig {
  const hip = new Bone("hip", null, 0, 1);
  const knee = new Bone("knee", hip, 0, -0.5);
  const ankle = new Bone("ankle", knee, 0, -0.45);
  const toe = new Bone("toe", hip, 0.1, -0.1);
  reparent(toe, ankle);
  const tracks = new Map<string, Keyframe>();
  const kneeTrack = linkKeyframes([new Keyframe(0, 0), new Keyframe(0.5, 0.6), new Keyframe(1, 0)]);
  const hipTrack = linkKeyframes([new Keyframe(0, -0.2), new Keyframe(1, 0.2)]);
  if (kneeTrack) tracks.set("knee", kneeTrack);
  if (hipTrack) tracks.set("hip", hipTrack);
  return { bones: [hip, knee, ankle, toe], tracks };
}

function evaluatePose(rig: Rig, t: number): NDArray {
  const angles = new Map<string, number>();
  for (const [name, head] of rig.tracks) angles.set(name, angleAt(head, t));
  const pose = empty(rig.bones.length, "object");
  rig.bones.forEach((bone, i) => pose.set(i, worldTransform(bone, angles)));
  return pose;
}

class PoseArchive {
  readonly table: NDArray;
  private count = 0;

  constructor(capacity: number) {
    this.table = empty(capacity, "object");
  }

  store(pose: NDArray): number {
    if (this.count >= this.table.size) throw new Error("archive full");
    this.table.set(this.count, pose);
    return this.count++;
  }

  snapshot(): NDArray {
    const frozen = empty(2, "object");
    frozen.set(0, this.table.copy());
    frozen.set(1, this.count);
    return frozen;
  }

  pose(index: number): NDArray {
    return this.table.get(index);
  }
}

function describePose(rig: Rig, pose: NDArray): string {
  return rig.bones
    .map((bone, i) => {
      const [x, y] = jointPosition(pose.get(i));
      return `${bone.name}@(${x.toFixed(2)}, ${y.toFixed(2)})`;
    })
    .join(" ");
}

const rig = buildRig();
const archive = new PoseArchive(8);
for (const t of [0, 0.25, 0.5, 0.75, 1]) {
  const pose = evaluatePose(rig, t);
  archive.store(pose);
  console.log(`t=${t.toFixed(2)}`, describePose(rig, pose));
}

const frozen = archive.snapshot();
archive.table.set(7, archive.table.copy());
console.log("archived poses in snapshot:", frozen.get(1), "depth of toe:", rig.bones[3].depth());
console.log("mid pose again:", describePose(rig, archive.pose(2)));

const ankleWorld: NDArray = archive.pose(4).get(2);
console.log("final ankle transform:", ankleWorld.tolist());
