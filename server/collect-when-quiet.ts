// Collecting garbage on request. A check worker collects at once after a large text; the HTTP thread, after a large
// request body, once requests have been quiet for a second: a 1 MB body is a 1 MB string and its chunks, and an idle
// thread makes no garbage that would start a collection, so the server stayed about 100 MB bigger after a load of
// large texts.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const QUIET_MS = 1_000;

setFlagsFromString("--expose-gc");
/** A full collection of this thread's heap, now. */
export const collectGarbage = runInNewContext("gc") as () => void;
let timer: NodeJS.Timeout | undefined;

/** Asks for one collection when no large body has come for QUIET_MS. */
export function collectWhenQuiet(): void {
  clearTimeout(timer);
  timer = setTimeout(collectGarbage, QUIET_MS).unref();
}
