#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs and packages the extension.
# Idempotent: every step skips what is already present, so CI may call it on each run.
#   OS packages      chromium (the browser), ripgrep (code-server's search), libkrb5-dev (kerberos addon)
#   .e2e/code-server code-server 4.100.3 (VS Code 1.100.3, the newest whose engines accept Node 20)
#   .e2e/synthdata.vsix  the extension, bundled and packaged by `pnpm package:vscode`'s script (always
#                    rebuilt: it takes a few seconds; vsce comes from npm into .tools/vsce)
# Nothing lands in $HOME except npm's own download cache.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
EXT="$ROOT/packages/vscode-extension"
E2E="$ROOT/.e2e"
CODE_SERVER_VERSION=4.100.3
RIPGREP_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
RIPGREP_TARBALL="$RIPGREP_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

log() { printf '[e2e setup] %s\n' "$*" >&2; }
mkdir -p "$E2E"

# 1. OS packages -------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
# Without apt (macOS, other distributions) or without root/sudo, a developer's `pnpm test` still runs:
# the e2e test skips with a message. Under CI the e2e is required, so this is a failure there.
skip_or_fail() {
  if [ -n "${CI:-}" ]; then
    log "cannot set up the e2e test: $1"
    exit 1
  fi
  log "skipping the VS Code e2e setup ($1); the e2e test will be skipped"
  exit 0
}
if ((${#missing[@]})); then
  command -v apt-get >/dev/null 2>&1 || skip_or_fail "no apt-get to install ${missing[*]}"
  if [ "$(id -u)" -ne 0 ] && ! sudo -n true 2>/dev/null; then skip_or_fail "installing ${missing[*]} needs root or passwordless sudo"; fi
  log "installing OS packages: ${missing[*]}"
  SUDO=()
  [ "$(id -u)" -eq 0 ] || SUDO=(sudo -n)
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "OS packages present"
fi

# 2. code-server ---------------------------------------------------------------
installed_version() { node -p "require('$1/package.json').version" 2>/dev/null || true; }
CS_PKG="$E2E/code-server/node_modules/code-server"
if [ "$(installed_version "$CS_PKG")" = "$CODE_SERVER_VERSION" ] && [ -x "$E2E/code-server/node_modules/.bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION present"
else
  log "installing code-server $CODE_SERVER_VERSION into .e2e/code-server (about a minute)"
  # @vscode/ripgrep looks here before it downloads (the download host is unreachable): hand it Debian's rg.
  if [ ! -s "$RIPGREP_TARBALL" ]; then
    mkdir -p "$RIPGREP_CACHE"
    staging="$(mktemp -d)"
    cp "$(command -v rg)" "$staging/rg"
    tar -czf "$RIPGREP_TARBALL" -C "$staging" rg
    rm -rf "$staging"
  fi
  mkdir -p "$E2E/code-server"
  [ -f "$E2E/code-server/package.json" ] || echo '{ "private": true }' >"$E2E/code-server/package.json"
  unsafe=()
  [ "$(id -u)" -eq 0 ] && unsafe=(--unsafe-perm)
  # node-pty's postinstall runs `npx node-gyp`, which needs yes=true. Native addons (argon2, node-pty)
  # build against Node's headers: point node-gyp at the installed ones instead of a download (no
  # network) or a home-folder .npmrc (a fresh $HOME has none).
  npm_config_nodedir="$(node "$ROOT/scripts/build-native.mjs" --print-nodedir)"
  export npm_config_nodedir
  [ -n "${npm_config_nodedir:-}" ] || skip_or_fail "Node's headers (include/node/node.h) were not found; set npm_config_nodedir"
  log "native addons build against Node's headers in $npm_config_nodedir"
  (cd "$E2E/code-server" && npm_config_yes=true npm install "code-server@$CODE_SERVER_VERSION" \
    "${unsafe[@]}" --no-audit --no-fund --no-save --loglevel=error)
fi

# 3. bundle and package (vsce from npm into .tools/vsce; see packages/vscode-extension/package.mjs) ---
log "bundling and packaging .e2e/synthdata.vsix"
(cd "$EXT" && node build.mjs)
node "$EXT/package.mjs" "$E2E/synthdata.vsix"
log "ready: $E2E/synthdata.vsix"
