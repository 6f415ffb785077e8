// Runs a thermostat controller through warm-up, tracking and hold phases over a daily setpoint schedule and prints the held setpoints.
import { array, NDArray } from "ndalias";

type Phase = "warmup" | "tracking" | "hold";

interface Controller {
  phase: Phase;
  tick: number;
  rmsError: number;
  log: string[];
}

const COMFORT_BAND = 0.75;
const MAX_TICKS = 24;

// Hourly setpoints for the living room, 06:00 to 17:00.
const schedule = array([18, 18, 19, 21, 21, 21, 20, 19, 18, 17, 17, 17]);
// The afternoon block is inspected while tracking.
const afternoon = schedule.slice("6:");
// Once the controller settles, the schedule buffer itself becomes the held plan.
const heldPlan = schedule;

const measured = array([16.5, 17.2, 18.4, 20.1, 20.9, 21.3, 20.4, 19.2, 18.1, 17.3, 16.8, 16.9]);

function rms(target: NDArray, actual: NDArray): number {
  const diff = target.sub(actual);
  return Math.sqrt(diff.mul(diff).mean());
}

function worstHour(target: NDArray, actual: NDArray): number {
  const diff = target.sub(actual);
  let worst = 0;
  for (let h = 1; h < diff.size; h++) {
    if (Math.abs(diff.get(h)) > Math.abs(diff.get(worst))) worst = h;
  }
  return worst;
}

function describe(ctl: Controller, message: string): void {
  ctl.log.push(`[t=${ctl.tick} ${ctl.phase}] ${message}`);
}

const ctl: Controller = { phase: "warmup", tick: 0, rmsError: Infinity, log: [] };

control: for (let tick = 0; tick < MAX_TICKS; tick++) {
  ctl.tick = tick;
  switch (ctl.phase) {
    case "warmup": {
      const peak = schedule.max();
      const floor = schedule.min();
      describe(ctl, `heating towards ${peak} (night floor ${floor})`);
      if (tick >= 2) ctl.phase = "tracking";
      break;
    }
    case "tracking": {
      ctl.rmsError = rms(schedule, measured);
      const hour = worstHour(schedule, measured);
      describe(ctl, `rms ${ctl.rmsError.toFixed(3)}, worst hour ${hour}, afternoon mean ${afternoon.mean().toFixed(2)}`);
      if (ctl.rmsError < COMFORT_BAND || tick >= 8) ctl.phase = "hold";
      break;
    }
    case "hold": {
      // Freeze the plan: round every setpoint down to the half degree the relay can hold.
      for (let h = 0; h < heldPlan.size; h++) {
        heldPlan.set(h, Math.floor(heldPlan.get(h) * 2) / 2 - 0.5);
      }
      describe(ctl, "plan frozen");
      break control;
    }
  }
}

for (const line of ctl.log) console.log(line);
console.log("held plan:", heldPlan.tolist());
console.log("held plan average:", heldPlan.mean().toFixed(2));

// A second, independent controller for the bedroom works on its own buffers.
const bedroomSchedule = array([17, 17, 17, 18, 18, 18, 18, 18, 17, 16, 16, 16]);
const bedroomMeasured = array([16.9, 17.0, 17.1, 17.8, 18.1, 18.0, 17.9, 18.2, 17.0, 16.1, 15.9, 16.0]);
let bedroomPhase: Phase = "warmup";
let bedroomTicks = 0;

while (bedroomTicks < MAX_TICKS) {
  bedroomTicks++;
  if (bedroomPhase === "warmup") {
    bedroomPhase = bedroomSchedule.mean() > 16 ? "tracking" : "warmup";
    continue;
  }
  if (bedroomPhase === "tracking") {
    const err = rms(bedroomSchedule, bedroomMeasured);
    console.log(`bedroom rms ${err.toFixed(3)} after ${bedroomTicks} ticks`);
    if (err < COMFORT_BAND) bedroomPhase = "hold";
    continue;
  }
  const eveningBlock = bedroomSchedule.slice("8:");
  eveningBlock.isub(0.5);
  console.log("bedroom evening block lowered:", eveningBlock.tolist());
  break;
}
