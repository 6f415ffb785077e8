// Applies per-device calibration from optional nested profiles to a weather station's raw frames and prints corrected readings.
// runnable
import { array, NDArray } from "ndalias";

interface Calibration {
  gain: NDArray;
  offset: NDArray;
  version: number;
}

interface Device {
  id: string;
  units: string;
  profile?: { calibration?: Calibration; serviced?: string };
  readings: NDArray;
}

interface Station {
  name: string;
  thermo: Device;
  hygro: Device;
  wind?: Device;
}

const station: Station = {
  name: "ridge-07",
  thermo: {
    id: "T-1",
    units: "degC",
    profile: {
      calibration: { gain: array([1.0, 0.98, 1.01]), offset: array([-0.4, 0.1, 0.0]), version: 3 },
      serviced: "2024-03-02",
    },
    readings: array([12.1, 12.4, 12.2, 13.0, 12.9, 13.3]),
  },
  hygro: {
    id: "H-2",
    units: "%RH",
    profile: { calibration: { gain: array([1.0, 1.0, 1.0]), offset: array([2.0, 1.5, 1.0]), version: 1 } },
    readings: array([55, 57, 91, 58, 60, 99]),
  },
};

function applyCalibration(raw: NDArray, cal?: Calibration): NDArray {
  if (!cal) return raw.copy();
  const frames = raw.reshape(raw.size / cal.gain.size, cal.gain.size);
  return frames.mul(cal.gain).add(cal.offset);
}

function describe(device: Device | undefined): string {
  if (!device) return "absent";
  const version = device.profile?.calibration?.version ?? 0;
  return `${device.id} (${device.units}, calibration v${version}, mean ${device.readings.mean().toFixed(2)})`;
}

console.log(station.name, "thermo:", describe(station.thermo));
console.log(station.name, "hygro:", describe(station.hygro));
console.log(station.name, "wind:", describe(station.wind));

// Today's run is hot: compensate the thermometer gain for drift.
const gain = station.thermo.profile?.calibration?.gain;
if (gain) {
  gain.imul(1.02); // expect: no-alias-mutation
  console.log("drift-compensated gain:", gain.tolist());
}

// Dry-run a humidity offset change on a private copy.
const trialOffset = station.hygro.profile?.calibration?.offset?.copy();
trialOffset?.iadd(0.5);
console.log("trial humidity offset:", trialOffset?.tolist());

// Clip the humidity spikes in the last frame for the dashboard.
const lastFrame = station.hygro.readings.slice("-3:");
for (let i = 0; i < lastFrame.size; i++) {
  if (lastFrame.get(i) > 95) {
    lastFrame.set(i, 95); // expect: no-view-mutation
  }
}
console.log("dashboard frame:", lastFrame.tolist());

// The anemometer, when fitted, restarts its buffer each run.
station.wind?.readings.fill(0);

const thermoOut = applyCalibration(station.thermo.readings, station.thermo.profile?.calibration);
const hygroOut = applyCalibration(station.hygro.readings, station.hygro.profile?.calibration);
console.log("thermo corrected:", thermoOut.tolist());
console.log("hygro corrected:", hygroOut.tolist());

// Archive what was measured and which calibration was stored.
console.log("archived humidity:", station.hygro.readings.tolist());
console.log("stored thermo gain:", station.thermo.profile?.calibration?.gain.tolist());
