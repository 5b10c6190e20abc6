// The passive-voice check: a hand-labelled table of Dutch sentences (passive / state / not passive), the letter and
// the plain B1 texts, the participle recogniser, and hostile input.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { passiveCheck } from "../engine/checks/passive.ts";
import { participleKind } from "../engine/checks/participles.ts";
import { splitClauses } from "../engine/checks/clauses.ts";
import { buildDocument } from "../engine/text/document.ts";
import { defaultCheckOptions, type Finding } from "../engine/types.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const run = (text: string): Finding[] => passiveCheck.run(buildDocument(text), defaultCheckOptions);

type Label = "warning" | "info" | "none";
/** [sentence, label, exact span of the finding (for warning/info)] */
const table: [string, Label, string?][] = [
  // the brief's examples
  ["De brief wordt morgen verstuurd.", "warning", "wordt morgen verstuurd"],
  ["Er is besloten dat uw kind thuis blijft.", "warning", "is besloten"],
  ["Het bedrag zal worden betaald.", "warning", "zal worden betaald"],
  ["Er wordt gekeken naar een oplossing.", "warning", "wordt gekeken"],
  ["Wij weten dat het bedrag door u binnen 30 dagen moet worden betaald.", "warning", "moet worden betaald"],
  ["Er werden geen plannen met mij gemaakt.", "warning", "werden geen plannen met mij gemaakt"],
  ["De situatie is vastgesteld door de Raad voor de Kinderbescherming.", "warning", "is vastgesteld"],
  ["Er zijn afspraken gemaakt over het contact met de kinderen.", "warning", "zijn afspraken gemaakt"],
  ["Uw aanvraag is door ons in behandeling genomen.", "warning", "is door ons in behandeling genomen"],
  // more passives
  ["Het bedrag moet binnen 30 dagen worden betaald.", "warning", "worden betaald"],
  ["Uw uitkering dient te worden stopgezet.", "warning", "dient te worden stopgezet"],
  ["U wordt verzocht het formulier in te vullen.", "warning", "wordt verzocht"],
  ["Het verzoek kan worden ingediend bij de rechtbank.", "warning", "kan worden ingediend"],
  ["De kinderen werden door de politie opgehaald.", "warning", "werden door de politie opgehaald"],
  ["Uw bezwaar is ongegrond verklaard.", "warning", "is ongegrond verklaard"],
  ["Het geld wordt op uw rekening bijgeschreven.", "warning", "wordt op uw rekening bijgeschreven"],
  ["De beslissing is genomen na overleg met de gezinsvoogd.", "warning", "is genomen"],
  ["Als het formulier niet op tijd wordt ingeleverd, stoppen wij de uitkering.", "warning", "wordt ingeleverd"],
  ["Er wordt van u verwacht dat u meewerkt.", "warning", "wordt van u verwacht"],
  ["Het kind is uit huis geplaatst.", "warning", "is uit huis geplaatst"],
  ["Tijdens het gesprek is uitgelegd wat een ondertoezichtstelling is.", "warning", "is uitgelegd"],
  ["De machtiging is door de kinderrechter verlengd.", "warning", "is door de kinderrechter verlengd"],
  ["Uw dossier is gisteren afgesloten.", "warning", "is gisteren afgesloten"],
  ["Het plan wordt elk half jaar besproken met de ouders.", "warning", "wordt elk half jaar besproken"],
  ["Er zal contact met u worden opgenomen.", "warning", "worden opgenomen"],
  ["De ouders worden betrokken bij het plan.", "warning", "worden betrokken"],
  ["Het plan is door de rechter veranderd.", "warning", "is door de rechter veranderd"],
  ["Hij voelt dat er niet naar hem geluisterd wordt.", "warning", "geluisterd wordt"],
  ["Wij verwachten dat de huur op tijd betaald zal worden.", "warning", "betaald zal worden"],
  ["Deze brief is verstuurd en wij hebben gebeld.", "warning", "is verstuurd"],
  ["Het wordt bekend gemaakt op de website.", "warning", "wordt bekend gemaakt"],
  ["Het bedrag wordt, zoals afgesproken, op 1 mei betaald.", "warning", "wordt, zoals afgesproken, op 1 mei betaald"],
  ["Gelet op de situatie is besloten om te wachten.", "warning", "is besloten"],
  ["Het is door haar gedaan.", "warning", "is door haar gedaan"],
  ["Zijn de brieven al verstuurd?", "warning", "Zijn de brieven al verstuurd"],
  ["De rekening werd te laat betaald.", "warning", "werd te laat betaald"],
  ["Uw kind wordt tijdelijk opgevangen in een pleeggezin.", "warning", "wordt tijdelijk opgevangen"],
  ["Daarna wordt een besluit genomen.", "warning", "wordt een besluit genomen"],
  // states: milder
  ["Het pand dat is gelegen aan de Dorpsstraat staat leeg.", "info", "is gelegen"],
  ["Deze folder is bedoeld voor ouders.", "info", "is bedoeld"],
  ["Het kantoor is op vrijdag gesloten.", "info", "is op vrijdag gesloten"],
  ["U bent verplicht om de brief te tekenen.", "info", "bent verplicht"],
  ["Het is bekend dat kinderen daar last van hebben.", "info", "is bekend"],
  // family states, said plainly: quiet
  ["Mijn ouders zijn gescheiden.", "none"],
  ["Zij is getrouwd met haar vriend.", "none"],
  // a result that is complete: how it stands now, not who did it
  ["Binnen 10 werkdagen is uw schade helemaal afgehandeld.", "none"],
  ["Goed nieuws: uw dochter is aangenomen op Het Baken College.", "info", "is aangenomen"],
  // not passive: active perfect with hebben
  ["Wij hebben u in het verleden reeds meermaals aangesproken op het feit dat u dient te voldoen aan uw betalingsverplichtingen.", "none"],
  ["Voor zover wij geen betaling van u hebben ontvangen, melden wij u dat.", "none"],
  ["De kinderrechter heeft besloten dat er iemand met jullie gezin meekijkt.", "none"],
  ["Wij hebben u aangesproken.", "none"],
  ["Hij heeft zijn kind gisteren gezien.", "none"],
  // not passive: active perfect with zijn
  ["Wat is er gebeurd?", "none"],
  ["Hij is gisteren bij ons gekomen.", "none"],
  ["Zij zijn naar huis gegaan.", "none"],
  ["Het is moeilijk geworden voor de kinderen.", "none"],
  ["De kinderen zijn bij oma gebleven.", "none"],
  ["Het probleem is ontstaan na de verhuizing.", "none"],
  ["Het is gelukt om een oplossing te vinden.", "none"],
  ["De situatie thuis is veranderd.", "none"],
  ["Hij is gestopt met school.", "none"],
  ["De behandeling is vorige week begonnen.", "none"],
  ["Het gezin is verhuisd naar Utrecht.", "none"],
  ["Zijn vader is vorig jaar overleden.", "none"],
  ["De brief is gisteren teruggekomen.", "none"],
  ["Het kind is geboren in 2015.", "none"],
  ["Het gesprek is gisteren geweest.", "none"],
  ["Het is gebleken dat de afspraak niet werkt.", "none"],
  // not passive: adjectives, nouns and other look-alikes
  ["Ik heb de gestelde vraag beantwoord.", "none"],
  ["Zij is betrokken bij de zorg voor haar broertje.", "none"],
  ["Hij voelt zich serieus genomen.", "none"],
  ["Zij is erg teleurgesteld.", "none"],
  ["Het gebied is groot.", "none"],
  ["Het bericht was kort.", "none"],
  ["Er is een verband tussen de problemen.", "none"],
  ["Het beleid is streng.", "none"],
  ["Het bedrag is € 850.", "none"],
  ["Het is lang geleden.", "none"],
  ["Het verleden is voorbij.", "none"],
  ["Gezien de situatie is het beter om te wachten.", "none"],
  ["Aangezien u niet heeft betaald, sturen wij deze brief.", "none"],
  ["U bent maandelijks een huursom verschuldigd van € 850.", "none"],
  ["Dat kan je moeder zijn, maar ook een vriendin.", "none"],
  ["Het is niet te begrijpen.", "none"],
  ["Ik ben blij dat je zo eerlijk was.", "none"],
  ["De jeugdbeschermer is bereid om te helpen.", "none"],
  ["Hij wordt boos als het niet lukt.", "none"],
  ["Wij zijn het met u eens.", "none"],
  ["Er was sprake van een huurachterstand.", "none"],
  ["Hij is bezorgd over zijn zoon.", "none"],
  ["Dat is verkeerd.", "none"],
  ["Mijn nummer staat onder deze brief.", "none"],
  ["Het is een gesloten deur.", "none"],
  ["Hij is met zijn gebroken been naar huis.", "none"],
  ["Wij zijn aan het bespreken wat er moet gebeuren.", "none"],
  ["De huur is € 850 per maand.", "none"],
];

function labelOf(findings: Finding[]): Label {
  if (findings.some((f) => f.severity === "warning")) return "warning";
  return findings.some((f) => f.severity === "info") ? "info" : "none";
}

describe("passive: hand-labelled sentences", () => {
  it("has at least 60 sentences, passive and not", () => {
    expect(table.length).toBeGreaterThanOrEqual(60);
    expect(table.filter(([, l]) => l === "none").length).toBeGreaterThanOrEqual(30);
  });

  it.each(table)("%s → %s", (sentence, label, span) => {
    const findings = run(sentence);
    expect(labelOf(findings)).toBe(label);
    if (span) expect(findings.map((f) => f.text)).toContain(span);
    for (const f of findings) expect(sentence.slice(f.start, f.end)).toBe(f.text);
  });

  it("precision and recall on the table are 1 (passive = warning or info)", () => {
    let tp = 0, fp = 0, fn = 0;
    for (const [sentence, label] of table) {
      const found = labelOf(run(sentence)) !== "none";
      const gold = label !== "none";
      if (found && gold) tp++;
      else if (found) fp++;
      else if (gold) fn++;
    }
    expect({ precision: tp / (tp + fp), recall: tp / (tp + fn) }).toEqual({ precision: 1, recall: 1 });
  });
});

describe("passive: findings", () => {
  it("names the door-agent as the new subject", () => {
    const [f] = run("Uw aanvraag is door ons in behandeling genomen.");
    expect(f!.message).toContain("'ons'");
    expect(f!.message).toContain("'Wij …'");
    const [g] = run("De kinderen werden door de politie opgehaald.");
    expect(g!.message).toContain("'de politie'");
  });

  it("says who does it when there is no agent, and never offers a safe rewrite", () => {
    for (const [sentence, label] of table) {
      for (const f of run(sentence)) {
        expect(f.id).toBe("passive");
        expect(f.rule).toBe("passive");
        expect(f.suggestions.every((s) => s.safe === false)).toBe(true);
        if (label === "warning" && f.severity === "warning") expect(f.message).toMatch(/wie het doet/);
      }
    }
  });

  it("offers 'ligt' for 'is gelegen', marked as not safe", () => {
    const [f] = run("Het huis is gelegen aan de rand van het dorp.");
    expect(f!.severity).toBe("info");
    expect(f!.suggestions).toEqual([expect.objectContaining({ replacement: "ligt", safe: false })]);
  });
});

describe("passive: the huurachterstand letter and the plain B1 texts", () => {
  const letter = fixture("huurachterstand.txt");
  const findings = run(letter);

  it("flags 'is gelegen' as info and 'bijgeschreven dient te zijn' as a warning", () => {
    expect(findings.map((f) => [f.text, f.severity])).toEqual([
      ["is gelegen", "info"],
      ["bijgeschreven dient te zijn", "warning"],
    ]);
    for (const f of findings) expect(letter.slice(f.start, f.end)).toBe(f.text);
  });

  it("leaves the active perfects of the gold file alone", () => {
    const gold = JSON.parse(fixture("huurachterstand.gold.json")) as { notPassive: string[] };
    for (const phrase of gold.notPassive) {
      const at = letter.indexOf(phrase);
      expect(at).toBeGreaterThan(0);
      expect(findings.filter((f) => f.start < at + phrase.length && f.end > at)).toEqual([]);
    }
  });

  it.each(["plain-b1-gesprek.txt", "plain-b1-huur.txt", "plain-b1-uitleg.txt"])("%s has no passive finding", (name) => {
    expect(run(fixture(name))).toEqual([]);
  });
});

describe("participle recogniser", () => {
  it.each([
    ["gemaakt", "participle"], ["betaald", "participle"], ["verstuurd", "participle"], ["ontvangen", "participle"],
    ["herzien", "participle"], ["besloten", "participle"], ["vergeten", "zijn-verb"], ["gegeven", "participle"],
    ["genomen", "participle"], ["besproken", "participle"], ["geschreven", "participle"], ["aangesproken", "participle"],
    ["bijgeschreven", "participle"], ["vastgesteld", "participle"], ["opgestuurd", "participle"], ["ingediend", "participle"],
    ["toegekend", "participle"], ["afgewezen", "participle"], ["uitgevoerd", "participle"], ["meegenomen", "participle"],
    ["geëindigd", "zijn-verb"], ["geïnformeerd", "participle"], ["voorbereid", "participle"], ["ondertekend", "participle"],
    ["gebeurd", "zijn-verb"], ["teruggekomen", "zijn-verb"], ["gelegen", "state"], ["betrokken", "adjectival"],
  ])("%s is %s", (word, kind) => expect(participleKind(word)).toBe(kind));

  it.each([
    "gebied", "bericht", "gezicht", "gerecht", "geld", "verband", "beleid", "bezit", "gedicht", "gevecht", "geluid",
    "gewicht", "verleden", "bedrag", "betaalt", "vertelt", "verrassend", "volgend", "bestaand", "gezondheid",
    "huurachterstand", "verschuldigd", "aangezien", "omdat", "bijvoorbeeld", "vertrekt", "besloot", "geeft",
  ])("%s is not a participle", (word) => expect(participleKind(word)).toBe("none"));
});

describe("clauses", () => {
  const clauses = (text: string) => {
    const doc = buildDocument(text);
    return splitClauses(doc.tokens).map((c) => c.map((k) => doc.tokens[k]!.text).join(" "));
  };
  it("splits at relative pronouns and joining words, and returns after an inserted clause", () => {
    expect(clauses("Het pand dat is gelegen aan ADRES, wordt verkocht")).toEqual(["Het pand", "dat is gelegen aan ADRES", "wordt verkocht"]);
    expect(clauses("Het bedrag wordt, zoals afgesproken, op 1 mei betaald")).toEqual(["Het bedrag wordt op 1 mei betaald", "zoals afgesproken"]);
    expect(clauses("Als u betaalt, wordt het dossier gesloten")).toEqual(["Als u betaalt", "wordt het dossier gesloten"]);
    expect(clauses("De brief is verstuurd en wij hebben gebeld")).toEqual(["De brief is verstuurd", "en wij hebben gebeld"]);
    expect(clauses("Het kind wordt door moeder en vader opgevoed")).toEqual(["Het kind wordt door moeder en vader opgevoed"]);
    expect(clauses("Dit is klaar; dat is gedaan: ook (zie bijlage) dit")).toEqual(["Dit is klaar", "dat is gedaan", "ook dit", "zie bijlage"]);
  });
});

describe("passive: hostile input", () => {
  it("handles a long run of auxiliaries and participles without punctuation", () => {
    const text = "wordt gemaakt is betaald ".repeat(20_000);
    const findings = run(text);
    // every auxiliary finds a participle; how they pair up in this word salad does not matter
    expect(findings.length).toBeGreaterThanOrEqual(39_000);
    for (const f of findings.slice(0, 50)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
  it("handles one very long word", () => {
    expect(run("ge" + "maakt".repeat(50_000) + " is")).toEqual([]);
  });
});

describe("compound nouns that end like a participle", () => {
  it("reads 'Het bezwaarschrift dient te worden ondertekend' as one passive, from 'dient' to 'ondertekend'", () => {
    const found = passiveCheck.run(buildDocument("Het bezwaarschrift dient te worden ondertekend."), defaultCheckOptions);
    expect(found.map((f) => f.text)).toEqual(["dient te worden ondertekend"]);
    expect(["bezwaarschrift", "verzoekschrift", "huurbedrag"].map(participleKind)).toEqual(["none", "none", "none"]);
  });
});

describe("a passive that a text uses seldom is a tip", () => {
  const plain = (passive: string, others = 20) =>
    [passive, ...Array.from({ length: others }, (_, i) => `Wij bellen u op dag ${i + 1} van de maand.`)].join(" ");
  it("one passive among twenty sentences: info, with a note that says why", () => {
    const found = run(plain("Waarom is uw aanvraag afgewezen?"));
    expect(found.map((f) => [f.severity, f.text])).toEqual([["info", "is uw aanvraag afgewezen"]]);
    expect(found[0]!.message).toMatch(/Deze tekst doet dit weinig\. Dan is het een tip\.$/);
  });
  it("the same passive in a short text, or three passives in a long one, stay warnings", () => {
    expect(run("Waarom is uw aanvraag afgewezen? Wij bellen u.").map((f) => f.severity)).toEqual(["warning"]);
    const three = plain("Uw aanvraag is afgewezen. De brief wordt verstuurd. Het bedrag wordt betaald.", 40);
    expect(run(three).map((f) => f.severity)).toEqual(["warning", "warning", "warning"]);
  });
});
