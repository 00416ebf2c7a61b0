import { XMLBuilder } from 'fast-xml-parser';

/**
 * An XML file from a tree of plain objects: keys starting with "@_" are attributes, "#text"
 * is text; fast-xml-parser escapes both, so names with & < > " ' stay text.
 */
export function xmlDocument(root: Record<string, unknown>): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...root }) as string;
}
