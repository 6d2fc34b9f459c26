#pragma once
// The style and script of the drift page, inlined so the file works offline on its own.
namespace pgfleet::drift_html {

inline constexpr const char* kStyle = R"CSS(
:root { --ink:#1d2330; --muted:#5d6575; --line:#e3e6ec; --bg:#f6f7f9; --card:#fff;
  --ok:#1f8a4c; --ok-bg:#e6f4ec; --behind:#2457c5; --behind-bg:#e8eefb; --diverged:#b4490a; --diverged-bg:#fdf0e6;
  --error:#a3182b; --error-bg:#fbe9ec; --iso:#c0182f; --iso-bg:#fde8eb; --miss:#a15c00; --miss-bg:#fff3dc;
  --other:#4b5567; --other-bg:#eef0f4; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
  color:var(--ink); background:var(--bg); }
main { max-width:1180px; margin:0 auto; padding:28px 24px 40px; }
h1 { font-size:24px; margin:0 0 4px; letter-spacing:-.01em; }
h2 { font-size:17px; margin:32px 0 12px; }
.sub { color:var(--muted); margin:0; }
code { font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; }
.tiles { display:grid; grid-template-columns:repeat(5,1fr); gap:12px; margin-top:20px; }
.tile { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:14px 16px; border-top:4px solid var(--other); }
.tile b { display:block; font-size:26px; line-height:1.1; }
.tile span { color:var(--muted); }
.tile.matches { border-top-color:var(--ok); } .tile.behind { border-top-color:var(--behind); }
.tile.diverged { border-top-color:var(--diverged); } .tile.error { border-top-color:var(--error); }
.verdict { margin:16px 0 0; font-size:15px; }
.groups { display:grid; grid-template-columns:repeat(auto-fill,minmax(360px,1fr)); gap:14px; align-items:start; }
.group { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:14px 16px; border-left:5px solid var(--ok); }
.group.behind { border-left-color:var(--behind); } .group.diverged { border-left-color:var(--diverged); }
.group h3 { margin:0 0 8px; font-size:14px; display:flex; gap:8px; align-items:center; flex-wrap:wrap; }
.group .count { color:var(--muted); font-weight:normal; margin-left:auto; }
.group p { margin:6px 0; color:var(--muted); }
.group a { color:var(--behind); text-decoration:none; } .group a:hover { text-decoration:underline; }
.badge, .chip { display:inline-block; border-radius:999px; padding:1px 9px; font-size:12px; font-weight:600; white-space:nowrap; }
.badge.matches { color:var(--ok); background:var(--ok-bg); } .badge.behind { color:var(--behind); background:var(--behind-bg); }
.badge.diverged { color:var(--diverged); background:var(--diverged-bg); } .badge.error { color:var(--error); background:var(--error-bg); }
.chip.isolation_weakened { color:var(--iso); background:var(--iso-bg); }
.chip.missing_constraint_or_index { color:var(--miss); background:var(--miss-bg); }
.chip.other { color:var(--other); background:var(--other-bg); }
ul.diffs { list-style:none; margin:8px 0 0; padding:0; }
ul.diffs li { display:grid; grid-template-columns:72px 1fr; gap:8px; align-items:baseline; padding:5px 0; border-top:1px solid var(--line); }
ul.diffs li .chip { text-align:center; }
ul.diffs li code { overflow-wrap:anywhere; }
.filters { display:flex; gap:10px; align-items:center; flex-wrap:wrap; margin-bottom:10px; }
.filters input[type=search] { flex:1 1 260px; padding:8px 11px; border:1px solid #cfd4dc; border-radius:8px; font:inherit; background:#fff; }
.filters select { padding:7px 9px; border:1px solid #cfd4dc; border-radius:8px; font:inherit; background:#fff; }
.seg { display:inline-flex; border:1px solid #cfd4dc; border-radius:8px; overflow:hidden; background:#fff; }
.seg button { border:0; background:none; padding:7px 12px; font:inherit; cursor:pointer; color:var(--muted); border-right:1px solid #e3e6ec; }
.seg button:last-child { border-right:0; }
.seg button[aria-pressed=true] { background:var(--ink); color:#fff; }
#shown { color:var(--muted); margin-left:auto; }
table { width:100%; border-collapse:collapse; background:var(--card); border:1px solid var(--line); border-radius:10px; overflow:hidden; }
th { text-align:left; font-size:12px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); background:#fafbfc; }
th, td { padding:8px 12px; border-bottom:1px solid var(--line); vertical-align:top; }
tbody.tenant:last-of-type tr:last-child td { border-bottom:0; }
td.last small { color:var(--muted); display:block; }
td.diff { width:44%; }
td.diff summary { cursor:pointer; color:var(--muted); }
td.diff details[open] summary { margin-bottom:4px; }
td.diff h4 { margin:8px 0 2px; font-size:12px; color:var(--muted); font-weight:600; }
td .none { color:var(--muted); }
.error-text { color:var(--error); }
#none { color:var(--muted); padding:14px; }
footer { color:var(--muted); margin-top:28px; font-size:12px; }
@media (max-width:800px) { .tiles { grid-template-columns:repeat(2,1fr); } }
)CSS";

// Filters the tenant table by name, status, severity and fingerprint; the filter lives in
// the address (#q=...&status=...) so a filtered view can be linked to.
inline constexpr const char* kScript = R"JS(
(function () {
  var q = document.getElementById('q'), sev = document.getElementById('severity');
  var shown = document.getElementById('shown'), none = document.getElementById('none');
  var buttons = Array.prototype.slice.call(document.querySelectorAll('.seg button'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody.tenant'));
  var state = { status: '', fp: '' };
  function matches(r, text) {
    return (!text || r.dataset.name.toLowerCase().indexOf(text) >= 0) &&
      (!state.status || r.dataset.status === state.status) &&
      (!sev.value || r.dataset.severity === sev.value) &&
      (!state.fp || r.dataset.fingerprint === state.fp);
  }
  function apply(remember) {
    var text = q.value.trim().toLowerCase(), n = 0;
    rows.forEach(function (r) { var ok = matches(r, text); r.hidden = !ok; if (ok) n++; });
    shown.textContent = 'Showing ' + n + ' of ' + rows.length + ' tenant' + (rows.length === 1 ? '' : 's') +
      (state.fp ? ' at ' + state.fp.slice(0, 12) : '');
    none.hidden = n > 0;
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.status === state.status)); });
    if (!remember) return;
    var h = new URLSearchParams();
    if (q.value.trim()) h.set('q', q.value.trim());
    if (state.status) h.set('status', state.status);
    if (sev.value) h.set('severity', sev.value);
    if (state.fp) h.set('fp', state.fp);
    try { history.replaceState(null, '', '#' + h.toString()); } catch (e) { /* file: pages may refuse */ }
  }
  function fromAddress() {
    var h = new URLSearchParams(location.hash.slice(1));
    q.value = h.get('q') || ''; state.status = h.get('status') || ''; sev.value = h.get('severity') || '';
    state.fp = h.get('fp') || '';
    apply(false);
  }
  q.addEventListener('input', function () { apply(true); });
  sev.addEventListener('change', function () { apply(true); });
  buttons.forEach(function (b) { b.addEventListener('click', function () { state.status = b.dataset.status; apply(true); }); });
  window.addEventListener('hashchange', fromAddress);
  fromAddress();
})();
)JS";

}  // namespace pgfleet::drift_html
