/** The offline handout's styles, inlined into the file (and allowed there by their hash). */
export const HANDOUT_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font-family:"Noto Sans JP",system-ui,sans-serif;color:#111827;background:#ffffff}
body{display:grid;grid-template-rows:auto 1fr auto;min-height:100vh}
header{display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;padding:10px 16px;border-bottom:1px solid #d1d5db;background:#f9fafb}
header .titles{flex:1 1 320px;min-width:0}
#briefing-title{margin:0;font-size:13px;color:#4b5563;font-weight:400}
#scene-title{margin:2px 0 0;font-size:22px}
#as-of{margin:2px 0 0;font-size:14px;color:#374151}
.controls{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
button{font:inherit;font-size:14px;padding:6px 12px;border:1px solid #6b7280;border-radius:4px;background:#ffffff;color:#111827;cursor:pointer}
button:disabled{color:#6b7280;cursor:default}
button[aria-pressed="true"]{background:#1f4e9c;border-color:#1f4e9c;color:#ffffff}
button:focus-visible{outline:3px solid #b45309;outline-offset:1px}
#counter{font-size:14px;color:#374151;min-width:7em;text-align:center}
main{display:grid;grid-template-columns:1fr minmax(260px,26%);min-height:0}
.map-area{position:relative;min-height:420px;border-right:1px solid #d1d5db}
#map{position:absolute;inset:0;overflow:hidden;cursor:grab;touch-action:none}
#map svg{display:block;position:absolute;inset:0}
#map [data-actor]{cursor:pointer}
aside{overflow:auto;padding:12px 16px;font-size:14px;line-height:1.5}
aside h2{margin:0 0 4px;font-size:18px}
aside h3{margin:12px 0 4px;font-size:14px}
aside .type,aside .hint{color:#4b5563;margin:0 0 8px}
aside ol{padding-left:20px;margin:0 0 12px}
aside .url{color:#4b5563;overflow-wrap:anywhere;font-size:12px}
footer{display:grid;grid-template-columns:1fr;gap:4px;padding:8px 16px;border-top:1px solid #d1d5db;font-size:13px}
#notes{margin:0;white-space:pre-wrap}
#legend-heading{display:inline;font-size:13px;margin:0 8px 0 0}
#legend{display:inline;margin:0;padding:0;list-style:none}
#legend li{display:inline;margin-right:12px}
#legend li::before{content:"■ ";color:#59606b}
.zoom{display:flex;gap:4px;position:absolute;right:8px;top:8px;z-index:1}
@media (max-width:800px){main{grid-template-columns:1fr}.map-area{border-right:0;min-height:60vh}}
`;
