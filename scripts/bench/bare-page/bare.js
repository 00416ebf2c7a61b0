// The bare page's steps, mirroring the app's: load → drawn, the label swap of a language switch
// (one batch of data updates), the class toggles of a date step, and a selection. The elements,
// stylesheet, camera and the labels/visibility of each state come from the app (see
// scripts/bench/renderer/capture.ts); `window.__bench` is installed by the benchmark before this runs.
/* global window, document, cytoscape */
(async () => {
  const scene = await (await fetch('/scene.json')).json();
  const container = document.getElementById('map');
  container.style.width = `${scene.width}px`;
  container.style.height = `${scene.height}px`;
  const cy = cytoscape({
    container,
    elements: scene.elements,
    style: [...scene.style, { selector: '.bench-hidden', style: { display: 'none' } }],
    layout: { name: 'preset' },
    zoom: scene.zoom,
    pan: scene.pan,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  const setLabels = (labels) =>
    cy.batch(() => {
      for (const [id, label] of Object.entries(labels)) cy.getElementById(id).data('label', label);
    });
  const setHidden = (hidden) =>
    cy.batch(() => {
      const shouldHide = new Set(hidden);
      cy.elements().forEach((element) => {
        if (element.hasClass('bench-hidden') !== shouldHide.has(element.id())) element.toggleClass('bench-hidden');
      });
    });
  window.__bare = {
    toJapanese: () => window.__bench.timeChange(() => setLabels(scene.labelsJa)),
    toDateBefore: () => setHidden(scene.hiddenBefore),
    toDateAfter: () => window.__bench.timeChange(() => setHidden(scene.hiddenAfter)),
    select: (id) =>
      window.__bench.timeChange(() =>
        cy.batch(() => {
          cy.elements('.chosen').removeClass('chosen');
          cy.getElementById(id).addClass('chosen');
        }),
      ),
    nodeCount: () => cy.elements().length,
  };
  cy.one('render', () => {
    window.__bareDrawn = true;
  });
})();
