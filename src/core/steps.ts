/**
 * Work that can pause: a generator that yields between pieces of a few milliseconds each (a chunk, a rule)
 * and returns its result. The CLI and small documents run it through at once; the extension host runs a
 * large document's in slices, the host free between them (src/slices.ts).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps through and returns their result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
