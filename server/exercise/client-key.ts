// Which client a request comes from, for the per-client limits: the remote address of the connection.
// IPv6 clients usually own a whole /64, so that is one client; "::ffff:1.2.3.4" is the IPv4 client 1.2.3.4.
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

export type ClientKey = (c: Context) => string;

export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(":")) return address;
  const [head = ""] = address.toLowerCase().split("%");
  const [left = "", right] = head.split("::");
  const groups = left === "" ? [] : left.split(":");
  if (right !== undefined && groups.length < 4) {
    const tail = right === "" ? [] : right.split(":");
    while (groups.length + tail.length < 8) groups.push("0");
    groups.push(...tail);
  }
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/** The connection's remote address; "local" when there is no socket (app.request in a script). */
export const remoteAddressKey: ClientKey = (c) => {
  try {
    const address = getConnInfo(c).remote.address;
    return address ? addressKey(address) : "local";
  } catch {
    return "local";
  }
};
