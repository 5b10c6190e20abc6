// A waiting time in B1 Dutch, rounded up: "1 minuut", "12 minuten", "2 uur en 5 minuten", "30 seconden".

export function waitText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return s === 1 ? "1 seconde" : `${s} seconden`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 60) return minutes === 1 ? "1 minuut" : `${minutes} minuten`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} uur` : `${hours} uur en ${rest === 1 ? "1 minuut" : `${rest} minuten`}`;
}
