// English counts: "1 clipping", "2 clippings", chosen by the language's own plural rules (Intl.PluralRules), so
// that no string hard-codes "=== 1". Chinese has no plural forms and never calls this.
const rules = new Intl.PluralRules('en');

export function countOf(n: number, one: string, other: string): string {
  return `${n.toLocaleString('en')} ${rules.select(n) === 'one' ? one : other}`;
}
