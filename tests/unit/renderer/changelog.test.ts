import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ActorSummary } from '../../../api/types';
import { compareBundles } from '../../../db/exchange/compare-bundles';
import type { LooseRecord } from '../../../db/exchange/record-labels';
import { changeLabels } from '../../../renderer/features/exchange/change-labels';
import { changelogCsv, changelogMarkdown, type ChangelogTexts } from '../../../renderer/features/exchange/changelog';
import appEn from '../../../locales/en/app.json';
import fieldsEn from '../../../locales/en/fields.json';
import vocabularyEn from '../../../locales/en/vocabulary.json';
import appJa from '../../../locales/ja/app.json';
import fieldsJa from '../../../locales/ja/fields.json';
import vocabularyJa from '../../../locales/ja/vocabulary.json';
import { actorOf, readRawBundle, SHIPPED_BUNDLE_PATH } from '../../support/bundles';

const shipped = readRawBundle(SHIPPED_BUNDLE_PATH);
/** The renderer's resources (renderer/i18n/i18n.ts touches the DOM, so they are assembled here from the same files). */
const resources = {
  en: { app: appEn, vocabulary: vocabularyEn, fields: fieldsEn },
  ja: { app: appJa, vocabulary: vocabularyJa, fields: fieldsJa },
};

function labelsIn(language: 'en' | 'ja') {
  const i18n = i18next.createInstance();
  void i18n.init({ resources, lng: language, ns: ['app', 'vocabulary', 'fields'], defaultNS: 'app', interpolation: { escapeValue: false }, initAsync: false });
  const actors = shipped.actors.map((a) => ({ id: a['id'], name: a['name'] }) as unknown as ActorSummary);
  return changeLabels({ t: i18n.getFixedT(language, 'app'), tf: i18n.getFixedT(language, 'fields'), tv: i18n.getFixedT(language, 'vocabulary'), uiLanguage: language, actors });
}

const texts: ChangelogTexts = {
  title: 'Changes to US–Japan cybersecurity cooperation',
  intro: 'What changed from release-1.json to the current data.',
  columns: { list: 'Kind', change: 'Change', id: 'ID', record: 'Record', field: 'Field', before: 'Before', after: 'After' },
};

describe('changelogs', () => {
  const edited = structuredClone(shipped);
  (actorOf(edited, 'npa')['name'] as Record<string, string>)['ja'] = '警察庁*改*';
  actorOf(edited, 'npa')['type'] = 'ministry';
  (actorOf(edited, 'nisc')['name'] as Record<string, string>)['en'] = '=HYPERLINK("http://x")';
  const comparison = compareBundles(shipped as LooseRecord, edited as LooseRecord);

  it('reads as Markdown in the UI language, codes as their labels and markup escaped', () => {
    const markdown = changelogMarkdown(comparison, labelsIn('ja'), texts);
    expect(markdown.split('\n')).toEqual([
      '# Changes to US–Japan cybersecurity cooperation',
      '',
      'What changed from release-1.json to the current data.',
      '',
      '## 組織',
      '',
      expect.stringMatching(/^- \*\*変更\*\* 内閣サイバーセキュリティセンター \(`nisc`\)$/),
      expect.stringMatching(/^ {2}- 名称（英語）: National center .* → =HYPERLINK\("http:\/\/x"\)$/),
      '- **変更** 警察庁\\*改\\* (`npa`)',
      `  - 種別: ${resources.ja.vocabulary.actorType.agency} → ${resources.ja.vocabulary.actorType.ministry}`,
      '  - 名称（日本語）: 警察庁 → 警察庁\\*改\\*',
      '',
    ]);
  });

  it('opens in Excel as CSV: byte-order mark, one row per changed field, formulas neutralised', () => {
    const csv = changelogCsv(comparison, labelsIn('en'), texts);
    expect(csv.startsWith('\uFEFFKind,Change,ID,Record,Field,Before,After\r\n')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^Organizations,Changed,nisc,"'=HYPERLINK\(""http:\/\/x""\)",Name \(English\),National center .*,"'=HYPERLINK\(""http:\/\/x""\)"$/);
    expect(rows[2]).toBe('Organizations,Changed,npa,National Police Agency,Type,Government agency,Ministry / department');
  });
});
