/** Language tags as sources declare them (`<html lang>`, front matter), reduced to ISO 639 codes. No detector here: this module is light to import. */

/** "en-GB", "EN_us", "ru" -> the primary subtag in lower case; null for what is not a language tag. */
export function normaliseLanguageTag(tag: string): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag);
  return m ? m[1]!.toLowerCase() : null;
}
