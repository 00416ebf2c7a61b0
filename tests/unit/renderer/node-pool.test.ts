import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { NodePool } from '../../../renderer/features/map/node-pool';

/** A headless Cytoscape (no container): the element model the map uses, without drawing. */
function pool() {
  const cy = cytoscape({ headless: true });
  const nodes = new NodePool(cy, [
    { group: 'nodes', data: { id: 'dhs', label: 'DHS' }, position: { x: 0, y: 0 } },
    { group: 'nodes', data: { id: 'cisa', label: 'CISA' }, position: { x: 50, y: 80 }, classes: 'change-changed' },
    { group: 'nodes', data: { id: 'fbi', label: 'FBI' }, position: { x: 200, y: 80 } },
  ]);
  cy.add({ group: 'edges', data: { id: 'dhs-cisa', source: 'dhs', target: 'cisa' } });
  return { cy, nodes };
}

const inCytoscape = (cy: cytoscape.Core) => cy.nodes().map((node) => node.id()).sort();

describe('the pool of map nodes', () => {
  it('keeps in Cytoscape only the nodes wanted, taking the lines of those it takes out', () => {
    const { cy, nodes } = pool();
    const removed: string[] = [];
    const before: string[] = [];
    cy.on('remove', (event) => void removed.push(event.target.id()));
    const restored = nodes.attachOnly(
      (node) => node.id() !== 'cisa',
      () => undefined,
      (node) => void before.push(node.id()),
    );
    expect(restored).toEqual([]);
    expect(inCytoscape(cy)).toEqual(['dhs', 'fbi']);
    expect(removed.sort()).toEqual(['cisa', 'dhs-cisa']);
    expect(before).toEqual(['cisa']);
    expect(cy.getElementById('cisa').empty()).toBe(true);
    // Still known to the pool, with its data and classes.
    expect(nodes.nodes().map((node) => node.id()).sort()).toEqual(['cisa', 'dhs', 'fbi']);
    expect(nodes.nodes().find((node) => node.id() === 'cisa')?.data('label')).toBe('CISA');
  });

  it('puts a node back with its data and classes, where it is told to start', () => {
    const { cy, nodes } = pool();
    nodes.attachOnly((node) => node.id() !== 'cisa', () => undefined, () => undefined);
    const restored = nodes.attachOnly(
      () => true,
      (node) => (node.id() === 'cisa' ? { x: 0, y: 0 } : undefined),
      () => undefined,
    );
    expect(restored.map((node) => node.id())).toEqual(['cisa']);
    expect(inCytoscape(cy)).toEqual(['cisa', 'dhs', 'fbi']);
    const cisa = cy.getElementById('cisa');
    expect(cisa.data('label')).toBe('CISA');
    expect(cisa.hasClass('change-changed')).toBe(true);
    expect(cisa.position()).toEqual({ x: 0, y: 0 });
    // Nothing that stayed is touched: asking for the same set again changes nothing.
    const events: string[] = [];
    cy.on('add remove', (event) => void events.push(`${event.type} ${event.target.id()}`));
    expect(nodes.attachOnly(() => true, () => undefined, () => undefined)).toEqual([]);
    expect(events).toEqual([]);
  });
});
