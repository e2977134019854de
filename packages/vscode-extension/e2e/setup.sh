#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs and packages the extension.
# Idempotent: every step skips what is already present, so CI may call it on each run.
#   OS packages      chromium (the browser), ripgrep (code-server's search), libkrb5-dev (kerberos addon)
#   .e2e/code-server code-server 4.100.3 (VS Code 1.100.3, the newest whose engines accept Node 20)
#   .e2e/vsce        @vscode/vsce 3.9.2 (not a workspace dependency: its @azure deps need Node 22 under engineStrict)
#   .e2e/synthdata.vsix  the extension, bundled and packaged (always rebuilt: it takes a few seconds)
# Nothing lands in $HOME except npm's own download cache.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
EXT="$ROOT/packages/vscode-extension"
E2E="$ROOT/.e2e"
CODE_SERVER_VERSION=4.100.3
VSCE_VERSION=3.9.2
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
  # node-pty's postinstall runs `npx node-gyp`, which needs yes=true.
  (cd "$E2E/code-server" && npm_config_yes=true npm install "code-server@$CODE_SERVER_VERSION" \
    "${unsafe[@]}" --no-audit --no-fund --no-save --loglevel=error)
fi

# 3. vsce ----------------------------------------------------------------------
if [ "$(installed_version "$E2E/vsce/node_modules/@vscode/vsce")" = "$VSCE_VERSION" ]; then
  log "vsce $VSCE_VERSION present"
else
  log "installing @vscode/vsce $VSCE_VERSION into .e2e/vsce"
  mkdir -p "$E2E/vsce"
  [ -f "$E2E/vsce/package.json" ] || echo '{ "private": true }' >"$E2E/vsce/package.json"
  npm install --prefix "$E2E/vsce" --engine-strict=false --no-audit --no-fund --no-save --loglevel=error "@vscode/vsce@$VSCE_VERSION"
fi

# 4. bundle and package ----------------------------------------------------------
log "bundling the extension"
(cd "$EXT" && node build.mjs)
log "packaging .e2e/synthdata.vsix"
# --no-dependencies: the bundle already holds core and its dependencies.
(cd "$EXT" && node "$E2E/vsce/node_modules/@vscode/vsce/vsce" package --no-dependencies \
  --allow-missing-repository --skip-license --out "$E2E/synthdata.vsix" >/dev/null)
log "ready: $E2E/synthdata.vsix"
