// Splicer admin console: plain JavaScript over the REST API (api/v1/, see openapi.yaml).
'use strict';

const API = 'api/v1/';
const READ_ONLY = ['PlaybackConfigurationArn', 'PlaybackEndpointPrefix', 'DualStackPlaybackEndpointPrefix',
  'SessionInitializationEndpointPrefix', 'DualStackSessionInitializationEndpointPrefix', 'LogConfiguration'];
const READ_ONLY_NESTED = ['ManifestEndpointPrefix', 'DualStackManifestEndpointPrefix'];

const state = {csrf: null, editing: null, etag: null, nextToken: null};
const $ = (id) => document.getElementById(id);
const fields = () => Array.from(document.querySelectorAll('#editor-form [data-pointer]'));

async function api(method, path, body, headers = {}) {
  const h = Object.assign({'X-Splicer-Console': '1'}, headers);
  if (method !== 'GET' && state.csrf) h['X-Splicer-CSRF'] = state.csrf;
  if (body !== undefined) h['Content-Type'] = 'application/json';
  const response = await fetch(API + path, {method, headers: h, credentials: 'same-origin',
    body: body === undefined ? undefined : body});
  if (response.status === 401) {
    window.location.replace('login.html');
    throw new Error('not signed in');
  }
  let json = null;
  if (response.status !== 204) {
    try { json = await response.json(); } catch (e) { json = null; }
  }
  return {status: response.status, ok: response.ok, json, etag: response.headers.get('ETag')};
}

function notice(text, kind) {
  const n = $('notice');
  n.textContent = text;
  n.className = 'alert alert-' + kind;
}

function text(tag, value, cls) {
  const el = document.createElement(tag);
  el.textContent = value == null ? '' : value;
  if (cls) el.className = cls;
  return el;
}

async function loadList(append) {
  const query = 'playbackConfigurations?MaxResults=50' +
    (append && state.nextToken ? '&NextToken=' + encodeURIComponent(state.nextToken) : '');
  const r = await api('GET', query);
  if (!r.ok) { notice('Cannot list configurations: ' + (r.json && r.json.message), 'danger'); return; }
  const rows = $('config-rows');
  if (!append) rows.replaceChildren();
  for (const c of r.json.Items) {
    const tr = document.createElement('tr');
    tr.dataset.name = c.Name;
    tr.append(text('td', c.Name, 'fw-semibold'), text('td', c.VideoContentSourceUrl, 'url'),
      text('td', c.HlsConfiguration && c.HlsConfiguration.ManifestEndpointPrefix, 'url small'));
    const actions = document.createElement('td');
    actions.className = 'text-end text-nowrap';
    const edit = text('button', 'Edit', 'btn btn-sm btn-outline-primary me-1 edit');
    edit.type = 'button';
    edit.addEventListener('click', () => openExisting(c.Name));
    const del = text('button', 'Delete', 'btn btn-sm btn-outline-danger delete');
    del.type = 'button';
    del.addEventListener('click', () => remove(c.Name));
    actions.append(edit, del);
    tr.append(actions);
    rows.append(tr);
  }
  state.nextToken = r.json.NextToken || null;
  $('more').classList.toggle('d-none', !state.nextToken);
  $('empty-list').classList.toggle('d-none', rows.children.length > 0);
}

function getAt(doc, pointer) {
  return pointer.split('/').slice(1).reduce((o, k) => (o == null ? undefined : o[k]), doc);
}

function setAt(doc, pointer, value) {
  const keys = pointer.split('/').slice(1);
  let o = doc;
  for (const k of keys.slice(0, -1)) {
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = {};
    o = o[k];
  }
  o[keys[keys.length - 1]] = value;
}

function deleteAt(doc, pointer) {
  const keys = pointer.split('/').slice(1);
  const parents = [doc];
  for (const k of keys.slice(0, -1)) {
    const next = parents[parents.length - 1][k];
    if (typeof next !== 'object' || next === null) return;
    parents.push(next);
  }
  delete parents[parents.length - 1][keys[keys.length - 1]];
  for (let i = parents.length - 1; i > 0; i--) {
    if (Object.keys(parents[i]).length === 0) delete parents[i - 1][keys[i - 1]];
  }
}

function stripReadOnly(doc) {
  for (const f of READ_ONLY) delete doc[f];
  for (const section of ['HlsConfiguration', 'DashConfiguration']) {
    if (doc[section] && typeof doc[section] === 'object') {
      for (const f of READ_ONLY_NESTED) delete doc[section][f];
      if (Object.keys(doc[section]).length === 0) delete doc[section];
    }
  }
  return doc;
}

function fillForm(doc) {
  const rest = stripReadOnly(JSON.parse(JSON.stringify(doc)));
  for (const el of fields()) {
    const v = getAt(rest, el.dataset.pointer);
    el.value = v == null ? '' : String(v);
    deleteAt(rest, el.dataset.pointer);
  }
  $('f-other').value = JSON.stringify(rest, null, 2);
  clearErrors();
}

function formDocument() {
  let doc;
  try {
    doc = JSON.parse($('f-other').value.trim() || '{}');
  } catch (e) {
    return {error: 'Other fields: not valid JSON (' + e.message + ')'};
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return {error: 'Other fields: must be a JSON object'};
  }
  for (const el of fields()) {
    const raw = el.value.trim();
    if (raw === '') continue;
    const num = Number(raw);
    setAt(doc, el.dataset.pointer, el.dataset.type === 'integer' && Number.isInteger(num) ? num : raw);
  }
  return {doc};
}

function clearErrors() {
  for (const el of document.querySelectorAll('#editor-form .is-invalid')) el.classList.remove('is-invalid');
  for (const fb of document.querySelectorAll('#editor-form .invalid-feedback')) fb.textContent = '';
  $('editor-error').classList.add('d-none');
}

function fieldFor(pointer) {
  return fields().find((el) => el.dataset.pointer === pointer) ||
    fields().find((el) => pointer.startsWith(el.dataset.pointer + '/')) || $('f-other');
}

function showErrors(message, errors) {
  clearErrors();
  const box = $('editor-error');
  box.textContent = message;
  box.classList.remove('d-none');
  for (const e of errors || []) {
    const el = fieldFor(e.pointer);
    el.classList.add('is-invalid');
    const fb = el.parentElement.querySelector('.invalid-feedback');
    const line = el.id === 'f-other' ? e.pointer + ': ' + e.message : e.message;
    fb.textContent = fb.textContent ? fb.textContent + ' · ' + line : line;
  }
}

function openEditor(title, doc, name, etag) {
  state.editing = name;
  state.etag = etag;
  $('editor-title').textContent = title;
  fillForm(doc);
  $('f-Name').readOnly = name !== null;
  showPrefixes(name === null ? null : doc);
  $('editor').classList.remove('d-none');
  $('f-Name').focus();
}

function showPrefixes(doc) {
  const box = $('prefixes');
  box.replaceChildren();
  if (!doc || !doc.PlaybackEndpointPrefix) { box.classList.add('d-none'); return; }
  const rows = [['HLS', doc.HlsConfiguration && doc.HlsConfiguration.ManifestEndpointPrefix],
    ['DASH', doc.DashConfiguration && doc.DashConfiguration.ManifestEndpointPrefix],
    ['Session', doc.SessionInitializationEndpointPrefix]];
  for (const [label, url] of rows) {
    const p = text('div', label + ': ');
    p.append(text('code', url));
    box.append(p);
  }
  box.classList.remove('d-none');
}

async function openExisting(name) {
  const r = await api('GET', 'playbackConfigurations/' + encodeURIComponent(name));
  if (!r.ok) { notice((r.json && r.json.message) || 'Cannot load ' + name, 'danger'); return; }
  openEditor('Edit ' + name, r.json, name, r.etag);
}

async function save(event) {
  event.preventDefault();
  const built = formDocument();
  if (built.error) { showErrors(built.error, [{pointer: '', message: built.error}]); return; }
  const name = state.editing || (built.doc.Name || '');
  if (!name) { showErrors('Name is required', [{pointer: '/Name', message: 'is required'}]); return; }
  const headers = state.etag ? {'If-Match': state.etag} : {};
  const r = await api('PUT', 'playbackConfigurations/' + encodeURIComponent(name),
    JSON.stringify(built.doc), headers);
  if (r.ok) {
    state.editing = name;
    state.etag = r.etag;
    $('editor-title').textContent = 'Edit ' + name;
    $('f-Name').readOnly = true;
    clearErrors();
    showPrefixes(r.json);
    notice('Saved ' + name + (r.status === 201 ? ' (created).' : '.'), 'success');
    await loadList(false);
  } else if (r.status === 412) {
    showErrors('Someone else changed or deleted this configuration meanwhile. Cancel and open it again.', []);
  } else {
    showErrors((r.json && r.json.message) || ('Save failed (' + r.status + ')'), r.json && r.json.errors);
  }
}

async function remove(name) {
  if (!window.confirm('Delete playback configuration ' + name + '?')) return;
  const r = await api('DELETE', 'playbackConfigurations/' + encodeURIComponent(name));
  if (r.status === 204) {
    notice('Deleted ' + name + '.', 'success');
    if (state.editing === name) $('editor').classList.add('d-none');
  } else {
    notice((r.json && r.json.message) || 'Delete failed (' + r.status + ')', 'danger');
  }
  await loadList(false);
}

async function importFile() {
  const file = $('import-file').files[0];
  if (!file) return;
  let doc;
  try {
    doc = JSON.parse(await file.text());
  } catch (e) {
    notice('Import: ' + file.name + ' is not valid JSON (' + e.message + ')', 'danger');
    return;
  }
  $('import-file').value = '';
  openEditor('Import ' + file.name + ' (not saved yet)', doc, null, null);
}

async function start() {
  const who = await api('GET', 'session');
  if (!who.ok) return;
  state.csrf = who.json.csrfToken || null;
  $('user').textContent = who.json.user;
  $('logout').classList.toggle('d-none', !state.csrf);
  $('new-config').addEventListener('click', () => openEditor('New configuration', {}, null, null));
  $('cancel').addEventListener('click', () => $('editor').classList.add('d-none'));
  $('editor-form').addEventListener('submit', save);
  $('import-file').addEventListener('change', importFile);
  $('more').addEventListener('click', () => loadList(true));
  $('logout').addEventListener('click', async () => {
    await api('POST', 'logout');
    window.location.replace('login.html');
  });
  await loadList(false);
}

start();
