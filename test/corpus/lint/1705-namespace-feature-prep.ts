// Feature preprocessing split into namespaces (shape checks, scaling, pipeline, report) applied to a batch of sensor rows before training.
// runnable
import { array, zeros, NDArray, ShapeError } from "ndalias";

namespace Shape {
  export function ensure2d(a: NDArray): NDArray {
    if (a.ndim !== 2) {
      throw new ShapeError(`expected a 2-D feature matrix, got ndim=${a.ndim}`);
    }
    return a;
  }

  export function ensureFinite(a: NDArray): NDArray {
    const values = a.tolist() as number[][];
    values.forEach((row, i) => {
      row.forEach((v, j) => {
        if (!Number.isFinite(v)) {
          throw new RangeError(`non-finite feature at row ${i}, column ${j}`);
        }
      });
    });
    return a;
  }

  export function rows(a: NDArray): number {
    return a.shape[0];
  }

  export function cols(a: NDArray): number {
    return a.shape[1];
  }
}

namespace Scaling {
  export function columnMeans(a: NDArray): NDArray {
    const means = zeros(Shape.cols(a));
    for (let j = 0; j < Shape.cols(a); j++) {
      means.set(j, a.slice(":", j).mean());
    }
    return means;
  }

  export function centered(a: NDArray): NDArray {
    const means = columnMeans(a);
    const out = a.copy();
    for (let i = 0; i < Shape.rows(out); i++) {
      out.slice(i).isub(means);
    }
    return out;
  }

  export function rangeScaled(a: NDArray): NDArray {
    const lo = a.min();
    const span = a.max() - lo || 1;
    return a.sub(lo).div(span);
  }
}

namespace Pipeline {
  export function validated(a: NDArray): NDArray {
    return Shape.ensureFinite(Shape.ensure2d(a));
  }

  export function forTraining(a: NDArray): NDArray {
    return validated(a);
  }
}

namespace Report {
  export function describe(label: string, a: NDArray): void {
    const shape = JSON.stringify(a.shape);
    console.log(`${label}: shape=${shape} mean=${a.mean().toFixed(3)} max=${a.max().toFixed(3)}`);
  }

  export function columnSummary(a: NDArray): string {
    const means = Scaling.columnMeans(a);
    return (means.tolist() as number[]).map((m) => m.toFixed(2)).join(", ");
  }
}

const sensorRows = array([
  [0.2, 14.0, 3.1],
  [0.4, 15.5, 2.9],
  [0.3, 13.2, 3.4],
  [0.9, 16.1, 3.0],
]);

Report.describe("raw", sensorRows);
console.log("column means:", Report.columnSummary(sensorRows));

const centeredRows = Scaling.centered(sensorRows);
Report.describe("centred", centeredRows);

const scaledRows = Scaling.rangeScaled(sensorRows);
scaledRows.imul(100);
Report.describe("percent of range", scaledRows);

// The training matrix is divided by the largest temperature reading so the model sees values near 1.
const trainingRows = Pipeline.forTraining(sensorRows);
const temperatureScale = trainingRows.slice(":", 1).max();
trainingRows.idiv(temperatureScale); // expect: no-alias-mutation
Report.describe("training", trainingRows);

// The audit log must record the raw batch exactly as it arrived from the sensors.
console.log("raw batch total for the audit log:", sensorRows.sum());
console.log("raw first row:", (sensorRows.tolist() as number[][])[0].join(" "));
