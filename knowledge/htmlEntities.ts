// A small decoder for the HTML entities that occur in published pages: named and numeric.

const named: Readonly<Record<string, string>> = Object.freeze({
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ensp: "\u2002", emsp: "\u2003",
  thinsp: "\u2009", ndash: "–", mdash: "—", hellip: "…", lsquo: "‘", rsquo: "’", sbquo: "‚",
  ldquo: "“", rdquo: "”", bdquo: "„", laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›",
  bull: "•", middot: "·", copy: "©", reg: "®", trade: "™", deg: "°", para: "¶", sect: "§",
  shy: "\u00ad", zwj: "\u200d", zwnj: "\u200c", lrm: "\u200e", rlm: "\u200f", euro: "€",
  times: "×", divide: "÷", minus: "−", plusmn: "±", frac12: "½", iexcl: "¡", iquest: "¿",
  auml: "ä", ouml: "ö", uuml: "ü", Auml: "Ä", Ouml: "Ö", Uuml: "Ü", aring: "å", Aring: "Å",
  szlig: "ß", eacute: "é", egrave: "è", ecirc: "ê", euml: "ë", Eacute: "É", aacute: "á",
  agrave: "à", acirc: "â", atilde: "ã", ccedil: "ç", Ccedil: "Ç", iacute: "í", igrave: "ì",
  icirc: "î", iuml: "ï", oacute: "ó", ograve: "ò", ocirc: "ô", otilde: "õ", uacute: "ú",
  ugrave: "ù", ucirc: "û", ntilde: "ñ", Ntilde: "Ñ", oslash: "ø", Oslash: "Ø", aelig: "æ", AElig: "Æ",
});

const entityPattern = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function fromCodePoint(code: number, original: string): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : original;
}

/** Decodes named and numeric entities in one pass; unknown names stay as they are. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(entityPattern, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return fromCodePoint(Number.parseInt(decimal, 10), whole);
    if (hex) return fromCodePoint(Number.parseInt(hex, 16), whole);
    return (name && named[name]) ?? whole;
  });
}
