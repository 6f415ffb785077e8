// Unit-test style checks (arrange / act / assert with console.assert) for a tagged in-place helper, copies, and view sharing.
// runnable
import { arange, array, zeros, sharesMemory, NDArray } from "ndalias";

/**
 * Adds `delta` into every row of `target` and returns it for chaining.
 * @ndalias write target
 */
function addRowwise(target: NDArray, delta: NDArray): NDArray {
  for (let i = 0; i < target.shape[0]; i++) target.slice(i).iadd(delta);
  return target;
}

function testAddRowwiseWritesTarget(): void {
  // arrange
  const grid = zeros([3, 2]);
  const delta = array([1, 2]);
  // act
  const result = addRowwise(grid, delta);
  // assert
  console.assert(result.sum() === 9, "row-wise add sums to 9");
  console.assert((delta.tolist() as number[]).join() === "1,2", "delta unchanged");
}

function testCopyIsIndependent(): void {
  const original = arange(6).reshape(2, 3);
  const snapshot = original.copy();
  snapshot.fill(-1);
  console.assert(original.get(1, 2) === 5, "original keeps its values");
  console.assert(snapshot.sum() === -6, "snapshot was filled");
  console.assert(!sharesMemory(original, snapshot), "copy owns its memory");
}

function testViewSeesLaterWrites(): void {
  const buf = zeros(4);
  buf.set(2, 7);
  const window = buf.slice("1:3");
  console.assert(sharesMemory(buf, window), "slice shares memory");
  console.assert(window.get(1) === 7, "view created after the write sees it");
}

function testSortOwnName(): void {
  const values = array([3, 1, 2]);
  values.sort();
  console.assert((values.tolist() as number[]).join() === "1,2,3", "sorted ascending");
}

function testAliasOnlyReadBeforeWrite(): void {
  const counts = zeros(3);
  const before = counts;
  console.assert(before.sum() === 0, "starts empty");
  counts.iadd(2);
  console.assert(counts.sum() === 6, "own name sees the increment");
}

function testViewOfCopyLeavesSource(): void {
  const source = arange(4);
  const work = source.copy();
  const head = work.slice("0:2");
  head.fill(9);
  console.assert(source.sum() === 6, "source unaffected by writes to a copy's view");
  console.assert(head.sum() === 18, "view holds the new values");
}

const tests: Array<[string, () => void]> = [
  ["alias read only before the write", testAliasOnlyReadBeforeWrite],
  ["view of copy leaves source", testViewOfCopyLeavesSource],
  ["addRowwise writes target", testAddRowwiseWritesTarget],
  ["copy is independent", testCopyIsIndependent],
  ["view sees later writes", testViewSeesLaterWrites],
  ["sort through own name", testSortOwnName],
];
for (const [name, fn] of tests) {
  fn();
  console.log("ok -", name);
}
