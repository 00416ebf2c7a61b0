import { useEffect } from 'react';
import { onMenuCommand } from '../api/atlas-api';
import { resetLayout } from '../features/map/map-commands';
import { currentMap } from '../features/map/map-instance';
import { usePanelsStore } from '../state/panels-store';
import { useViewStore } from '../state/view-store';
import { useBackupsStore } from '../features/backups/backups-store';
import { runUndoCommand } from '../features/editing/undo-commands';

/** Carries out the native menu's commands (desktop only; the preview has no native menu). */
export function useMenuCommands(): void {
  useEffect(
    () =>
      onMenuCommand((command) => {
        const view = useViewStore.getState();
        if (command === 'open-dataset') usePanelsStore.getState().openDatasetDialog();
        else if (command === 'set-language-en') void view.setUiLanguage('en');
        else if (command === 'set-language-ja') void view.setUiLanguage('ja');
        else if (command === 'reset-layout') void resetLayout(currentMap());
        else if (command === 'open-backups') useBackupsStore.getState().openDialog();
        else if (command === 'check-integrity') void useBackupsStore.getState().checkDatabase();
        else if (command === 'undo' || command === 'redo') runUndoCommand(command);
        else currentMap()?.fit(true);
      }),
    [],
  );
}
