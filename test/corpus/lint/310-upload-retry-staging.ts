// An upload service with a module-level staging buffer: uploads are validated, stored with retries and scrubbed afterwards; an admin endpoint rescales the staged data.
import { array, zeros, NDArray, ShapeError } from "ndalias";

interface Response {
  status: number;
  checksum?: number;
  error?: string;
}

const staging = zeros([2, 3]);
let storageFailuresLeft = 2;

function validate(m: NDArray): void {
  if (m.ndim !== 2 || m.shape[0] !== 2 || m.shape[1] !== 3) {
    throw new ShapeError(`expected a 2x3 upload, got shape [${m.shape.join(", ")}]`);
  }
}

function flakyStore(m: NDArray): number {
  if (storageFailuresLeft > 0) {
    storageFailuresLeft -= 1;
    throw new Error("storage backend unavailable");
  }
  return m.sum();
}

function withRetries<T>(op: () => T, attempts: number): T {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return op();
    } catch (err) {
      lastError = err;
      console.log(`attempt ${i + 1} failed: ${(err as Error).message}`);
    }
  }
  throw lastError;
}

function handleUpload(rows: number[][]): Response {
  const incoming = array(rows);
  try {
    validate(incoming);
    staging.assign(":", incoming);
    return { status: 201, checksum: withRetries(() => flakyStore(staging), 3) };
  } catch (err) {
    return { status: 400, error: (err as Error).message };
  } finally {
    staging.flatten().fill(0); // expect: no-lost-write
  }
}

function handleRescale(factor: number): Response {
  const current = staging;
  current.imul(factor); // expect: no-alias-mutation
  return { status: 200, checksum: current.sum() };
}

function handleSnapshot(factor: number): Response {
  const snapshot = staging.copy();
  snapshot.imul(factor);
  return { status: 200, checksum: snapshot.sum() };
}

console.log(handleUpload([[1, 2, 3]]));
console.log(handleUpload([[1, 2, 3], [4, 5, 6]]));
console.log(handleSnapshot(10));
console.log(handleRescale(2));
console.log("staging after requests:", staging.tolist());
