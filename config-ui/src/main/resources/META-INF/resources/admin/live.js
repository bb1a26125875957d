// Splicer admin console, "Live" tab: sessions, fill rate, ADS interactions and the session
// inspector's timeline, over GET api/v1/{sessions,stats,adsInteractions,sessions/{id}/timeline}.
// Uses api(), text() and $() from console.js. Shows only what the server reports.
'use strict';

const LIVE_REFRESH_MS = 3000;
const live = {timer: null, inspecting: null};
const SVG_NS = 'http://www.w3.org/2000/svg';
const AD_COLOURS = ['#0d6efd', '#6f42c1', '#d63384', '#198754', '#fd7e14', '#20c997', '#0dcaf0'];

function seconds(micros) {
  const s = micros / 1e6;
  return (Number.isInteger(s) ? s.toFixed(0) : s.toFixed(3).replace(/0+$/, '')) + ' s';
}

function clock(iso) {
  return iso ? new Date(iso).toLocaleTimeString([], {hour12: false}) : '';
}

function shortId(id) {
  return id.length > 13 ? id.slice(0, 8) + '…' : id;
}

function showTab(name) {
  const isLive = name === 'live';
  $('configs-pane').classList.toggle('d-none', isLive);
  $('live').classList.toggle('d-none', !isLive);
  for (const [id, on] of [['tab-configs', !isLive], ['tab-live', isLive]]) {
    $(id).classList.toggle('active', on);
    $(id).setAttribute('aria-selected', String(on));
  }
  clearInterval(live.timer);
  live.timer = null;
  if (isLive) {
    refreshLive();
    live.timer = setInterval(refreshLive, LIVE_REFRESH_MS);
  }
}

async function refreshLive() {
  const [stats, sessions, interactions] = await Promise.all([
    api('GET', 'stats'), api('GET', 'sessions?limit=50'), api('GET', 'adsInteractions?limit=50')]);
  const failed = [stats, sessions, interactions].find((r) => !r.ok);
  $('live-error').classList.toggle('d-none', !failed);
  if (failed) {
    $('live-error').textContent = 'Live data unavailable: ' +
      ((failed.json && failed.json.message) || ('HTTP ' + failed.status));
    return;
  }
  renderStats(stats.json);
  renderSessions(sessions.json.items);
  renderInteractions(interactions.json.items);
  if (live.inspecting) await inspect(live.inspecting, false);
  $('live-updated').textContent = 'Auto-refresh every ' + LIVE_REFRESH_MS / 1000 +
    ' s · updated ' + new Date().toLocaleTimeString([], {hour12: false});
}

function renderStats(s) {
  if (s.fillRate === null) {
    $('stat-fill').textContent = 'n/a';
    $('stat-fill-detail').textContent = 'No ad time available yet (no break decided).';
  } else {
    $('stat-fill').textContent = (s.fillRate * 100).toFixed(1) + ' %';
    $('stat-fill-detail').textContent = seconds(s.filledMicros) + ' of ' + seconds(s.availableMicros) +
      ' filled with ads; slate ' + seconds(s.slateMicros);
  }
  $('stat-sessions').textContent = s.activeSessions;
  $('stat-breaks').textContent = s.breaksDecided + ' / ' + s.breaksFilled;
  $('stat-ads').textContent = 'ads returned ' + s.adsReturned + ', used ' + s.adsUsed +
    ', skipped ' + s.adsSkipped;
  $('stat-failures').textContent = s.adsFailures;
  $('stat-stitch').textContent = 'playlists stitched ' + (s.stitch.mediaPlaylistsStitched || 0) +
    ', MPDs stitched ' + (s.stitch.mpdsStitched || 0) + ', fail-open ' + (s.stitch.failOpen || 0);
}

function renderSessions(items) {
  const rows = $('session-rows');
  rows.replaceChildren();
  for (const s of items) {
    const tr = document.createElement('tr');
    tr.dataset.session = s.id;
    const id = text('td', shortId(s.id), 'mono');
    id.title = s.id;
    tr.append(id, text('td', s.configurationName), text('td', s.assetPath, 'mono'),
      text('td', s.protocol, 'protocol'), text('td', s.reportingMode), text('td', clock(s.createdAt)), text('td', clock(s.lastActivity)),
      text('td', s.manifestRequests));
    const actions = document.createElement('td');
    const button = text('button', 'Inspect', 'btn btn-sm btn-outline-primary inspect');
    button.type = 'button';
    button.addEventListener('click', () => inspect(s.id, true));
    actions.append(button);
    tr.append(actions);
    rows.append(tr);
  }
  $('no-sessions').classList.toggle('d-none', items.length > 0);
}

function renderInteractions(items) {
  const rows = $('interaction-rows');
  rows.replaceChildren();
  for (const i of items) {
    const tr = document.createElement('tr');
    const session = text('td', shortId(i.sessionId), 'mono');
    session.title = i.sessionId;
    const status = document.createElement('td');
    const ok = i.status === 'OK';
    const badge = text('span', i.status, 'badge ' + (ok ? 'text-bg-success' : i.status === 'EMPTY' ? 'text-bg-secondary' : 'text-bg-danger'));
    if (i.failure) badge.title = i.failure;
    status.append(badge);
    tr.append(text('td', clock(i.time)), session, text('td', i.configurationName),
      text('td', i.breakKey, 'mono'), status, text('td', i.latencyMillis + ' ms'),
      text('td', i.adsReturned + ' / ' + i.usedAdIds.length + (i.usedAdIds.length ? ' (' + i.usedAdIds.join(', ') + ')' : '')),
      text('td', i.skipped.join(', ') || '–'), text('td', i.url || '(no ADS URL)', 'url-cell'));
    rows.append(tr);
  }
  $('no-interactions').classList.toggle('d-none', items.length > 0);
}

async function inspect(id, scroll) {
  live.inspecting = id;
  const r = await api('GET', 'sessions/' + encodeURIComponent(id) + '/timeline');
  $('inspector').classList.remove('d-none');
  $('inspector-id').textContent = id;
  const box = $('timeline');
  box.replaceChildren();
  $('decision-rows').replaceChildren();
  if (!r.ok) {
    $('inspector-meta').textContent = (r.json && r.json.message) || ('HTTP ' + r.status);
    return;
  }
  const t = r.json;
  const l = t.layout;
  if (!l) {
    $('inspector-meta').textContent = 'Session ' + t.session.configurationName + ' / ' +
      t.session.assetPath + ': nothing stitched yet (no media playlist or MPD), so there is no timeline to draw.';
  } else {
    const what = t.session.protocol === 'DASH'
      ? ' · DASH MPD' + (l.vod ? ' (VOD)' : ' (live window from MPD time ' + seconds(l.windowStartMicros) + ')') +
        ' · ads named by ad Period @id'
      : ' · media playlist ' + l.playlist + (l.vod ? ' (VOD)' : ' (live window from media sequence ' + l.mediaSequence + ')');
    $('inspector-meta').textContent = t.session.configurationName + ' / ' + t.session.assetPath + what +
      ' · ' + seconds(l.totalMicros) + ' · ' + l.breaks.length + ' break(s) · stitched ' + clock(l.stitchedAt);
    box.append(drawTimeline(l, t.session.protocol === 'DASH'));
  }
  renderDecisions(t.decisions);
  if (scroll) $('inspector').scrollIntoView({block: 'start'});
}

function svg(tag, attrs, content) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (content !== undefined) el.textContent = content;
  return el;
}

// DASH ad bands are named by their ad Period's @id (MediaTailor's DASH adId), HLS ones by the VAST
// ad id: say which, so a DASH band does not read as a VAST id.
function adName(band, dash) {
  return dash && band.kind === 'AD' ? 'Period ' + band.adId : band.adId;
}

function drawTimeline(l, dash) {
  const W = 1200, X0 = 10, BAND_Y = 34, BAND_H = 56, total = Math.max(l.totalMicros, 1);
  const scale = (W - 2 * X0) / total;
  const root = svg('svg', {viewBox: '0 0 ' + W + ' 150', role: 'img',
    'aria-label': 'Personalised timeline of the session', id: 'timeline-svg'});
  const defs = svg('defs', {});
  const hatch = svg('pattern', {id: 'hatch', width: 8, height: 8, patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)'});
  hatch.append(svg('rect', {width: 8, height: 8, fill: '#fff3cd'}),
    svg('rect', {width: 4, height: 8, fill: '#ffc107'}));
  defs.append(hatch);
  root.append(defs);
  const colours = new Map();
  for (const b of l.breaks) {
    const x = X0 + b.startMicros * scale;
    root.append(svg('line', {x1: x, x2: x, y1: 4, y2: BAND_Y + BAND_H + 4, stroke: '#212529',
      'stroke-dasharray': '3 2'}));
    root.append(svg('text', {x: x + 3, y: 14, 'font-size': 12, fill: '#212529'},
      'Break ' + (b.index + 1) + ' · ' + b.kind.toLowerCase() + ' · ' + b.status.toLowerCase()));
  }
  for (const band of l.bands) {
    const x = X0 + band.startMicros * scale;
    const w = Math.max(band.durationMicros * scale, 1);
    let fill = '#adb5bd';
    if (band.kind === 'AD') {
      if (!colours.has(band.adId)) colours.set(band.adId, AD_COLOURS[colours.size % AD_COLOURS.length]);
      fill = colours.get(band.adId);
    } else if (band.kind === 'SLATE') {
      fill = 'url(#hatch)';
    }
    const rect = svg('rect', {x, y: BAND_Y, width: w, height: BAND_H, fill,
      class: 'band band-' + band.kind.toLowerCase(), 'data-kind': band.kind, 'data-ad': band.adId});
    rect.append(svg('title', {}, band.kind.toLowerCase() + (band.adId ? ' ' + adName(band, dash) : '') +
      ' · starts ' + seconds(band.startMicros) + ' · lasts ' + seconds(band.durationMicros)));
    root.append(rect);
    const label = band.kind === 'CONTENT' ? 'content' : adName(band, dash);
    if (w > 48) {
      const colour = band.kind === 'AD' ? '#fff' : '#212529';
      root.append(svg('text', {x: x + 4, y: BAND_Y + 22, 'font-size': 13, 'font-weight': 600, fill: colour}, label));
      root.append(svg('text', {x: x + 4, y: BAND_Y + 40, 'font-size': 12, fill: colour}, seconds(band.durationMicros)));
    }
  }
  drawAxis(root, total, scale, X0, BAND_Y + BAND_H);
  return root;
}

function drawAxis(root, total, scale, x0, y) {
  const totalS = total / 1e6;
  const step = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600].find((s) => totalS / s <= 12) || 7200;
  root.append(svg('line', {x1: x0, x2: x0 + total * scale, y1: y + 6, y2: y + 6, stroke: '#6c757d'}));
  for (let s = 0; s <= totalS + 1e-9; s += step) {
    const x = x0 + s * 1e6 * scale;
    root.append(svg('line', {x1: x, x2: x, y1: y + 6, y2: y + 12, stroke: '#6c757d'}));
    const m = Math.floor(s / 60), sec = Math.round(s % 60);
    root.append(svg('text', {x, y: y + 26, 'font-size': 12, fill: '#495057', 'text-anchor': s === 0 ? 'start' : 'middle'},
      m + ':' + String(sec).padStart(2, '0')));
  }
}

function renderDecisions(decisions) {
  const rows = $('decision-rows');
  for (const d of decisions) {
    const tr = document.createElement('tr');
    const ads = d.decision.ads.map((a) => a.adId + ' (' + seconds(a.durationMicros) + ')').join(', ');
    tr.append(text('td', d.breakKey + (d.offsetMicros !== undefined ? ' @ ' + seconds(d.offsetMicros) : ''), 'mono'),
      text('td', ads || '–'), text('td', d.decision.slateMicros ? seconds(d.decision.slateMicros) : '–'),
      text('td', d.decision.skipped.join(', ') || '–'), text('td', d.decision.failure || '–'));
    rows.append(tr);
  }
  if (!decisions.length) {
    const tr = document.createElement('tr');
    const td = text('td', 'No break decisions stored for this session yet.', 'text-body-secondary');
    td.colSpan = 5;
    tr.append(td);
    rows.append(tr);
  }
}

$('tab-configs').addEventListener('click', () => showTab('configs'));
$('tab-live').addEventListener('click', () => showTab('live'));
$('inspector-close').addEventListener('click', () => {
  live.inspecting = null;
  $('inspector').classList.add('d-none');
});
