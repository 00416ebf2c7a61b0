/** A file name from a title in any script ("日米の体制: 2025/08" → "日米の体制-2025-08"); Japanese is kept. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKC')
    // Characters no file system accepts in a name, control characters included.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return slug || 'alliance-atlas';
}
