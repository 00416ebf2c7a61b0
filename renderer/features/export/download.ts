/**
 * Saves a file the way the platform does: the browser's download, which the desktop app turns
 * into a native save dialog. Nothing is uploaded anywhere.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "5th-japan-us-cyber-dialogue" from a title in any script; Japanese characters are kept. */
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
