// Telemetry event bus: sensors publish readings by topic, subscribers keep rolling windows, and everything refers to the bus by id.
import { array, zeros, NDArray } from "ndalias";

type Preprocessor = (payload: NDArray) => void;

class Topic {
  parent: Topic | null = null;
  firstChild: Topic | null = null;
  nextSibling: Topic | null = null;
  readonly subscriberIds: string[] = [];
  constructor(readonly name: string) {}

  child(name: string): Topic {
    for (let c = this.firstChild; c !== null; c = c.nextSibling) if (c.name === name) return c;
    const created = new Topic(name);
    created.parent = this;
    created.nextSibling = this.firstChild;
    this.firstChild = created;
    return created;
  }

  path(): string {
    return this.parent === null ? this.name : `${this.parent.path()}/${this.name}`;
  }
}

class Subscriber {
  readonly window: NDArray;
  private cursor = 0;
  constructor(readonly id: string, readonly busId: string, size: number) {
    this.window = zeros(size);
  }
  onReading(payload: NDArray): void {
    this.window.set(this.cursor % this.window.size, payload.mean());
    this.cursor++;
  }
  average(): number {
    const filled = Math.min(this.cursor, this.window.size);
    return filled === 0 ? 0 : this.window.sum() / filled;
  }
}

class EventBus {
  readonly root = new Topic("telemetry");
  private readonly subscribers = new Map<string, Subscriber>();
  private readonly preprocessors: Preprocessor[] = [];
  constructor(readonly id: string) {}

  topic(path: string): Topic {
    return path.split("/").reduce((t, part) => t.child(part), this.root);
  }
  subscribe(path: string, sub: Subscriber): void {
    this.subscribers.set(sub.id, sub);
    this.topic(path).subscriberIds.push(sub.id);
  }
  use(pre: Preprocessor): void {
    this.preprocessors.push(pre);
  }
  publish(path: string, payload: NDArray): number {
    for (const pre of this.preprocessors) pre(payload);
    let delivered = 0;
    for (let t: Topic | null = this.topic(path); t !== null; t = t.parent) {
      for (const id of t.subscriberIds) {
        this.subscribers.get(id)?.onReading(payload);
        delivered++;
      }
    }
    return delivered;
  }
}

class Sensor {
  readonly offset: NDArray;
  constructor(readonly name: string, readonly busId: string, offset: number[], readonly gain: number) {
    this.offset = array(offset);
  }
  calibrate(raw: NDArray): NDArray {
    const reading = raw.sub(this.offset);
    reading.imul(this.gain);
    return reading;
  }
}

const bus = new EventBus("bus-0");
bus.use((payload) => {
  for (let i = 0; i < payload.size; i++) {
    if (!Number.isFinite(payload.get(i))) payload.set(i, 0);
  }
});

const imuAll = new Subscriber("imu-all", bus.id, 4);
const accelOnly = new Subscriber("accel", bus.id, 4);
bus.subscribe("imu", imuAll);
bus.subscribe("imu/accel", accelOnly);

const accel = new Sensor("accel", bus.id, [0.1, -0.2, 9.7], 1.02);
const samples = [array([0.2, -0.1, 9.9]), array([0.4, NaN, 9.6]), array([0.1, -0.3, 9.8])];
let deliveries = 0;
for (const raw of samples) {
  deliveries += bus.publish("imu/accel", accel.calibrate(raw));
}

console.log("deliveries:", deliveries, "topic:", bus.topic("imu/accel").path());
console.log("accel window mean:", accelOnly.average().toFixed(4), "imu window mean:", imuAll.average().toFixed(4));
console.log("first raw sample unchanged:", samples[0].tolist(), "second:", samples[1].tolist());
