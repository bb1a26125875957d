// Shared sampling code of the player pages. A player page defines
//   SplicerCheck.attach = async (video, src, report) => { ... }
// and the runner (run-check.mjs) calls SplicerCheck.start({src, rate, pollMs, captures}).
//
// Every pollMs the page records a state sample (currentTime, readyState, ...). For pictures it
// uses requestVideoFrameCallback, so the frame drawn to the canvas and its media time belong
// together; a picture sample is taken at most every pollMs. A picture is classified as
//   'ad'      : the SMPTE colour bars of the ad fixture are on screen, or
//   'content' : otherwise,
// and its burnt-in barcode (make-fixtures.sh) is decoded to the source position in 1/10 s.
'use strict';

window.SplicerCheck = (() => {
  const W = 640;
  const H = 360;
  // SMPTE bars (75 %), left to right, sampled at 30 % of the height (make-fixtures.sh: smptebars).
  const BARS = [
    [191, 191, 191], [191, 191, 0], [0, 191, 191], [0, 191, 0],
    [191, 0, 191], [191, 0, 0], [0, 0, 191],
  ];
  const BAR_TOLERANCE = 60;
  // Barcode layout, identical to make-fixtures.sh: block i centre at x = 34 + 48 i, y = 336.
  const BITS = 12;
  const blockX = (i) => 16 + 48 * i + 18;
  const BLOCK_Y = 336;

  const state = {
    started: false,
    samples: [], // {wall, t, rs, paused, ended, rate, dur}
    pictures: [], // {wall, t, kind, pos}
    errors: [], // {wall, t, fatal, message}
    captures: [], // {label, t, png}
    ended: false,
  };

  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });

  function mean(data, cx, cy, r) {
    const sum = [0, 0, 0];
    let n = 0;
    for (let y = cy - r; y <= cy + r; y++) {
      for (let x = cx - r; x <= cx + r; x++) {
        const o = (y * W + x) * 4;
        sum[0] += data[o];
        sum[1] += data[o + 1];
        sum[2] += data[o + 2];
        n++;
      }
    }
    return sum.map((s) => s / n);
  }

  function isAd(data) {
    const y = Math.round(H * 0.3);
    return BARS.every((want, i) => {
      const got = mean(data, Math.round(((i + 0.5) * W) / 7), y, 4);
      return got.every((c, k) => Math.abs(c - want[k]) <= BAR_TOLERANCE);
    });
  }

  // Returns the source position in 1/10 s, or null when the strip is not readable.
  function barcode(data) {
    const luma = (i) => {
      const [r, g, b] = mean(data, blockX(i), BLOCK_Y, 6);
      return 0.299 * r + 0.587 * g + 0.114 * b;
    };
    if (luma(BITS) < 160) return null; // sentinel block must be white
    let value = 0;
    for (let i = 0; i < BITS; i++) {
      const l = luma(i);
      if (l > 80 && l < 160) return null; // neither black nor white: not our strip
      if (l >= 160) value |= 1 << i;
    }
    return value;
  }

  function picture(video, mediaTime) {
    ctx.drawImage(video, 0, 0, W, H);
    const data = ctx.getImageData(0, 0, W, H).data;
    const code = barcode(data);
    return {
      wall: performance.now(),
      t: mediaTime,
      kind: isAd(data) ? 'ad' : 'content',
      pos: code === null ? null : code / 10,
    };
  }

  function start(cfg) {
    if (state.started) return;
    state.started = true;
    const video = document.querySelector('video');
    video.muted = true; // muted autoplay is always allowed
    video.defaultPlaybackRate = cfg.rate;
    const pending = [...cfg.captures].sort((a, b) => a.t - b.t);
    const report = {
      error(fatal, message) {
        state.errors.push({ wall: performance.now(), t: video.currentTime, fatal, message });
      },
    };
    video.addEventListener('error', () => {
      const e = video.error;
      report.error(true, `video element error ${e ? e.code + ' ' + e.message : ''}`);
    });
    video.addEventListener('ended', () => (state.ended = true));
    video.addEventListener('canplay', () => {
      if (video.paused && !video.ended) video.play().catch((e) => report.error(false, `play(): ${e}`));
    });

    setInterval(() => {
      if (video.playbackRate !== cfg.rate) video.playbackRate = cfg.rate;
      state.samples.push({
        wall: performance.now(),
        t: video.currentTime,
        rs: video.readyState,
        paused: video.paused,
        ended: video.ended,
        dur: video.duration,
      });
    }, cfg.pollMs);

    let lastPicture = -Infinity;
    const onFrame = (now, meta) => {
      if (now - lastPicture >= cfg.pollMs * 0.9) {
        lastPicture = now;
        const p = picture(video, meta.mediaTime);
        state.pictures.push(p);
        while (pending.length && p.t >= pending[0].t) {
          const c = pending.shift();
          if (p.t < c.t + 1.5) state.captures.push({ label: c.label, t: p.t, png: canvas.toDataURL('image/png') });
        }
      }
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);

    Promise.resolve()
      .then(() => SplicerCheck.attach(video, cfg.src, report))
      .catch((e) => report.error(true, `attach failed: ${e && e.message ? e.message : e}`));
  }

  // Hands the samples collected since the last call to the runner.
  function drain() {
    const out = {
      samples: state.samples.splice(0),
      pictures: state.pictures.splice(0),
      errors: state.errors.splice(0),
      captures: state.captures.splice(0),
      ended: state.ended,
    };
    return out;
  }

  return { start, drain, attach: null };
})();
