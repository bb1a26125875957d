// Pure judgement of one check: (expectation, what the page recorded) -> failures.
// No browser here, so node --test verdict.test.mjs exercises every rule with synthetic samples.

/** Failure kinds, also printed as "FAIL [kind] message" by run-check.mjs. */
export const KINDS = [
  'player-error', // a fatal player error
  'stall', // no currentTime progress for stallSeconds
  'duration', // the expected duration was not reached / the reported duration is wrong
  'ad-missing', // the ad picture is not on screen in an ad window
  'ad-position', // the ad's own barcode does not match its place in the window
  'unexpected-ad', // colour bars outside every ad window
  'position', // the content barcode does not match the expected source position
  'jump', // the playhead skipped forward (or went backwards)
];

const DEFAULT_TOLERANCE = { position: 0.5, duration: 1.0, edge: 0.5, jump: 1.0 };

/** Validates and completes an expectation; throws Error with a clear message when it is wrong. */
export function normalise(expectation) {
  const e = expectation || {};
  const num = (v, what) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`expectation: ${what} must be a number, got [${v}]`);
    return v;
  };
  const duration = num(e.duration, 'duration');
  const breaks = (e.breaks || []).map((b, i) => ({
    start: num(b.start, `breaks[${i}].start`),
    end: num(b.end, `breaks[${i}].end`),
    resume: b.resume === null || b.resume === undefined ? null : num(b.resume, `breaks[${i}].resume`),
  }));
  let previousEnd = 0;
  breaks.forEach((b, i) => {
    if (b.start < previousEnd || b.end <= b.start || b.end > duration + 1e-9) {
      throw new Error(`expectation: breaks[${i}] [${b.start}-${b.end}] must be ordered, non-empty and within the duration ${duration}`);
    }
    previousEnd = b.end;
  });
  return {
    duration,
    contentStart: e.contentStart === undefined ? 0 : e.contentStart,
    breaks,
    stallSeconds: e.stallSeconds === undefined ? 8 : num(e.stallSeconds, 'stallSeconds'),
    tolerance: { ...DEFAULT_TOLERANCE, ...(e.tolerance || {}) },
  };
}

/**
 * What should be on screen at output time t: {kind:'ad', window, pos} or
 * {kind:'content', window, pos} (window 0 = before the first break, i = after break i),
 * or null near a boundary (within tolerance.edge), where either picture is acceptable.
 */
export function expectedAt(x, t) {
  const edge = x.tolerance.edge;
  const bounds = [0, x.duration];
  x.breaks.forEach((b) => bounds.push(b.start, b.end));
  if (bounds.some((b) => Math.abs(t - b) < edge)) return null;
  let segStart = 0;
  let source = x.contentStart;
  for (let i = 0; i < x.breaks.length; i++) {
    const b = x.breaks[i];
    if (t < b.start) return source === null ? null : { kind: 'content', window: i, pos: source + (t - segStart) };
    if (t < b.end) return { kind: 'ad', window: i + 1, pos: t - b.start };
    segStart = b.end;
    source = b.resume;
  }
  if (t > x.duration) return null;
  return source === null ? null : { kind: 'content', window: x.breaks.length, pos: source + (t - segStart) };
}

const f1 = (v) => (v === null || v === undefined ? 'none' : Number(v).toFixed(1));

function windowName(x, w) {
  return w === 0 ? 'before the first break' : `after break #${w} (resume ${f1(x.breaks[w - 1].resume)} s at ${f1(x.breaks[w - 1].end)} s)`;
}

/** Stall, jump and start checks on the 200 ms state samples. */
export function judgeSamples(x, samples, rate) {
  const failures = [];
  let lastProgress = samples.length ? samples[0] : null;
  let stalled = false;
  for (let i = 1; i < samples.length; i++) {
    const prev = samples[i - 1];
    const s = samples[i];
    const dt = s.t - prev.t;
    const dw = (s.wall - prev.wall) / 1000;
    if (dt > dw * rate + x.tolerance.jump) {
      failures.push({ kind: 'jump', message: `playhead jumped from ${prev.t.toFixed(2)} s to ${s.t.toFixed(2)} s within ${dw.toFixed(2)} s wall at rate ${rate}` });
    } else if (dt < -0.25) {
      failures.push({ kind: 'jump', message: `playhead went back from ${prev.t.toFixed(2)} s to ${s.t.toFixed(2)} s` });
    }
    if (Math.abs(s.t - lastProgress.t) > 0.01 || s.ended) lastProgress = s;
    // Stuck at the very end (some players never fire 'ended') is judged by judgeDuration.
    else if (!stalled && (s.wall - lastProgress.wall) / 1000 >= x.stallSeconds && s.t < x.duration - x.tolerance.duration) {
      stalled = true;
      failures.push({ kind: 'stall', message: `no currentTime progress for ${x.stallSeconds} s at ${s.t.toFixed(2)} s (readyState ${s.rs})` });
    }
  }
  const firstMoving = samples.find((s) => s.t > 0);
  if (firstMoving && firstMoving.t > 1.0 + rate * 0.4) {
    failures.push({ kind: 'jump', message: `playback started at ${firstMoving.t.toFixed(2)} s instead of 0` });
  }
  return failures;
}

/** Duration reached and reported. */
export function judgeDuration(x, samples, ended) {
  const maxT = samples.reduce((m, s) => Math.max(m, s.t), 0);
  const failures = [];
  if (!ended && maxT < x.duration - x.tolerance.duration) {
    failures.push({ kind: 'duration', message: `playback reached ${maxT.toFixed(2)} s, expected ${x.duration.toFixed(2)} s` });
  }
  const reported = samples.map((s) => s.dur).filter((d) => Number.isFinite(d)).pop();
  if (reported !== undefined && Math.abs(reported - x.duration) > x.tolerance.duration) {
    failures.push({ kind: 'duration', message: `player reports duration ${reported.toFixed(2)} s, expected ${x.duration.toFixed(2)} s` });
  }
  return failures;
}

/** Picture checks: ad windows show the bars, content shows the expected barcode. */
export function judgePictures(x, pictures) {
  const failures = [];
  // Ad windows: window index i+1 for break i; content windows share the same numbering space
  // (window 0 before the first break, window k after break k), so keep them apart by kind.
  x.breaks.forEach((b, i) => {
    const label = `ad window #${i + 1} [${f1(b.start)}-${f1(b.end)} s]`;
    const ad = collect(x, pictures, 'ad', i + 1);
    if (b.end - b.start > 2 * x.tolerance.edge && ad.seen === 0) {
      failures.push({ kind: 'ad-missing', message: `${label}: no frame was shown in the window` });
    } else if (ad.wrongKind.length) {
      failures.push({ kind: 'ad-missing', message: `${label}: ad picture missing, ${describeWrong(ad.wrongKind, ad.seen)}` });
    } else if (ad.wrongPos.length) {
      failures.push({ kind: 'ad-position', message: `${label}: ad barcode wrong, ${describeWrong(ad.wrongPos, ad.seen)}` });
    }
  });
  for (let w = 0; w <= x.breaks.length; w++) {
    const c = collect(x, pictures, 'content', w);
    const label = `content ${windowName(x, w)}`;
    if (c.wrongKind.length) {
      failures.push({ kind: 'unexpected-ad', message: `${label}: colour bars on screen, ${describeWrong(c.wrongKind, c.seen)}` });
    }
    if (c.wrongPos.length) {
      failures.push({ kind: 'position', message: `${label}: barcode wrong, ${describeWrong(c.wrongPos, c.seen)}` });
    }
    const expectContent = w > 0 ? x.breaks[w - 1].resume !== null : x.contentStart !== null;
    const end = w < x.breaks.length ? x.breaks[w].start : x.duration;
    const start = w > 0 ? x.breaks[w - 1].end : 0;
    if (expectContent && end - start > 2 * x.tolerance.edge + 0.5 && c.seen === 0) {
      failures.push({ kind: 'position', message: `${label}: no content frame was shown` });
    }
  }
  return failures;
}

function collect(x, pictures, kind, window) {
  const out = { seen: 0, wrongKind: [], wrongPos: [] };
  for (const p of pictures) {
    const want = expectedAt(x, p.t);
    if (!want || want.kind !== kind || want.window !== window) continue;
    out.seen++;
    if (p.kind !== want.kind) out.wrongKind.push({ p, want });
    else if (p.pos === null || Math.abs(p.pos - want.pos) > x.tolerance.position) out.wrongPos.push({ p, want });
  }
  return out;
}

function describeWrong(list, seen) {
  const { p, want } = list[0];
  return `${list.length} of ${seen} frames; first at t=${p.t.toFixed(2)} s: expected ${want.kind} at source ${f1(want.pos)} s, saw ${p.kind} at source ${f1(p.pos)} s`;
}

/** All rules; errors are the page's {fatal, message, t}. */
export function judge(x, rec, rate) {
  const failures = [];
  for (const e of rec.errors.filter((e) => e.fatal)) {
    failures.push({ kind: 'player-error', message: `${e.message} (at ${Number(e.t).toFixed(2)} s)` });
  }
  failures.push(...judgeSamples(x, rec.samples, rate));
  failures.push(...judgeDuration(x, rec.samples, rec.ended));
  failures.push(...judgePictures(x, rec.pictures));
  return failures;
}
