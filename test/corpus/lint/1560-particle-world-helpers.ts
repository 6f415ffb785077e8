// Particle world helpers over a nested world state: integration, drag, mass normalisation and sensor resets, run for a few steps.
import { array, zeros, NDArray } from "ndalias";

interface Bodies {
  pos: NDArray;
  vel: NDArray;
  mass: NDArray;
}

interface Sensor {
  label: string;
  buffer: NDArray;
}

interface World {
  bodies: Bodies;
  physics: { drag: number; gravity: number; activeCount: number };
  sensors: Sensor[];
  time: number;
}

function makeWorld(): World {
  return {
    bodies: {
      pos: array([0, 10, 20, 30]),
      vel: array([1, -2, 0.5, 0]),
      mass: array([2, 1, 1, 4]),
    },
    physics: { drag: 0.1, gravity: -9.81, activeCount: 3 },
    sensors: [
      { label: "near", buffer: zeros(4) },
      { label: "far", buffer: zeros(4) },
    ],
    time: 0,
  };
}

/** Advances positions and velocities in place. */
function integrate(world: World, dt: number): void {
  world.bodies.vel.iadd(world.physics.gravity * dt);
  world.bodies.pos.iadd(world.bodies.vel.mul(dt));
  world.time += dt;
}

function kineticEnergy(world: World): number {
  const v2 = world.bodies.vel.mul(world.bodies.vel);
  return 0.5 * world.bodies.mass.mul(v2).sum();
}

function applyDragAndMeasure(world: World, dt: number): number {
  world.bodies.vel.imul(1 - world.physics.drag * dt); // expect: no-alias-mutation
  return kineticEnergy(world);
}

function normalizedActiveMass(world: World): number {
  const active = world.bodies.mass.slice(`:${world.physics.activeCount}`);
  const total = active.sum();
  active.idiv(total); // expect: no-view-mutation
  return total;
}

function centreOfMass(world: World): number {
  const weighted = world.bodies.pos.mul(world.bodies.mass);
  return weighted.sum() / world.bodies.mass.sum();
}

function relativePositions(world: World): NDArray {
  const rel = world.bodies.pos.copy();
  rel.isub(centreOfMass(world));
  return rel;
}

function recordSensors(world: World): void {
  world.sensors.forEach((s, i) => s.buffer.set(i, world.bodies.pos.get(i)));
}

const world = makeWorld();
for (let step = 0; step < 3; step++) {
  integrate(world, 0.1);
  const energy = applyDragAndMeasure(world, 0.1);
  recordSensors(world);
  console.log(`t=${world.time.toFixed(1)} energy=${energy.toFixed(3)} com=${centreOfMass(world).toFixed(3)}`);
}

console.log("relative positions:", relativePositions(world).tolist());
console.log("active mass total:", normalizedActiveMass(world));
console.log("masses:", world.bodies.mass.tolist());

world.sensors.forEach((s) => s.buffer.fill(0));
for (const s of world.sensors) {
  console.log(`${s.label} sensor cleared:`, s.buffer.sum());
}
