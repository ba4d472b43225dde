#!/usr/bin/env bash
# System libraries Qt needs on Debian/Ubuntu (EGL, xkbcommon, fontconfig, D-Bus) and a CJK
# font; installs only what is missing, and only where apt-get and root are available.
set -u
pkgs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-noto-cjk)
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Qt needs these system packages: ${missing[*]} (install them with your package manager)" >&2
  exit 0
fi
echo "installing ${missing[*]}" >&2
apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
