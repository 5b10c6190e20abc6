// Starts Helder on localhost: the web page at / and the API at /api.
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { lanAddress } from "./exercise/join-info.ts";

// --lan (or HELDER_LAN=1): listen on the local network, so workshop participants can join from their own device.
const lan = process.argv.includes("--lan") || process.env.HELDER_LAN === "1";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? (lan ? "0.0.0.0" : "127.0.0.1");
const lanIp = lan ? lanAddress() : undefined;
// HELDER_ALLOWED_ORIGINS=https://intranet.example.nl,…: sites whose pages may call the API (embedded component)
const allowedOrigins = (process.env.HELDER_ALLOWED_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean);
const app = createApp(undefined, { ...(lanIp ? { publicBase: `http://${lanIp}:${port}` } : {}), allowedOrigins });

serve({ fetch: app.fetch, port, hostname }, (info) => {
  const ms = Math.round(performance.now()); // since the process started
  console.log(`Helder draait op http://localhost:${info.port}/ (klaar in ${ms} ms). Stoppen: Ctrl+C.`);
  if (lanIp) console.log(`Op het lokale netwerk: http://${lanIp}:${info.port}/ (voor deelnemers aan de oefening).`);
  else if (lan) console.log("Helder vindt geen adres op het lokale netwerk. Deelnemers kunnen nu niet meedoen.");
});
