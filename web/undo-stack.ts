/** A bounded undo/redo history of whole states (each state is small: a letter and a few ids). */
export class UndoStack<T> {
  #past: T[] = [];
  #future: T[] = [];

  constructor(private readonly limit = 200) {}

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** Remember the state from before a change. Clears the redo history. */
  record(previous: T): void {
    this.#past.push(previous);
    if (this.#past.length > this.limit) this.#past.shift();
    this.#future = [];
  }

  /** Returns the state to go back to, or undefined when there is nothing to undo. */
  undo(current: T): T | undefined {
    const previous = this.#past.pop();
    if (previous === undefined) return undefined;
    this.#future.push(current);
    return previous;
  }

  redo(current: T): T | undefined {
    const next = this.#future.pop();
    if (next === undefined) return undefined;
    this.#past.push(current);
    return next;
  }

  clear(): void {
    this.#past = [];
    this.#future = [];
  }
}
