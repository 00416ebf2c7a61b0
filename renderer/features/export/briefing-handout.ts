import type { AtlasData, Briefing, SourceView, SourceWithCitations } from '../../../api/types';
import { pickText, type LocalizedText } from '../../../domain/languages';
import { api } from '../../api/atlas-api';
import { formatPartialDate } from '../../i18n/format-date';
import { downloadBlob } from './download';
import { embeddedFontFaces } from './embedded-fonts';
import { fileSlug } from './file-names';
import { handoutMain } from './handout-script';
import { HANDOUT_CSS } from './handout-style';
import { mapSvg, visibleLabelText } from './map-image';
import { packText } from './pack-text';
import { sceneContext } from './scene-context';
import { withRenderedScene } from './scene-renderer';

const LANGUAGES = ['en', 'ja'] as const;
type Lang = (typeof LANGUAGES)[number];
const FRAME = { width: 1400, height: 860 } as const;
const UI_KEYS = ['previous', 'next', 'sceneOf', 'zoomIn', 'zoomOut', 'fit', 'clickHint', 'close', 'map', 'legend', 'sources'] as const;

type Both = Record<Lang, string>;

function both(make: (lang: Lang) => string): Both {
  return { en: make('en'), ja: make('ja') };
}

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}

/** JSON that is safe inside a <script> element: nothing in it can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A briefing as one self-contained HTML file that opens in any browser with no network and no
 * server: each scene's map as SVG in both languages (labels as text, fonts embedded), the
 * scenes step by step, pan and zoom, and a click on an organization for its description and
 * sources. Organizations are named in it by position only, never by their record ids. A strict
 * Content-Security-Policy allows only its own inline script and style (by hash) and data: fonts.
 */
export async function briefingHandout(atlas: AtlasData, briefing: Briefing, sources: readonly SourceWithCitations[], language: 'en' | 'ja' | 'both'): Promise<string> {
  const texts = { en: packText('en'), ja: packText('ja') };
  const handles = new Map<string, string>();
  const handleOf = (actorId: string) => {
    const known = handles.get(actorId);
    if (known) return known;
    const handle = `o${handles.size + 1}`;
    handles.set(actorId, handle);
    return handle;
  };
  let labelText = '';
  const scenes = [];
  for (let index = 0; index < briefing.scenes.length; index++) {
    const context = { en: sceneContext(atlas, briefing, sources, index, texts.en), ja: sceneContext(atlas, briefing, sources, index, texts.ja) };
    const maps: Partial<Both> = {};
    let box: { x: number; y: number; w: number; h: number } = { x: 0, y: 0, w: FRAME.width, h: FRAME.height };
    for (const lang of LANGUAGES) {
      maps[lang] = await withRenderedScene(atlas, briefing.scenes, index, { language: lang, theme: 'vector', ...FRAME, cropToShown: true }, async (cy) => {
        labelText += visibleLabelText(cy);
        // Invisible targets over each organization: what a click selects.
        const targets = cy
          .nodes(':visible')
          .filter((node) => node.data('kind') === 'actor')
          .map((node) => {
            const b = node.renderedBoundingBox({ includeLabels: true });
            return `<rect data-actor="${handleOf(node.id())}" x="${b.x1.toFixed(1)}" y="${b.y1.toFixed(1)}" width="${b.w.toFixed(1)}" height="${b.h.toFixed(1)}" fill="transparent"/>`;
          })
          .join('');
        const svg = await mapSvg(cy, { embedFonts: false });
        const drawn = cy.elements(':visible').renderedBoundingBox({ includeLabels: true });
        box = { x: Math.max(0, drawn.x1 - 12), y: Math.max(0, drawn.y1 - 12), w: Math.min(FRAME.width, drawn.w + 24), h: Math.min(FRAME.height, drawn.h + 24) };
        return svg.replace(/<\/svg>\s*$/, `<g>${targets}</g></svg>`);
      });
    }
    scenes.push({
      title: both((lang) => context[lang].title),
      notes: both((lang) => context[lang].notes),
      asOf: both((lang) => context[lang].asOf),
      legend: { en: context.en.legend.map((e) => e.label), ja: context.ja.legend.map((e) => e.label) },
      sourceCount: context.en.sources.length,
      map: maps as Both,
      box,
    });
  }

  const citing = new Map<string, SourceView[]>();
  for (const entry of sources) for (const record of entry.citedBy) if (record.kind === 'actor') citing.set(record.id, [...(citing.get(record.id) ?? []), entry.source]);
  const actors: Record<string, unknown> = {};
  for (const [actorId, handle] of handles) {
    const details = await api.getActorDetails({ actorId });
    const actor = atlas.actors.find((a) => a.id === actorId);
    const pick = (text: LocalizedText | null | undefined) => both((lang) => pickText(text, [lang]));
    actors[handle] = {
      name: pick(actor?.name),
      type: both((lang) => texts[lang].vocab(`actorType.${actor?.type ?? 'agency'}`)),
      description: pick(details.ok ? details.value.description : null),
      sources: (citing.get(actorId) ?? []).map((source) => ({
        title: pick(source.title),
        publisher: source.publisher ?? '',
        date: both((lang) => (source.date ? formatPartialDate(source.date, lang) : '')),
        url: source.url ?? '',
      })),
    };
  }

  const data = {
    language: (language === 'ja' ? 'ja' : 'en') as Lang,
    title: both((lang) => texts[lang].data(briefing.title)),
    ui: { en: Object.fromEntries(UI_KEYS.map((key) => [key, texts.en.t(`handout.${key}`, { n: '{{n}}', total: '{{total}}' })])), ja: Object.fromEntries(UI_KEYS.map((key) => [key, texts.ja.t(`handout.${key}`, { n: '{{n}}', total: '{{total}}' })])) },
    scenes,
    actors,
  };
  const json = scriptJson(data);
  const fonts = await embeddedFontFaces(labelText + json.replace(/\\u[0-9a-f]{4}/g, ''));
  const style = `${fonts}\n${HANDOUT_CSS}`;
  const script = `(${handoutMain.toString()})();`;
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${await sha256(script)}'`,
    `style-src 'sha256-${await sha256(style)}'`,
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const lang = data.language;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(data.title[lang])}</title>
<style>${style}</style>
</head>
<body>
<header>
<div class="titles"><h1 id="briefing-title"></h1><h2 id="scene-title"></h2><p id="as-of"></p></div>
<div class="controls">
<button type="button" id="previous"></button><span id="counter" aria-live="polite"></span><button type="button" id="next"></button>
<span role="group" aria-label="Language / 言語"><button type="button" data-lang="en">English</button><button type="button" data-lang="ja">日本語</button></span>
</div>
</header>
<main>
<div class="map-area"><div class="zoom"><button type="button" id="zoom-in"></button><button type="button" id="zoom-out"></button><button type="button" id="fit"></button></div><div id="map" role="group"></div></div>
<aside id="details" aria-live="polite"></aside>
</main>
<footer><p id="notes"></p><div><h2 id="legend-heading"></h2><ul id="legend"></ul></div></footer>
<script type="application/json" id="handout-data">${json}</script>
<script>${script}</script>
</body>
</html>
`;
}

export async function exportBriefingHandout(atlas: AtlasData, briefing: Briefing, sources: readonly SourceWithCitations[], language: 'en' | 'ja' | 'both'): Promise<string> {
  const fileName = `${fileSlug(pickText(briefing.title, [language === 'ja' ? 'ja' : 'en']))}.html`;
  downloadBlob(new Blob([await briefingHandout(atlas, briefing, sources, language)], { type: 'text/html;charset=utf-8' }), fileName);
  return fileName;
}
