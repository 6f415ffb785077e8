// A particle system packs positions and velocities into one state buffer exposed as view fields; a damping pass edits them.
import { zeros, NDArray } from "ndalias";

class Particles {
  state = zeros(6);
  pos = this.state.slice("0:3");
  vel = this.state.slice("3:6");
  reset(): number {
    this.state.fill(0);
    return this.state.sum();
  }
  serialize(): string {
    return JSON.stringify(this.state.tolist());
  }
}

function kick(p: Particles, impulse: NDArray): void {
  p.vel.iadd(impulse);
  p.pos.iadd(p.vel);
}

const system = new Particles();
kick(system, zeros(3).fill(1));
system.vel.imul(0.5); // expect: no-view-mutation
console.log("state after damping:", system.state.tolist());
console.log("saved:", system.serialize());
console.log("energy after reset:", system.reset());
