#!/usr/bin/env bash
# Installs what the real-VS-Code tests need on a fresh Debian 12 machine (and in CI), idempotently:
#   - Debian packages: chromium (driven by playwright-core), a C toolchain + libkrb5-dev (code-server's native
#     modules fall back to compiling), ripgrep (seeds @vscode/ripgrep, whose postinstall would ask GitHub);
#   - code-server@4.100.3 (= VS Code 1.100.3, the newest that runs on Node 20) in a folder of its own under
#     $CROSSCHECK_VSCODE_CACHE (default $HOME/.cache/crosscheck-vscode). Skipped when already there.
# See ../../../shared/vscode-runtime.md for why (no VS Code download is possible here).
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
RIPGREP_PKG_VERSION="1.15.11"          # the @vscode/ripgrep that code-server 4.100.3 pulls in
RIPGREP_BIN_VERSION="v13.0.0-10"       # the binary version that @vscode/ripgrep 1.15.11 asks for
CACHE="${CROSSCHECK_VSCODE_CACHE:-$HOME/.cache/crosscheck-vscode}"
DEST="$CACHE/code-server-$CODE_SERVER_VERSION"
BIN="$DEST/node_modules/.bin/code-server"

log() { printf '[install-runtime] %s\n' "$*"; }
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# 1. Debian packages ---------------------------------------------------------------------------------------
need_pkgs=()
for p in chromium build-essential python3 pkg-config libkrb5-dev ripgrep; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then need_pkgs+=("$p"); fi
done
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  log "apt-get install ${need_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
else
  log "Debian packages present"
fi

# 2. code-server in its own folder --------------------------------------------------------------------------
if [ -x "$BIN" ] && [ -f "$DEST/.complete" ]; then
  log "code-server $CODE_SERVER_VERSION already in $DEST"
  exit 0
fi

rm -rf "$DEST"
mkdir -p "$DEST"
WORK_TMP="$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-cs-install.XXXXXX")"
trap 'rm -rf "$WORK_TMP"' EXIT

# Pre-seed @vscode/ripgrep's download cache with Debian's rg (its postinstall would otherwise ask api.github.com).
RG_CACHE="$WORK_TMP/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
mkdir -p "$RG_CACHE" "$WORK_TMP/rg"
cp "$(command -v rg)" "$WORK_TMP/rg/rg"
tar -C "$WORK_TMP/rg" -czf "$RG_CACHE/ripgrep-$RIPGREP_BIN_VERSION-x86_64-unknown-linux-musl.tar.gz" rg

cat > "$DEST/package.json" <<JSON
{ "name": "crosscheck-code-server", "private": true, "version": "0.0.0" }
JSON

log "npm install code-server@$CODE_SERVER_VERSION into $DEST (a few minutes on a fresh machine)"
start=$(date +%s)
(
  cd "$DEST"
  # unsafe_perm: its postinstall refuses root otherwise; yes: node-pty's postinstall runs `npx node-gyp`.
  TMPDIR="$WORK_TMP" npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION"
)
"$BIN" --version >/dev/null
touch "$DEST/.complete"
log "code-server $("$BIN" --version | head -1) installed in $(( $(date +%s) - start )) s"
