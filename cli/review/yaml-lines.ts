// Line numbers of the values in a YAML text, by their path (["words", 3, "message"]), from js-yaml's event
// stream. A path that goes deeper than the text (a missing key) gets the line of the deepest value that exists.
import { EVENT_ID, getScalarValue, parseEvents, type Event } from "js-yaml";

export function yamlLines(source: string): (path: PropertyKey[]) => number | undefined {
  let events: Event[];
  try {
    events = parseEvents(source, {});
  } catch {
    return () => undefined;
  }
  const offsets = new Map<string, number>();
  let i = 0;
  const startOf = (e: Event): number => ("start" in e ? e.start : "valueStart" in e ? e.valueStart : -1);
  const walk = (path: string) => {
    const e = events[i++]!;
    offsets.set(path, startOf(e));
    if (e.type === EVENT_ID.SEQUENCE) {
      for (let n = 0; events[i]!.type !== EVENT_ID.POP; n++) walk(`${path}/${n}`);
      i++;
    } else if (e.type === EVENT_ID.MAPPING) {
      while (events[i]!.type !== EVENT_ID.POP) {
        const key = events[i]!;
        let name: string;
        if (key.type === EVENT_ID.SCALAR) {
          name = getScalarValue(source, key);
          i++;
        } else {
          name = `#key${i}`;
          walk(`${path}/${name}`);
        }
        walk(`${path}/${name}`);
        // a value's line is the line of its key ("message: …", "- id: …")
        if (startOf(key) >= 0) offsets.set(`${path}/${name}`, startOf(key));
      }
      i++;
    }
  };
  try {
    while (i < events.length) {
      if (events[i]!.type === EVENT_ID.DOCUMENT) {
        i++;
        walk("");
      } else i++;
    }
  } catch {
    /* a partial map still helps */
  }
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const at = offsets.get(path.slice(0, n).map((p) => `/${String(p)}`).join(""));
      if (at !== undefined && at >= 0) return lineAt(source, at);
    }
    return undefined;
  };
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}
