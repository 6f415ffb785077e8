/**
 * Which site and handle last wrote each element of one storage.
 *
 * Most writes cover a run of consecutive elements (a whole array, a slice, a
 * row block, one element), so the shadow starts as a short sorted list of
 * runs, each with its writer: a write or a read then costs work in the
 * number of runs, not of elements. Writes that leave more than
 * `maxSegments` runs (an every-other-element view, many scattered rows)
 * switch it to two Int32Arrays with one entry per element; a later write
 * that covers the whole storage switches it back.
 *
 * Regions are handled as sets of storage indices: the order in which a
 * layout visits its elements, repeated elements of broadcast axes and the
 * sign of strides do not matter. A region repeats no element except along
 * broadcast (zero-stride) axes, as every view the runtime makes.
 */
import type { Layout } from "../runtime/hooks.js";

/** A layout, or one storage index. */
export type Region = Layout | number;

/** Elements of a read with the same writer key: how many, and one handle that wrote them. */
export interface Group {
  n: number;
  writer: number;
}

/** A run of elements `[lo, hi]` last written by site tag `tag` (site + 1; 0: no user site) through handle `hid`. */
interface Run {
  lo: number;
  hi: number;
  tag: number;
  hid: number;
}

/** Rows of a region's distinct elements: `n` elements from `start`, `stride` apart (all strides positive). */
interface Rows {
  shape: number[];
  strides: number[];
  offset: number;
}

/**
 * The region's distinct elements as a layout with positive strides, sorted
 * outermost first, with broadcast and size-1 axes dropped and axes that
 * continue each other merged. Null when the region is empty.
 */
export function normalizeRegion(r: Region): Rows | null {
  if (typeof r === "number") return { shape: [1], strides: [1], offset: r };
  let offset = r.offset;
  const axes: { n: number; s: number }[] = [];
  for (let k = 0; k < r.shape.length; k++) {
    const n = r.shape[k]!;
    if (n === 0) return null;
    let s = r.strides[k]!;
    if (n === 1 || s === 0) continue;
    if (s < 0) {
      offset += (n - 1) * s;
      s = -s;
    }
    axes.push({ n, s });
  }
  axes.sort((x, y) => y.s - x.s);
  const shape: number[] = [];
  const strides: number[] = [];
  for (const a of axes) {
    const last = shape.length - 1;
    // the previous (outer) axis continues this one: merge them
    if (last >= 0 && strides[last] === a.s * a.n) {
      shape[last] = shape[last]! * a.n;
      strides[last] = a.s;
    } else {
      shape.push(a.n);
      strides.push(a.s);
    }
  }
  if (shape.length === 0) return { shape: [1], strides: [1], offset };
  return { shape, strides, offset };
}

/** Calls `row(start, stride, n)` for every innermost row of a normalized region. */
function forEachRow(r: Rows, row: (start: number, stride: number, n: number) => void): void {
  const nd = r.shape.length;
  const last = nd - 1;
  const n = r.shape[last]!;
  const s = r.strides[last]!;
  if (nd === 1) {
    row(r.offset, s, n);
    return;
  }
  const idx = new Array<number>(nd).fill(0);
  let base = r.offset;
  for (;;) {
    row(base, s, n);
    let k = last - 1;
    for (; k >= 0; k--) {
      idx[k]!++;
      base += r.strides[k]!;
      if (idx[k]! < r.shape[k]!) break;
      base -= idx[k]! * r.strides[k]!;
      idx[k] = 0;
    }
    if (k < 0) return;
  }
}

/** Number of rows of a normalized region. */
function rowCount(r: Rows): number {
  let n = 1;
  for (let k = 0; k < r.shape.length - 1; k++) n *= r.shape[k]!;
  return n;
}

/** How many of the `n` elements `start, start + stride, ...` (stride > 0) lie in `[lo, hi]`. */
function countIn(start: number, stride: number, n: number, lo: number, hi: number): number {
  const first = lo <= start ? 0 : Math.ceil((lo - start) / stride);
  const last = Math.min(n - 1, Math.floor((hi - start) / stride));
  return last >= first ? last - first + 1 : 0;
}

/** Index of the first of the sorted, disjoint `runs` that ends at or after `p` (`runs.length` when none). */
function firstEndingAtOrAfter(runs: readonly Run[], p: number): number {
  let a = 0;
  let b = runs.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (runs[m]!.hi < p) a = m + 1;
    else b = m;
  }
  return a;
}

export class Shadow {
  /** Sorted, disjoint runs (run mode); null in element mode. */
  private runs: Run[] | null = [];
  /** Element mode: last writing site tag per element (0: not written with a user site). */
  private ws: Int32Array | null = null;
  /** Element mode: last writing handle per element. */
  private wh: Int32Array | null = null;
  /** Element mode: the range of indices ever written (entries outside it are 0). */
  private wlo = Infinity;
  private whi = -Infinity;

  constructor(
    readonly length: number,
    private readonly maxSegments = 32,
  ) {}

  /** True while the shadow keeps one entry per element (for tests). */
  get perElement(): boolean {
    return this.runs === null;
  }

  /** Records that `tag`/`hid` wrote every element of `region`. */
  write(region: Region, tag: number, hid: number): void {
    if (typeof region === "number" && this.writeOne(region, tag, hid)) return;
    const r = normalizeRegion(region);
    if (r === null) return;
    const nd = r.shape.length;
    const inner = r.strides[nd - 1]!;
    // contiguous as a set (a normalized region of one element has stride 1): one run
    if (nd === 1 && inner === 1) {
      const lo = r.offset;
      const hi = r.offset + (r.shape[0]! - 1) * inner;
      if (lo <= 0 && hi >= this.length - 1) {
        // covers the storage: whatever was recorded is overwritten
        this.runs = [{ lo, hi, tag, hid }];
        this.ws = this.wh = null;
        this.wlo = Infinity;
        this.whi = -Infinity;
        return;
      }
      if (this.runs !== null) {
        this.insert(lo, hi, tag, hid);
        if (this.runs.length <= this.maxSegments) return;
        this.toElements();
        return;
      }
    } else if (this.runs !== null) {
      if (inner === 1 && rowCount(r) + this.runs.length <= this.maxSegments) {
        forEachRow(r, (start, _s, n) => this.insert(start, start + n - 1, tag, hid));
        if (this.runs.length <= this.maxSegments) return;
      }
      this.toElements();
    }
    this.fill(r, tag, hid);
  }

  /**
   * One element written (an element loop's `set`), in the cases that need no
   * new run: element mode; a run of the same writer that holds it already;
   * or one that ends just before it, taking it from the next run when that
   * run starts there. False when the general path must do it.
   */
  private writeOne(p: number, tag: number, hid: number): boolean {
    const runs = this.runs;
    if (runs === null) {
      this.ws![p] = tag;
      this.wh![p] = hid;
      if (p < this.wlo) this.wlo = p;
      if (p > this.whi) this.whi = p;
      return true;
    }
    const a = firstEndingAtOrAfter(runs, p - 1);
    const run = runs[a];
    if (run === undefined) return false;
    const mine = run.tag === tag && run.hid === hid;
    // a run that holds p, or starts after it
    if (run.hi >= p) return mine && run.lo <= p;
    // the run ends at p - 1
    const next = runs[a + 1];
    if (next !== undefined && next.lo === p && next.tag === tag && next.hid === hid) return true;
    if (!mine) return false;
    if (next === undefined || next.lo > p + 1) {
      run.hi = p;
      return true;
    }
    if (next.lo === p && next.hi > p && (next.tag !== tag || next.hid !== hid)) {
      run.hi = p;
      next.lo = p + 1;
      return true;
    }
    return false;
  }

  /**
   * The writer key (`tag * 2 + (writer is me ? 1 : 0)`) of element `p`, -1
   * when it was never written with a user site; `lastWriter` is then its
   * writing handle. {@link scan} for one element, without allocating.
   */
  scanOne(p: number, me: number): number {
    const runs = this.runs;
    let tag: number;
    let hid: number;
    if (runs !== null) {
      const run = runs[firstEndingAtOrAfter(runs, p)];
      if (run === undefined || run.lo > p) return -1;
      tag = run.tag;
      hid = run.hid;
    } else {
      tag = this.ws![p]!;
      hid = this.wh![p]!;
    }
    if (tag === 0) return -1;
    this.lastWriter = hid;
    return tag * 2 + (hid === me ? 1 : 0);
  }

  /** The writing handle of the element {@link scanOne} found last. */
  lastWriter = 0;

  /**
   * The writers of `region`'s elements, grouped by key `tag * 2 + (writer
   * is me ? 1 : 0)`, each with its element count and one writing handle.
   * Elements never written with a user site are left out; null when none is
   * left.
   */
  scan(region: Region, me: number): Map<number, Group> | null {
    const r = normalizeRegion(region);
    if (r === null) return null;
    let groups: Map<number, Group> | null = null;
    const add = (tag: number, hid: number, n: number): void => {
      const key = tag * 2 + (hid === me ? 1 : 0);
      groups ??= new Map();
      const g = groups.get(key);
      if (g === undefined) groups.set(key, { n, writer: hid });
      else g.n += n;
    };
    const runs = this.runs;
    if (runs !== null) {
      if (runs.length === 0) return null;
      forEachRow(r, (start, stride, n) => {
        const end = start + (n - 1) * stride;
        for (let i = firstEndingAtOrAfter(runs, start); i < runs.length; i++) {
          const run = runs[i]!;
          if (run.lo > end) break;
          if (run.tag === 0) continue;
          const c = countIn(start, stride, n, Math.max(run.lo, start), Math.min(run.hi, end));
          if (c > 0) add(run.tag, run.hid, c);
        }
      });
      return groups;
    }
    const ws = this.ws!;
    const wh = this.wh!;
    const lo = this.wlo;
    const hi = this.whi;
    let lastKey = -1;
    let lastN = 0;
    let lastTag = 0;
    let lastWriter = 0;
    forEachRow(r, (start, stride, n) => {
      const end = start + (n - 1) * stride;
      // only [lo, hi] was ever written: clamp rows to it
      if (end < lo || start > hi) return;
      if (start < lo) {
        const skip = Math.ceil((lo - start) / stride);
        start += skip * stride;
        n -= skip;
      }
      if (end > hi) n -= Math.ceil((end - hi) / stride);
      for (let j = 0, p = start; j < n; j++, p += stride) {
        const w = ws[p]!;
        if (w === 0) continue;
        const h = wh[p]!;
        const key = w * 2 + (h === me ? 1 : 0);
        if (key === lastKey) {
          lastN++;
          continue;
        }
        if (lastKey >= 0) add(lastTag, lastWriter, lastN);
        lastKey = key;
        lastTag = w;
        lastN = 1;
        lastWriter = h;
      }
    });
    if (lastKey >= 0) add(lastTag, lastWriter, lastN);
    return groups;
  }

  /** Run mode: sets `[lo, hi]` to one writer, trimming the runs it overlaps and merging equal neighbours. */
  private insert(lo: number, hi: number, tag: number, hid: number): void {
    const runs = this.runs!;
    // a run ending at lo - 1 may merge
    const a = firstEndingAtOrAfter(runs, lo - 1);
    const out: Run[] = [];
    let i = a;
    let nlo = lo;
    let nhi = hi;
    for (; i < runs.length; i++) {
      const run = runs[i]!;
      if (run.lo > hi + 1) break;
      const same = run.tag === tag && run.hid === hid;
      if (same) {
        // an adjacent or overlapping run of the same writer joins the new one
        if (run.lo < nlo) nlo = run.lo;
        if (run.hi > nhi) nhi = run.hi;
        continue;
      }
      if (run.hi < lo || run.lo > hi) {
        // only adjacent, with another writer: keep it
        out.push(run);
        continue;
      }
      if (run.lo < lo) out.push({ lo: run.lo, hi: lo - 1, tag: run.tag, hid: run.hid });
      if (run.hi > hi) out.push({ lo: hi + 1, hi: run.hi, tag: run.tag, hid: run.hid });
    }
    out.push({ lo: nlo, hi: nhi, tag, hid });
    out.sort((x, y) => x.lo - y.lo);
    runs.splice(a, i - a, ...out);
  }

  /** Switches to one entry per element. */
  private toElements(): void {
    const runs = this.runs!;
    this.runs = null;
    this.ws = new Int32Array(this.length);
    this.wh = new Int32Array(this.length);
    for (const run of runs) {
      this.ws.fill(run.tag, run.lo, run.hi + 1);
      this.wh.fill(run.hid, run.lo, run.hi + 1);
      if (run.lo < this.wlo) this.wlo = run.lo;
      if (run.hi > this.whi) this.whi = run.hi;
    }
  }

  /** Element mode: marks every element of `r`. */
  private fill(r: Rows, tag: number, hid: number): void {
    const ws = this.ws!;
    const wh = this.wh!;
    forEachRow(r, (start, stride, n) => {
      const end = start + (n - 1) * stride;
      if (start < this.wlo) this.wlo = start;
      if (end > this.whi) this.whi = end;
      if (stride === 1) {
        ws.fill(tag, start, end + 1);
        wh.fill(hid, start, end + 1);
      } else {
        for (let j = 0, p = start; j < n; j++, p += stride) {
          ws[p] = tag;
          wh[p] = hid;
        }
      }
    });
  }
}
