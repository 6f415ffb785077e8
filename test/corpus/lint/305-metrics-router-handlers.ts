// Request handlers for a metrics service: unit conversion, percentage share, stats and clamping endpoints behind a small router over one parsed JSON body.
import { array, NDArray } from "ndalias";

interface ApiRequest {
  route: string;
  body: NDArray;
  factor: number;
}

interface ApiResponse {
  status: number;
  payload: unknown;
}

function parseBody(raw: string): NDArray {
  const parsed = JSON.parse(raw) as number[];
  if (!Array.isArray(parsed)) throw new TypeError("body must be a JSON array of numbers");
  return array(parsed);
}

function convertUnits(req: ApiRequest): ApiResponse {
  req.body.imul(req.factor); // expect: no-alias-mutation
  return { status: 200, payload: req.body.tolist() };
}

function toPercent(req: ApiRequest): ApiResponse {
  const share = req.body;
  const total = share.sum();
  if (total === 0) return { status: 422, payload: "cannot take shares of an all-zero body" };
  share.idiv(total / 100); // expect: no-alias-mutation
  return { status: 200, payload: share.tolist() };
}

function describe(req: ApiRequest): ApiResponse {
  const centered = req.body.sub(req.body.mean());
  const spread = Math.sqrt(centered.mul(centered).mean());
  return {
    status: 200,
    payload: { mean: req.body.mean(), spread, min: req.body.min(), max: req.body.max() },
  };
}

function clampNegative(req: ApiRequest): ApiResponse {
  const clamped = req.body.copy();
  for (let i = 0; i < clamped.size; i++) {
    if (clamped.get(i) < 0) clamped.set(i, 0);
  }
  return { status: 200, payload: clamped.tolist() };
}

const routes: Record<string, (req: ApiRequest) => ApiResponse> = {
  "/convert": convertUnits,
  "/percent": toPercent,
  "/describe": describe,
  "/clamp": clampNegative,
};

function dispatch(req: ApiRequest): ApiResponse {
  const handler = routes[req.route];
  if (!handler) return { status: 404, payload: `no route for ${req.route}` };
  try {
    return handler(req);
  } catch (err) {
    return { status: 500, payload: err instanceof Error ? err.message : String(err) };
  }
}

const body = parseBody("[12.5, -3.0, 7.25, 40.0]");
const requests: ApiRequest[] = [
  { route: "/describe", body, factor: 1 },
  { route: "/convert", body, factor: 0.001 },
  { route: "/percent", body, factor: 1 },
  { route: "/clamp", body, factor: 1 },
  { route: "/missing", body, factor: 1 },
];

for (const req of requests) {
  const res = dispatch(req);
  console.log(req.route, res.status, JSON.stringify(res.payload));
}
