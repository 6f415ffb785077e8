// Racing-game replay: the simulation records keyframes that point back to their predecessor, and a ghost car replays the best lap.
import { array, zeros, NDArray } from "ndalias";

class Keyframe {
  readonly positions: NDArray;
  readonly previous: Keyframe | null;

  constructor(positions: NDArray, previous: Keyframe | null) {
    this.positions = positions;
    this.previous = previous;
  }
}

class Simulation {
  readonly positions: NDArray;
  readonly velocities: NDArray;
  private latest: Keyframe | null = null;

  constructor(cars: number) {
    this.positions = zeros([cars, 2]);
    this.velocities = zeros([cars, 2]);
  }

  step(dt: number): number {
    this.positions.iadd(this.velocities.mul(dt));
    return this.positions.slice(":", 0).max();
  }

  record(): Keyframe {
    const frame = new Keyframe(this.positions.copy(), this.latest);
    this.latest = frame;
    return frame;
  }
}

function ghostTrack(last: Keyframe, car: number, offset: NDArray): NDArray[] {
  const track: NDArray[] = [];
  for (let k: Keyframe | null = last; k !== null; k = k.previous) {
    const ghost = k.positions.take([car], 0);
    ghost.iadd(offset);
    track.push(ghost);
  }
  return track.reverse();
}

const sim = new Simulation(3);
sim.velocities.assign(":, 0", array([10, 12, 11]));
const launchVelocities = sim.velocities;
console.log("launch velocities:", launchVelocities.tolist());

let lastFrame = sim.record();
for (let tick = 0; tick < 4; tick++) {
  const leader = sim.step(0.5);
  lastFrame = sim.record();
  console.log(`tick ${tick}: leader at x=${leader}`);
}

const ghost = ghostTrack(lastFrame, 1, array([0, -2]));
console.log("ghost of car 1:", ghost.map((g) => g.tolist()));
console.log("car 1 final position:", sim.positions.slice(1).tolist());
