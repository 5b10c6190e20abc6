// The server around a running check pool (see main.ts): the web page at /, the API at /api, the workshop.
import { serve } from "@hono/node-server";
import type { Server } from "node:http";
import { createApp, type Readiness } from "./app.ts";
import { lanAddress } from "./exercise/join-info.ts";
import { shutdownExercise } from "./exercise/routes.ts";
import type { CheckPool } from "./pool/check-pool.ts";
import { lazyChecker } from "./default-checker.ts";
import { profilesFromEnv } from "./profiles.ts";
import { ConfigError } from "../cli/review/config.ts";

// --lan (or HELDER_LAN=1): listen on the local network, so workshop participants can join from their own device.
const lan = process.argv.includes("--lan") || process.env.HELDER_LAN === "1";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? (lan ? "0.0.0.0" : "127.0.0.1");
const lanIp = lan ? lanAddress() : undefined;
// HELDER_ALLOWED_ORIGINS=https://intranet.example.nl,…: sites whose pages may call the API (embedded component)
const allowedOrigins = (process.env.HELDER_ALLOWED_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean);
/** After SIGTERM, work in progress gets this long before the remaining connections are closed. */
const SHUTDOWN_GRACE_MS = 10_000;

export function start(pool: CheckPool): void {
  // HELDER_PROFILES=dir: a profile with an error stops the start, with the file, the line and the entry
  let profiles;
  try {
    profiles = profilesFromEnv();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Helder start niet. ${error.message}`);
    process.exit(1);
  }

  let readiness: Readiness = "starting";
  void pool.ready.then(() => {
    if (readiness === "starting") readiness = "ready";
  });
  // the workshop checks answers on this thread; its data loads at the first answer, not at start
  const app = createApp(lazyChecker(), {
    ...(lanIp ? { publicBase: `http://${lanIp}:${port}` } : {}),
    allowedOrigins,
    runner: pool,
    readiness: () => readiness,
    profiles,
  });

  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    const ms = Math.round(performance.now()); // since the process started
    console.log(`Helder draait op http://localhost:${info.port}/ (klaar in ${ms} ms). Stoppen: Ctrl+C.`);
    if (lanIp) console.log(`Op het lokale netwerk: http://${lanIp}:${info.port}/ (voor deelnemers aan de oefening).`);
    else if (lan) console.log("Helder vindt geen adres op het lokale netwerk. Deelnemers kunnen nu niet meedoen.");
  }) as Server;

  // Graceful stop (SIGTERM from a process manager, Ctrl+C): take no new connections, let requests in progress
  // finish, then close what is left (live workshop connections) and the workers.
  function stop() {
    if (readiness === "stopping") return;
    readiness = "stopping";
    server.close(() => void pool.close().finally(() => process.exit(0)));
    shutdownExercise(); // live workshop streams get an "ended" event and close
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    // whatever still hangs (a worker that is starting), the process ends a little later
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS + 5_000).unref();
  }
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
