// The trainer's own word list ("Eigen woorden"): one hard word per line with its plain answers. Besides the
// documented "echter = maar / toch" it reads what people paste from a note or a spreadsheet ("echter: maar,
// toch", a tab between the columns, an arrow); a line it still cannot read is returned, never dropped.

export interface WordListEntry {
  word: string;
  answers: string[];
}

export interface ReadWordList {
  words: WordListEntry[];
  /** Lines with text that are not a word with answers, as the trainer typed them. */
  unreadable: string[];
}

// the one that comes first splits the word from its answers; "-" is left out: it is part of words like "e-mail"
const WORD_ANSWER_SEPARATORS = ["=", "\t", "→", "->", ":"];
const ANSWER_SEPARATOR = /[/,;|]/;

function readLine(line: string): WordListEntry | undefined {
  const found = WORD_ANSWER_SEPARATORS.map((separator) => ({ separator, at: line.indexOf(separator) }))
    .filter((s) => s.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (!found) return undefined;
  const word = line.slice(0, found.at).trim();
  const rest = line.slice(found.at + found.separator.length);
  // "echter = maar = toch": the same separator twice is not a word with answers
  if (!word || rest.includes(found.separator)) return undefined;
  const answers = rest
    .split(ANSWER_SEPARATOR)
    .map((a) => a.trim())
    .filter(Boolean);
  return answers.length ? { word, answers } : undefined;
}

export function readWordList(text: string): ReadWordList {
  const list: ReadWordList = { words: [], unreadable: [] };
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const entry = readLine(line);
    if (entry) list.words.push(entry);
    else list.unreadable.push(line);
  }
  return list;
}
