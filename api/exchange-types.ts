import type { LocalizedText } from '../domain/languages';

/** What the data exchange operations answer: files out, previews of files in, and comparisons. */

export const EXPORT_FORMATS = ['bundle', 'xlsx', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  /** A suggested name; the user may change it when saving. */
  readonly fileName: string;
  readonly mimeType: string;
  /** 'text' for UTF-8 text, 'base64' for binary files (XLSX). */
  readonly encoding: 'text' | 'base64';
  readonly content: string;
}

/** The lists of a bundle a comparison reports on; 'dataset' is the bundle's own fields (title, version). */
export const COMPARED_LISTS = ['actors', 'relations', 'events', 'sources', 'countries', 'dataset'] as const;
export type ComparedList = (typeof COMPARED_LISTS)[number];

/**
 * One difference in one field of a record. `value`: a text or code changed (`lang` for a text
 * in one language, `item` for a part of a list such as the confidence of one cited source);
 * `items`: members added to or removed from a list compared as a set (aliases, an event's
 * organizations, cited sources).
 */
export type FieldChange =
  | {
      readonly kind: 'value';
      readonly field: string;
      readonly lang: string | null;
      readonly item: string | null;
      readonly before: string | null;
      readonly after: string | null;
    }
  | { readonly kind: 'items'; readonly field: string; readonly added: readonly string[]; readonly removed: readonly string[] };

export interface RecordChange {
  readonly list: ComparedList;
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** The record's name or title (a relation: its two organizations and its type), from the newer side when it has one. */
  readonly label: LocalizedText;
  /** For 'changed' only, in the order of the record's fields. */
  readonly fields: readonly FieldChange[];
}

export interface ChangeCounts {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
}

export interface BundleComparison {
  /** By list (in COMPARED_LISTS order), then added, removed, changed, each by id. */
  readonly changes: readonly RecordChange[];
  readonly counts: Readonly<Record<ComparedList, ChangeCounts>>;
}

export interface ImportPreview {
  readonly fileName: string;
  /** How a CSV file's bytes were read, e.g. "Shift_JIS (CP932)"; null for other files. */
  readonly encoding: string | null;
  /** Record lists the file provides. */
  readonly listsRead: readonly string[];
  /** Sheets of the file that matched no record list and are not imported. */
  readonly sheetsIgnored: readonly string[];
  /** From the current data to the data after the import; null when the file could not be read at all. */
  readonly comparison: BundleComparison | null;
  /** Why the file cannot be imported as it is, each naming sheet, row and column; empty when it can. */
  readonly problems: readonly string[];
  /** Findings that do not stop the import (the same quality rules as for bundles). */
  readonly warnings: readonly string[];
}
