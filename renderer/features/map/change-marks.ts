/**
 * What changed since a briefing, as the map marks it (MapController.showChanges). Its own
 * file, free of Cytoscape and the DOM, so the code that derives it can be tested in Node.
 */
export interface MapChanges {
  /** Ids of actors and relations. */
  readonly added: ReadonlySet<string>;
  readonly changed: ReadonlySet<string>;
  /** Removed actors, with the label to draw and the parent they had. */
  readonly removed: readonly { readonly id: string; readonly label: string; readonly parent: string | null }[];
}
