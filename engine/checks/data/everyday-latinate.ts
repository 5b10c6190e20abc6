// Words of Latin or French form that families meet in daily life (a repair, a job application, a club, the
// doctor) and know, though they are rarer than Zipf 4 in film subtitles: "De monteur komt voor de reparatie."
// The vocabulary check leaves them alone. Keyed by the form the check names (latinateForm's lemma).
export const EVERYDAY_LATINATE = new Set([
  "reparatie", "monteur", "monteurs", "solliciteren", "sollicitatie", "contributie", "vaccinatie",
]);
