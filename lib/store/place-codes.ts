// GB/T 2260 division codes roll up by arithmetic: county 150622 -> prefecture 150600 -> province 150000.
// Township codes (9 or 12 digits) start with their county's 6 digits.

/** The code itself, then its prefecture and province (deduplicated); non-GB codes (ISO countries) stay as they are. */
export function rollUpCodes(code: string): string[] {
  if (!/^\d{6}(\d{3}|\d{6})?$/.test(code)) return [code];
  const out: string[] = [code];
  const county = code.slice(0, 6);
  const prefecture = `${code.slice(0, 4)}00`;
  const province = `${code.slice(0, 2)}0000`;
  for (const c of [county, prefecture, province]) if (!out.includes(c)) out.push(c);
  return out;
}
