// Reducer-style store for a particle editor: actions nudge, recolour, freeze or drift particles, and subscribers log each new state.
import { array, zeros, NDArray } from "ndalias";

interface EditorState {
  readonly positions: NDArray; // n x 2
  readonly velocities: NDArray; // n x 2
  readonly colours: NDArray; // n
  readonly revision: number;
}

type Action =
  | { type: "nudge"; delta: NDArray }
  | { type: "recolour"; index: number; colour: number }
  | { type: "freeze" }
  | { type: "drift"; dt: number };

function reducer(state: EditorState, action: Action): EditorState {
  switch (action.type) {
    case "nudge":
      return { ...state, positions: state.positions.add(action.delta), revision: state.revision + 1 };
    case "recolour": {
      const colours = state.colours.copy();
      colours.set(action.index, action.colour);
      return { ...state, colours, revision: state.revision + 1 };
    }
    case "freeze": {
      const velocities = state.velocities.copy();
      velocities.fill(0); // expect: no-lost-write
      return { ...state, revision: state.revision + 1 };
    }
    case "drift":
      state.positions.iadd(state.velocities.mul(action.dt)); // expect: no-alias-mutation
      return { ...state, revision: state.revision + 1 };
  }
}

type Listener = (state: EditorState) => void;

class Store {
  private state: EditorState;
  private readonly listeners: Listener[] = [];

  constructor(initial: EditorState) {
    this.state = initial;
  }

  dispatch(action: Action): void {
    this.state = reducer(this.state, action);
    for (const listener of this.listeners) listener(this.state);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  get current(): EditorState {
    return this.state;
  }
}

const store = new Store({
  positions: array([[0, 0], [1, 1], [2, 0]]),
  velocities: array([[1, 0], [0, 1], [-1, 0]]),
  colours: zeros(3, "uint8"),
  revision: 0,
});

const unsubscribe = store.subscribe((s) => {
  console.log(`rev ${s.revision}`, s.positions.tolist(), s.colours.tolist());
});

const initial = store.current;
store.dispatch({ type: "nudge", delta: array([0.5, 0]) });
store.dispatch({ type: "recolour", index: 1, colour: 200 });
store.dispatch({ type: "freeze" });
store.dispatch({ type: "drift", dt: 0.1 });
unsubscribe();

console.log("initial positions:", initial.positions.tolist());
console.log("velocities after freeze:", store.current.velocities.tolist());
