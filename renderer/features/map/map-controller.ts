import type { Collection, Core, EdgeSingular, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import type { AtlasData, MapPosition } from '../../../api/types';
import type { LabelLanguage } from '../../../domain/languages';
import { cameraFor, unionOf, type Camera, type Extent } from './camera';
import { nearestInDirection, type Direction } from './keyboard-navigation';
import { CELL, NODE_CENTER_Y, orgChartLayout, type ChartLayout, type Point } from './layout/org-chart-layout';
import { applyLabelPass, regionTitle, type LabelTexts } from './map-labels';
import { badgeId, mapNodeElements, type MapNodeKind } from './map-elements';
import { setClass, setData, syncClass } from './cy-deltas';
import { NodePool } from './node-pool';
import type { MapChanges } from './change-marks';
import { mapLinks, type MapLink } from '../../../domain/map-links';
import type { ScreenSizes } from './map-style';
import { drawnGraph, type DrawnGraph, type VisibleSet } from './model/drawn-graph';
import { focusGraph, focusLayout, focusNeighbourhood } from './model/focus-graph';
import { ancestorsOf, buildHierarchy, defaultExpanded, expandableNodes, type MapHierarchy } from './model/hierarchy';
import { MIXED_LINK_TYPE } from './visual-encoding';

/**
 * The map's one point of control: it owns the Cytoscape instance's contents and applies what
 * the map should show (visible records, expanded groups, label language, selection, focus) as
 * changes, in one batch, so nothing moves unless the layout changes. Commands (fit, frame a
 * scene, bring a node into view, move the keyboard focus) are methods here rather than
 * counters in a store. The live map, the presentation and the offscreen renderer behind
 * exports all use it, so they look alike.
 */

export interface MapSelection {
  readonly kind: 'actor' | 'relation' | 'event';
  readonly id: string;
}

export interface MapFocusState {
  readonly actorId: string;
  readonly depth: 1 | 2;
}

export interface MapViewState {
  readonly visible: VisibleSet;
  readonly expanded: ReadonlySet<string>;
  readonly labelLanguage: LabelLanguage;
  readonly selection: MapSelection | null;
  readonly focus: MapFocusState | null;
}

/** A set of actors, and the links between them (map link ids, e.g. "relation:r1"), to light up. */
export interface MapHighlight {
  readonly actors: readonly string[];
  readonly links: readonly string[];
}

export interface MapControllerOptions {
  readonly sizes: ScreenSizes;
  readonly texts: LabelTexts;
  /** Positions the user dragged nodes to; they win over the computed layout. */
  readonly userPositions: Readonly<Record<string, MapPosition>>;
  readonly initial: MapViewState;
  /** Badges ("+6" to unfold, "−" to fold) are controls: a map nobody can click on goes without them. */
  readonly badges?: boolean;
}

/** Room kept clear around the map's content when fitting it, in CSS pixels: titles above, controls below. */
const FIT_INSETS = { top: 52, right: 24, bottom: 52, left: 24 } as const;
const FRAME_INSETS = { top: 12, right: 12, bottom: 12, left: 12 } as const;
const TITLE_LANGUAGES: readonly LabelLanguage[] = ['en', 'ja', 'both'];
const FOCUS_INSETS = { top: 84, right: 24, bottom: 52, left: 24 } as const;
const MOVE_MS = 420;
/**
 * How long after a press on the map a second one still makes a double-click (Windows' default;
 * Cytoscape's own 250 ms missed a hand's slower double-clicks). Until then the camera is not
 * placed again: the first click of a double-click on an organization opens the details panel,
 * and refitting the narrower map moved the organization 50 px from the pointer, so the second
 * click landed beside it, or on another one. MapView counts double-clicks with it.
 */
export const DOUBLE_CLICK_MS = 500;

/**
 * When the user pressed, by the input's own clock: a click handled late, after a slow first
 * click (its panel opening, at thousands of organizations a third of a second), still counts
 * from when the hand made it.
 */
export function pressedAt(event: EventObject): number {
  return event.originalEvent?.timeStamp ?? performance.now();
}

const LABEL_DELAY_MS = 90;
/**
 * Above this many drawn nodes and lines, moves are made at once instead of gliding: each frame
 * of a glide recomputes every moving line, and at 2,400 lines (1,000 organizations) one frame
 * took over 100 ms on a 2-core laptop, so a 420 ms glide became a 2-second slideshow.
 */
const MAX_GLIDING_ELEMENTS = 1000;
/** A node brought into view is shown at least this large, where its full name can be drawn. */
export const READABLE_ZOOM = 0.9;

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

export class MapController {
  readonly hierarchy: MapHierarchy;
  readonly links: readonly MapLink[];
  private state: MapViewState;
  private drawn: DrawnGraph;
  private readonly pool: NodePool;
  /** What changed since a briefing, marked on whatever stands for it as the drawn graph changes. */
  private changes: MapChanges | null = null;
  private targets = new Map<string, Point>();
  private readonly layouts = new Map<string, ChartLayout>();
  private readonly userPositions: Map<string, Point>;
  private sizes: ScreenSizes;
  private keyboardFocus: string | null = null;
  private hovered: string | null = null;
  /** Nodes fading in as they come into view: they carry an opacity of their own until the fade ends. */
  private readonly fadingIn = new Set<string>();
  private labelTimer: ReturnType<typeof setTimeout> | null = null;
  private reframeTimer: ReturnType<typeof setTimeout> | null = null;
  private lastPress = Number.NEGATIVE_INFINITY;
  private focusReturn: Camera | null = null;
  /** A scene's own positions, which win over the layout while it is shown. */
  private scenePositions: Readonly<Record<string, MapPosition>> | null = null;
  /** Each region's box around its drawn nodes and their labels, in map units. */
  private regionBoxes = new Map<string, Extent>();
  private destroyed = false;
  /** Whether the hovered node's label is drawn only because it is hovered. */
  private hoverAddedLabel = false;
  /**
   * How the camera was last placed, while the user has not panned or zoomed away from it: the map
   * places it again when its box changes (a window resize, a panel opened), and a scene saves it.
   */
  private framing:
    | { readonly kind: 'fit' }
    | { readonly kind: 'area'; readonly extent: Extent }
    | { readonly kind: 'centre'; readonly at: MapPosition; readonly zoom: number }
    | null = null;
  /** Actors and links lit up from outside the map (a comparison cell, a path); shown while nothing is selected. */
  private highlight: MapHighlight | null = null;
  /** Ids of what the selection or the highlight keeps bright, the rest dimmed; null when nothing is dimmed. */
  private lit: ReadonlySet<string> | null = null;

  constructor(
    readonly cy: Core,
    readonly atlas: AtlasData,
    private readonly options: MapControllerOptions,
  ) {
    this.hierarchy = buildHierarchy(
      atlas.actors,
      atlas.countries.map((c) => c.code),
    );
    this.links = mapLinks(atlas);
    this.sizes = options.sizes;
    this.userPositions = new Map(Object.entries(options.userPositions));
    this.state = options.initial;
    this.pool = new NodePool(cy, mapNodeElements(atlas, this.hierarchy));
    this.drawn = this.computeDrawn();
    this.applyDrawn(false, null);
    this.applySelection();
    // Labels are placed for the camera: the first fit or frame, which comes straight after,
    // places them (a pass here, at the default camera, restyled every label twice at start).
    this.scheduleLabels(0);
    cy.on('zoom', () => this.scheduleLabels());
    cy.on('resize', () => this.reframe());
    cy.on('tapstart', (event) => {
      this.lastPress = pressedAt(event);
    });
    document.addEventListener('pointerdown', this.pressedElsewhere, true);
    cy.on('scrollzoom pinchzoom dragpan', () => {
      this.framing = null;
    });
  }

  /** The expanded set of the first view: governments open, everything else folded. */
  defaultExpanded(): Set<string> {
    return defaultExpanded(this.hierarchy);
  }

  expandAllSet(): Set<string> {
    return expandableNodes(this.hierarchy);
  }

  /** The expanded set that shows `actorId` as itself: its ancestors opened. */
  expandedToShow(actorId: string, expanded: ReadonlySet<string>): Set<string> {
    return new Set([...expanded, ...ancestorsOf(this.hierarchy, actorId)]);
  }

  get view(): MapViewState {
    return this.state;
  }

  get drawnGraph(): DrawnGraph {
    return this.drawn;
  }

  /**
   * Applies a new state. Moves happen only when the expanded groups or the focus change; then
   * nodes glide to their new places (when `animate`), keeping `anchor` where it is on screen.
   */
  update(
    next: Partial<MapViewState>,
    options: { readonly animate: boolean; readonly anchor?: string | null; readonly positions?: Readonly<Record<string, MapPosition>> } = { animate: true },
  ): void {
    if (this.destroyed) return;
    const previous = this.state;
    const positionsChanged = options.positions !== undefined && options.positions !== this.scenePositions;
    if (options.positions !== undefined) this.scenePositions = options.positions;
    this.state = { ...previous, ...next };
    const expandedChanged = !sameSet(previous.expanded, this.state.expanded);
    const focusChanged = previous.focus?.actorId !== this.state.focus?.actorId || previous.focus?.depth !== this.state.focus?.depth;
    const visibleChanged = previous.visible !== this.state.visible;
    if (expandedChanged || focusChanged || visibleChanged || positionsChanged) {
      if (focusChanged && this.state.focus && !previous.focus) this.focusReturn = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
      this.drawn = this.computeDrawn();
      const layoutChanged = expandedChanged || focusChanged || positionsChanged;
      this.applyDrawn(options.animate, expandedChanged || focusChanged ? (options.anchor ?? null) : null, layoutChanged);
      if (focusChanged) this.frameAfterFocusChange(options.animate);
    }
    const selectionChanged = previous.selection !== this.state.selection;
    if (selectionChanged || expandedChanged || focusChanged || visibleChanged) this.applySelection();
    // The view store also changes for things the map does not show (the UI language alone, a
    // restored viewport being taken): then there is nothing to relabel.
    const labelsChanged = selectionChanged || expandedChanged || focusChanged || visibleChanged || positionsChanged || previous.labelLanguage !== this.state.labelLanguage;
    if (labelsChanged) this.relabel();
  }

  /** Lights up actors and links chosen elsewhere (the comparison view), dimming the rest; null clears it. */
  setHighlight(highlight: MapHighlight | null): void {
    if (this.destroyed) return;
    this.highlight = highlight;
    this.applySelection();
    this.relabel();
  }

  setScreenSizes(sizes: ScreenSizes): void {
    this.sizes = sizes;
    this.relabel();
  }

  /** Positions of the actors as drawn now, with where a move will end. */
  positions(): Record<string, MapPosition> {
    const out: Record<string, MapPosition> = {};
    for (const node of this.pool.nodes()) {
      if (node.data('kind') !== 'actor') continue;
      const p = this.targets.get(node.id()) ?? node.position();
      out[node.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    }
    return out;
  }

  /** The part of the map in view, in map units. */
  extent(): Extent {
    const e = this.cy.extent();
    return { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 };
  }

  /** Everything drawn, with the region titles, fitted into view. */
  fit(animate: boolean): void {
    const extent = this.state.focus ? this.boxOf([...this.drawn.shown]) : unionOf([...this.regionBoxes.values()]);
    if (!extent) return;
    const insets = this.state.focus ? FOCUS_INSETS : FIT_INSETS;
    let camera = cameraFor(extent, this.cy.width(), this.cy.height(), insets);
    // Titles wrap when their region is narrow on screen, which the zoom decides: grow the room
    // above until the titles fit (each step only lowers the zoom, so this settles).
    let top: number = insets.top;
    for (let round = 0; round < 8 && !this.state.focus; round++) {
      const needed = this.titleHeightAt(camera.zoom) + 12;
      if (needed <= top) break;
      top = needed;
      camera = cameraFor(extent, this.cy.width(), this.cy.height(), { ...insets, top });
    }
    this.moveCamera(camera, animate);
    this.framing = { kind: 'fit' };
  }

  /**
   * The map area a scene saves: after a fit, everything drawn (so the scene fits whatever screen it
   * is shown on); otherwise the part in view.
   */
  framedArea(): Extent {
    if (this.framing?.kind === 'area') return this.framing.extent;
    if (this.framing?.kind === 'fit') {
      const whole = this.state.focus ? this.boxOf([...this.drawn.shown]) : unionOf([...this.regionBoxes.values()]);
      if (whole) return whole;
    }
    return this.extent();
  }

  /** A press outside the map ends any double-click on it: the box change it brings (a panel opening) is framed at once. */
  private readonly pressedElsewhere = (event: PointerEvent): void => {
    if (!(event.target instanceof Node && this.cy.container()?.contains(event.target))) this.lastPress = Number.NEGATIVE_INFINITY;
  };

  private reframe(): void {
    if (this.reframeTimer) clearTimeout(this.reframeTimer);
    this.reframeTimer = null;
    const wait = this.lastPress + DOUBLE_CLICK_MS - performance.now();
    if (this.framing && wait > 0) {
      // Meanwhile the map keeps its camera, so nothing moves under the pointer; then it glides.
      this.reframeTimer = setTimeout(() => {
        this.reframeTimer = null;
        this.placeCameraAgain(true);
      }, wait);
      this.scheduleLabels();
      return;
    }
    this.placeCameraAgain(false);
  }

  private placeCameraAgain(animate: boolean): void {
    if (this.framing?.kind === 'fit') this.fit(animate);
    else if (this.framing?.kind === 'area') this.frame(this.framing.extent, animate);
    else if (this.framing?.kind === 'centre') this.centreOn(this.framing.at, this.framing.zoom, animate);
    else this.scheduleLabels();
  }

  /** Zooms about the centre of the view (the + and − buttons and keys). */
  zoomBy(factor: number): void {
    this.framing = null;
    const { cy } = this;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Shows a saved area of the map (a scene's framing), whole and centred, on any screen size. */
  frame(extent: Extent, animate: boolean): void {
    let camera = cameraFor(extent, this.cy.width(), this.cy.height(), FRAME_INSETS);
    // A framed area that takes in the regions' tops keeps their titles in view.
    const regionsTop = Math.min(...[...this.regionBoxes.values()].map((box) => box.y1));
    let top: number = FRAME_INSETS.top;
    for (let round = 0; round < 8 && !this.state.focus && extent.y1 <= regionsTop; round++) {
      const needed = this.titleHeightAt(camera.zoom) + 8;
      if (needed <= top) break;
      top = needed;
      camera = cameraFor(extent, this.cy.width(), this.cy.height(), { ...FRAME_INSETS, top });
    }
    this.moveCamera(camera, animate);
    this.framing = { kind: 'area', extent };
  }

  /** Centres a node at a zoom where its label can be read. */
  bringIntoView(nodeId: string, animate: boolean): void {
    const node = this.cy.getElementById(nodeId);
    if (node.empty()) return;
    this.centreOn(this.targets.get(nodeId) ?? node.position(), Math.max(this.cy.zoom(), READABLE_ZOOM), animate);
  }

  /** Keeps a point in the middle of the map, also when the map's box changes (the details panel opening beside it). */
  private centreOn(at: MapPosition, zoom: number, animate: boolean): void {
    this.moveCamera({ zoom, pan: { x: this.cy.width() / 2 - at.x * zoom, y: this.cy.height() / 2 - at.y * zoom } }, animate);
    this.framing = { kind: 'centre', at: { x: at.x, y: at.y }, zoom };
  }

  /**
   * Frames several nodes together (a connection's two ends): whole and centred, zoomed in no
   * further than a readable label needs, so two neighbours do not fill the screen.
   */
  bringAllIntoView(nodeIds: readonly string[], animate: boolean): void {
    const points = nodeIds.flatMap((id) => {
      const node = this.cy.getElementById(id);
      return node.empty() ? [] : [this.targets.get(id) ?? node.position()];
    });
    if (points.length === 0) return;
    // Room around the nodes for their shapes and labels.
    const margin = 90;
    const extent: Extent = {
      x1: Math.min(...points.map((p) => p.x)) - margin,
      y1: Math.min(...points.map((p) => p.y)) - margin,
      x2: Math.max(...points.map((p) => p.x)) + margin,
      y2: Math.max(...points.map((p) => p.y)) + margin,
    };
    const fitted = cameraFor(extent, this.cy.width(), this.cy.height(), FRAME_INSETS);
    const zoom = Math.min(fitted.zoom, Math.max(this.cy.zoom(), READABLE_ZOOM));
    // Widen the area to what that zoom shows, then frame it as an area: when the canvas changes
    // size (the details panel opening beside the map), both ends are framed again.
    const middle = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    const halfWidth = Math.max(extent.x2 - extent.x1, this.cy.width() / zoom) / 2;
    const halfHeight = Math.max(extent.y2 - extent.y1, this.cy.height() / zoom) / 2;
    this.frame({ x1: middle.x - halfWidth, y1: middle.y - halfHeight, x2: middle.x + halfWidth, y2: middle.y + halfHeight }, animate);
  }

  /** Moves the drawn nodes to given positions (a scene's), without saving them as the user's. */
  placeNodes(positions: Readonly<Record<string, MapPosition>>, animate: boolean): void {
    this.cy.batch(() => {
      this.cy.nodes('[kind = "actor"]').forEach((node) => {
        const target = positions[node.id()];
        if (target) this.moveNode(node, target, animate);
      });
    });
    this.scheduleLabels();
  }

  /**
   * Takes a scene's positions: nodes go where the scene had them, and those that differ from
   * the computed layout are kept as the user's (returned, to be saved).
   */
  adoptPositions(positions: Readonly<Record<string, MapPosition>>): ({ actorId: string } & MapPosition)[] {
    const chart = this.layoutFor(this.state.expanded).positions;
    const dragged: ({ actorId: string } & MapPosition)[] = [];
    for (const [actorId, p] of Object.entries(positions)) {
      const computed = chart.get(actorId);
      if (!computed || !this.drawn.shown.has(actorId) || (Math.abs(computed.x - p.x) < 0.5 && Math.abs(computed.y - p.y) < 0.5)) continue;
      this.userPositions.set(actorId, p);
      dragged.push({ actorId, ...p });
    }
    if (dragged.length > 0) {
      this.applyDrawn(true, null, true);
      this.relabel();
    }
    return dragged;
  }

  /** Remembers a node the user dragged; the layout keeps it there from now on. */
  rememberDrag(node: NodeSingular): MapPosition {
    const p = { x: Math.round(node.position('x') * 10) / 10, y: Math.round(node.position('y') * 10) / 10 };
    this.userPositions.set(node.id(), p);
    this.targets.set(node.id(), p);
    this.scheduleLabels();
    return p;
  }

  /** Forgets every dragged position and lays the map out afresh. */
  resetPositions(): void {
    this.userPositions.clear();
    this.applyDrawn(true, null, true);
    this.relabel();
  }

  /** A node's label shown while the pointer is over it, even where it had no room. */
  setHovered(nodeId: string | null): void {
    if (this.hovered === nodeId) return;
    if (this.hovered) setClass(this.cy.getElementById(this.hovered), 'hover-label', false);
    // A label pass places every label (tens of milliseconds with thousands drawn): it runs only
    // to bring in a hovered label that it had left out, and when that label goes again. A label
    // already drawn is left as it is: restyling the node made Cytoscape redraw every line (about
    // 45 ms at 5,000 organizations) for each node the pointer crossed.
    const labelLeftOut = nodeId !== null && String(this.cy.getElementById(nodeId).data('label') ?? '') === '';
    const placeAgain = this.hoverAddedLabel || labelLeftOut;
    this.hovered = nodeId;
    this.hoverAddedLabel = labelLeftOut;
    if (nodeId && labelLeftOut) this.cy.getElementById(nodeId).addClass('hover-label');
    if (placeAgain) this.relabel();
  }

  get keyboardFocusId(): string | null {
    return this.keyboardFocus && this.drawn.shown.has(this.keyboardFocus) ? this.keyboardFocus : null;
  }

  /** Moves the keyboard focus (the first time, to the node nearest the centre); returns the node. */
  moveKeyboardFocus(direction: Direction | null): string | null {
    const candidates = new Map<string, Point>();
    this.cy.nodes('[kind = "actor"], [kind = "group"]').forEach((node) => {
      if (this.drawn.shown.has(node.id())) candidates.set(node.id(), this.targets.get(node.id()) ?? node.position());
    });
    const current = this.keyboardFocusId;
    let next: string | null;
    if (!current || direction === null) {
      const e = this.cy.extent();
      const centre = { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
      next = current ?? [...candidates.entries()].sort(([, a], [, b]) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y))[0]?.[0] ?? null;
    } else {
      next = nearestInDirection(candidates.get(current) ?? { x: 0, y: 0 }, new Map([...candidates].filter(([id]) => id !== current)), direction) ?? current;
    }
    this.setKeyboardFocus(next);
    return next;
  }

  setKeyboardFocus(nodeId: string | null): void {
    this.cy.nodes('.keyboard-focus').removeClass('keyboard-focus');
    this.keyboardFocus = nodeId;
    if (!nodeId) {
      this.relabel();
      return;
    }
    const node = this.cy.getElementById(nodeId);
    node.addClass('keyboard-focus');
    const p = node.renderedPosition();
    const margin = 60;
    if (p.x < margin || p.y < margin || p.x > this.cy.width() - margin || p.y > this.cy.height() - margin) this.bringIntoView(nodeId, true);
    this.relabel();
  }

  /**
   * Shows what changed since a briefing (or clears it with null): added and changed actors and
   * relations marked where they are drawn (an actor folded into a group marks the group),
   * removed actors as ghosts where the user had placed them or beside their former parent.
   * Nothing moves: positions are held, and ghosts take no part in layout, labels or taps.
   */
  showChanges(changes: MapChanges | null): void {
    const { cy } = this;
    this.changes = changes;
    cy.batch(() => {
      cy.remove('node.change-ghost');
      this.markChanges();
      if (!changes) return;
      const bottom = unionOf([...this.regionBoxes.values()])?.y2 ?? 0;
      changes.removed.forEach((ghost, index) => {
        const parent = ghost.parent ? cy.getElementById(this.drawn.representative.get(ghost.parent) ?? ghost.parent) : null;
        const position =
          this.userPositions.get(ghost.id) ??
          (parent?.nonempty() ? { x: parent.position('x') + 60 * ((index % 3) - 1), y: parent.position('y') + 90 } : { x: index * 90, y: bottom + 80 });
        cy.add({ group: 'nodes', data: { id: `ghost:${ghost.id}`, kind: 'ghost', label: ghost.label }, position: { ...position }, classes: 'change-ghost', selectable: false, grabbable: false });
      });
    });
    this.relabel();
  }

  /** Rings what changed since a briefing on the nodes and lines that stand for it now (added wins over changed). */
  private markChanges(): void {
    const { cy, changes } = this;
    if (!changes) {
      // Most of the time nothing is marked: a date step or an unfold pays only for finding that out.
      cy.elements('.change-added, .change-changed').removeClass('change-added change-changed');
      return;
    }
    const marks = new Map<string, 'change-added' | 'change-changed'>();
    const standIn = (id: string) => this.drawn.representative.get(id) ?? id;
    changes.changed.forEach((id) => marks.set(standIn(id), 'change-changed'));
    changes.added.forEach((id) => marks.set(standIn(id), 'change-added'));
    cy.edges().forEach((edge) => {
      const ids = relationIdsOf(edge);
      if (ids.some((id) => changes.added.has(id))) marks.set(edge.id(), 'change-added');
      else if (ids.some((id) => changes.changed.has(id))) marks.set(edge.id(), 'change-changed');
    });
    const marked = cy.elements('[kind = "actor"], [kind = "group"], edge');
    syncClass(cy, marked, 'change-added', (ele) => marks.get(ele.id()) === 'change-added');
    syncClass(cy, marked, 'change-changed', (ele) => marks.get(ele.id()) === 'change-changed');
  }

  destroy(): void {
    this.destroyed = true;
    if (this.labelTimer) clearTimeout(this.labelTimer);
    if (this.reframeTimer) clearTimeout(this.reframeTimer);
    document.removeEventListener('pointerdown', this.pressedElsewhere, true);
  }

  /** Runs the label pass at once (after a move or a change of what is drawn). */
  relabel(): void {
    if (this.destroyed) return;
    if (this.labelTimer) {
      clearTimeout(this.labelTimer);
      this.labelTimer = null;
    }
    const required = new Set<string>();
    const selection = this.state.selection;
    if (selection?.kind === 'actor') required.add(this.drawn.representative.get(selection.id) ?? selection.id);
    if (this.hovered) required.add(this.hovered);
    if (this.keyboardFocusId) required.add(this.keyboardFocusId);
    if (this.state.focus) required.add(this.state.focus.actorId);
    applyLabelPass(this.cy, {
      drawn: this.drawn,
      language: this.state.labelLanguage,
      sizes: this.sizes,
      texts: this.options.texts,
      expanded: this.state.focus ? new Set() : this.state.expanded,
      badges: this.options.badges ?? true,
      required,
      lit: this.lit,
      positionOf: (node) => this.targets.get(node.id()) ?? node.position(),
    });
  }

  private scheduleLabels(delay = LABEL_DELAY_MS): void {
    if (this.labelTimer) clearTimeout(this.labelTimer);
    this.labelTimer = setTimeout(() => this.relabel(), delay);
  }

  /** True until the map is at rest: no move under way and no label pass waiting (tests wait on it). */
  get settling(): boolean {
    return this.labelTimer !== null || this.reframeTimer !== null || this.cy.animated() || this.cy.nodes(':animated').nonempty();
  }

  private computeDrawn(): DrawnGraph {
    const { focus, visible, expanded } = this.state;
    if (focus && visible.actors.has(focus.actorId)) {
      return focusGraph(this.links, visible, focusNeighbourhood(this.links, visible, focus.actorId, focus.depth));
    }
    return drawnGraph(this.hierarchy, this.links, visible, expanded);
  }

  private layoutFor(expanded: ReadonlySet<string>): ChartLayout {
    const key = [...expanded].sort().join(',');
    let layout = this.layouts.get(key);
    if (!layout) {
      layout = orgChartLayout(this.hierarchy, expanded);
      this.layouts.set(key, layout);
    }
    return layout;
  }

  /** Where every node belongs now: the focus rings, or the chart with the user's drags on top. */
  private targetPositions(): Map<string, Point> {
    const focus = this.state.focus;
    const chart = this.layoutFor(this.state.expanded).positions;
    if (focus && this.drawn.shown.has(focus.actorId)) {
      const rings = focusNeighbourhood(this.links, this.state.visible, focus.actorId, focus.depth);
      const center = chart.get(focus.actorId) ?? { x: 0, y: 0 };
      const placed = focusLayout(this.hierarchy, rings, center);
      return new Map([...chart, ...placed]);
    }
    const positions = new Map(chart);
    for (const [id, p] of this.userPositions) {
      if (this.drawn.shown.has(id)) positions.set(id, p);
    }
    for (const [id, p] of Object.entries(this.scenePositions ?? {})) {
      if (this.drawn.shown.has(id)) positions.set(id, p);
    }
    return positions;
  }

  private applyDrawn(animate: boolean, anchor: string | null, move = true): void {
    const { cy, drawn } = this;
    // Only a change of layout glides and fades. A date step or a filter shows its result in the
    // next frame: during playback a 420 ms fade per step kept the map from ever being at rest.
    const glide = animate && move && this.smoothMotion;
    const anchorNode = anchor ? cy.getElementById(anchor) : null;
    const anchorBefore = anchorNode?.nonempty() ? anchorNode.renderedPosition() : null;
    let appearing: NodeSingular[] = [];
    cy.batch(() => {
      // Only what is drawn is in Cytoscape, so a date step costs what it changes. A node comes
      // back from where it waited: a folded unit at its parent's place, to grow out of it.
      const badges = this.options.badges ?? true;
      const restored = this.pool.attachOnly(
        (node) => {
          const kind = node.data('kind') as MapNodeKind;
          if (kind === 'region') return true;
          return kind === 'badge' ? badges && drawn.shown.has(String(node.data('of'))) : drawn.shown.has(node.id());
        },
        (node) => this.targets.get(node.id()),
        (node) => this.stopMoving(node),
      );
      for (const node of restored) {
        setClass(node, 'hover-label', node.id() === this.hovered && this.hoverAddedLabel);
        setClass(node, 'keyboard-focus', node.id() === this.keyboardFocus);
      }
      appearing = restored.filter((node) => node.data('kind') !== 'badge');
      this.syncEdges(move);
      if (move) {
        this.targets = this.targetPositions();
        cy.nodes('[kind = "actor"], [kind = "group"]').forEach((node) => {
          const target = this.targets.get(node.id());
          if (target) this.moveNode(node, target, glide);
        });
      }
      this.placeRegions(glide);
      this.markChanges();
    });
    // Nodes that come into view fade in where they will stay; nothing else jumps.
    for (const node of appearing) {
      if (!glide) continue;
      this.fadingIn.add(node.id());
      node.style('opacity', 0).animate(
        { style: { opacity: 1 } },
        {
          duration: MOVE_MS,
          queue: false,
          complete: () => {
            this.fadingIn.delete(node.id());
            node.removeStyle('opacity');
          },
        },
      );
    }
    if (anchorNode && anchorBefore && this.targets.has(anchor ?? '')) {
      const target = this.targets.get(anchor ?? '') as Point;
      const zoom = cy.zoom();
      this.moveCamera({ zoom, pan: { x: anchorBefore.x - target.x * zoom, y: anchorBefore.y - target.y * zoom } }, glide);
    }
    if (glide) this.scheduleLabels(MOVE_MS + 20);
  }

  /** Sizes each region's box to the cells of its drawn nodes (labels included), or hides it when empty. */
  private placeRegions(animate: boolean): void {
    const members = new Map<string, Point[]>();
    this.cy.nodes('[kind = "actor"], [kind = "group"]').forEach((node) => {
      if (!this.drawn.shown.has(node.id())) return;
      const region = String(node.data('region'));
      const points = members.get(region);
      const point = this.targets.get(node.id()) ?? node.position();
      if (points) points.push(point);
      else members.set(region, [point]);
    });
    this.regionBoxes = new Map();
    const pad = 18;
    this.cy.nodes('[kind = "region"]').forEach((region) => {
      const points = members.get(region.id());
      const hidden = !points || this.state.focus !== null;
      setClass(region, 'filtered-out', hidden);
      if (hidden || !points) return;
      const box = {
        x1: Math.min(...points.map((p) => p.x)) - CELL.width / 2 - pad,
        x2: Math.max(...points.map((p) => p.x)) + CELL.width / 2 + pad,
        y1: Math.min(...points.map((p) => p.y)) - NODE_CENTER_Y - pad,
        y2: Math.max(...points.map((p) => p.y)) - NODE_CENTER_Y + CELL.height + pad,
      };
      this.regionBoxes.set(region.id(), box);
      const center = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
      setData(region, { width: box.x2 - box.x1, height: box.y2 - box.y1 });
      this.moveNode(region, center, animate);
    });
  }

  /** Whether moves glide: not for users who asked for reduced motion, nor on maps too big to animate smoothly. */
  private get smoothMotion(): boolean {
    if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return false;
    return this.drawn.shown.size + this.drawn.edges.length <= MAX_GLIDING_ELEMENTS;
  }

  private moveNode(node: NodeSingular, target: Point, animate: boolean): void {
    const current = node.position();
    if (Math.abs(current.x - target.x) < 0.01 && Math.abs(current.y - target.y) < 0.01) return;
    this.stopMoving(node);
    if (animate && this.smoothMotion) node.animate({ position: target }, { duration: MOVE_MS, easing: 'ease-in-out-cubic' });
    else node.position(target);
  }

  private stopMoving(node: NodeSingular): void {
    if (node.animated()) node.stop(true);
    // Stopping also stops a fade-in, which would leave the node half transparent: drop that too.
    // Only then: removing a style Cytoscape does not have still restyles the node (120 ms at start-up).
    if (this.fadingIn.delete(node.id())) node.removeStyle('opacity');
  }

  /**
   * Brings Cytoscape's lines in line with what is drawn; lines that stay are untouched. After a
   * change of layout the lines no longer drawn are removed. After a date step or a filter they are
   * only hidden, to come back as they were: removing and adding lines made Cytoscape recompute
   * the curves of every line beside them, which was most of a date step at 1,000 organizations.
   * (A line whose end leaves the map goes with that node; it is added afresh when both are back.)
   */
  private syncEdges(layoutChanged: boolean): void {
    const { cy } = this;
    const wanted = new Map(this.drawn.edges.map((e) => [e.id, e]));
    const removed = cy.collection();
    cy.edges().forEach((edge) => {
      const drawnEdge = wanted.get(edge.id());
      if (drawnEdge && edge.source().id() === drawnEdge.source && edge.target().id() === drawnEdge.target) {
        setClass(edge, 'filtered-out', false);
        setData(edge, { count: drawnEdge.linkIds.length, linkType: drawnEdge.type ?? MIXED_LINK_TYPE, bothWays: drawnEdge.bothWays });
        // A merged line's links change with the date: the details and highlights read them.
        if (String(edge.data('linkIds')) !== String(drawnEdge.linkIds)) edge.data('linkIds', drawnEdge.linkIds);
        wanted.delete(edge.id());
      } else if (drawnEdge || layoutChanged) removed.merge(edge);
      else setClass(edge, 'filtered-out', true);
    });
    if (removed.nonempty()) cy.remove(removed);
    const added: ElementDefinition[] = [...wanted.values()].map((edge) => ({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        linkType: edge.type ?? MIXED_LINK_TYPE,
        bothWays: edge.bothWays,
        relationId: edge.relationId,
        count: edge.linkIds.length,
        linkIds: edge.linkIds,
        label: '',
        labelSize: 12,
      },
    }));
    if (added.length > 0) cy.add(added);
  }

  /**
   * Marks and lights up the selection, dimming the rest: an actor with its neighbours, a
   * relation with its two ends, an event with the actors it involves. Folded actors are shown
   * by the node that holds them.
   */
  private applySelection(): void {
    const { cy, drawn } = this;
    const selection = this.state.selection;
    const drawnAs = (actorId: string) => cy.getElementById(drawn.representative.get(actorId) ?? actorId);
    const drawnNodesOf = (actorIds: Iterable<string>) => {
      const nodes = cy.collection();
      for (const id of actorIds) nodes.merge(drawnAs(id));
      return nodes;
    };
    // Lines hidden by a date step or a filter stay in Cytoscape (see syncEdges); they are not drawn.
    const drawnEdges = cy.edges().not('.filtered-out');
    let chosen = cy.collection();
    let highlighted = cy.collection();
    // What stays bright; null when nothing is dimmed.
    let kept: Collection | null = null;
    if (!selection && this.highlight) {
      highlighted = drawnNodesOf(this.highlight.actors);
      const wanted = new Set(this.highlight.links);
      highlighted = highlighted.union(drawnEdges.filter((edge) => ((edge.data('linkIds') as string[] | undefined) ?? []).some((id) => wanted.has(id))));
      kept = highlighted;
    } else if (selection?.kind === 'event') {
      const involved = new Set(this.atlas.events.find((e) => e.id === selection.id)?.actors ?? []);
      highlighted = drawnNodesOf(involved);
      kept = highlighted.union(highlighted.edgesWith(highlighted));
    } else if (selection) {
      const element =
        selection.kind === 'actor'
          ? drawnAs(selection.id)
          : drawnEdges.filter((edge) => (edge.data('linkIds') as string[] | undefined)?.includes(`relation:${selection.id}`) ?? false);
      if (element.nonempty()) {
        // A class rather than Cytoscape's selection: while presenting the map ignores taps
        // (autounselectify), which also stops programmatic select().
        chosen = element;
        kept = selection.kind === 'actor' ? element.closedNeighborhood() : element.union(element.connectedNodes());
      }
    }
    // Only elements whose classes change are touched: Cytoscape restyles every element it is
    // handed, and at thousands of organizations restyling all of them took seconds. Nodes that
    // are not drawn are not dimmed (nobody sees them); they get their classes when they appear,
    // since a change of what is drawn applies the selection again.
    const chosenIds = new Set(chosen.map((ele) => ele.id()));
    const highlightedIds = new Set(highlighted.map((ele) => ele.id()));
    const keptIds = kept ? new Set(kept.map((ele) => ele.id())) : null;
    this.lit = keptIds;
    const all = cy.elements();
    cy.batch(() => {
      syncClass(cy, all, 'chosen', (ele) => chosenIds.has(ele.id()));
      syncClass(cy, all, 'highlighted', (ele) => highlightedIds.has(ele.id()));
      syncClass(cy, all, 'faded', (ele) => {
        if (!keptIds || keptIds.has(ele.id())) return false;
        if (ele.isEdge()) return !ele.hasClass('filtered-out');
        // A dimmed node's badge is not drawn at all (map-labels.ts).
        const kind = ele.data('kind') as string;
        return (kind === 'actor' || kind === 'group') && drawn.shown.has(ele.id());
      });
    });
  }

  private frameAfterFocusChange(animate: boolean): void {
    if (this.state.focus) {
      this.fit(animate);
      return;
    }
    const back = this.focusReturn;
    this.focusReturn = null;
    if (back) this.moveCamera(back, animate);
    else this.fit(animate);
  }

  /** The tallest region title, in screen pixels, at a zoom. */
  /** The tallest title in any label language, so that switching language never cuts one off. */
  private titleHeightAt(zoom: number): number {
    const heights = [...this.regionBoxes].flatMap(([id, box]) =>
      TITLE_LANGUAGES.map((language) => {
        const title = regionTitle(this.options.texts.region(id, language), box.x2 - box.x1, this.sizes.title / zoom);
        return title.lines.length * title.fontSize * zoom;
      }),
    );
    return Math.max(0, ...heights);
  }

  /** Around where the given nodes are going, with room for their labels. */
  private boxOf(ids: readonly string[]): Extent | null {
    const points = ids.flatMap((id) => {
      const p = this.targets.get(id);
      return p ? [p] : [];
    });
    if (points.length === 0) return null;
    const pad = 90;
    return {
      x1: Math.min(...points.map((p) => p.x)) - pad,
      x2: Math.max(...points.map((p) => p.x)) + pad,
      y1: Math.min(...points.map((p) => p.y)) - 40,
      y2: Math.max(...points.map((p) => p.y)) + 100,
    };
  }

  private moveCamera(camera: Camera, animate: boolean): void {
    this.cy.stop();
    if (animate && this.smoothMotion) this.cy.animate({ zoom: camera.zoom, pan: camera.pan }, { duration: MOVE_MS, easing: 'ease-in-out-cubic', complete: () => this.relabel() });
    else {
      this.cy.viewport({ zoom: camera.zoom, pan: camera.pan });
      this.relabel();
    }
  }
}

/** The relation ids an edge stands for (one, or several merged), for the details panel. */
export function relationIdsOf(edge: EdgeSingular): string[] {
  return ((edge.data('linkIds') as string[] | undefined) ?? []).filter((id) => id.startsWith('relation:')).map((id) => id.slice('relation:'.length));
}

export { badgeId };
