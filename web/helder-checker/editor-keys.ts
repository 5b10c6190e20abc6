// Which command a key press in the checker means (see docs/web.md, "Toetsen").
export type KeyCommand = "next" | "previous" | "open" | "close" | "undo" | "redo";

export function keyCommand(event: KeyboardEvent, cardOpen: boolean): KeyCommand | undefined {
  const mod = event.ctrlKey || event.metaKey;
  if ((event.altKey && event.key === "ArrowDown") || (event.key === "F8" && !event.shiftKey)) return "next";
  if ((event.altKey && event.key === "ArrowUp") || (event.key === "F8" && event.shiftKey)) return "previous";
  if (event.altKey && event.key === "Enter") return "open";
  if (event.key === "Escape" && cardOpen) return "close";
  if (mod && !event.altKey && event.key.toLowerCase() === "z") return event.shiftKey ? "redo" : "undo";
  if (mod && !event.altKey && event.key.toLowerCase() === "y") return "redo";
  return undefined;
}
