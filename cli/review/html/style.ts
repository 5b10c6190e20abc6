// The report's CSS and its one script (sorting the table), inline: the report is one file that needs no network.
export const reportCss = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5560; --line: #d5dbe1; --bg: #f5f7f9; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); }
main { max-width: 1120px; margin: 0 auto; padding: 8px 24px 64px; }
main > h2:first-child { margin-top: 20px; }
header.top { background: #0f3d6e; color: #fff; }
header.top .inner { max-width: 1120px; margin: 0 auto; padding: 28px 24px 24px; }
header.top h1 { margin: 0 0 4px; font-size: 28px; }
header.top p { margin: 0; color: #dbe7f3; }
h2 { font-size: 22px; margin: 40px 0 12px; }
h3 { font-size: 18px; margin: 0 0 8px; }
a { color: var(--accent); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 16px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 18px; }
.card .big { font-size: 32px; font-weight: 700; line-height: 1.1; }
.card .small { color: var(--muted); font-size: 14px; }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 20px 22px; margin-top: 16px; overflow-x: auto; }
.charts { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); gap: 16px; }
@media (max-width: 900px) { .charts { grid-template-columns: 1fr; } }
.chart { max-width: 100%; height: auto; display: block; }
.chart .label { font-size: 14px; fill: #1b1f24; }
.chart .value { font-size: 13px; fill: #4a5560; }
.chart a:hover rect, .chart a:focus rect { opacity: .8; }
.chart a:focus { outline: 2px solid var(--accent); }
.note { color: var(--muted); font-size: 14px; margin: 8px 0 0; }
table { border-collapse: collapse; width: 100%; font-size: 15px; }
th, td { text-align: left; padding: 8px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th button { font: inherit; font-weight: 700; background: none; border: 0; padding: 0; cursor: pointer; color: var(--ink); text-align: inherit; }
th button::after { content: " ↕"; color: #6b7680; font-weight: 400; }
th[aria-sort="ascending"] button::after { content: " ↑"; color: var(--ink); }
th[aria-sort="descending"] button::after { content: " ↓"; color: var(--ink); }
tbody tr:hover { background: #f0f5fb; }
.level { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 14px; font-weight: 600; white-space: nowrap; }
.level.b1 { background: #dcf3e3; color: #0b5127; }
.level.near { background: #fff1d6; color: #6b4000; }
.level.hard { background: #fde2e2; color: #8e1b1b; }
.level.none { background: #e8ebee; color: #39424a; }
.score { color: var(--muted); font-size: 13px; font-variant-numeric: tabular-nums; }
ul.reasons { margin: 4px 0 8px; padding-left: 22px; }
.terms { columns: 2 320px; column-gap: 32px; padding-left: 0; list-style: none; }
.terms li { break-inside: avoid; margin-bottom: 10px; }
.terms .files { color: var(--muted); font-size: 14px; }
section.file { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 18px 22px; margin-top: 16px; }
section.file h3 { word-break: break-all; }
.facts { color: var(--muted); font-size: 14px; margin: 0 0 8px; }
.text { max-height: 560px; overflow-y: auto; white-space: pre-wrap; font: 15px/1.6 Georgia, "Times New Roman", serif; background: #fbfcfd; border: 1px solid var(--line); border-radius: 6px; padding: 14px 16px; margin: 8px 0 0; }
mark.w { background: none; color: inherit; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
mark.w.error { text-decoration-color: #c62828; background: #fdecec; }
mark.w.warning { text-decoration-color: #b86e00; background: #fff5e0; }
mark.w.info { text-decoration-color: #1f5fa8; }
span.s { background: #eef2fb; }
a.ref { font: 600 11px/1 system-ui, sans-serif; vertical-align: super; text-decoration: none; margin-left: 1px; color: #30404f; }
ol.findings { padding-left: 28px; margin: 12px 0 0; }
ol.findings li { margin-bottom: 6px; }
.sev { font-weight: 700; }
.sev.error { color: #a31515; }
.sev.warning { color: #7a4a00; }
.sev.info { color: #1a4f8c; }
.quote { font-family: Georgia, "Times New Roman", serif; }
.alt { color: #0b5127; }
details summary { cursor: pointer; color: var(--accent); margin-top: 10px; }
.error-box { border-left: 4px solid #c62828; padding: 8px 12px; background: #fdecec; }
footer { color: var(--muted); font-size: 14px; margin-top: 48px; }
@media print { header.top { background: #fff; color: #000; } header.top p { color: #000; } details { display: block; } .panel, section.file { break-inside: avoid-page; } }
`;

export const sortScript = `
document.querySelectorAll("table.sortable").forEach(function (table) {
  var heads = table.querySelectorAll("th[data-type]");
  heads.forEach(function (th, column) {
    th.querySelector("button").addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var numeric = th.getAttribute("data-type") === "number";
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute("data-value"), y = b.cells[column].getAttribute("data-value");
        var order = numeric ? Number(x) - Number(y) : x.localeCompare(y, "nl");
        return (ascending ? order : -order) || Number(a.getAttribute("data-index")) - Number(b.getAttribute("data-index"));
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
`;
