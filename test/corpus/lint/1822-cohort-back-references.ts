// Enrols patients into a study cohort table, gives each patient a back-reference to its study, keeps dosing events in a ring, and prints exposures.
import { array, empty, zeros, NDArray } from "ndalias";

class Study {
  exposures: NDArray;
  readonly subjectIds: string[] = [];
  constructor(
    readonly code: string,
    capacity: number,
  ) {
    this.exposures = zeros(capacity);
  }
}

class Patient {
  study: Study | null = null;
  clearanceLh: NDArray;
  constructor(
    readonly id: string,
    clearancesLh: number[],
  ) {
    this.clearanceLh = array(clearancesLh);
  }
}

// Administration events form a circular list around a sentinel; they hold no arrays.
class DoseEvent {
  prev: DoseEvent = this;
  next: DoseEvent = this;
  constructor(
    readonly timeH: number,
    readonly mg: number,
  ) {}
}

function appendEvent(sentinel: DoseEvent, event: DoseEvent): void {
  event.prev = sentinel.prev;
  event.next = sentinel;
  sentinel.prev.next = event;
  sentinel.prev = event;
}

function totalDose(sentinel: DoseEvent): number {
  let total = 0;
  for (let e = sentinel.next; e !== sentinel; e = e.next) total += e.mg;
  return total;
}

function enrol(study: Study, patients: Patient[]): NDArray {
  const table = empty(patients.length, "object");
  patients.forEach((p, i) => {
    p.study = study;
    study.subjectIds.push(p.id);
    table.set(i, p);
  });
  return table;
}

function recordExposure(study: Study, index: number, doseMg: number, clearanceLh: number): void {
  study.exposures.set(index, doseMg / clearanceLh);
}

function studyCode(p: Patient): string {
  return p.study === null ? "unenrolled" : p.study.code;
}

const study = new Study("PK-330", 3);
const patients = [
  new Patient("R-01", [5.1, 4.8]),
  new Patient("R-02", [3.2, 3.6]),
  new Patient("R-03", [6.0, 5.7]),
];
const cohort = enrol(study, patients);

// Sub-cohorts are tables of tables; nothing points back up.
const byRenalGroup = empty(2, "object");
byRenalGroup.set(0, cohort.take([0, 2]));
byRenalGroup.set(1, cohort.take([1]));

const sentinel = new DoseEvent(-1, 0);
for (const [t, mg] of [[0, 800], [12, 400], [24, 400], [36, 400]]) {
  appendEvent(sentinel, new DoseEvent(t, mg));
}

for (let i = 0; i < cohort.size; i++) {
  const p: Patient = cohort.get(i);
  recordExposure(study, i, totalDose(sentinel), p.clearanceLh.mean());
  console.log(`${p.id} (${studyCode(p)}): mean CL ${p.clearanceLh.mean().toFixed(2)} L/h`);
}

console.log("subjects:", study.subjectIds.join(", "));
console.log("AUC estimates (mg*h/L):", study.exposures.tolist());
console.log("renal groups:", byRenalGroup.size, "low-clearance group size:", byRenalGroup.get(1).size);
