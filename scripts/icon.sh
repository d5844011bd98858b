#!/usr/bin/env bash
# Draws docs/icon.svg into media/icon.png (128 x 128, transparent corners) with headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
  --window-size=128,128 --screenshot=media/icon.png docs/icon.svg 2>/dev/null
