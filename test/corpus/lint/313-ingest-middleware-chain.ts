// An HTTP-style middleware chain over numeric request payloads: each middleware edits the context in place before the final handler serialises it.
import { array, NDArray } from "ndalias";

interface Context {
  path: string;
  payload: NDArray;
  headers: Record<string, string>;
  log: string[];
}

type Middleware = (ctx: Context, next: () => void) => void;

const dropHeaderRow: Middleware = (ctx, next) => {
  if (ctx.headers["x-has-header-row"] === "1") {
    ctx.payload.slice(":1").fill(0);
    ctx.log.push("header row cleared");
  }
  next();
};

const clampOutliers: Middleware = (ctx, next) => {
  const limit = 3 * Math.abs(ctx.payload.mean()) + 1;
  for (let i = 0; i < ctx.payload.size; i++) {
    const v = ctx.payload.get(i);
    if (Math.abs(v) > limit) ctx.payload.set(i, Math.sign(v) * limit);
  }
  ctx.log.push(`clamped at ${limit.toFixed(2)}`);
  next();
};

function scaleToUnits(ctx: Context, next: () => void): void {
  const factor = ctx.headers["x-unit"] === "s" ? 1000 : 1;
  ctx.payload.imul(factor);
  ctx.log.push(`scaled by ${factor}`);
  next();
}

function timing(label: string): Middleware {
  return (ctx, next) => {
    const started = performance.now();
    next();
    ctx.log.push(`${label} took ${(performance.now() - started).toFixed(3)} ms`);
  };
}

function compose(chain: Middleware[], ctx: Context, handler: (ctx: Context) => unknown): unknown {
  let result: unknown;
  const step = (i: number): void => {
    if (i < chain.length) chain[i](ctx, () => step(i + 1));
    else result = handler(ctx);
  };
  step(0);
  return result;
}

const serialise = (ctx: Context) => ({
  path: ctx.path,
  values: ctx.payload.tolist(),
  total: ctx.payload.sum(),
});

const ctx: Context = {
  path: "/ingest",
  payload: array([0.2, 0.4, 25, -0.1, 0.3]),
  headers: { "x-unit": "s", "x-has-header-row": "1" },
  log: [],
};

const response = compose([timing("chain"), dropHeaderRow, clampOutliers, scaleToUnits], ctx, serialise);
console.log(JSON.stringify(response));

const firstTwo = ctx.payload.slice(":2");
console.log("first two after the chain:", firstTwo.tolist());
console.log(ctx.log.join("\n"));
