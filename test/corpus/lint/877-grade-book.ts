// A grade book for one course: stores scores per student and assignment, computes curved averages and prints a term report.
import { array, NDArray } from "ndalias";

class GradeBook {
  // rows = students, columns = assignments, values in points (0..100)
  scores: NDArray;
  students: string[];

  constructor(students: string[], scores: NDArray) {
    this.students = students;
    this.scores = scores;
  }

  // average of one student, read only
  studentAverage(row: number): number {
    return this.scores.slice(row).mean();
  }

  // what the class average would be with a bonus on every score
  curvedAverage(bonus: number): number {
    const s = this.scores;
    s.iadd(bonus); // expect: no-alias-mutation
    return s.mean();
  }

  // an assignment was cancelled: zero its column for everybody
  cancelAssignment(col: number): void {
    this.scores.slice(":", col).fill(0);
  }

  // rescale all scores, e.g. when the maximum changes from 100 to 120 points
  rescale(factor: number): void {
    this.scores.imul(factor);
  }

  // best score of every assignment as a new array
  bestPerAssignment(): NDArray {
    const best: number[] = [];
    const cols = this.scores.T;
    for (let j = 0; j < cols.shape[0]; j++) {
      best.push(cols.slice(j).max());
    }
    return array(best);
  }
}

const book = new GradeBook(
  ["ana", "ben", "chen", "dora"],
  array([
    [78, 85, 91, 60],
    [55, 62, 70, 48],
    [88, 94, 97, 90],
    [69, 71, 65, 74],
  ]),
);

for (let i = 0; i < book.students.length; i++) {
  console.log(book.students[i], "average:", book.studentAverage(i).toFixed(1));
}

// the teacher wants to see what a 5 point curve would do
console.log("class average with +5 curve:", book.curvedAverage(5).toFixed(2));

// assignment 4 was cancelled after the storm
book.cancelAssignment(3);

// ranking: sort all scores to find the lowest ones
const allScores = book.scores.flatten();
allScores.sort(); // expect: no-lost-write
console.log("lowest score of the term:", book.scores.min());

// the grading scale is normalised to 0..1 for the transcript
const normalised = book.scores.div(100);
const rounded = normalised.copy();
for (let i = 0; i < rounded.shape[0]; i++) {
  for (let j = 0; j < rounded.shape[1]; j++) {
    rounded.set([i, j], Math.round(rounded.get(i, j) * 100) / 100);
  }
}
console.log("transcript scores:", rounded.tolist());
console.log("best per assignment:", book.bestPerAssignment().tolist());

// last step of the term: the department switches to a 120 point scale
book.rescale(1.2);
console.log("rescaled scores:", book.scores.tolist());
