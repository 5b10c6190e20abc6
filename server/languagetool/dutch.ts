// "language=auto": is this text Dutch? A share of the most common Dutch function words is enough to tell a Dutch
// letter from an English or German one; Helder then checks it as Dutch, or answers with no matches.
const common = new Set(
  "de het een en van in is dat op te voor met zijn u we wij je ik niet die er ook aan als bij of om dan naar maar uw ons kunt heeft hebben wordt worden nog door over meer wat deze dit kan moet mag zal wilt graag".split(" "),
);

export function looksDutch(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, 2_000) ?? [];
  if (words.length < 4) return true; // too short to tell: check it
  let hits = 0;
  for (const w of words) if (common.has(w)) hits++;
  return hits / words.length >= 0.12;
}
