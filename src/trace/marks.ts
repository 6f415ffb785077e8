/**
 * The main-thread side of call-site marks (see `instrument.ts`): the functions
 * marked code calls, the pending site id they set, and the table of site ids
 * the loader posts from its thread.
 *
 * State lives in `globalThis` slots so that every copy of this module in a
 * process (`dist/` preloaded, `src/` in a test runner) shares it.
 */
import { receiveMessageOnPort, type MessagePort } from "node:worker_threads";

/** A message from the loader: the sites of one transformed module. */
export interface ModuleMarks {
  url: string;
  firstId: number;
  /** line, column pairs (1-based) in the module's loaded source, before marking. */
  sites: number[];
  /** See `Instrumented.shifts`. */
  shifts: number[][];
}

interface MarkState {
  /** The site id set by the last mark, -1 when none is pending. */
  pending: number;
  /** Counts the mark functions' calls: unchanged while a marked call runs, unless it makes marked calls itself. */
  epoch: number;
  /** One per loader registration. */
  ports: MessagePort[];
  /** Per site id: the module URL and raw position, once the loader's message is read. */
  url: string[];
  line: number[];
  column: number[];
  /** Per module URL: its shifts by line. */
  shifts: Map<string, Map<number, number[]>>;
}

const SLOT = Symbol.for("ndalias.trace.marks");
type Slot = { [SLOT]?: MarkState };

export const markState: MarkState = ((globalThis as Slot)[SLOT] ??= {
  pending: -1,
  epoch: 0,
  ports: [],
  url: [],
  line: [],
  column: [],
  shifts: new Map(),
});

/**
 * Defines the two functions marked code calls (see `instrument.ts`) on
 * `globalThis`, not enumerable (leak checkers that list globals do not see
 * them).
 */
export function installMarks(): void {
  const st = markState;
  if (Object.prototype.hasOwnProperty.call(globalThis, "__ndalias$s")) return;
  const define = (name: string, value: unknown): void => {
    Object.defineProperty(globalThis, name, { value, writable: false, enumerable: false, configurable: true });
  };
  define("__ndalias$s", <T>(id: number, value: T): T => {
    st.pending = id;
    st.epoch++;
    return value;
  });
  define("__ndalias$e", <T>(result: T): T => {
    st.pending = -1;
    st.epoch++;
    return result;
  });
}

/** A port on which a loader posts its {@link ModuleMarks}; read synchronously when an unknown id turns up. */
export function addMarkPort(port: MessagePort): void {
  markState.ports.push(port);
}

/** Reads every message the loader has posted so far. */
export function drainMarks(): void {
  const st = markState;
  for (const port of st.ports) {
    for (;;) {
      const m = receiveMessageOnPort(port);
      if (m === undefined) break;
      record(st, m.message as ModuleMarks);
    }
  }
}

function record(st: MarkState, mm: ModuleMarks): void {
  for (let k = 0; 2 * k + 1 < mm.sites.length; k++) {
    st.url[mm.firstId + k] = mm.url;
    st.line[mm.firstId + k] = mm.sites[2 * k]!;
    st.column[mm.firstId + k] = mm.sites[2 * k + 1]!;
  }
  const byLine = new Map<number, number[]>();
  for (const s of mm.shifts) byLine.set(s[0]!, s);
  st.shifts.set(mm.url, byLine);
}

/**
 * The column (1-based) in the untransformed source of column `column` of a
 * transformed line whose insertions are `shift` (an entry of
 * `Instrumented.shifts`: line, column0, length, column0, length, ...). A
 * column inside inserted text gives the column it was inserted at.
 */
export function unshiftColumn(shift: readonly number[], column: number): number {
  const p = column - 1;
  let s = 0;
  for (let k = 1; k + 1 < shift.length; k += 2) {
    const c = shift[k]!;
    const len = shift[k + 1]!;
    if (p >= c + s + len) s += len;
    // inside inserted text: the position it was inserted at
    else if (p >= c + s) return c + 1;
    else break;
  }
  return p - s + 1;
}
