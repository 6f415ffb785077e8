// Dashboard layout tree: panels hold their column widths and a parent link, the root collapses on a narrow screen, and each panel's share is printed.
import { array, NDArray } from "ndalias";

class PanelNode {
  readonly name: string;
  widths: NDArray;
  parent: PanelNode;

  constructor(name: string, widths: NDArray, parent?: PanelNode) {
    this.name = name;
    this.widths = widths;
    if (parent) {
      this.parent = parent;
    } else {
      this.parent = this; // expect: no-reference-cycle
    }
  }

  isRoot(): boolean {
    return this.parent === this;
  }

  depth(): number {
    let depth = 0;
    let node: PanelNode = this;
    while (!node.isRoot()) {
      node = node.parent;
      depth++;
    }
    return depth;
  }

  totalWidth(): number {
    return this.widths.sum();
  }

  path(): string {
    return this.isRoot() ? this.name : `${this.parent.path()}/${this.name}`;
  }
}

function fitToViewport(panel: PanelNode, viewportPx: number): void {
  panel.widths.imul(viewportPx / panel.totalWidth());
}

function shares(panel: PanelNode): NDArray {
  const share = panel.widths.div(panel.totalWidth());
  share.imul(100);
  return share;
}

function formatWidths(widths: NDArray): string {
  const values = widths.tolist() as number[];
  return values.map((w) => `${Math.round(w)}px`).join(" + ");
}

function report(panels: PanelNode[]): void {
  for (const panel of panels) {
    const pct = (shares(panel).tolist() as number[]).map((p) => `${p.toFixed(0)}%`).join(" ");
    console.log(`${"  ".repeat(panel.depth())}${panel.path()}: ${formatWidths(panel.widths)} (${pct})`);
  }
}

const root = new PanelNode("root", array([320, 640, 320]));
const sidebar = new PanelNode("sidebar", array([160, 160]), root);
const content = new PanelNode("content", array([400, 240]), root);
const footer = new PanelNode("footer", array([1280]), root);
const panels = [root, sidebar, content, footer];
report(panels);

// The left splitter follows the first two root columns.
const leftColumns = root.widths.slice(":2");
console.log("left of splitter:", leftColumns.sum(), "px");

// Narrow screen: collapse the root to three quarters.
const narrow = process.argv.includes("--narrow") ? 0.5 : 0.75;
root.widths.imul(narrow); // expect: no-view-mutation
console.log("splitter now at:", leftColumns.sum(), "px of", root.totalWidth());

// Resizing the window fits every panel to the new viewport in place.
for (const panel of panels) {
  fitToViewport(panel, 1024);
}
report(panels);

// A saved layout keeps its own copy of the widths.
const saved = root.widths.copy();
root.widths.fill(1024 / 3);
console.log("saved layout:", formatWidths(saved), "-> equal columns:", formatWidths(root.widths));
