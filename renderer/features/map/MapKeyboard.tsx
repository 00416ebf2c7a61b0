import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/languages';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import type { Direction } from './keyboard-navigation';
import { exitFocus, focusOn, toggleExpanded } from './map-commands';
import type { MapController } from './map-controller';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The map by keyboard. On the focused map: arrows move to the nearest node that way, Enter
 * opens its details, Space expands or collapses it, + and − zoom, 0 fits. Anywhere outside a
 * text field: F focuses on the selected organization, Escape leaves a focus or closes the details.
 * Each move is announced (name and kind) in the UI language.
 */
export function MapKeyboard(props: { readonly controller: MapController; onAnnounce(text: string): void }) {
  const { controller, onAnnounce } = props;
  const { t } = useTranslation();
  const { t: tv } = useTranslation('vocabulary');

  useEffect(() => {
    const element = controller.cy.container();
    if (!element) return;
    const describe = (nodeId: string) => {
      const node = controller.hierarchy.nodes.get(nodeId);
      const drawn = controller.drawnGraph;
      const folded = drawn.folded.get(nodeId) ?? 0;
      let name: string;
      let kind: string;
      if (node?.kind === 'group') {
        name = t(`map.group.${node.groupKind ?? 'other'}`, { count: drawn.members.get(nodeId) ?? 0 });
        kind = t('map.groupKind');
      } else {
        const actor = useAtlasStore.getState().atlas?.actors.find((a) => a.id === nodeId);
        name = pickText(actor?.name, [useViewStore.getState().uiLanguage]);
        kind = actor ? tv(`actorType.${actor.type}`) : '';
      }
      if (folded > 0) return t('map.announceFolded', { name, kind, count: folded });
      if (controller.view.expanded.has(nodeId) && (node?.children.length ?? 0) > 0) return t('map.announceExpanded', { name, kind });
      return t('map.announce', { name, kind });
    };
    const onMapKey = (event: KeyboardEvent) => {
      const direction = ARROWS[event.key];
      if (direction) {
        event.preventDefault();
        const next = controller.moveKeyboardFocus(direction);
        if (next) onAnnounce(describe(next));
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        const current = controller.keyboardFocusId;
        if (!current) return;
        const isGroup = controller.hierarchy.nodes.get(current)?.kind === 'group';
        if (event.key === ' ' || isGroup) toggleExpanded(controller, current);
        else useViewStore.getState().select({ kind: 'actor', id: current });
        onAnnounce(describe(current));
      } else if (event.key === '+' || event.key === '=') {
        controller.zoomBy(1.25);
      } else if (event.key === '-') {
        controller.zoomBy(0.8);
      } else if (event.key === '0') {
        controller.fit(true);
      }
    };
    const onFocusIn = () => {
      // Only a keyboard focus (Tab) picks a node; a click on the map focuses it too.
      if (!element.matches(':focus-visible')) return;
      const first = controller.moveKeyboardFocus(null);
      if (first) onAnnounce(describe(first));
    };
    const onFocusOut = () => controller.setKeyboardFocus(null);
    const onWindowKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === 'f' || event.key === 'F') {
        if (focusOn(controller)) event.preventDefault();
      } else if (event.key === 'Escape') {
        const view = useViewStore.getState();
        if (view.focus) exitFocus();
        else if (view.selection) view.select(null);
      }
    };
    element.addEventListener('keydown', onMapKey);
    element.addEventListener('focus', onFocusIn);
    element.addEventListener('blur', onFocusOut);
    window.addEventListener('keydown', onWindowKey);
    return () => {
      element.removeEventListener('keydown', onMapKey);
      element.removeEventListener('focus', onFocusIn);
      element.removeEventListener('blur', onFocusOut);
      window.removeEventListener('keydown', onWindowKey);
    };
  }, [controller, onAnnounce, t, tv]);
  return null;
}
