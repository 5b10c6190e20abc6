// Starts Helder on localhost: the web page at / and the API at /api. Checks and rewrites run in worker threads
// (server/pool/); this thread only does HTTP and the workshop. The pool comes first, so the workers load Helder's
// data while the rest of the server loads (server/start.ts).
import { createCheckPool } from "./pool/check-pool.ts";

const pool = await createCheckPool();
const { start } = await import("./start.ts");
start(pool);
