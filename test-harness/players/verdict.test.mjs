// node --test verdict.test.mjs : every rule of verdict.mjs on synthetic recordings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judge, normalise, expectedAt } from './verdict.mjs';

const RATE = 4;
const X = normalise({ duration: 30, breaks: [{ start: 10, end: 16, resume: 10 }] });

// A recording of a player that shows `screen(t)` while its playhead follows `clock(wallSeconds)`.
function record({ clock = (w) => w * RATE, screen = honest, until = X.duration, errors = [], ended = true } = {}) {
  const samples = [];
  const pictures = [];
  for (let w = 0; ; w += 0.2) {
    const t = Math.min(clock(w), until);
    samples.push({ wall: w * 1000, t, rs: 4, dur: X.duration });
    const s = screen(t);
    if (s) pictures.push({ wall: w * 1000, t, kind: s.kind, pos: s.pos });
    if (t >= until && w > 60) break;
    if (w > 120) break;
  }
  return { samples, pictures, errors, ended };
}

function honest(t) {
  const want = expectedAt(X, t);
  return want ? { kind: want.kind, pos: Math.round(want.pos * 10) / 10 } : null;
}

const kinds = (rec) => [...new Set(judge(X, rec, RATE).map((f) => f.kind))].sort();

test('judge_honestRecording_passes', () => {
  assert.deepEqual(judge(X, record(), RATE), []);
});

test('judge_resumeTwoSecondsLate_position', () => {
  const late = (t) => (t >= 16.5 ? { kind: 'content', pos: t - 6 + 2 } : honest(t));
  assert.deepEqual(kinds(record({ screen: late })), ['position']);
});

test('judge_contentInAdWindow_adMissing', () => {
  const noAd = (t) => (t > 10 && t < 16 ? { kind: 'content', pos: t } : honest(t));
  assert.deepEqual(kinds(record({ screen: noAd })), ['ad-missing']);
});

test('judge_barsInContent_unexpectedAd', () => {
  const bars = (t) => (t > 20 && t < 22 ? { kind: 'ad', pos: 1 } : honest(t));
  assert.deepEqual(kinds(record({ screen: bars })), ['unexpected-ad']);
});

test('judge_unreadableBarcode_position', () => {
  const blank = (t) => (t > 3 && t < 5 ? { kind: 'content', pos: null } : honest(t));
  assert.deepEqual(kinds(record({ screen: blank })), ['position']);
});

test('judge_playheadSkipsHole_jump', () => {
  const skip = (w) => (w * RATE < 20 ? w * RATE : w * RATE + 3);
  assert.ok(kinds(record({ clock: skip, screen: () => null })).includes('jump'));
});

test('judge_stuckMidway_stallDurationAndUnseenWindows', () => {
  const stuck = (w) => Math.min(w * RATE, 12);
  // stuck in the ad: the rest of the ad window and the content after it were never shown
  assert.deepEqual(kinds(record({ clock: stuck, screen: () => null, ended: false })), ['ad-missing', 'duration', 'position', 'stall']);
});

test('judge_stuckAtTheEndWithoutEnded_passes', () => {
  assert.deepEqual(judge(X, record({ ended: false }), RATE), []);
});

test('judge_fatalError_playerError_nonFatalIgnored', () => {
  const errors = [{ fatal: true, message: 'boom', t: 3 }, { fatal: false, message: 'retry', t: 2 }];
  assert.deepEqual(kinds(record({ errors })), ['player-error']);
});

test('judge_wrongReportedDuration_duration', () => {
  const rec = record();
  rec.samples.forEach((s) => (s.dur = 24));
  assert.deepEqual(kinds(rec), ['duration']);
});

test('normalise_overlappingBreaks_throws', () => {
  assert.throws(() => normalise({ duration: 30, breaks: [{ start: 5, end: 12, resume: 5 }, { start: 10, end: 14, resume: 5 }] }), /breaks\[1\]/);
});

test('expectedAt_nearBoundary_null', () => {
  assert.equal(expectedAt(X, 10.2), null);
  assert.deepEqual(expectedAt(X, 17), { kind: 'content', window: 1, pos: 11 });
  assert.deepEqual(expectedAt(X, 12), { kind: 'ad', window: 1, pos: 2 });
});
