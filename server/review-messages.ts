// What POST /api/review and the /sjablonen page say when a request cannot be reviewed, in B1 Dutch.
export const reviewApiMessages = {
  contentType: "Stuur de bestanden als multipart/form-data, met een of meer bestanden in het veld 'files'.",
  badForm: "Helder kan de bestanden in deze vraag niet lezen. Stuur ze opnieuw als multipart/form-data.",
  noFiles: "Er staat geen bestand in de vraag. Kies een of meer sjablonen.",
  tooMany: "Dit zijn te veel bestanden. Stuur hoogstens 200 bestanden tegelijk.",
  tooLarge: "De bestanden zijn samen te groot. Stuur hoogstens 20 MB tegelijk, of stuur de bestanden in delen.",
} as const;
