// Loaded by the checker page (web/index.html): a template opened from /sjablonen arrives in this tab's
// sessionStorage; it is read once, removed at once, and put into <helder-checker> through its value property.
import { OPEN_TEMPLATE_KEY } from "./open-key.ts";

function takeText(): string | null {
  try {
    const text = sessionStorage.getItem(OPEN_TEMPLATE_KEY);
    sessionStorage.removeItem(OPEN_TEMPLATE_KEY);
    return text;
  } catch {
    return null; // storage switched off: the checker starts empty
  }
}

const text = takeText();
if (text !== null) {
  await customElements.whenDefined("helder-checker");
  const checker = document.querySelector("helder-checker") as (HTMLElement & { value: string }) | null;
  if (checker) checker.value = text;
}
