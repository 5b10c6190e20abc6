// Dutch names of months and weekdays, for the checks that read dates and times in a letter.
export const MONTH_NAMES = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"] as const;
/** The short forms a letter writes after a day number: "3 jan", "12 sept". */
export const MONTH_SHORT_FORMS = ["jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"] as const;
export const WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"] as const;
