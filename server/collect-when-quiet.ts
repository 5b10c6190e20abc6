// After a large request body, the HTTP thread collects its garbage once requests have been quiet for a second, as
// a check worker does after a large text: a 1 MB body is a 1 MB string and its chunks, and an idle thread makes
// no garbage that would start a collection, so the server stayed about 100 MB bigger after a load of large texts.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const QUIET_MS = 1_000;

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;
let timer: NodeJS.Timeout | undefined;

/** Asks for one collection when no large body has come for QUIET_MS. */
export function collectWhenQuiet(): void {
  clearTimeout(timer);
  timer = setTimeout(collect, QUIET_MS).unref();
}
