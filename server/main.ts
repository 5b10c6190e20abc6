// Starts Helder on localhost: the web page at / and the API at /api.
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { defaultChecker } from "./default-checker.ts";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const started = performance.now();
const app = createApp();
// Warm the engine up once, so the first real letter is checked at full speed.
defaultChecker().check("Geachte heer/mevrouw ACHTERNAAM,\n\nIndien u de huur niet binnen 30 dagen betaalt, wordt er een aanmaning verstuurd.\n\nMet vriendelijke groet,");

serve({ fetch: app.fetch, port, hostname }, (info) => {
  const ms = Math.round(performance.now() - started);
  console.log(`Helder draait op http://localhost:${info.port}/ (klaar in ${ms} ms). Stoppen: Ctrl+C.`);
});
