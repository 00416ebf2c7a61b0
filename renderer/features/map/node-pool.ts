import type { Collection, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Point } from './layout/org-chart-layout';

/**
 * Every node the map may draw, created once, of which only those drawn are in Cytoscape; the
 * others wait here with their data and classes, to be put back as they were. Hidden nodes used
 * to stay in Cytoscape with `display: none`: at 5,000 organizations the first view draws 152
 * of them, and every restyle, z-order sort for hit testing and collection walk still went
 * through all 5,000.
 *
 * Cytoscape takes a node's lines with it when it removes the node; lines are the map
 * controller's to add again (see MapController.syncEdges).
 */
export class NodePool {
  private readonly all: readonly NodeSingular[];

  constructor(
    private readonly cy: Core,
    definitions: readonly ElementDefinition[],
  ) {
    this.all = cy.add([...definitions]).nodes().toArray();
  }

  /** Every node, in Cytoscape or not. */
  nodes(): readonly NodeSingular[] {
    return this.all;
  }

  /**
   * Puts into Cytoscape the nodes `wanted` holds and takes out the others. A node put back starts
   * from `startAt` (where it waited, so it can glide out from there). Returns the nodes put back.
   */
  attachOnly(wanted: (node: NodeSingular) => boolean, startAt: (node: NodeSingular) => Point | undefined, beforeDetach: (node: NodeSingular) => void): NodeSingular[] {
    const leaving: NodeSingular[] = [];
    const coming: NodeSingular[] = [];
    for (const node of this.all) {
      const want = wanted(node);
      if (want === node.removed()) (want ? coming : leaving).push(node);
    }
    if (leaving.length > 0) {
      leaving.forEach(beforeDetach);
      this.cy.remove(this.collection(leaving));
    }
    if (coming.length > 0) {
      this.collection(coming).restore();
      for (const node of coming) {
        const at = startAt(node);
        if (at) node.position({ x: at.x, y: at.y });
      }
    }
    return coming;
  }

  private collection(nodes: readonly NodeSingular[]): Collection {
    const collection = this.cy.collection();
    for (const node of nodes) collection.merge(node);
    return collection;
  }
}
