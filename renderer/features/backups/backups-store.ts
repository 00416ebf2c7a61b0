import { create } from 'zustand';
import type { ApiError } from '../../../api/result';
import type { IntegrityReport } from '../../../api/types';
import { api } from '../../api/atlas-api';

/** The thorough integrity check: under way, or its report, or why it could not run. */
export type IntegrityCheck = 'running' | { readonly report: IntegrityReport } | { readonly error: ApiError };

interface BackupsState {
  readonly open: boolean;
  readonly check: IntegrityCheck | null;
  openDialog(): void;
  /** Opens the dialog and runs `PRAGMA integrity_check` (the dialog's button, the native menu's Check Database…). */
  checkDatabase(): Promise<void>;
  close(): void;
}

export const useBackupsStore = create<BackupsState>()((set) => ({
  open: false,
  check: null,
  openDialog: () => set({ open: true }),
  async checkDatabase() {
    set({ open: true, check: 'running' });
    const result = await api.checkIntegrity({});
    set({ check: result.ok ? { report: result.value } : { error: result.error } });
  },
  close: () => set({ open: false, check: null }),
}));
