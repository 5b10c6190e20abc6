// Abbreviations and acronyms for the check "abbreviation", with their full forms.
// Examples follow docs/lexicon-format.md: `wrong` has the span in [ ], `fixed` is `wrong` with the
// replacement applied (only for safe entries), `right` must give no finding. tests/check-abbreviations.test.ts
// turns every example into a test.
import type { Severity } from "../../types.ts";

export interface Example {
  wrong: string;
  fixed?: string;
  right: string;
}

export interface AbbreviationEntry {
  /** Lower-case forms as the tokenizer gives them: "i.v.m.", "ivm.", "ivm". */
  forms: string[];
  /** What the abbreviation stands for. */
  full: string;
  /** The B1 replacement, when it is not the full form (t.a.v. → "voor"). */
  replacement?: string;
  safe: boolean;
  note?: string;
  /** Default "warning": a shortened word is always avoidable. */
  severity?: Severity;
  example: Example;
}

export const abbreviations: AbbreviationEntry[] = [
  {
    forms: ["d.d."], full: "de dato", replacement: "van", safe: false,
    note: "Soms past 'op' beter: 'op 3 maart'. Lees de zin na.",
    example: { wrong: "Wij verwijzen naar onze brief [d.d.] 3 maart.", right: "Wij verwijzen naar onze brief van 3 maart." },
  },
  {
    forms: ["o.a."], full: "onder andere", safe: true,
    example: { wrong: "Wij bespreken [o.a.] de huur.", fixed: "Wij bespreken onder andere de huur.", right: "Wij bespreken onder andere de huur." },
  },
  {
    forms: ["i.v.m.", "ivm.", "ivm"], full: "in verband met", safe: false, note: "Gaat het om een reden? Schrijf 'vanwege'. Gaat het om een onderwerp? Schrijf 'over'.",
    example: { wrong: "De school is dicht [i.v.m.] de storm.", right: "De school is dicht vanwege de storm." },
  },
  {
    forms: ["t.a.v.", "tav.", "tav"], full: "ter attentie van", replacement: "voor", safe: false,
    note: "In een adres mag u 'Ter attentie van' voluit schrijven.",
    example: { wrong: "Stuur de brief [t.a.v.] mevrouw Jansen.", right: "Stuur de brief naar mevrouw Jansen." },
  },
  {
    forms: ["z.s.m.", "zsm"], full: "zo snel mogelijk", safe: true,
    example: { wrong: "Bel ons [z.s.m.] terug.", fixed: "Bel ons zo snel mogelijk terug.", right: "Bel ons zo snel mogelijk terug." },
  },
  {
    forms: ["bijv.", "bv.", "bijv"], full: "bijvoorbeeld", safe: true,
    example: { wrong: "Neem [bijv.] uw paspoort mee.", fixed: "Neem bijvoorbeeld uw paspoort mee.", right: "Neem bijvoorbeeld uw paspoort mee." },
  },
  {
    forms: ["vb."], full: "voorbeeld", safe: false, note: "Soms betekent 'vb.' 'bijvoorbeeld'. Lees de zin na.",
    example: { wrong: "Kijk naar het [vb.] hieronder.", right: "Kijk naar het voorbeeld hieronder." },
  },
  {
    forms: ["m.b.t.", "mbt.", "mbt"], full: "met betrekking tot", replacement: "over", safe: true,
    example: { wrong: "Heeft u vragen [m.b.t.] de huur?", fixed: "Heeft u vragen over de huur?", right: "Heeft u vragen over de huur?" },
  },
  {
    forms: ["enz."], full: "enzovoort", replacement: "en zo verder", safe: true,
    example: { wrong: "U betaalt voor water, gas [enz.] Dat is veel.", fixed: "U betaalt voor water, gas en zo verder. Dat is veel.", right: "U betaalt voor water, gas en licht." },
  },
  {
    forms: ["etc."], full: "et cetera", replacement: "en zo verder", safe: true,
    example: { wrong: "Denk aan eten, kleding [etc.] voor uw kind.", fixed: "Denk aan eten, kleding en zo verder voor uw kind.", right: "Denk aan eten en kleding voor uw kind." },
  },
  {
    forms: ["e.d."], full: "en dergelijke", safe: true, note: "Of schrijf: 'en zulke dingen'.",
    example: { wrong: "Neem pennen [e.d.] mee naar school.", fixed: "Neem pennen en dergelijke mee naar school.", right: "Neem pennen en papier mee naar school." },
  },
  {
    forms: ["resp."], full: "respectievelijk", safe: false, note: "Schrijf de zin anders: noem elk ding apart.",
    example: { wrong: "Jan en Piet zijn 8 [resp.] 10 jaar.", right: "Jan is 8 jaar. Piet is 10 jaar." },
  },
  {
    forms: ["excl."], full: "exclusief", replacement: "zonder", safe: true,
    example: { wrong: "De huur is € 850 [excl.] servicekosten.", fixed: "De huur is € 850 zonder servicekosten.", right: "De huur is € 850 zonder servicekosten." },
  },
  {
    forms: ["incl."], full: "inclusief", replacement: "met", safe: true,
    example: { wrong: "De huur is € 850 [incl.] servicekosten.", fixed: "De huur is € 850 met servicekosten.", right: "De huur is € 850 met servicekosten." },
  },
  {
    forms: ["p.p."], full: "per persoon", safe: false, note: "Onder een brief betekent p.p. 'namens': schrijf dan 'namens'.",
    example: { wrong: "Het uitje kost € 5 [p.p.]", right: "Het uitje kost € 5 per persoon." },
  },
  {
    forms: ["a.s."], full: "aanstaande", replacement: "volgende", safe: false, note: "Zet 'volgende' voor de dag: 'volgende maandag'.",
    example: { wrong: "We zien u maandag [a.s.] om 10 uur.", right: "We zien u volgende week maandag om 10 uur." },
  },
  {
    forms: ["ca."], full: "circa", replacement: "ongeveer", safe: true,
    example: { wrong: "Het gesprek duurt [ca.] een uur.", fixed: "Het gesprek duurt ongeveer een uur.", right: "Het gesprek duurt ongeveer een uur." },
  },
  {
    forms: ["ong."], full: "ongeveer", safe: true,
    example: { wrong: "Het gesprek duurt [ong.] een uur.", fixed: "Het gesprek duurt ongeveer een uur.", right: "Het gesprek duurt ongeveer een uur." },
  },
  {
    forms: ["nr."], full: "nummer", safe: true,
    example: { wrong: "Zet het [nr.] van uw dossier op de brief.", fixed: "Zet het nummer van uw dossier op de brief.", right: "Zet het nummer van uw dossier op de brief." },
  },
  {
    forms: ["art."], full: "artikel", safe: true,
    example: { wrong: "Dit staat in [art.] 5 van het contract.", fixed: "Dit staat in artikel 5 van het contract.", right: "Dit staat in artikel 5 van het contract." },
  },
  {
    forms: ["blz."], full: "bladzijde", safe: true,
    example: { wrong: "Lees [blz.] 3 van de folder.", fixed: "Lees bladzijde 3 van de folder.", right: "Lees bladzijde 3 van de folder." },
  },
  {
    forms: ["pag."], full: "pagina", safe: true,
    example: { wrong: "Lees [pag.] 3 van de folder.", fixed: "Lees pagina 3 van de folder.", right: "Lees pagina 3 van de folder." },
  },
  {
    forms: ["tel."], full: "telefoon", safe: true,
    example: { wrong: "Bel ons: [tel.] 030-1234567.", fixed: "Bel ons: telefoon 030-1234567.", right: "Bel ons op 030-1234567." },
  },
  {
    forms: ["n.b.", "nb"], full: "nota bene", replacement: "Let op:", safe: false, note: "Begin daarna met een hoofdletter.",
    example: { wrong: "[N.B.] De brief moet vandaag weg.", right: "Let op: de brief moet vandaag weg." },
  },
  {
    forms: ["p.s.", "ps"], full: "postscriptum", safe: false, severity: "info",
    example: { wrong: "[P.S.] Vergeet de foto niet.", right: "Vergeet de foto niet." },
  },
  {
    forms: ["i.p.v.", "ipv"], full: "in plaats van", safe: true,
    example: { wrong: "Kom om 3 uur [i.p.v.] om 2 uur.", fixed: "Kom om 3 uur in plaats van om 2 uur.", right: "Kom om 3 uur in plaats van om 2 uur." },
  },
  {
    forms: ["m.b.v."], full: "met behulp van", replacement: "met hulp van", safe: true,
    example: { wrong: "U vult het formulier in [m.b.v.] uw buurvrouw.", fixed: "U vult het formulier in met hulp van uw buurvrouw.", right: "Uw buurvrouw helpt u met het formulier." },
  },
  {
    forms: ["t.o.v."], full: "ten opzichte van", replacement: "vergeleken met", safe: false,
    example: { wrong: "De huur is hoger [t.o.v.] vorig jaar.", right: "De huur is hoger dan vorig jaar." },
  },
  {
    forms: ["o.b.v."], full: "op basis van", replacement: "volgens", safe: false,
    example: { wrong: "Wij beslissen [o.b.v.] het verslag.", right: "Wij beslissen na het lezen van het verslag." },
  },
  {
    forms: ["m.i.v."], full: "met ingang van", replacement: "vanaf", safe: true,
    example: { wrong: "De huur stijgt [m.i.v.] 1 juli.", fixed: "De huur stijgt vanaf 1 juli.", right: "De huur stijgt vanaf 1 juli." },
  },
  {
    forms: ["d.w.z."], full: "dat wil zeggen", safe: true, note: "Vaak is 'dus' genoeg.",
    example: { wrong: "U krijgt hulp, [d.w.z.] dat er iemand meekijkt.", fixed: "U krijgt hulp, dat wil zeggen dat er iemand meekijkt.", right: "Er kijkt iemand met u mee." },
  },
  {
    forms: ["m.n."], full: "met name", replacement: "vooral", safe: true,
    example: { wrong: "Dit geldt [m.n.] voor kinderen.", fixed: "Dit geldt vooral voor kinderen.", right: "Dit geldt vooral voor kinderen." },
  },
  {
    forms: ["vnl."], full: "voornamelijk", replacement: "vooral", safe: true,
    example: { wrong: "Dit geldt [vnl.] voor kinderen.", fixed: "Dit geldt vooral voor kinderen.", right: "Dit geldt vooral voor kinderen." },
  },
  {
    forms: ["zgn."], full: "zogenoemd", replacement: "zogenoemde", safe: false, note: "Of leg het woord uit.",
    example: { wrong: "U krijgt een [zgn.] beschikking.", right: "U krijgt een brief met het besluit." },
  },
  {
    forms: ["i.o.m."], full: "in overleg met", safe: true,
    example: { wrong: "Wij kiezen [i.o.m.] u een datum.", fixed: "Wij kiezen in overleg met u een datum.", right: "Wij kiezen samen met u een datum." },
  },
  {
    forms: ["i.s.m."], full: "in samenwerking met", replacement: "samen met", safe: true,
    example: { wrong: "Wij doen dit [i.s.m.] de school.", fixed: "Wij doen dit samen met de school.", right: "Wij doen dit samen met de school." },
  },
  {
    forms: ["i.c.m."], full: "in combinatie met", replacement: "samen met", safe: true,
    example: { wrong: "Stuur het formulier [i.c.m.] een kopie.", fixed: "Stuur het formulier samen met een kopie.", right: "Stuur het formulier samen met een kopie." },
  },
  {
    forms: ["m.u.v."], full: "met uitzondering van", replacement: "behalve", safe: true,
    example: { wrong: "Wij zijn elke dag open [m.u.v.] zondag.", fixed: "Wij zijn elke dag open behalve zondag.", right: "Wij zijn elke dag open behalve zondag." },
  },
  {
    forms: ["o.v.v."], full: "onder vermelding van", safe: false, note: "Schrijf: 'Zet ... erbij.'",
    example: { wrong: "Betaal [o.v.v.] uw klantnummer.", right: "Betaal en zet uw klantnummer erbij." },
  },
  {
    forms: ["t.b.v."], full: "ten behoeve van", replacement: "voor", safe: true,
    example: { wrong: "Dit geld is [t.b.v.] de school.", fixed: "Dit geld is voor de school.", right: "Dit geld is voor de school." },
  },
  {
    forms: ["c.q."], full: "casu quo", replacement: "of", safe: false,
    example: { wrong: "Bel de ouder [c.q.] de voogd.", right: "Bel de ouder of de voogd." },
  },
  {
    forms: ["evt.", "evt"], full: "eventueel", safe: false, note: "Voor een zelfstandig naamwoord schrijft u 'eventuele': 'de eventuele kosten'. Of schrijf: 'als dat nodig is'.",
    example: { wrong: "Neem [evt.] een tolk mee.", right: "Neem een tolk mee als dat nodig is." },
  },
  {
    forms: ["max."], full: "maximaal", safe: true,
    example: { wrong: "Het gesprek duurt [max.] een uur.", fixed: "Het gesprek duurt maximaal een uur.", right: "Het gesprek duurt hoogstens een uur." },
  },
  {
    forms: ["min."], full: "minimaal", safe: false, note: "Soms betekent het 'minuten'.",
    example: { wrong: "Het gesprek duurt [min.] een uur.", right: "Het gesprek duurt minstens een uur." },
  },
  {
    forms: ["t.z.t."], full: "te zijner tijd", replacement: "later", safe: true,
    example: { wrong: "Wij bellen u [t.z.t.] terug.", fixed: "Wij bellen u later terug.", right: "Wij bellen u later terug." },
  },
  {
    forms: ["a.u.b.", "s.v.p."], full: "alstublieft", safe: true,
    example: { wrong: "Stuur de brief [a.u.b.] terug.", fixed: "Stuur de brief alstublieft terug.", right: "Stuur de brief alstublieft terug." },
  },
  {
    forms: ["z.o.z."], full: "zie ommezijde", replacement: "kijk op de achterkant", safe: true,
    example: { wrong: "Meer informatie: [z.o.z.]", fixed: "Meer informatie: kijk op de achterkant.", right: "Meer informatie vindt u op de achterkant." },
  },
  {
    forms: ["m.a.w."], full: "met andere woorden", safe: true, note: "Vaak is 'dus' genoeg.",
    example: { wrong: "U bent te laat, [m.a.w.] het geld is op.", fixed: "U bent te laat, met andere woorden het geld is op.", right: "U bent te laat. Het geld is op." },
  },
  {
    forms: ["o.l.v."], full: "onder leiding van", safe: true,
    example: { wrong: "Het gesprek is [o.l.v.] de gezinsvoogd.", fixed: "Het gesprek is onder leiding van de gezinsvoogd.", right: "De gezinsvoogd leidt het gesprek." },
  },
  {
    forms: ["e.a."], full: "en anderen", safe: false, note: "Gaat het om dingen? Schrijf dan 'en andere dingen'.",
    example: { wrong: "Jansen [e.a.] komen ook.", right: "Jansen en anderen komen ook." },
  },
  {
    forms: ["o.i.d."], full: "of iets dergelijks", safe: true, note: "Of schrijf: 'of zoiets'.",
    example: { wrong: "Neem een boek [o.i.d.] mee.", fixed: "Neem een boek of iets dergelijks mee.", right: "Neem een boek of zoiets mee." },
  },
  {
    forms: ["e.v."], full: "en volgende", replacement: "en verder", safe: false,
    example: { wrong: "Lees bladzijde 3 [e.v.] Daar staat het.", right: "Lees bladzijde 3 tot en met 5." },
  },
  {
    forms: ["jl.", "j.l."], full: "jongstleden", replacement: "afgelopen", safe: false, note: "Zet 'afgelopen' voor de datum: 'afgelopen 3 maart'.",
    example: { wrong: "Wij spraken u op 3 maart [jl.] over de huur.", right: "Wij spraken u op 3 maart over de huur." },
  },
  {
    forms: ["e.o."], full: "en omstreken", safe: true,
    example: { wrong: "Wij werken in Utrecht [e.o.] met gezinnen.", fixed: "Wij werken in Utrecht en omstreken met gezinnen.", right: "Wij werken in Utrecht en omgeving met gezinnen." },
  },
  {
    forms: ["vgl."], full: "vergelijk", safe: true,
    example: { wrong: "[Vgl.] de brief van vorig jaar.", fixed: "Vergelijk de brief van vorig jaar.", right: "Vergelijk de brief van vorig jaar." },
  },
  {
    forms: ["mln."], full: "miljoen", safe: true,
    example: { wrong: "Het kost € 2 [mln.] per jaar.", fixed: "Het kost € 2 miljoen per jaar.", right: "Het kost € 2 miljoen per jaar." },
  },
  {
    forms: ["mld."], full: "miljard", safe: true,
    example: { wrong: "Het kost € 2 [mld.] per jaar.", fixed: "Het kost € 2 miljard per jaar.", right: "Het kost € 2 miljard per jaar." },
  },
  {
    forms: ["bijl."], full: "bijlage", safe: true,
    example: { wrong: "Lees ook de [bijl.] bij deze brief.", fixed: "Lees ook de bijlage bij deze brief.", right: "Lees ook de bijlage bij deze brief." },
  },
  {
    forms: ["t.w."], full: "te weten", replacement: "namelijk", safe: true,
    example: { wrong: "Er zijn twee kinderen, [t.w.] Sam en Noor.", fixed: "Er zijn twee kinderen, namelijk Sam en Noor.", right: "Er zijn twee kinderen: Sam en Noor." },
  },
  {
    forms: ["w.o."], full: "waaronder", safe: true,
    example: { wrong: "Er zijn kosten, [w.o.] rente.", fixed: "Er zijn kosten, waaronder rente.", right: "Er zijn kosten, zoals rente." },
  },
  {
    forms: ["t.w.v."], full: "ter waarde van", replacement: "van", safe: true,
    example: { wrong: "U krijgt een bon [t.w.v.] € 20.", fixed: "U krijgt een bon van € 20.", right: "U krijgt een bon van € 20." },
  },
  {
    forms: ["v.w.b."], full: "voor wat betreft", replacement: "over", safe: false,
    example: { wrong: "[V.w.b.] de huur: die is te laat.", right: "De huur is te laat." },
  },
  {
    forms: ["e.e.a."], full: "een en ander", replacement: "dit", safe: false, note: "Zeg precies wat u bedoelt.",
    example: { wrong: "Wij bespreken [e.e.a.] met u.", right: "Wij bespreken het plan met u." },
  },
  {
    forms: ["i.h.k.v."], full: "in het kader van", replacement: "voor", safe: false,
    example: { wrong: "Dit doen we [i.h.k.v.] de wet.", right: "Dit moeten we doen van de wet." },
  },
  {
    forms: ["gem."], full: "gemiddeld", safe: false, note: "Soms betekent het 'gemeente'.",
    example: { wrong: "Dat kost [gem.] € 20.", right: "Dat kost gemiddeld € 20." },
  },
  // forms of address: common in letters, so only a hint
  {
    forms: ["dhr."], full: "de heer", replacement: "meneer", safe: false, severity: "info",
    note: "Na 'Geachte' schrijft u 'heer': 'Geachte heer Jansen'.",
    example: { wrong: "U spreekt [dhr.] Jansen.", right: "U spreekt meneer Jansen." },
  },
  {
    forms: ["mevr.", "mw."], full: "mevrouw", safe: true, severity: "info",
    example: { wrong: "U spreekt [mevr.] Jansen.", fixed: "U spreekt mevrouw Jansen.", right: "U spreekt mevrouw Jansen." },
  },
  // months: the tokenizer only makes them abbreviations next to a number
  ...(
    [
      ["jan.", "januari"], ["feb.", "februari"], ["febr.", "februari"], ["mrt.", "maart"], ["apr.", "april"],
      ["jun.", "juni"], ["jul.", "juli"], ["aug.", "augustus"], ["sep.", "september"], ["sept.", "september"],
      ["okt.", "oktober"], ["nov.", "november"], ["dec.", "december"],
    ] as const
  ).map(([form, month]): AbbreviationEntry => ({
    forms: [form], full: month, safe: true, severity: "info",
    example: { wrong: `De afspraak is op 3 [${form}] 2025.`, fixed: `De afspraak is op 3 ${month} 2025.`, right: `De afspraak is op 3 ${month} 2025.` },
  })),
];

/** Titles before a name (mr. J. de Vries): part of how someone is named, so they are not marked. */
export const titles = new Set(["mr.", "dr.", "drs.", "ir.", "ing.", "prof.", "st.", "ds.", "bc.", "ir", "mr", "dr", "drs"]);

export interface AcronymEntry {
  /** Spellings as written (case matters for mixed forms like KvK; all-caps forms match any case). */
  forms: string[];
  /** The written-out form; lower case unless it is a name. */
  full: string;
  /** The organisation no longer uses the written-out form as its name (CAK): spelling it out is offered, not one click. */
  shortNameOnly?: boolean;
  example: Example;
}

export const acronyms: AcronymEntry[] = [
  { forms: ["OTS"], full: "ondertoezichtstelling", example: { wrong: "De [OTS] duurt een jaar.", fixed: "De ondertoezichtstelling (OTS) duurt een jaar.", right: "De ondertoezichtstelling (OTS) duurt een jaar." } },
  { forms: ["GI"], full: "gecertificeerde instelling", example: { wrong: "De [GI] belt u volgende week.", fixed: "De gecertificeerde instelling (GI) belt u volgende week.", right: "De Gecertificeerde Instelling, de GI, belt u volgende week." } },
  { forms: ["BW"], full: "Burgerlijk Wetboek", example: { wrong: "Dit staat in artikel 1:255 [BW].", fixed: "Dit staat in artikel 1:255 Burgerlijk Wetboek (BW).", right: "Dit staat in het Burgerlijk Wetboek (BW)." } },
  { forms: ["UWV"], full: "Uitvoeringsinstituut Werknemersverzekeringen", example: { wrong: "U krijgt geld van het [UWV].", fixed: "U krijgt geld van het Uitvoeringsinstituut Werknemersverzekeringen (UWV).", right: "U krijgt geld van het UWV (Uitvoeringsinstituut Werknemersverzekeringen)." } },
  { forms: ["CJG"], full: "Centrum voor Jeugd en Gezin", example: { wrong: "Ga naar het [CJG] in uw wijk.", fixed: "Ga naar het Centrum voor Jeugd en Gezin (CJG) in uw wijk.", right: "Ga naar het Centrum voor Jeugd en Gezin (CJG) in uw wijk." } },
  { forms: ["RvdK", "RvK", "RVDK"], full: "Raad voor de Kinderbescherming", example: { wrong: "De [RvdK] doet onderzoek.", fixed: "De Raad voor de Kinderbescherming (RvdK) doet onderzoek.", right: "De Raad voor de Kinderbescherming (RvdK) doet onderzoek." } },
  { forms: ["AMHK"], full: "Advies- en Meldpunt Huiselijk geweld en Kindermishandeling", example: { wrong: "Het [AMHK] heeft een melding gekregen.", fixed: "Het Advies- en Meldpunt Huiselijk geweld en Kindermishandeling (AMHK) heeft een melding gekregen.", right: "Het AMHK (nu: Veilig Thuis) heeft een melding gekregen." } },
  { forms: ["SVB"], full: "Sociale Verzekeringsbank", example: { wrong: "De [SVB] betaalt de kinderbijslag.", fixed: "De Sociale Verzekeringsbank (SVB) betaalt de kinderbijslag.", right: "De Sociale Verzekeringsbank (SVB) betaalt de kinderbijslag." } },
  { forms: ["CAK"], full: "Centraal Administratie Kantoor", shortNameOnly: true, example: { wrong: "U krijgt een rekening van het [CAK].", right: "U krijgt een rekening van het CAK (Centraal Administratie Kantoor)." } },
  { forms: ["BSN"], full: "burgerservicenummer", example: { wrong: "Zet uw [BSN] op het formulier.", fixed: "Zet uw burgerservicenummer (BSN) op het formulier.", right: "Zet uw burgerservicenummer (BSN) op het formulier." } },
  { forms: ["WMO", "Wmo"], full: "Wet maatschappelijke ondersteuning", example: { wrong: "U kunt hulp krijgen via de [Wmo].", fixed: "U kunt hulp krijgen via de Wet maatschappelijke ondersteuning (Wmo).", right: "U kunt hulp krijgen via de Wmo. Wmo staat voor Wet maatschappelijke ondersteuning." } },
  { forms: ["PGB", "pgb"], full: "persoonsgebonden budget", example: { wrong: "U kunt een [pgb] aanvragen.", fixed: "U kunt een persoonsgebonden budget (pgb) aanvragen.", right: "U kunt een persoonsgebonden budget (pgb) aanvragen." } },
  { forms: ["JGZ"], full: "jeugdgezondheidszorg", example: { wrong: "De [JGZ] meet uw kind.", fixed: "De jeugdgezondheidszorg (JGZ) meet uw kind.", right: "De jeugdgezondheidszorg (JGZ) meet uw kind." } },
  { forms: ["GGZ", "ggz"], full: "geestelijke gezondheidszorg", example: { wrong: "U krijgt hulp van de [ggz].", fixed: "U krijgt hulp van de geestelijke gezondheidszorg (ggz).", right: "U krijgt hulp van de geestelijke gezondheidszorg (ggz)." } },
  { forms: ["IND"], full: "Immigratie- en Naturalisatiedienst", example: { wrong: "De [IND] beslist over uw verblijf.", fixed: "De Immigratie- en Naturalisatiedienst (IND) beslist over uw verblijf.", right: "De Immigratie- en Naturalisatiedienst (IND) beslist over uw verblijf." } },
  { forms: ["DUO"], full: "Dienst Uitvoering Onderwijs", example: { wrong: "Vraag het aan bij [DUO].", fixed: "Vraag het aan bij Dienst Uitvoering Onderwijs (DUO).", right: "Vraag het aan bij DUO (Dienst Uitvoering Onderwijs)." } },
  { forms: ["CIZ"], full: "Centrum Indicatiestelling Zorg", example: { wrong: "Het [CIZ] kijkt welke zorg u nodig heeft.", fixed: "Het Centrum Indicatiestelling Zorg (CIZ) kijkt welke zorg u nodig heeft.", right: "Het Centrum Indicatiestelling Zorg (CIZ) kijkt welke zorg u nodig heeft." } },
  { forms: ["KvK", "KVK"], full: "Kamer van Koophandel", example: { wrong: "Schrijf u in bij de [KvK].", fixed: "Schrijf u in bij de Kamer van Koophandel (KvK).", right: "Schrijf u in bij de Kamer van Koophandel (KvK)." } },
  { forms: ["BRP"], full: "Basisregistratie Personen", example: { wrong: "Uw adres staat in de [BRP].", fixed: "Uw adres staat in de Basisregistratie Personen (BRP).", right: "Uw adres staat in de Basisregistratie Personen (BRP)." } },
  { forms: ["WSNP"], full: "Wet schuldsanering natuurlijke personen", example: { wrong: "U zit in de [WSNP].", fixed: "U zit in de Wet schuldsanering natuurlijke personen (WSNP).", right: "U zit in de WSNP (schuldsanering)." } },
  { forms: ["LVB"], full: "licht verstandelijke beperking", example: { wrong: "Uw zoon heeft een [LVB].", fixed: "Uw zoon heeft een licht verstandelijke beperking (LVB).", right: "Uw zoon heeft een licht verstandelijke beperking (LVB)." } },
  { forms: ["VOG"], full: "Verklaring Omtrent het Gedrag", example: { wrong: "U heeft een [VOG] nodig.", fixed: "U heeft een Verklaring Omtrent het Gedrag (VOG) nodig.", right: "U heeft een Verklaring Omtrent het Gedrag (VOG) nodig." } },
  { forms: ["MDO"], full: "multidisciplinair overleg", example: { wrong: "Het [MDO] is op dinsdag.", fixed: "Het multidisciplinair overleg (MDO) is op dinsdag.", right: "Het overleg met alle hulpverleners (MDO) is op dinsdag." } },
  { forms: ["AVG"], full: "Algemene verordening gegevensbescherming", example: { wrong: "Wij houden ons aan de [AVG].", fixed: "Wij houden ons aan de Algemene verordening gegevensbescherming (AVG).", right: "Wij houden ons aan de privacywet (AVG)." } },
  { forms: ["OM"], full: "Openbaar Ministerie", example: { wrong: "Het [OM] heeft de zaak.", fixed: "Het Openbaar Ministerie (OM) heeft de zaak.", right: "Het Openbaar Ministerie (OM) heeft de zaak." } },
  { forms: ["VNG"], full: "Vereniging van Nederlandse Gemeenten", example: { wrong: "De [VNG] helpt gemeenten.", fixed: "De Vereniging van Nederlandse Gemeenten (VNG) helpt gemeenten.", right: "De Vereniging van Nederlandse Gemeenten (VNG) helpt gemeenten." } },
];

/**
 * Acronyms that B1 readers know from daily life: not marked.
 * btw is on every receipt; GGD, AOW, WW and the school types are household words; DigiD is a brand.
 */
export const everydayAcronyms = new Set([
  "TV", "WC", "CD", "DVD", "OV", "PC", "SMS", "OK", "BTW", "GGD", "AOW", "WW", "EU", "ID", "USB", "PDF", "DNA",
  "GPS", "NS", "ANWB", "KLM", "ADHD", "IBAN", "HAVO", "VMBO", "VWO", "MBO", "HBO", "WO", "CV", "DIGID", "ZZP",
  "CAO", "APK", "AH", "NOS", "RTL", "VVV", "EHBO", "SOS", "WIFI", "PIN", "NL", "BSO", "KDV", "CITO", "ICT",
  "AI", "APP", "QR", "HIV", "AIDS", "LHBTI", "LHBTIQ", "VS", "KNMI", "OVB",
  // company forms: "Fietsenhandel Groen VOF"
  "BV", "NV", "VOF", "VVE",
  // the start of an e-mail subject: "Onderwerp: RE: vraag over huiswerk"
  "RE", "FW", "FWD",
]);
