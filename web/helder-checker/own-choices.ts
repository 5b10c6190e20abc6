// "Dit woord is goed" and "Negeer deze regel": they change the host's own choices, keep them in localStorage and
// download them as helder.config.yaml.
import { kindOf } from "../finding-kinds.ts";
import { canDisableRule, canKeepWord, ownChoicesYaml, saveOwnChoices, type OwnChoices } from "../own-words.ts";
import type { Finding } from "../report-types.ts";
import { shorten } from "../shorten.ts";

export interface OwnChoicesHost {
  own: OwnChoices;
  /** Tells the user what happened, and the page that other findings are shown now. */
  ownChanged(message: string): void;
}

const storage = (): Storage | undefined => (typeof localStorage === "undefined" ? undefined : localStorage);

export class OwnChoicesActions {
  constructor(private readonly host: OwnChoicesHost) {}

  private set(next: OwnChoices, message: string): void {
    this.host.own = next;
    saveOwnChoices(storage(), next);
    this.host.ownChanged(message);
  }

  keepWord(finding: Finding): void {
    const word = finding.text.trim();
    if (!canKeepWord(finding) || this.host.own.keep.some((k) => k.toLowerCase() === word.toLowerCase())) return;
    this.set({ ...this.host.own, keep: [...this.host.own.keep, word] }, `Helder keurt '${word}' niet meer af in deze browser.`);
  }

  disableRule(finding: Finding): void {
    if (!canDisableRule(finding) || this.host.own.disable.some((d) => d.id === finding.id)) return;
    const label = `${kindOf(finding).label}: ${shorten(finding.text, 40)}`;
    this.set({ ...this.host.own, disable: [...this.host.own.disable, { id: finding.id, label }] }, "Deze regel staat uit in deze browser.");
  }

  removeWord(word: string): void {
    this.set({ ...this.host.own, keep: this.host.own.keep.filter((k) => k !== word) }, `Helder let weer op '${word}'.`);
  }

  removeRule(id: string): void {
    this.set({ ...this.host.own, disable: this.host.own.disable.filter((d) => d.id !== id) }, "Deze regel staat weer aan.");
  }

  download(): void {
    const url = URL.createObjectURL(new Blob([ownChoicesYaml(this.host.own)], { type: "application/yaml" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "helder.config.yaml";
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
