/**
 * A sheet as the spreadsheet code sees it, whatever the file: rows of text cells. Row numbers
 * are the ones a spreadsheet program shows (the first row is 1), so a message can send the
 * user to the exact cell.
 */
export interface SheetRow {
  readonly number: number;
  readonly cells: readonly string[];
}

export interface SheetTable {
  /** The sheet's name in a workbook, or the file name of a CSV file. */
  readonly name: string;
  readonly rows: readonly SheetRow[];
}

/** Column letters as spreadsheets show them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}
