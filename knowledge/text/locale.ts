// Locale tags, as Teams, the pages and the configuration give them.

/** The primary language subtag of a locale, lower case: "sv-SE" -> "sv", "nl_be" -> "nl"; "" for none. */
export function primaryLanguage(locale: string | undefined): string {
  return (locale ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
}
