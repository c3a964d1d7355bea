#!/usr/bin/env bash
# Looks at `axon figures` in a real browser: headless Chromium (Debian's
# `chromium` package) renders DIR/index.html and every figure's SVG file, and
# the check fails if Chromium fails or logs an error or a console message, if
# an SVG file does not parse in it (Chromium shows a `parsererror` then), or
# if a screenshot is blank (scripts/png_stats.py).
#
#   scripts/browser_check.sh [OUT_DIR] [-- extra `axon figures` flags]
#
# OUT_DIR (default .build/browser-check) receives the figures in figures/
# and the screenshots: page.png (the page, 1280 px wide) and one PNG per
# figure, to look at.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "${1:-$root/.build/browser-check}" && cd "${1:-$root/.build/browser-check}" && pwd)"
shift || true
[ "${1:-}" = "--" ] && shift
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || { echo "browser_check: no chromium on PATH (apt-get install chromium)"; exit 1; }

if [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
    echo "browser_check: no Chinese font (fc-list :lang=zh is empty): the headings' primer terms would show as boxes;"
    echo "  apt-get install fonts-wqy-microhei (or fonts-noto-cjk)"
    exit 1
fi
swift build -c release --package-path "$root" --product axon >/dev/null
rm -rf "$out/figures" "$out"/*.png
"$root/.build/release/axon" figures --output "$out/figures" "$@"

problems=0
# Chromium's own chatter (no GPU, no D-Bus in a container) is not about the
# page, nor is its IPC between its own processes (mojo), which on a loaded
# machine can log a message "rejected by interface blink.mojom.FrameWidgetHost"
# as the headless window closes after its screenshot; nor is its compositor's
# clock, which on a loaded machine can log "Frame latency is negative".
noise='dbus|D-Bus|Fontconfig|vaapi|drmGetDevices|InitializeSandbox|gpu_init|viz_main|ScreenSaver|unexpected operator|bytes written to file|GetVSyncParametersIfAvailable|sandbox|Xlib|ozone|mojo/public/cpp/bindings|Frame latency is negative'
render() { # render URL PNG WIDTH HEIGHT
    local log="$out/chromium.log"
    if ! "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
          --window-size="$3,$4" --enable-logging=stderr --v=0 --screenshot="$2" "$1" 2>"$log" >/dev/null; then
        echo "chromium failed on $1:"; cat "$log"; problems=$((problems + 1)); return
    fi
    if grep -E "ERROR|CONSOLE|Uncaught" "$log" | grep -vE "$noise" >/dev/null; then
        echo "chromium reported on $1:"; grep -E "ERROR|CONSOLE|Uncaught" "$log" | grep -vE "$noise"
        problems=$((problems + 1))
    fi
}

# The whole page in one tall screenshot (Chromium's window is the page here).
render "file://$out/figures/index.html" "$out/page.png" 1280 16000
for svg in "$out"/figures/*.svg; do
    name="$(basename "$svg" .svg)"
    if "$browser" --headless --no-sandbox --disable-gpu --dump-dom "file://$svg" 2>/dev/null | grep -q parsererror; then
        echo "$svg does not parse in Chromium"; problems=$((problems + 1))
    fi
    # The window is the figure's own size, from the root element's width and height.
    size="$(head -c 400 "$svg" | sed -nE 's/.*<svg [^>]*width="([0-9]+)(\.[0-9]+)?" height="([0-9]+)(\.[0-9]+)?".*/\1 \3/p')"
    if [ -z "$size" ]; then
        echo "$svg: no width and height on its <svg> element"; problems=$((problems + 1)); continue
    fi
    render "file://$svg" "$out/$name.png" $(( ${size% *} + 1 )) $(( ${size#* } + 1 ))
done
python3 "$root/scripts/png_stats.py" "$out"/*.png || problems=$((problems + 1))
python3 "$root/scripts/png_stats.py" --fits "$out/page.png" || problems=$((problems + 1))
if [ "$problems" -gt 0 ]; then
    echo "browser_check: $problems problem(s); screenshots in $out"
    exit 1
fi
echo "browser_check: the page and $(ls "$out"/figures/*.svg | wc -l) figures render in $("$browser" --version 2>/dev/null | head -n 1); screenshots in $out"
