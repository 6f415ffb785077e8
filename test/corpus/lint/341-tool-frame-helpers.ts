// Transform utilities for a robot arm's tool frame: in-place translate, rotate-about-Z and reset helpers applied to the tool pose.
import { eye, array, NDArray } from "ndalias";

/** Moves the frame by (dx, dy, dz) in world space, in place. */
function translateInPlace(m: NDArray, dx: number, dy: number, dz: number): void {
  m.slice(":3", 3).iadd(array([dx, dy, dz]));
}

/** Rotates the frame about the world Z axis, in place. */
function rotateZInPlace(m: NDArray, angle: number): void {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const before = m.slice(":2", ":").copy();
  for (let j = 0; j < 4; j++) {
    const x = before.get(0, j);
    const y = before.get(1, j);
    m.set([0, j], c * x - s * y);
    m.set([1, j], s * x + c * y);
  }
}

/** Clears the rotation block back to identity, keeping the translation. */
function resetRotation(m: NDArray): void {
  const block = m.slice(":3", ":3");
  block.fill(0);
  for (let i = 0; i < 3; i++) block.set([i, i], 1);
}

function describe(label: string, m: NDArray): string {
  const t = [m.get(0, 3), m.get(1, 3), m.get(2, 3)].map((x) => x.toFixed(3));
  const yaw = Math.atan2(m.get(1, 0), m.get(0, 0));
  return `${label}: position (${t.join(", ")}), yaw ${yaw.toFixed(3)} rad`;
}

const toolPose = eye(4);
translateInPlace(toolPose, 0.3, 0, 0.45);
rotateZInPlace(toolPose, Math.PI / 4);
console.log(describe("tool", toolPose));

const approach = toolPose.copy();
translateInPlace(approach, 0, 0, 0.1);
console.log(describe("approach", approach), "tool z:", toolPose.get(2, 3));

resetRotation(toolPose);
console.log(describe("reset tool", toolPose));
console.log("approach unchanged:", JSON.stringify(approach.tolist()));
