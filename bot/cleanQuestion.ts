// User text made safe to search and store: no control, format or lone surrogate characters, one space
// between words, and no longer than a question needs to be.

export const maxQuestionLength = 500;

// C0/C1 controls, zero-width and bidi format characters, the BOM and noncharacters.
const unwanted = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff]/g;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanQuestion(text: string, maxLength: number = maxQuestionLength): string {
  const clean = text.replace(unwanted, " ").replace(loneSurrogate, "").replace(/\s+/g, " ").trim();
  // Cut at the limit, then drop a surrogate half the cut may have left.
  return clean.length <= maxLength ? clean : clean.slice(0, maxLength).replace(loneSurrogate, "").trim();
}
