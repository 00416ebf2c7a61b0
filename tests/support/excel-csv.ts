import iconv from 'iconv-lite';

/**
 * CSV as Excel's "CSV (Comma delimited)" writes it: CRLF between rows, a cell quoted only when
 * it holds a comma, a quote or a line break (which stays a bare LF inside the quotes), no
 * byte-order mark; on Japanese Windows in CP932.
 */
export function excelCsv(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function cp932(text: string): Buffer {
  return iconv.encode(text, 'cp932');
}
