#!/usr/bin/env bash
# What the browser test needs (tagcat-server WebPageBrowserTest): Debian's Chromium and ChromeDriver, and
# axe-core from npm (pinned in package-lock.json) in tools/web/node_modules. Idempotent; .ci/run calls it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if [ ! -f "$here/node_modules/axe-core/axe.min.js" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent)
fi
echo "tools/web: $(/usr/bin/chromium --version 2>/dev/null | head -1), $(/usr/bin/chromedriver --version | head -1), axe-core $(node -p "require('$here/node_modules/axe-core/package.json').version")"
