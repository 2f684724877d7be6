// Swedish, Dutch, German and Nordic compounds: "säkerhetsövervakning" = "säkerhet" + "s" + "övervakning".

export interface CompoundSplitter {
  /** The parts of a compound word, or undefined when it is not one made of known words. */
  split(word: string): readonly string[] | undefined;
}

const minPart = 3;
const minCompound = 7;

/**
 * Splits words into known words, greedily preferring the longest head, allowing a linking element
 * between parts. `isWord` says whether a (lower-case) string is a word of the language's vocabulary.
 */
export function createCompoundSplitter(isWord: (part: string) => boolean, linkers: readonly string[]): CompoundSplitter {
  const memo = new Map<string, readonly string[] | null>();

  // A head ending in a linking element is read without it first: "säkerhets" is "säkerhet" + "s".
  const headAt = (word: string, end: number): string | undefined => {
    const head = word.slice(0, end);
    for (const link of linkers) {
      if (head.length - link.length >= minPart && head.endsWith(link) && isWord(head.slice(0, -link.length))) {
        return head.slice(0, -link.length);
      }
    }
    return isWord(head) ? head : undefined;
  };

  const split = (word: string, depth: number): readonly string[] | null => {
    const key = `${depth}:${word}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let found: readonly string[] | null = null;
    if (word.length >= minCompound && depth < 3) {
      for (let end = word.length - minPart; end >= minPart && !found; end--) {
        const head = headAt(word, end);
        if (!head) continue;
        const tail = word.slice(end);
        if (isWord(tail)) found = [head, tail];
        else {
          const rest = split(tail, depth + 1);
          if (rest) found = [head, ...rest];
        }
      }
    }
    if (memo.size < 50_000) memo.set(key, found);
    return found;
  };

  return { split: (word) => split(word, 0) ?? undefined };
}
