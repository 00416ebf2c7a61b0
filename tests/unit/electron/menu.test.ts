import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../api/operations';
import { buildMenuTemplate } from '../../../electron/main/menu';

function labels(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

describe('native menu', () => {
  const sent: MenuCommand[] = [];
  const build = (language: 'en' | 'ja', isMac = false) => buildMenuTemplate(language, { isMac, isPackaged: true, send: (c) => sent.push(c) });

  it('follows the UI language', () => {
    expect(labels(build('en'))).toEqual(expect.arrayContaining(['File', 'Open Dataset…', 'View', 'Language', 'Fit Map to Window']));
    expect(labels(build('ja'))).toEqual(expect.arrayContaining(['ファイル', 'データセットを開く…', '表示', '言語', 'マップを画面に合わせる']));
    expect(labels(build('ja'))).not.toContain('File');
  });

  it('marks the current language and sends commands to the page', () => {
    const view = build('ja').find((item) => item.label === '表示');
    const language = (view?.submenu as MenuItemConstructorOptions[]).find((item) => item.label === '言語');
    const choices = language?.submenu as MenuItemConstructorOptions[];
    expect(choices.map((c) => [c.label, c.checked])).toEqual([
      ['English', false],
      ['日本語', true],
    ]);
    (choices[0]?.click as () => void)();
    expect(sent).toEqual(['set-language-en']);
  });

  it('offers the backups and the integrity check in the File menu', () => {
    const file = build('ja').find((item) => item.label === 'ファイル');
    const items = (file?.submenu as MenuItemConstructorOptions[]).filter((item) => item.label);
    expect(items.map((item) => item.label)).toEqual(expect.arrayContaining(['バックアップ…', 'データベースを検査…']));
    sent.length = 0;
    for (const item of items.filter((i) => i.label === 'バックアップ…' || i.label === 'データベースを検査…')) (item.click as () => void)();
    expect(sent).toEqual(['open-backups', 'check-integrity']);
  });

  it('has no developer tools in the packaged app', () => {
    expect(labels(build('en'))).not.toContain('Developer Tools');
  });
});
