/**
 * The offline handout's whole program. It is written into the handout file as the source text
 * of this function (`handoutMain.toString()`), so it must stay self-contained: no imports, no
 * outside names, only the DOM. It reads the scenes from the page's JSON block and never makes
 * a request (the file's Content-Security-Policy would refuse one anyway).
 */
export function handoutMain(): void {
  type Lang = 'en' | 'ja';
  interface Text {
    en: string;
    ja: string;
  }
  interface Source {
    title: Text;
    publisher: string;
    date: Text;
    url: string;
  }
  interface Actor {
    name: Text;
    type: Text;
    description: Text;
    sources: Source[];
  }
  interface SceneData {
    title: Text;
    notes: Text;
    asOf: Text;
    legend: { en: string[]; ja: string[] };
    sourceCount: number;
    map: Text;
    box: { x: number; y: number; w: number; h: number };
  }
  interface HandoutData {
    language: Lang;
    title: Text;
    ui: { en: Record<string, string>; ja: Record<string, string> };
    scenes: SceneData[];
    actors: Record<string, Actor>;
  }

  const data = JSON.parse(document.getElementById('handout-data')?.textContent ?? '{}') as HandoutData;
  let lang: Lang = data.language;
  let index = 0;
  let view = { x: 0, y: 0, w: 1, h: 1 };
  let selected: string | null = null;
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  const ui = (key: string, values: Record<string, string | number> = {}) =>
    (data.ui[lang][key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  let svg: SVGSVGElement | null = null;

  function applyView(): void {
    svg?.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  }

  function fit(): void {
    const scene = data.scenes[index];
    if (scene) view = { ...scene.box };
    applyView();
  }

  function showDetails(): void {
    const panel = $('details');
    panel.replaceChildren();
    const actor = selected ? data.actors[selected] : undefined;
    if (!actor) {
      const hint = document.createElement('p');
      hint.className = 'hint';
      hint.textContent = ui('clickHint');
      panel.append(hint);
      return;
    }
    const heading = document.createElement('h2');
    heading.textContent = actor.name[lang];
    const type = document.createElement('p');
    type.className = 'type';
    type.textContent = actor.type[lang];
    const description = document.createElement('p');
    description.textContent = actor.description[lang];
    const sourcesHeading = document.createElement('h3');
    sourcesHeading.textContent = ui('sources');
    const list = document.createElement('ol');
    for (const source of actor.sources) {
      const item = document.createElement('li');
      item.textContent = [source.title[lang], source.publisher, source.date[lang]].filter(Boolean).join(' — ');
      if (source.url) {
        // An address to read, not a link: the handout makes no request, not even on a click.
        const address = document.createElement('span');
        address.className = 'url';
        address.textContent = source.url;
        item.append(document.createElement('br'), address);
      }
      list.append(item);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = ui('close');
    close.addEventListener('click', () => {
      selected = null;
      showDetails();
    });
    panel.append(heading, type, description, sourcesHeading, list, close);
  }

  function render(keepView: boolean): void {
    const scene = data.scenes[index];
    if (!scene) return;
    document.documentElement.lang = lang;
    document.title = `${scene.title[lang]} — ${data.title[lang]}`;
    $('briefing-title').textContent = data.title[lang];
    $('scene-title').textContent = scene.title[lang];
    $('as-of').textContent = scene.asOf[lang];
    $('counter').textContent = ui('sceneOf', { n: index + 1, total: data.scenes.length });
    $('notes').textContent = scene.notes[lang];
    $('notes').hidden = !scene.notes[lang];
    for (const [id, key] of [
      ['previous', 'previous'],
      ['next', 'next'],
      ['zoom-in', 'zoomIn'],
      ['zoom-out', 'zoomOut'],
      ['fit', 'fit'],
      ['legend-heading', 'legend'],
    ] as const)
      $(id).textContent = ui(key);
    $('map').setAttribute('aria-label', ui('map'));
    ($('previous') as HTMLButtonElement).disabled = index === 0;
    ($('next') as HTMLButtonElement).disabled = index === data.scenes.length - 1;
    for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-lang]'))) button.setAttribute('aria-pressed', String(button.dataset['lang'] === lang));
    const legend = $('legend');
    legend.replaceChildren(
      ...scene.legend[lang].map((label) => {
        const item = document.createElement('li');
        item.textContent = label;
        return item;
      }),
    );
    const parsed = new DOMParser().parseFromString(scene.map[lang], 'image/svg+xml').documentElement;
    const imported = document.importNode(parsed, true) as unknown as SVGSVGElement;
    imported.setAttribute('width', '100%');
    imported.setAttribute('height', '100%');
    imported.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    $('map').replaceChildren(imported);
    svg = imported;
    if (keepView) applyView();
    else fit();
    showDetails();
  }

  function go(to: number): void {
    if (to < 0 || to >= data.scenes.length || to === index) return;
    index = to;
    selected = null;
    render(false);
  }

  function zoom(factor: number, cx = view.x + view.w / 2, cy = view.y + view.h / 2): void {
    view = { x: cx - (cx - view.x) / factor, y: cy - (cy - view.y) / factor, w: view.w / factor, h: view.h / factor };
    applyView();
  }

  function toMap(event: { clientX: number; clientY: number }): { x: number; y: number } {
    const point = svg?.createSVGPoint();
    const matrix = svg?.getScreenCTM();
    if (!point || !matrix) return { x: view.x, y: view.y };
    point.x = event.clientX;
    point.y = event.clientY;
    const local = point.matrixTransform(matrix.inverse());
    return { x: local.x, y: local.y };
  }

  $('previous').addEventListener('click', () => go(index - 1));
  $('next').addEventListener('click', () => go(index + 1));
  $('zoom-in').addEventListener('click', () => zoom(1.25));
  $('zoom-out').addEventListener('click', () => zoom(0.8));
  $('fit').addEventListener('click', fit);
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-lang]')))
    button.addEventListener('click', () => {
      lang = button.dataset['lang'] === 'ja' ? 'ja' : 'en';
      render(true);
    });
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
    if (event.key === 'ArrowRight' || event.key === 'PageDown') go(index + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(index - 1);
    else if (event.key === '+' || event.key === '=') zoom(1.25);
    else if (event.key === '-') zoom(0.8);
    else if (event.key === 'Escape') {
      selected = null;
      showDetails();
    }
  });
  const map = $('map');
  map.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const at = toMap(event);
      zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, at.x, at.y);
    },
    { passive: false },
  );
  let drag: { x: number; y: number; moved: boolean } | null = null;
  map.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY, moved: false };
  });
  map.addEventListener('pointermove', (event) => {
    if (!drag || !svg) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    drag.moved = true;
    const scale = view.w / Math.max(1, svg.getBoundingClientRect().width);
    view = { ...view, x: view.x - dx * scale, y: view.y - dy * scale };
    drag.x = event.clientX;
    drag.y = event.clientY;
    applyView();
  });
  map.addEventListener('pointerup', (event) => {
    const wasDrag = drag?.moved ?? false;
    drag = null;
    if (wasDrag) return;
    const hit = (event.target as Element | null)?.closest('[data-actor]');
    selected = hit?.getAttribute('data-actor') ?? null;
    showDetails();
  });
  render(false);
}
