// Prepares IMU frames for an attitude fusion step: unit conversion, reference-vector normalisation and a raw-frame log.
// runnable
import { array, NDArray } from "ndalias";

const G = 9.80665;
const DEG2RAD = Math.PI / 180;

interface ImuFrame { accel: NDArray; gyro: NDArray; mag: NDArray; t: number }

function logRaw(t: number, accel: NDArray, gyro: NDArray, mag: NDArray): void {
  console.log(`[raw t=${t}] accel(g)=${JSON.stringify(accel.tolist())} gyro(deg/s)=${JSON.stringify(gyro.tolist())} mag(uT)=${JSON.stringify(mag.tolist())}`);
}

function toSI(f: ImuFrame): ImuFrame {
  return { accel: f.accel.mul(G), gyro: f.gyro.mul(DEG2RAD), mag: f.mag.copy(), t: f.t };
}

function unit(v: NDArray): NDArray {
  const n = Math.sqrt(v.mul(v).sum());
  return v.div(n);
}

function tiltError(accelSI: NDArray, gravityDir: NDArray): number {
  const a = unit(accelSI);
  return Math.acos(Math.max(-1, Math.min(1, a.mul(gravityDir).sum())));
}

const down = array([0, 0, 1]);

// frame 1: the conversion helper builds new arrays, the raw frame stays intact
const f1: ImuFrame = { accel: array([0.02, -0.01, 0.99]), gyro: array([1.5, -0.4, 0.2]), mag: array([21.0, -3.9, 40.2]), t: 0.0 };
const si1 = toSI(f1);
console.log("frame 1 tilt error:", tiltError(si1.accel, down).toFixed(4), "mag dir:", unit(si1.mag).tolist());
logRaw(f1.t, f1.accel, f1.gyro, f1.mag);

// frame 2: converted inline
const frame: ImuFrame = { accel: array([0.01, -0.02, 1.0]), gyro: array([0.5, -1.2, 0.3]), mag: array([22.1, -4.3, 41.0]), t: 0.01 };
const { accel, gyro } = frame;
accel.imul(G); // expect: no-alias-mutation
const gyroRad = gyro.mul(DEG2RAD);

const useMag = frame.mag.max() > 0;
const reference = useMag ? frame.mag : frame.accel;
const refNorm = Math.sqrt(reference.mul(reference).sum());
reference.idiv(refNorm); // expect: no-alias-mutation

console.log("frame 2 tilt error:", tiltError(accel, down).toFixed(4), "rates (rad/s):", gyroRad.tolist());
console.log("reference direction:", reference.tolist());
logRaw(frame.t, frame.accel, frame.gyro, frame.mag);
