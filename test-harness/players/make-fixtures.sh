#!/usr/bin/env bash
# Generates the real-player fixtures with ffmpeg (about 6 s on 2 cores):
#   content/  testsrc2 + 440 Hz tone, CONTENT_SECONDS long
#   ad6/      smptebars + 1000 Hz tone, 6 s
#   ad10/     smptebars + 1000 Hz tone, 10 s
# each packaged as  ts/index.m3u8 (HLS MPEG-TS), fmp4/index.m3u8 (HLS fMP4), dash/manifest.mpd.
# 640x360, 30 fps, H.264 main 3.0, AAC-LC 48 kHz stereo, GOP = segment = 2 s, scene-cut off.
#
# Every frame carries a 12-bit barcode of its source time in 1/10 s (bit i = block i, LSB left) in
# a black strip at the bottom, plus an always-white sentinel block on the right, so a page can
# read the source position from pixels (see pages/common.js, which must agree with this layout).
#
# Usage: make-fixtures.sh OUT_DIR
# The output is cached: OUT_DIR/.stamp holds the sha256 of this script; a changed script (or a
# missing stamp) regenerates everything.
set -euo pipefail

OUT="${1:?usage: make-fixtures.sh OUT_DIR}"
SELF="$(readlink -f "$0")"
STAMP="$(sha256sum "$SELF" | cut -d' ' -f1)"
if [ -f "$OUT/.stamp" ] && [ "$(cat "$OUT/.stamp")" = "$STAMP" ]; then
  echo "fixtures up to date in $OUT"
  exit 0
fi

CONTENT_SECONDS=40
SEG=2
FPS=30
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf

# Barcode layout (pages/common.js reads the same numbers): strip y=312..360, block i at
# x = 16 + 48*i, y = 318, 36x36; sentinel block (always on) at bit position 12.
barcode() {
  local f="drawbox=x=0:y=312:w=640:h=48:color=black:t=fill"
  local i
  for i in $(seq 0 11); do
    f="$f,drawbox=x=$((16 + 48 * i)):y=318:w=36:h=36:color=white:t=fill"
    f="$f:enable='mod(floor((t*10+0.01)/$((1 << i))),2)'"
  done
  f="$f,drawbox=x=$((16 + 48 * 12)):y=318:w=36:h=36:color=white:t=fill"
  echo "$f"
}

label() { # $1 = text shown top-left with the source time, for people looking at screenshots
  echo "drawtext=fontfile=$FONT:text='$1 %{pts\\:hms}':x=8:y=8:fontsize=22:fontcolor=white:box=1:boxcolor=black@0.6"
}

encode() { # $1 = name, $2 = video source, $3 = tone Hz, $4 = seconds, $5 = label
  local dir="$OUT/$1"
  mkdir -p "$dir/ts" "$dir/fmp4" "$dir/dash"
  ffmpeg -hide_banner -loglevel error -y \
    -f lavfi -i "$2=size=640x360:rate=$FPS:duration=$4" \
    -f lavfi -i "sine=frequency=$3:sample_rate=48000:duration=$4" \
    -filter_complex "[0:v]$(barcode),$(label "$5")[v];[1:a]aformat=channel_layouts=stereo[a]" \
    -map '[v]' -map '[a]' \
    -c:v libx264 -preset veryfast -profile:v main -level:v 3.0 -pix_fmt yuv420p \
    -g $((SEG * FPS)) -keyint_min $((SEG * FPS)) -sc_threshold 0 -b:v 800k \
    -c:a aac -b:a 96k -ar 48000 \
    -movflags +faststart "$dir/source.mp4"
  ffmpeg -hide_banner -loglevel error -y -i "$dir/source.mp4" -c copy \
    -f hls -hls_time $SEG -hls_playlist_type vod -hls_segment_type mpegts \
    -hls_segment_filename "$dir/ts/seg_%03d.ts" "$dir/ts/index.m3u8"
  ffmpeg -hide_banner -loglevel error -y -i "$dir/source.mp4" -c copy \
    -f hls -hls_time $SEG -hls_playlist_type vod -hls_segment_type fmp4 \
    -hls_fmp4_init_filename init.mp4 \
    -hls_segment_filename "$dir/fmp4/seg_%03d.m4s" "$dir/fmp4/index.m3u8"
  ffmpeg -hide_banner -loglevel error -y -i "$dir/source.mp4" -c copy \
    -f dash -seg_duration $SEG -use_template 1 -use_timeline 1 \
    -init_seg_name 'init-$RepresentationID$.mp4' \
    -media_seg_name 'seg-$RepresentationID$-$Number%03d$.m4s' \
    "$dir/dash/manifest.mpd"
}

rm -rf "$OUT"
mkdir -p "$OUT"
encode content testsrc2 440 "$CONTENT_SECONDS" CONTENT &
encode ad6 smptebars 1000 6 "AD 6s" &
encode ad10 smptebars 1000 10 "AD 10s" &
for job in $(jobs -p); do wait "$job"; done
echo "$STAMP" >"$OUT/.stamp"
echo "fixtures generated in $OUT"
