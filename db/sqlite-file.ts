import Database from 'better-sqlite3';

let nativeBinding: string | undefined;

/**
 * Electron in development loads a better-sqlite3 built for its own ABI (electron/main/
 * native-binding.ts); every connection the process opens, backups and recovery included,
 * must use that build. Set once at start-up.
 */
export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

export function openSqliteFile(file: string, options: { readonly readonly?: boolean; readonly fileMustExist?: boolean } = {}): Database.Database {
  return new Database(file, { ...options, ...(nativeBinding ? { nativeBinding } : {}) });
}
