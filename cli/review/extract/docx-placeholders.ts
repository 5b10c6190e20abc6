// Rewrites a WordprocessingML part (document, header, footer) so that the parts a letter is filled in with
// become placeholder tokens before mammoth reads it:
// - a MERGEFIELD (simple or complex) shows «Name», whatever result Word cached (a preview value, nothing, «Name»);
// - a content control inside a paragraph, or one that still shows its prompt text, shows «alias» (or «tag»).
// mammoth drops w:fldSimple with its children and keeps only a complex field's cached result, so without this
// step «Naam» vanishes or a preview name is checked as if it were letter text.
// The XML is walked as a stream of tags and text, which is enough for the machine-written XML of Word.

interface Frame {
  kind: "field" | "simple-field" | "control";
  /** Field instruction so far (complex fields: collected from w:instrText). */
  instr: string;
  /** Complex fields: after the separator the runs are the field's result. */
  inResult: boolean;
  /** The placeholder this frame's visible text is replaced by; undefined keeps the text. */
  label?: string | undefined;
  emitted: boolean;
  // content controls only
  alias?: string;
  tag?: string;
  showsPrompt?: boolean;
  checkbox?: boolean;
  inContent?: boolean;
  blockLevel?: boolean;
}

const TOKEN = /<[^>]*>|[^<]+/g;
const NAME = /^<\/?([A-Za-z_][\w.-]*(?::[\w.-]+)?)/;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]!) : undefined;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === "lt" ? "<" : e === "gt" ? ">" : e === "amp" ? "&" : e === "quot" ? '"' : e === "apos" ? "'" : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

function encodeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** «Name» for a MERGEFIELD instruction, undefined for other fields (PAGE, DATE, HYPERLINK …). */
export function mergeFieldLabel(instr: string): string | undefined {
  const m = /^\s*MERGEFIELD\s+(?:"([^"]+)"|([^\s\\]+))/i.exec(instr);
  const name = (m?.[1] ?? m?.[2])?.trim();
  return name ? `«${name}»` : undefined;
}

function controlLabel(frame: Frame): string {
  const name = (frame.alias || frame.tag || "invulveld").replace(/[«»]/g, "").trim() || "invulveld";
  return `«${name}»`;
}

const placeholderRun = (label: string) => `<w:r><w:t xml:space="preserve">${encodeXml(label)}</w:t></w:r>`;

export function markPlaceholders(xml: string): string {
  const out: string[] = [];
  const stack: Frame[] = [];
  let inText = false; // inside <w:t>
  let inInstr = false; // inside <w:instrText>
  const top = () => stack[stack.length - 1];
  const lastField = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.kind === "field") return stack[i];
    return undefined;
  };

  for (const m of xml.matchAll(TOKEN)) {
    const token = m[0];
    if (token[0] !== "<") {
      if (inInstr) {
        const field = lastField();
        if (field && !field.inResult) field.instr += decodeXml(token);
        out.push(token);
        continue;
      }
      const frame = top();
      if (inText && frame?.label !== undefined && (frame.kind !== "field" || frame.inResult)) {
        out.push(frame.emitted ? "" : encodeXml(frame.label));
        frame.emitted = true;
        continue;
      }
      out.push(token);
      continue;
    }
    const name = NAME.exec(token)?.[1];
    const closing = token[1] === "/";
    const selfClosing = token.endsWith("/>");
    const frame = top();
    // the first element in a content control's content tells whether it holds runs or whole paragraphs
    if (frame?.kind === "control" && frame.inContent && frame.blockLevel === undefined && !closing && name) {
      frame.blockLevel = name === "w:p" || name === "w:tbl" || name === "w:sdt" || name === "w:customXml";
      if (!frame.checkbox && (!frame.blockLevel || frame.showsPrompt)) frame.label = controlLabel(frame);
    }
    switch (name) {
      case "w:t":
        if (!selfClosing) inText = !closing;
        if (selfClosing && frame?.label !== undefined && !frame.emitted && (frame.kind !== "field" || frame.inResult)) {
          // an empty <w:t/> in a field result: give it the label
          out.push(`<w:t xml:space="preserve">${encodeXml(frame.label)}</w:t>`);
          frame.emitted = true;
          continue;
        }
        break;
      case "w:instrText":
        if (!selfClosing) inInstr = !closing;
        break;
      case "w:fldChar": {
        const type = attr(token, "w:fldCharType");
        if (type === "begin") stack.push({ kind: "field", instr: "", inResult: false, emitted: false });
        else if (type === "separate") {
          const field = lastField();
          if (field) {
            field.inResult = true;
            field.label = mergeFieldLabel(field.instr);
          }
        } else if (type === "end") {
          const index = stack.map((f) => f.kind).lastIndexOf("field");
          if (index >= 0) {
            const [field] = stack.splice(index, 1);
            const label = field!.label ?? mergeFieldLabel(field!.instr);
            if (label !== undefined && !field!.emitted) {
              // no cached result: the label goes right after the field's end, in the same run
              out.push(token, `<w:t xml:space="preserve">${encodeXml(label)}</w:t>`);
              continue;
            }
          }
        }
        break;
      }
      case "w:fldSimple": {
        // mammoth ignores w:fldSimple and all it holds: unwrap it, so its runs (the field's result) are read
        if (closing) {
          const index = stack.map((f) => f.kind).lastIndexOf("simple-field");
          const field = index >= 0 ? stack.splice(index, 1)[0] : undefined;
          if (field?.label !== undefined && !field.emitted) out.push(placeholderRun(field.label));
          continue;
        }
        const label = mergeFieldLabel(attr(token, "w:instr") ?? "");
        if (selfClosing) {
          if (label !== undefined) out.push(placeholderRun(label));
          continue;
        }
        stack.push({ kind: "simple-field", instr: "", inResult: true, label, emitted: false });
        continue;
      }
      case "w:sdt":
        if (closing) {
          const index = stack.map((f) => f.kind).lastIndexOf("control");
          if (index >= 0) stack.splice(index, 1);
        } else if (!selfClosing) stack.push({ kind: "control", instr: "", inResult: true, emitted: false });
        break;
      case "w:alias":
        if (frame?.kind === "control" && !frame.inContent) frame.alias = attr(token, "w:val") ?? "";
        break;
      case "w:tag":
        if (frame?.kind === "control" && !frame.inContent) frame.tag = attr(token, "w:val") ?? "";
        break;
      case "w:showingPlcHdr":
        if (frame?.kind === "control" && !frame.inContent) frame.showsPrompt = attr(token, "w:val") !== "0" && attr(token, "w:val") !== "false";
        break;
      case "w14:checkbox":
      case "w:checkbox":
        if (frame?.kind === "control" && !frame.inContent) frame.checkbox = true;
        break;
      case "w:sdtContent":
        if (frame?.kind === "control") frame.inContent = !closing;
        break;
    }
    out.push(token);
  }
  return out.join("");
}
