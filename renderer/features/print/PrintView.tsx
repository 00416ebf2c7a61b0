import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasData, Briefing, SourceWithCitations } from '../../../api/types';
import type { LabelLanguage } from '../../../domain/languages';
import { api } from '../../api/atlas-api';
import { sceneVisible } from '../map/scene-visibility';
import { mapSvg } from '../export/map-image';
import { MAP_FONT_FAMILY } from '../map/map-style';
import { packText } from '../export/pack-text';
import { publisherGroups, sceneContext } from '../export/scene-context';
import { withRenderedScene } from '../export/scene-renderer';
import { mapLinks } from '../../../domain/map-links';
import { formatPartialDate } from '../../i18n/format-date';
import { PrintLegend } from './PrintLegend';
import { TimelineStrip } from './TimelineStrip';
import { ComparisonPrintPage } from '../compare/ComparisonPrintPage';
import '../compare/compare.css';

/**
 * The map is drawn at this size in CSS pixels and printed into the page's map area, which is
 * at most 277 mm wide and at least 92 mm tall on A4 landscape: a scale of at least
 * 0.59 pt per pixel (92 mm = 261 pt over 440 px). Labels are drawn at 17 px so they print
 * at 10 pt or more (measured in the PDF: 9.3 pt or more, the font's box being a little smaller).
 */
const MAP_SIZE = { width: 1100, height: 440 } as const;
const PRINT_SIZES = { label: 17, title: 19, badge: 17 } as const;
/** Up to this many sources are listed in full on a page; more are grouped by publisher. */
const FULL_SOURCE_LIST = 8;

export interface PrintRequest {
  readonly briefingId: number;
  readonly sceneId: number | null;
  readonly language: LabelLanguage;
}

export function parsePrintRequest(hash: string): PrintRequest | null {
  const query = new URLSearchParams(hash.replace(/^#print\??/, ''));
  const briefingId = Number(query.get('briefing'));
  const language = query.get('lang');
  if (!Number.isInteger(briefingId) || briefingId <= 0 || (language !== 'en' && language !== 'ja' && language !== 'both')) return null;
  const sceneId = Number(query.get('scene'));
  return { briefingId, language, sceneId: Number.isInteger(sceneId) && sceneId > 0 ? sceneId : null };
}

/**
 * A page holds as many publishers as fit under the map; the rest are counted ("and 40 more"),
 * so a scene that shows the whole map still prints on exactly one page.
 */
function fitPublishers(list: HTMLElement, more: (count: number) => string): void {
  const footer = list.closest<HTMLElement>('.print-page__footer');
  const items = [...list.querySelectorAll<HTMLElement>('.print-page__publisher')];
  const note = list.querySelector<HTMLElement>('.print-page__more');
  if (!footer || !note) return;
  let left = 0;
  while (footer.scrollHeight > footer.clientHeight + 1 && items.length > 0) {
    const last = items.pop();
    if (!last) break;
    last.hidden = true;
    left += Number(last.dataset['count'] ?? 1);
    note.textContent = more(left);
    note.hidden = false;
  }
}

interface PrintData {
  readonly atlas: AtlasData;
  readonly briefing: Briefing;
  readonly sources: readonly SourceWithCitations[];
}

/**
 * The briefing pack: exactly one landscape page per scene with its map (vector, labels as real
 * text at 9 pt or more), title, as-of date, a legend of what the map shows, a timeline strip at
 * the scene's date and the sources behind what it shows. Every word on the page is in the
 * pack's language (both, for a bilingual pack), whatever the UI language. Printing it to PDF
 * embeds the font, so Japanese stays text. Sets data-print-ready on <html> when complete.
 */
export function PrintView({ request }: { readonly request: PrintRequest }) {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<PrintData | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The timeline strips place their labels by measured width, which needs the font's glyphs.
  const [stripFontsReady, setStripFontsReady] = useState(false);
  const figures = useRef(new Map<number, HTMLElement>());
  const language = request.language;
  const text = useMemo(() => packText(language), [language]);
  const textLanguage = text.primary;

  useEffect(() => {
    void Promise.all([api.getAtlas({}), api.getBriefing({ briefingId: request.briefingId }), api.listSources({})]).then(([atlas, briefing, sources]) => {
      if (atlas.ok && briefing.ok && sources.ok) setData({ atlas: atlas.value, briefing: briefing.value, sources: sources.value });
      else setFailure((!atlas.ok && atlas.error.message) || (!briefing.ok && briefing.error.message) || (!sources.ok && sources.error.message) || '');
    });
  }, [request.briefingId]);

  const pages = useMemo(() => {
    if (!data) return [];
    const links = mapLinks(data.atlas);
    return data.briefing.scenes
      .map((scene, index) => ({ scene, index }))
      .filter(({ scene }) => request.sceneId === null || scene.id === request.sceneId)
      .map(({ scene, index }) => {
        const visible = sceneVisible(data.atlas, links, data.briefing.scenes, index);
        const selection = scene.view.selection;
        const selectedEvents = new Set(
          selection?.kind === 'event' ? [selection.id] : selection?.kind === 'actor' ? data.atlas.events.filter((e) => e.actors.includes(selection.id)).map((e) => e.id) : [],
        );
        const selectedName =
          selection?.kind === 'actor'
            ? text.data(data.atlas.actors.find((a) => a.id === selection.id)?.name)
            : selection?.kind === 'event'
              ? text.data(data.atlas.events.find((e) => e.id === selection.id)?.title)
              : null;
        return { scene, index, visible, selectedEvents, selectedName, context: sceneContext(data.atlas, data.briefing, data.sources, index, text) };
      });
  }, [data, request.sceneId, text]);

  useEffect(() => {
    if (!data) return;
    let cancelled = false;
    const titles = data.atlas.events.map((event) => text.data(event.title)).join('');
    void Promise.all([document.fonts.load(`12px ${MAP_FONT_FAMILY}`, titles), document.fonts.load(`12px ${MAP_FONT_FAMILY}`, '0123456789年')]).then(() => {
      if (!cancelled) setStripFontsReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [data, text]);

  useEffect(() => {
    if (!data || pages.length === 0 || !stripFontsReady) return;
    let cancelled = false;
    const draw = async () => {
      for (const page of pages) {
        const renderOptions = { language, theme: 'vector', ...MAP_SIZE, sizes: PRINT_SIZES, cropToShown: true } as const;
        const svg = await withRenderedScene(data.atlas, data.briefing.scenes, page.index, renderOptions, (cy) => mapSvg(cy, { embedFonts: false }));
        if (cancelled) return;
        const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
        parsed.setAttribute('class', 'print-page__map-svg');
        // Scaled into the page's map area as a whole, keeping its proportions.
        parsed.setAttribute('viewBox', `0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}`);
        parsed.setAttribute('preserveAspectRatio', 'xMidYMid meet');
        figures.current.get(page.scene.id)?.replaceChildren(document.importNode(parsed, true));
      }
      await document.fonts.ready;
      if (cancelled) return;
      for (const list of document.querySelectorAll<HTMLElement>('.print-page__publishers')) fitPublishers(list, (count) => text.t('handout.moreSources', { count }));
      document.documentElement.dataset['printReady'] = 'true';
    };
    void draw();
    return () => {
      cancelled = true;
    };
  }, [data, pages, language, stripFontsReady, text]);

  if (failure !== null) return <p className="error">{failure}</p>;
  if (!data) return <p className="muted">{t('app.loading')}</p>;

  return (
    <div className="print-view">
      <div className="print-toolbar" lang={i18n.language}>
        <button type="button" className="primary-button" onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <span className="muted">{t('print.hint')}</span>
      </div>
      {pages.map(({ scene, index, visible, selectedEvents, selectedName, context }) => (
        <Fragment key={scene.id}>
        <section className="print-page" data-scene-id={scene.id} lang={textLanguage}>
          <header className="print-page__header">
            <span>{context.briefingTitle}</span>
            <span>
              {index + 1} / {data.briefing.scenes.length}
            </span>
          </header>
          <h1 className="print-page__title">{context.title}</h1>
          <p className="print-page__caption">
            {[context.asOf, text.t('print.shown', { actors: visible.actors.size, links: visible.links.size }), selectedName ? text.t('print.selected', { name: selectedName }) : null]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <figure
            className="print-page__map"
            ref={(element) => {
              if (element) figures.current.set(scene.id, element);
            }}
          />
          {stripFontsReady && <TimelineStrip events={data.atlas.events} date={scene.view.asOfDate} language={textLanguage} highlighted={selectedEvents} />}
          <div className="print-page__footer">
            <PrintLegend entries={context.legend} heading={text.t('handout.legend')} />
            <section className="print-page__sources">
              <h2>{text.t('print.sources', { count: context.sources.length })}</h2>
              {context.sources.length <= FULL_SOURCE_LIST ? (
                <ol>
                  {context.sources.map((source) => (
                    <li key={source.id} data-data-text>
                      {text.data(source.title)}
                      {source.publisher ? ` — ${source.publisher}` : ''}
                      {source.date ? `, ${formatPartialDate(source.date, textLanguage)}` : ''}
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="print-page__publishers">
                  {publisherGroups(context.sources, text).map((group) => (
                    <span key={group.label} className="print-page__publisher" data-count={group.count}>
                      {group.label}
                      {' · '}
                    </span>
                  ))}
                  <span className="print-page__more" hidden />
                </p>
              )}
            </section>
          </div>
        </section>
        {scene.view.comparison && <ComparisonPrintPage atlas={data.atlas} scene={scene} language={language} header={context.briefingTitle} />}
        </Fragment>
      ))}
    </div>
  );
}
