// Books parties into a small venue's seating grid with a first-fit scan that stops at the first row with room, and reports the booked row.
import { array, zeros, NDArray } from "ndalias";

const ROWS = 5;
const SEATS = 6;

interface Booking {
  party: string;
  size: number;
  row: number;
  firstSeat: number;
}

// 0 = free, otherwise the party number holding the seat.
const seating = zeros([ROWS, SEATS]);
seating.slice(0, "0:4").fill(9);
seating.slice(1, "2:6").fill(8);
seating.slice(3, ":").fill(7);

function freeRun(row: NDArray, size: number): number {
  let run = 0;
  for (let s = 0; s < row.size; s++) {
    run = row.get(s) === 0 ? run + 1 : 0;
    if (run === size) return s - size + 1;
  }
  return -1;
}

function occupancy(grid: NDArray): number {
  let taken = 0;
  for (let r = 0; r < grid.shape[0]; r++) {
    for (let s = 0; s < grid.shape[1]; s++) {
      if (grid.get(r, s) !== 0) taken++;
    }
  }
  return taken / grid.size;
}

console.log(`occupancy before booking: ${(occupancy(seating) * 100).toFixed(0)}%`);
const before = seating.copy();

const request = { party: "Okafor", size: 3, id: 4 };
let booking: Booking | null = null;
let bookedRow: NDArray | null = null;

for (let r = 0; r < ROWS; r++) {
  const start = freeRun(seating.slice(r), request.size);
  if (start < 0) continue;
  const row = seating.slice(r);
  row.slice(`${start}:${start + request.size}`).fill(request.id);
  booking = { party: request.party, size: request.size, row: r, firstSeat: start };
  bookedRow = row;
  break;
}

if (booking && bookedRow) {
  console.log(`${booking.party} x${booking.size}: row ${booking.row}, seats ${booking.firstSeat}..${booking.firstSeat + booking.size - 1}`);
  console.log("booked row:", bookedRow.tolist());
} else {
  console.log(`no row has ${request.size} adjacent free seats`);
}
console.log("grid before booking:", JSON.stringify(before.tolist()));

// Wait list: a separate buffer of requested sizes, one slot cleared when a party is seated.
const waitList = array([2, 5, 4, 1]);
const seatedFlags = zeros(waitList.size, "uint8");
const pending = waitList;
const reachable = array([2, 3, 1, 6, 0]);

for (let w = 0; w < waitList.size; w++) {
  const wanted = waitList.get(w);
  const fitsSomewhere = reachable.max() >= wanted;
  if (!fitsSomewhere) continue;
  pending.set(w, 0);
  seatedFlags.set(w, 1);
  console.log(`seated wait-list entry ${w} (party of ${wanted})`);
  break;
}
console.log("pending after one seating:", pending.tolist(), "flags:", seatedFlags.tolist());

// Releases the first row holding a party, for a cancellation; the caller keeps the grid.
function cancelFirst(grid: NDArray, partyId: number): void {
  for (let r = 0; r < grid.shape[0]; r++) {
    const row = grid.slice(r);
    let hit = false;
    for (let s = 0; s < row.size; s++) {
      if (row.get(s) === partyId) {
        row.set(s, 0);
        hit = true;
      }
    }
    if (hit) return;
  }
}

const evening = before.copy();
cancelFirst(evening, 8);
console.log("evening grid after cancellation:", JSON.stringify(evening.tolist()));
