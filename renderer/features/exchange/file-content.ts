import type { ExportedFile } from '../../../api/exchange-types';

/** A chosen file's bytes as base64, the way the contract carries spreadsheets (the main process detects their encoding). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** An exported file as a Blob to save. */
export function blobOf(file: ExportedFile): Blob {
  if (file.encoding === 'text') return new Blob([file.content], { type: `${file.mimeType};charset=utf-8` });
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mimeType });
}
