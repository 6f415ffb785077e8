#!/usr/bin/env node
// Cost of the runtime companion's tracing: a numeric workload timed with
// tracing off (tracer never loaded), with `ndalias/trace` imported but off,
// with tracing on as `ndalias trace` runs it (the preload module, whose loader
// marks call sites), and with tracing on through `startTracing()` alone (every
// site found by a stack walk, as under a test runner). Each (mode, workload)
// runs in fresh processes, alternating modes per round; the median is
// reported with ratios to "off".
//   npm run bench:trace [-- --rounds N]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const MODES = ["off", "imported", "marked", "walked"];
const WORKLOADS = {
  // large arrays: per-operation overhead is small next to the O(n) kernels
  large: { n: 100_000, iters: 200 },
  // small arrays, many operations: the worst case for per-operation costs (site capture)
  small: { n: 16, iters: 20_000 },
  // element by element: get and set in a loop (the "scalar get/set loops")
  scalar: { n: 2_000, iters: 100 },
};

async function child(mode, workload) {
  // "marked": the preload module started tracing already
  if (mode === "imported" || mode === "walked") {
    const trace = await import("ndalias/trace");
    if (mode === "walked") trace.startTracing();
  }
  const { zeros, arange } = await import("ndalias");
  const { n, iters } = WORKLOADS[workload];
  const scalar = () => {
    const a = arange(n);
    const b = zeros(n);
    let acc = 0;
    for (let it = 0; it < iters; it++) {
      for (let i = 0; i < n; i++) b.set(i, b.get(i) * 0.5 + a.get(i)); // read what the previous pass wrote
      acc += b.get(n - 1);
    }
    return acc;
  };
  const vectorised = () => {
    const a = arange(n);
    const b = zeros(n);
    let acc = 0;
    const q = Math.max(1, Math.floor(n / 4));
    for (let i = 0; i < iters; i++) {
      const v = a.slice(`${q}:${2 * q}`); // view
      v.imul(1.0000001); // in-place write through the view
      b.iadd(a); // in-place write from another array
      acc += a.sum(); // read that observes the view's write
      const c = a.mul(0.5); // copy
      acc += c.get(0) + b.get(n - 1);
      c.dispose();
      v.dispose();
    }
    return acc;
  };
  const run = workload === "scalar" ? scalar : vectorised;
  run(); // warm-up
  // CPU time of this process, less sensitive than wall time to other load on the machine
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  process.stdout.write(JSON.stringify({ ms }) + "\n");
}

function median(xs) {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}

async function parent() {
  const ri = process.argv.indexOf("--rounds");
  const rounds = ri > 0 ? Number(process.argv[ri + 1]) : 5;
  const self = fileURLToPath(import.meta.url);
  const out = mkdtempSync(join(tmpdir(), "ndalias-bench-trace-"));
  const times = {};
  for (const w of Object.keys(WORKLOADS)) for (const m of MODES) times[`${w}/${m}`] = [];
  for (let r = 0; r < rounds; r++) {
    for (const w of Object.keys(WORKLOADS)) {
      const order = r % 2 === 0 ? MODES : [...MODES].reverse();
      for (const m of order) {
        const pre = m === "marked" ? ["--import", "ndalias/trace/register"] : [];
        const env = { ...process.env, NODE_OPTIONS: "", NDALIAS_TRACE_OUT: join(out, "trace.json") };
        const res = spawnSync(process.execPath, [...pre, self, "--child", m, w], { encoding: "utf8", env });
        if (res.status !== 0) {
          process.stderr.write(res.stderr);
          process.exit(1);
        }
        times[`${w}/${m}`].push(JSON.parse(res.stdout.trim().split("\n").pop()).ms);
      }
    }
  }
  rmSync(out, { recursive: true, force: true });
  console.log(`ndalias tracing cost — ${rounds} fresh processes per cell, CPU ms per workload run: median / min, and ratio to off (median, min)\n`);
  const cell = (xs, off) => `${median(xs).toFixed(0).padStart(5)} / ${Math.min(...xs).toFixed(0).padEnd(5)}` + (off === undefined ? "" : ` ${(median(xs) / median(off)).toFixed(2)}x, ${(Math.min(...xs) / Math.min(...off)).toFixed(2)}x`);
  console.log(`${"workload".padEnd(29)} ${"off".padEnd(13)}  ${"imported".padEnd(27)}  ${"on: marked".padEnd(27)}  on: walked`);
  for (const [w, { n, iters }] of Object.entries(WORKLOADS)) {
    const off = times[`${w}/off`];
    const label = `${w} (n=${n}, ${iters} iters)`.padEnd(29);
    const cols = MODES.slice(1).map((m) => cell(times[`${w}/${m}`], off).padEnd(27));
    console.log(`${label} ${cell(off).padEnd(13)}  ${cols.join("  ")}`);
  }
  console.log("\nThe minimum is the better estimate on a busy machine (other load only ever adds time).");
  console.log("\noff: tracer never loaded. imported: `ndalias/trace` imported, tracing not started.");
  console.log("on: marked: `node --import ndalias/trace/register`, as `ndalias trace` runs a program (call sites marked by its loader).");
  console.log("on: walked: startTracing() alone, every site found by a stack walk (as under a test runner).");
}

if (process.argv[2] === "--child") await child(process.argv[3], process.argv[4]);
else await parent();
