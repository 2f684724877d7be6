// What "no markup left" means in the knowledge tests: the first piece of markup found, or null.
const markup: readonly RegExp[] = [/</, />/, /\*\*/, /\]\(/, /&[a-z]+;|&#\d+;|&#x[0-9a-f]+;/i, /\[[^\]]*\]\(/, /\|/];

export function markupLeft(text: string): string | null {
  for (const pattern of markup) {
    const found = pattern.exec(text);
    if (found) return found[0];
  }
  return null;
}
