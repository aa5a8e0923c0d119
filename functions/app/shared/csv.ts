/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or spaces at an end,
 * quotes doubled. A field a spreadsheet would run as a formula (=, +, -, @, tab or carriage return
 * first) is given a leading apostrophe first (OWASP's advice on CSV injection): a practitioner's
 * name comes from the region's file.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (values: readonly string[]) => values.map(csvField).join(',');
