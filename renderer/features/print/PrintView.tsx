import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasData, Briefing, SourceWithCitations } from '../../../api/types';
import { pickText, type LocalizedText, type LabelLanguage } from '../../../domain/languages';
import { api } from '../../api/atlas-api';
import { sceneVisible } from '../map/scene-visibility';
import { mapSvg } from '../export/map-image';
import { renderScene } from '../export/scene-renderer';
import { mapLinks } from '../../../domain/map-links';
import { formatPartialDate } from '../../i18n/format-date';
import { sourcesShown } from './shown-sources';
import { TimelineStrip } from './TimelineStrip';

const MAP_SIZE = { width: 1000, height: 470 } as const;

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

/** Text in the printed language; both languages as "English / 日本語" when printing bilingually. */
function inLanguage(text: LocalizedText | null | undefined, language: LabelLanguage): string {
  if (language !== 'both') return pickText(text, [language]);
  const english = pickText(text, ['en']);
  const japanese = pickText(text, ['ja']);
  return english === japanese ? english : `${english} / ${japanese}`;
}

interface PrintData {
  readonly atlas: AtlasData;
  readonly briefing: Briefing;
  readonly sources: readonly SourceWithCitations[];
}

/**
 * The briefing pack: one page per scene with its map (vector, labels as real text), a caption,
 * a timeline strip at the scene's date and the sources behind what it shows. Printing it to PDF
 * embeds the font, so Japanese stays text. Sets data-print-ready on <html> when complete.
 */
export function PrintView({ request }: { readonly request: PrintRequest }) {
  const { t, i18n } = useTranslation();
  const language = request.language;
  // The pack speaks the language it is printed in (a bilingual pack: the UI language), even
  // when the UI is in the other one; only the toolbar, which is not printed, follows the UI.
  const textLanguage = language === 'both' ? (i18n.language === 'ja' ? 'ja' : 'en') : language;
  const { t: tPack } = useTranslation('app', { lng: textLanguage });
  const [data, setData] = useState<PrintData | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const figures = useRef(new Map<number, HTMLElement>());

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
            ? inLanguage(data.atlas.actors.find((a) => a.id === selection.id)?.name, language)
            : selection?.kind === 'event'
              ? inLanguage(data.atlas.events.find((e) => e.id === selection.id)?.title, language)
              : null;
        return { scene, index, visible, selectedEvents, selectedName, sources: sourcesShown(data.sources, links, visible, selection) };
      });
  }, [data, request.sceneId, language]);

  useEffect(() => {
    if (!data || pages.length === 0) return;
    let cancelled = false;
    const host = document.createElement('div');
    host.className = 'offscreen-render';
    document.body.append(host);
    const draw = async () => {
      for (const page of pages) {
        const rendered = renderScene(host, data.atlas, data.briefing.scenes, page.index, { language, theme: 'vector', ...MAP_SIZE });
        const svg = await mapSvg(rendered.cy, { embedFonts: false });
        rendered.dispose();
        if (cancelled) return;
        const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
        parsed.setAttribute('class', 'print-page__map-svg');
        figures.current.get(page.scene.id)?.replaceChildren(document.importNode(parsed, true));
      }
      await document.fonts.ready;
      if (!cancelled) document.documentElement.dataset['printReady'] = 'true';
    };
    void draw();
    return () => {
      cancelled = true;
      host.remove();
    };
  }, [data, pages, language]);

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
      {pages.map(({ scene, index, visible, selectedEvents, selectedName, sources }) => (
        <section key={scene.id} className="print-page" data-scene-id={scene.id} lang={textLanguage}>
          <header className="print-page__header">
            <span>{inLanguage(data.briefing.title, language)}</span>
            <span>
              {index + 1} / {data.briefing.scenes.length}
            </span>
          </header>
          <h1 className="print-page__title">{inLanguage(scene.title, language)}</h1>
          <figure
            className="print-page__map"
            ref={(element) => {
              if (element) figures.current.set(scene.id, element);
            }}
          />
          <p className="print-page__caption">
            {[
              scene.view.asOfDate ? tPack('print.asOf', { date: formatPartialDate(scene.view.asOfDate, textLanguage) }) : tPack('print.allDates'),
              tPack('print.shown', { actors: visible.actors.size, links: visible.links.size }),
              selectedName ? tPack('print.selected', { name: selectedName }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <section className="print-page__shown">
            <h2>{tPack('print.organizations', { count: visible.actors.size })}</h2>
            <p>
              {data.atlas.actors
                .filter((actor) => visible.actors.has(actor.id))
                .map((actor) => inLanguage(actor.name, language))
                .join(' · ')}
            </p>
          </section>
          <TimelineStrip events={data.atlas.events} date={scene.view.asOfDate} language={textLanguage} highlighted={selectedEvents} />
          <section className="print-page__sources">
            <h2>{tPack('print.sources', { count: sources.length })}</h2>
            <ol>
              {sources.map((source) => (
                <li key={source.id} data-data-text>
                  {inLanguage(source.title, language)}
                  {source.publisher ? ` — ${source.publisher}` : ''}
                  {source.date ? `, ${formatPartialDate(source.date, textLanguage)}` : ''}
                  {source.url ? <span className="print-page__url"> {source.url}</span> : null}
                </li>
              ))}
            </ol>
          </section>
        </section>
      ))}
    </div>
  );
}
