import type { SceneView } from '../../../api/types';
import { api } from '../../api/atlas-api';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import type { MapController } from './map-controller';

/**
 * What the user asks of the map, as one function each: they change the view store (so the
 * working view, scenes and a restart keep the result) and move the camera where it helps.
 */

function expandedNow(controller: MapController): ReadonlySet<string> {
  return useViewStore.getState().expanded ?? controller.view.expanded;
}

export function toggleExpanded(controller: MapController, nodeId: string): void {
  const node = controller.hierarchy.nodes.get(nodeId);
  if (!node || node.children.length === 0) return;
  const next = new Set(expandedNow(controller));
  if (next.has(nodeId)) next.delete(nodeId);
  else next.add(nodeId);
  useViewStore.getState().setExpanded(next);
}

export function expandAll(controller: MapController): void {
  useViewStore.getState().setExpanded(controller.expandAllSet());
  controller.fit(true);
}

/** Back to the first view: every group folded but the governments, the whole map in view. */
export function collapseAll(controller: MapController): void {
  useViewStore.getState().setExpanded(controller.defaultExpanded());
  controller.fit(true);
}

/** Shows one organization with its neighbours; with none given, the selected or keyboard-focused one. */
export function focusOn(controller: MapController, actorId?: string | null, depth: 1 | 2 = 1): boolean {
  const selection = useViewStore.getState().selection;
  const id = actorId ?? (selection?.kind === 'actor' ? selection.id : null) ?? controller.keyboardFocusId;
  if (!id || !controller.hierarchy.nodes.has(id) || controller.hierarchy.nodes.get(id)?.kind !== 'actor') return false;
  if (!controller.view.visible.actors.has(id)) return false;
  useViewStore.getState().setFocus({ actorId: id, depth });
  return true;
}

export function exitFocus(): void {
  useViewStore.getState().setFocus(null);
}

/**
 * Selects an actor, lifts the filters hiding it, opens the groups it is folded in, and brings it
 * into view at a zoom where its name can be read: what choosing a search result does.
 */
export function revealActor(controller: MapController | null, actorId: string): void {
  const actor = useAtlasStore.getState().atlas?.actors.find((a) => a.id === actorId);
  if (!actor) return;
  const view = useViewStore.getState();
  if (view.focus && view.focus.actorId !== actorId) view.setFocus(null);
  if (!controller) {
    view.revealActor(actor);
    return;
  }
  view.revealActor(actor, controller.expandedToShow(actorId, expandedNow(controller)));
  controller.bringIntoView(actorId, true);
}

/**
 * Selects a connection, lifts the filters hiding it or its ends, opens the groups the ends are
 * folded in, and frames both ends: what choosing a connection in search or the table does.
 */
export function revealRelation(controller: MapController | null, relationId: string): void {
  const atlas = useAtlasStore.getState().atlas;
  const relation = atlas?.relations.find((r) => r.id === relationId);
  if (!atlas || !relation) return;
  const ends = [relation.source, relation.target].flatMap((id) => atlas.actors.filter((a) => a.id === id));
  const view = useViewStore.getState();
  if (view.focus && !ends.some((end) => end.id === view.focus?.actorId)) view.setFocus(null);
  if (!controller) {
    view.revealRelation(relation, ends);
    return;
  }
  let expanded = new Set(expandedNow(controller));
  for (const end of ends) expanded = controller.expandedToShow(end.id, expanded);
  view.revealRelation(relation, ends, expanded);
  controller.bringAllIntoView(
    ends.map((end) => end.id),
    true,
  );
}

/**
 * Makes a saved scene the working view: its filters, date, selection, expanded groups and
 * focus, the nodes where the scene had them, and its framing. Positions that differ from the
 * computed layout are the ones someone dragged: they become the user's positions.
 */
export function openSceneView(controller: MapController | null, view: SceneView): void {
  useViewStore.getState().applySceneView(view);
  if (!controller) return;
  if (!view.expanded) useViewStore.getState().setExpanded(controller.expandAllSet());
  const dragged = controller.adoptPositions(view.positions);
  if (dragged.length > 0) void api.savePositions({ positions: dragged });
  controller.frame(view.viewport, true);
}

/** Forgets every dragged position and lays the map out afresh. */
export async function resetLayout(controller: MapController | null): Promise<void> {
  await api.resetPositions({});
  controller?.resetPositions();
}
