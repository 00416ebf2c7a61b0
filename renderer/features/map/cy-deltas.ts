import type { Core, SingularElementArgument } from 'cytoscape';

/** Any collection of elements (nodes, edges or both). */
interface Elements {
  toArray(): readonly SingularElementArgument[];
}

/**
 * Changes to Cytoscape elements that touch only what actually changes. Cytoscape restyles every
 * element it is handed, changed or not: `toggleClass`, `addClass` and `removeClass` restyle each
 * element in the collection, and `data(...)` restyles and emits an event even when the values are
 * the same. At 5,000 organizations that turned a selection or a label pass into seconds of style
 * work for elements whose look did not change, so the map goes through these instead.
 */

/** Gives an element `cls` (or takes it away) only when that changes it. */
export function setClass(ele: SingularElementArgument, cls: string, on: boolean): void {
  if (ele.hasClass(cls) !== on) ele.toggleClass(cls, on);
}

/**
 * Gives each element of `all` the class when `wanted` holds it, and takes it from the others,
 * restyling only the elements whose class changes.
 */
export function syncClass(cy: Core, all: Elements, cls: string, wanted: (ele: SingularElementArgument) => boolean): void {
  // merge() grows a collection in place (union() would copy it for every element).
  const adding = cy.collection();
  const removing = cy.collection();
  for (const ele of all.toArray()) {
    const want = wanted(ele);
    if (want !== ele.hasClass(cls)) (want ? adding : removing).merge(ele);
  }
  if (adding.nonempty()) adding.addClass(cls);
  if (removing.nonempty()) removing.removeClass(cls);
}

/** Sets the fields of `values` that differ from the element's data; nothing at all when none do. */
export function setData(ele: SingularElementArgument, values: Readonly<Record<string, unknown>>): boolean {
  const changed: Record<string, unknown> = {};
  let any = false;
  for (const [key, value] of Object.entries(values)) {
    if (ele.data(key) !== value) {
      changed[key] = value;
      any = true;
    }
  }
  if (any) ele.data(changed);
  return any;
}
