import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../api/operations';
import type { UiLanguage } from '../../domain/languages';
import menuEn from '../../locales/en/menu.json';
import menuJa from '../../locales/ja/menu.json';

const MENU_TEXTS: Record<UiLanguage, typeof menuEn> = { en: menuEn, ja: menuJa };

/**
 * The native menu in the UI language. Role items get explicit labels because Electron only
 * translates its own labels on macOS. Commands that concern the page are sent to it.
 */
export function buildMenuTemplate(
  language: UiLanguage,
  options: { readonly isMac: boolean; readonly isPackaged: boolean; readonly send: (command: MenuCommand) => void },
): MenuItemConstructorOptions[] {
  const t = MENU_TEXTS[language];
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => options.send(name),
    ...(accelerator ? { accelerator } : {}),
  });
  const appMenu: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: t.appName,
          submenu: [
            { role: 'about', label: t.about },
            { type: 'separator' },
            { role: 'hide', label: t.hide },
            { role: 'hideOthers', label: t.hideOthers },
            { role: 'unhide', label: t.showAll },
            { type: 'separator' },
            { role: 'quit', label: t.quit },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: t.file,
      submenu: [
        command(t.openDataset, 'open-dataset', 'CmdOrCtrl+O'),
        { type: 'separator' },
        command(t.backups, 'open-backups'),
        command(t.checkDatabase, 'check-integrity'),
        ...(options.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
      ],
    },
    {
      label: t.edit,
      submenu: [
        // Undo and redo are the app's own (edits, drags, scenes: the change log); the page hands
        // them to a text field instead while one has the focus.
        command(t.undo, 'undo', 'CmdOrCtrl+Z'),
        command(t.redo, 'redo', options.isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        {
          label: t.language,
          submenu: [
            { label: 'English', type: 'radio', checked: language === 'en', click: () => options.send('set-language-en') },
            { label: '日本語', type: 'radio', checked: language === 'ja', click: () => options.send('set-language-ja') },
          ],
        },
        { type: 'separator' },
        command(t.fitMap, 'fit-map', 'CmdOrCtrl+0'),
        command(t.resetLayout, 'reset-layout'),
        { type: 'separator' },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { role: 'resetZoom', label: t.actualSize },
        { role: 'togglefullscreen', label: t.fullScreen },
        ...(options.isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools', label: t.developerTools } as const]),
      ],
    },
    {
      label: t.window,
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
  ];
}
