// The join address in text and as a QR code, and the local-network address for LAN mode.
import { describe, expect, it } from "vitest";
import { createApp } from "../server/app.ts";
import { isLocalOnly, joinInfo, lanAddress } from "../server/exercise/join-info.ts";

describe("join address", () => {
  it("gives the trainer the join link and a QR code, with the LAN address when set", async () => {
    const app = createApp(undefined, { publicBase: "http://192.168.1.20:3000" });
    const res = await app.request("/api/oefening/sessions", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    const { code, trainerToken } = (await res.json()) as { code: string; trainerToken: string };
    const join = await app.request("/api/oefening/trainer/join", { headers: { authorization: `Bearer ${trainerToken}` } });
    expect(join.status).toBe(200);
    const body = (await join.json()) as { url: string; qr: string; localOnly: boolean };
    expect(body.url).toBe(`http://192.168.1.20:3000/oefening/meedoen?code=${code}`);
    expect(body.localOnly).toBe(false);
    expect(Buffer.from(body.qr.replace("data:image/svg+xml;base64,", ""), "base64").toString()).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  it("says when the join address works only on this computer (not started with --lan)", async () => {
    const app = createApp();
    const res = await app.request("http://127.0.0.1:3000/api/oefening/sessions", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    const { trainerToken } = (await res.json()) as { trainerToken: string };
    const join = await app.request("http://127.0.0.1:3000/api/oefening/trainer/join", { headers: { authorization: `Bearer ${trainerToken}` } });
    expect(((await join.json()) as { localOnly: boolean }).localOnly).toBe(true);

    for (const base of ["http://localhost:3000", "http://127.0.0.1:3000", "http://127.1.2.3", "http://[::1]:3000", "http://0.0.0.0:3000", "http://helder.localhost"])
      expect([base, isLocalOnly(base)]).toEqual([base, true]);
    for (const base of ["http://192.168.1.20:3000", "http://10.0.0.5", "https://helder.example.nl", "http://[fe80::1]:3000", "http://localhost.example.nl"])
      expect([base, isLocalOnly(base)]).toEqual([base, false]);
    expect((await joinInfo("http://localhost:3000/", "ABC123")).localOnly).toBe(true);
  });

  it("refuses the join info without the trainer token", async () => {
    const res = await createApp().request("/api/oefening/trainer/join");
    expect(res.status).toBe(403);
  });

  it("picks the first IPv4 address that is not loopback", () => {
    const lo = { address: "127.0.0.1", family: "IPv4", internal: true, netmask: "255.0.0.0", mac: "00:00:00:00:00:00", cidr: null } as const;
    const v6 = { address: "fe80::1", family: "IPv6", internal: false, netmask: "ffff::", mac: "aa:bb:cc:dd:ee:ff", cidr: null, scopeid: 1 } as const;
    const v4 = { address: "192.168.1.20", family: "IPv4", internal: false, netmask: "255.255.255.0", mac: "aa:bb:cc:dd:ee:ff", cidr: null } as const;
    expect(lanAddress({ lo: [lo], eth0: [v6, v4] })).toBe("192.168.1.20");
    expect(lanAddress({ lo: [lo] })).toBeUndefined();
  });
});
