// Where participants join, as text and as a QR code (SVG data URL, allowed by the page's CSP: img-src data:).
import { networkInterfaces, type NetworkInterfaceInfo } from "node:os";
import QRCode from "qrcode";

export interface JoinInfo {
  url: string;
  qr: string;
  /** The address works only on the trainer's own computer (not started with --lan): the page warns about it. */
  localOnly: boolean;
}

/** localhost, 127.x.x.x, ::1 and 0.0.0.0: addresses another device cannot reach this server on. */
export function isLocalOnly(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return host === "localhost" || host.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "::1" || host === "0.0.0.0";
}

export async function joinInfo(base: string, code: string): Promise<JoinInfo> {
  const url = `${base.replace(/\/$/, "")}/oefening/meedoen?code=${encodeURIComponent(code)}`;
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { url, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`, localOnly: isLocalOnly(url) };
}

/** The first IPv4 address on the local network (not loopback), for the join address in LAN mode. */
export function lanAddress(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string | undefined {
  for (const name of Object.keys(interfaces).sort())
    for (const info of interfaces[name] ?? []) if (info.family === "IPv4" && !info.internal) return info.address;
  return undefined;
}
