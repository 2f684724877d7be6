// Where a page is published and where its links point: every link becomes an absolute URL.

export const learnDefaults = Object.freeze({
  origin: "https://learn.microsoft.com",
  product: "microsoft-365/managed-desktop",
  /** The folder of the product docs that holds the roles-and-responsibilities page. */
  pageDir: "intro",
});

/** The published URL of a page: https://learn.microsoft.com/<locale>/microsoft-365/managed-desktop/<dir>/<slug>. */
export function buildArticleUrl(locale: string, slug: string, pageDir: string = learnDefaults.pageDir): string {
  const dir = pageDir.replace(/^\/+|\/+$/g, "");
  return `${learnDefaults.origin}/${locale.toLowerCase()}/${learnDefaults.product}/${dir ? `${dir}/` : ""}${slug}`;
}

const localeSegment = /^\/[a-z]{2,3}(?:-[a-z0-9]{2,8})+\//i;

function dropMarkdownExtension(url: URL): string {
  url.pathname = url.pathname.replace(/\.md$/i, "");
  return url.toString();
}

/**
 * Resolves a link target found on the page. Relative targets resolve against the article URL,
 * site-absolute ones against the site root for the page's locale; ".md" is dropped, the anchor kept.
 * Returns null when the target cannot be made into a URL.
 */
export function resolveLink(href: string, articleUrl: string, locale: string): string | null {
  const target = href.trim().replace(/^<|>$/g, "");
  if (!target) return null;
  try {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return /^https?:/i.test(target) ? new URL(target).toString() : target;
    if (target.startsWith("//")) return new URL(`https:${target}`).toString();
    if (target.startsWith("/")) {
      const path = localeSegment.test(target) ? target : `/${locale.toLowerCase()}${target}`;
      return dropMarkdownExtension(new URL(path, learnDefaults.origin));
    }
    return dropMarkdownExtension(new URL(target, articleUrl));
  } catch {
    return null;
  }
}

/** The path of a URL without its locale segment, for comparing link targets across locales. */
export function pathWithoutLocale(url: string): string {
  try {
    return new URL(url).pathname.replace(localeSegment, "/").toLowerCase();
  } catch {
    return url;
  }
}
