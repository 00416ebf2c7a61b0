import { useEffect } from 'react';
import { onMenuCommand } from '../api/atlas-api';
import { useBackupsStore } from '../features/backups/backups-store';
import { useAtlasStore } from '../state/atlas-store';

/** Carries out the native menu's commands (desktop only; the preview has no native menu). */
export function useMenuCommands(): void {
  useEffect(
    () =>
      onMenuCommand((command) => {
        const store = useAtlasStore.getState();
        if (command === 'open-dataset') store.openDatasetDialog();
        else if (command === 'set-language-en') void store.setUiLanguage('en');
        else if (command === 'set-language-ja') void store.setUiLanguage('ja');
        else if (command === 'reset-layout') void store.resetLayout();
        else if (command === 'open-backups') useBackupsStore.getState().openDialog();
        else if (command === 'check-integrity') void useBackupsStore.getState().checkDatabase();
        else store.requestFit();
      }),
    [],
  );
}
