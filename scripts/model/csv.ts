/** RFC 4180 CSV: comma-separated, fields quoted when they hold a comma, quote or line break; LF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean)[])[]): string {
  const field = (value: string | number | boolean) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [header, ...rows]
    .map((row) => row.map(field).join(','))
    .join('\n')
    .concat('\n');
}
