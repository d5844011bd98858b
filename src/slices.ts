import type { Steps } from './core/index';

/** How a piece of work went in slices: how many, and the longest one (what the host waited for at most). */
export interface SliceRecord {
  readonly slices: number;
  readonly longestSliceMs: number;
}

/** A slice ends once it has run this long: the host (and every other extension) runs between slices. */
export const SLICE_MS = 20;

/**
 * Runs core steps a slice at a time, yielding to the host between slices. Stops, with `undefined`, as soon
 * as `current()` says the work is stale (a newer version of the document has come, the panel was closed).
 */
export async function inSlices<T>(steps: Steps<T>, current: () => boolean, record?: (r: SliceRecord) => void): Promise<T | undefined> {
  let slices = 0;
  let longest = 0;
  for (;;) {
    const started = Date.now();
    let next = steps.next();
    while (!next.done && Date.now() - started < SLICE_MS) next = steps.next();
    slices++;
    longest = Math.max(longest, Date.now() - started);
    if (next.done) {
      record?.({ slices, longestSliceMs: longest });
      return next.value;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!current()) {
      steps.return(undefined as T);
      return undefined;
    }
  }
}
