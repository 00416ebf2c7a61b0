import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { SheetTable } from './sheet-table';

/**
 * CSV files as spreadsheet programs write them: UTF-8 with or without a byte-order mark,
 * UTF-16 with one (Excel's "Unicode text"), or Shift_JIS as Japanese Excel writes "CSV"
 * (Microsoft's CP932, which adds NEC and IBM characters such as ① and ㈱). Bytes that are not
 * valid UTF-8 are read as CP932: Japanese text in CP932 is practically never valid UTF-8.
 */

export interface DecodedText {
  readonly text: string;
  readonly encoding: 'UTF-8' | 'UTF-8 (BOM)' | 'UTF-16' | 'Shift_JIS (CP932)';
}

export function decodeSpreadsheetText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: iconv.decode(Buffer.from(bytes), 'utf-16'), encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'cp932'), encoding: 'Shift_JIS (CP932)' };
  }
}

export interface CsvReading {
  readonly table: SheetTable;
  readonly encoding: DecodedText['encoding'];
  /** Quoting mistakes, each naming its row; the table is not to be trusted when there are any. */
  readonly problems: readonly string[];
}

export function readCsv(name: string, bytes: Uint8Array): CsvReading {
  const { text, encoding } = decodeSpreadsheetText(bytes);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const problems = parsed.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => `${name}, row ${(error.row ?? 0) + 1}: ${error.message}`);
  const rows = parsed.data.map((cells, index) => ({ number: index + 1, cells }));
  return { table: { name, rows }, encoding, problems };
}
