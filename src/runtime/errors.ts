/**
 * Typed errors of the ndalias runtime. Every message names the offending
 * value and what was allowed. A call that throws one of these leaves every
 * array exactly as it was.
 */
export class NDAliasError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** An index or slice spec is out of bounds or malformed. */
export class IndexError extends NDAliasError {}
/** Shapes are incompatible (broadcasting, reshape, ragged input, negative dimensions). */
export class ShapeError extends NDAliasError {}
/** A write through a read-only view (`diagonal()`, `broadcastTo()` and views of them). */
export class ReadOnlyError extends NDAliasError {}
/** Use of an array after `dispose()`. */
export class DisposedError extends NDAliasError {}
/** An unknown dtype, or a value the dtype cannot hold. */
export class DTypeError extends NDAliasError {}
