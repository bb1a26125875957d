#!/usr/bin/env node
// Plays one manifest URL in one real player (Debian chromium through playwright-core) and judges
// what was on screen against an expectation. See README.md for the expectation format.
//
//   node run-check.mjs --player hlsjs|shaka|dashjs --url URL --expect FILE|JSON
//                      [--name NAME] [--screenshots DIR] [--rate 4] [--chromium /usr/bin/chromium]
//
// Exit status: 0 = PASS, 1 = FAIL (one "FAIL [kind] message" line per failure on stdout),
// 2 = the check could not run (bad arguments, no browser, page did not load).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judge, normalise } from './verdict.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const PLAYERS = ['hlsjs', 'shaka', 'dashjs'];
const PAGE_PREFIX = '/__splicer_players__/';
// Files the pages load, served under the manifest's own origin (no CORS needed for the fixtures).
const FILES = {
  'hlsjs.html': 'pages/hlsjs.html',
  'shaka.html': 'pages/shaka.html',
  'dashjs.html': 'pages/dashjs.html',
  'common.js': 'pages/common.js',
  'lib/hls.min.js': 'node_modules/hls.js/dist/hls.min.js',
  'lib/shaka-player.compiled.js': 'node_modules/shaka-player/dist/shaka-player.compiled.js',
  'lib/dash.all.min.js': 'node_modules/dashjs/dist/modern/umd/dash.all.min.js',
};
const POLL_MS = 200;

function usage(message) {
  console.error(`run-check: ${message}`);
  console.error('usage: node run-check.mjs --player hlsjs|shaka|dashjs --url URL --expect FILE|JSON [--name NAME] [--screenshots DIR] [--rate N]');
  process.exit(2);
}

function parseArgs(argv) {
  const a = { rate: 4, chromium: '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!['player', 'url', 'expect', 'name', 'screenshots', 'rate', 'chromium'].includes(key) || argv[i + 1] === undefined) {
      usage(`bad argument [${argv[i]}]`);
    }
    a[key] = argv[i + 1];
  }
  if (!PLAYERS.includes(a.player)) usage(`--player must be one of ${PLAYERS.join(', ')}, got [${a.player}]`);
  if (!a.url || !/^https?:\/\//.test(a.url)) usage(`--url must be an http(s) URL, got [${a.url}]`);
  if (!a.expect) usage('--expect is required');
  a.rate = Number(a.rate);
  a.name = a.name || a.player;
  return a;
}

function loadExpectation(arg) {
  const text = arg.trim().startsWith('{') ? arg : readFileSync(arg, 'utf8');
  try {
    return normalise(JSON.parse(text));
  } catch (e) {
    usage(e.message);
  }
}

function capturePoints(x) {
  const points = [];
  x.breaks.forEach((b, i) => {
    points.push({ label: `break${i + 1}-ad`, t: (b.start + b.end) / 2 });
    points.push({ label: `break${i + 1}-after`, t: Math.min(b.end + 1.5, x.duration - 0.5) });
  });
  return points;
}

async function launch(executablePath) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    throw new Error(`playwright-core is not installed: run "npm ci" in ${HERE} (${e.message})`);
  }
  if (!existsSync(executablePath)) throw new Error(`${executablePath} not found: apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'splicer-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { context, profile };
}

async function play(context, a, x) {
  const origin = new URL(a.url).origin;
  await context.route(`${origin}${PAGE_PREFIX}**`, (route) => {
    const rel = new URL(route.request().url()).pathname.slice(PAGE_PREFIX.length);
    const file = FILES[rel];
    if (!file) return route.fulfill({ status: 404, body: 'not a player file' });
    const type = rel.endsWith('.html') ? 'text/html' : 'text/javascript';
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(join(HERE, file)) });
  });
  const page = context.pages()[0] || (await context.newPage());
  const console = [];
  page.on('console', (m) => m.type() === 'error' && console.push(m.text()));
  page.on('pageerror', (e) => console.push(`page error: ${e.message}`));
  await page.goto(`${origin}${PAGE_PREFIX}${a.player}.html`);
  const rec = { samples: [], pictures: [], errors: [], captures: [], ended: false };
  await page.evaluate((cfg) => window.SplicerCheck.start(cfg), {
    src: a.url, rate: a.rate, pollMs: POLL_MS, captures: capturePoints(x),
  });
  const wallLimit = Date.now() + ((x.duration / a.rate) * 2 + 40) * 1000;
  let stopReason = 'timeout';
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    const d = await page.evaluate(() => window.SplicerCheck.drain());
    rec.samples.push(...d.samples);
    rec.pictures.push(...d.pictures);
    rec.errors.push(...d.errors);
    rec.captures.push(...d.captures);
    rec.ended = d.ended;
    if (d.ended) { stopReason = 'ended'; break; }
    if (rec.errors.some((e) => e.fatal)) { stopReason = 'fatal error'; break; }
    const stuck = stalledFor(rec.samples);
    const last = rec.samples.length ? rec.samples[rec.samples.length - 1].t : 0;
    if (stuck >= 1.5 && last >= x.duration - x.tolerance.edge) { stopReason = 'at the end without an ended event'; break; }
    if (stuck >= x.stallSeconds + 0.5) { stopReason = 'stall'; break; }
    if (Date.now() > wallLimit) break;
  }
  await new Promise((r) => setTimeout(r, 300)); // the last captures and pictures
  const d = await page.evaluate(() => window.SplicerCheck.drain());
  rec.pictures.push(...d.pictures);
  rec.captures.push(...d.captures);
  return { rec, stopReason, console };
}

function stalledFor(samples) {
  if (samples.length < 2) return 0;
  const last = samples[samples.length - 1];
  let i = samples.length - 1;
  while (i > 0 && Math.abs(samples[i - 1].t - last.t) <= 0.01) i--;
  return (last.wall - samples[i].wall) / 1000;
}

function saveCaptures(dir, name, captures) {
  if (!dir) return [];
  mkdirSync(dir, { recursive: true });
  return captures.map((c) => {
    const file = join(dir, `${name}-${c.label}.png`);
    writeFileSync(file, Buffer.from(c.png.replace(/^data:image\/png;base64,/, ''), 'base64'));
    return file;
  });
}

async function main() {
  const a = parseArgs(process.argv.slice(2));
  const x = loadExpectation(a.expect);
  const started = Date.now();
  let browser;
  try {
    browser = await launch(a.chromium);
  } catch (e) {
    console.log(`ERROR ${a.name}: cannot start the browser: ${e.message}`);
    process.exit(2);
  }
  let outcome;
  try {
    outcome = await play(browser.context, a, x);
  } catch (e) {
    console.log(`ERROR ${a.name}: the page did not run: ${e.message}`);
    process.exitCode = 2;
  } finally {
    await browser.context.close().catch(() => {});
    rmSync(browser.profile, { recursive: true, force: true });
  }
  if (!outcome) return;
  const { rec, stopReason, console: pageConsole } = outcome;
  const failures = judge(x, rec, a.rate);
  const files = saveCaptures(a.screenshots, a.name, rec.captures);
  const wall = ((Date.now() - started) / 1000).toFixed(1);
  const maxT = rec.samples.reduce((m, s) => Math.max(m, s.t), 0);
  const summary = `${a.player} ${a.url}: played to ${maxT.toFixed(1)} of ${x.duration} s in ${wall} s wall `
    + `(stopped: ${stopReason}; ${rec.pictures.length} pictures, ${rec.errors.length} player errors, ${files.length} screenshots)`;
  for (const e of rec.errors.filter((e) => !e.fatal).slice(0, 5)) console.log(`  note: non-fatal player error at ${e.t.toFixed(2)} s: ${e.message}`);
  for (const m of pageConsole.slice(0, 5)) console.log(`  note: page console: ${m}`);
  if (failures.length === 0) {
    console.log(`PASS ${a.name}: ${summary}`);
    return;
  }
  console.log(`FAIL ${a.name}: ${summary}`);
  const seen = new Set();
  for (const f of failures) {
    const line = `FAIL [${f.kind}] ${f.message}`;
    if (!seen.has(line)) console.log(line);
    seen.add(line);
  }
  process.exitCode = 1;
}

main().catch((e) => {
  console.log(`ERROR run-check: ${e.stack || e}`);
  process.exit(2);
});
