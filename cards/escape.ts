// Text from users and from the page goes into cards only through these functions.
// Cards show such text in RichTextBlock TextRuns, which hosts never read as markdown; these
// functions take care of the rest: template expressions, control characters, length, speech.

/** U+2060 WORD JOINER: invisible, and breaks "${" so no templating pass can ever evaluate it. */
const wordJoiner = "\u2060";

/** Neutralises `${` so the text can never become a template expression, in this or a later pass. */
export function escapeTemplateText(text: string): string {
  return text.replace(/\$(?=\{)/g, `$${wordJoiner}`);
}

/** Removes control and bidi-override characters that could hide or reorder text; keeps line breaks. */
export function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, "");
}

/** Cuts at a word boundary and adds an ellipsis when the text is longer than max characters. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The one safe path for any untrusted text bound into a card (question, row, link text). */
export function cardText(text: string, max = 2000): string {
  return escapeTemplateText(truncate(stripControls(text).trim(), max));
}

/** Backslash-escapes markdown, for text that must go into a markdown TextBlock or a markdown message. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

const xmlEscapes: Readonly<Record<string, string>> = Object.freeze({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" });

/** `speak` may be SSML: XML-escape it, and keep it template-safe like any card text. */
export function speechText(text: string, max = 1000): string {
  const escaped = stripControls(truncate(text.replace(/\s+/g, " ").trim(), max)).replace(/[&<>"]/g, (c) => xmlEscapes[c] ?? c);
  return escapeTemplateText(escaped);
}

/** Only http(s) URLs become buttons; anything else (javascript:, data:, relative) is dropped. */
export function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
