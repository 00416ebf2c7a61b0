import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { setClass, setData, syncClass } from '../../../renderer/features/map/cy-deltas';

/** A headless Cytoscape (no container): the same element model the map uses, without drawing. */
function graph(): Core {
  return cytoscape({
    headless: true,
    elements: [
      { data: { id: 'a', label: 'A' } },
      { data: { id: 'b', label: 'B' }, classes: 'faded' },
      { data: { id: 'c', label: 'C' } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
}

/** Ids of the elements Cytoscape reports as restyled by a class change or a data write. */
function touched(cy: Core, events: string, act: () => void): string[] {
  const ids: string[] = [];
  const record = (event: cytoscape.EventObject) => void ids.push(event.target.id());
  cy.on(events, record);
  act();
  cy.off(events, record);
  return ids.sort();
}

describe('changes to map elements touch only what changes', () => {
  it('gives and takes a class only where it differs', () => {
    const cy = graph();
    expect(touched(cy, 'class', () => syncClass(cy, cy.elements(), 'faded', (ele) => ele.id() !== 'a'))).toEqual(['ab', 'c']);
    expect(cy.elements('.faded').map((ele) => ele.id()).sort()).toEqual(['ab', 'b', 'c']);
    // Asking again for the same classes restyles nothing (plain addClass would restyle every element).
    expect(touched(cy, 'class', () => syncClass(cy, cy.elements(), 'faded', (ele) => ele.id() !== 'a'))).toEqual([]);
    expect(touched(cy, 'class', () => setClass(cy.getElementById('b'), 'faded', true))).toEqual([]);
    expect(touched(cy, 'class', () => setClass(cy.getElementById('b'), 'faded', false))).toEqual(['b']);
  });

  it('writes data only when a value differs', () => {
    const cy = graph();
    const a = cy.getElementById('a');
    expect(setData(a, { label: 'A' })).toBe(false);
    expect(touched(cy, 'data', () => setData(a, { label: 'A', labelSize: 12 }))).toEqual(['a']);
    expect(a.data()).toMatchObject({ label: 'A', labelSize: 12 });
    expect(touched(cy, 'data', () => setData(a, { label: 'A', labelSize: 12 }))).toEqual([]);
  });
});
