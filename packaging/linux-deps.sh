#!/usr/bin/env bash
# System libraries Qt needs on Debian/Ubuntu, installs only what is missing, and only where
# apt-get and root are available (otherwise it names the packages and exits 0).
#
#   bash packaging/linux-deps.sh          # what the app needs on a desktop
#   bash packaging/linux-deps.sh --ci     # also Xvfb and xauth, for the real-window test,
#                                         # and Debian's PostgreSQL server (the tests start a
#                                         # throwaway cluster: tests/pgcluster.py)
#
# The list is what `ldd` shows PySide6's platform plugins link against:
#   Qt/plugins/platforms/libqxcb.so + Qt/lib/libQt6XcbQpa.so.6  (X11: the xcb libraries)
#   Qt/plugins/platforms/libqwayland.so + Qt/lib/libQt6WaylandClient.so.6  (Wayland)
# plus a CJK font. Qt 6.5+ refuses to start on X11 without libxcb-cursor0. Other
# distributions: README.md, "System libraries".
# "a|b": the first name the package archive knows (Debian 13 / Ubuntu 24.04 renamed some).
set -u
pkgs=(
  # Qt itself: OpenGL/EGL, fonts, D-Bus, GLib, keyboard
  libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 "libglib2.0-0t64|libglib2.0-0" libxkbcommon0
  # the X11 (xcb) platform plugin
  libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
  "libxcb-util1|libxcb-util0" libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
  # the Wayland platform plugin
  libwayland-client0 libwayland-cursor0 libwayland-egl1
  # Chinese text
  fonts-noto-cjk
)
[ "${1:-}" = "--ci" ] && pkgs+=(xvfb xauth postgresql postgresql-contrib)
command -v dpkg-query >/dev/null 2>&1 || exit 0

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
known() { [ -n "$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p' | grep -v '(none)')" ]; }

can_install=0
[ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 && can_install=1
updated=0
missing=()
for entry in "${pkgs[@]}"; do
  IFS='|' read -r -a names <<<"$entry"
  have=0
  for n in "${names[@]}"; do installed "$n" && have=1 && break; done
  [ $have -eq 1 ] && continue
  pick="${names[0]}"
  if [ ${#names[@]} -gt 1 ]; then
    # which name this release uses: ask the package lists (fresh ones, when we may)
    if [ $can_install -eq 1 ] && [ $updated -eq 0 ]; then apt-get update -qq >/dev/null; updated=1; fi
    for n in "${names[@]}"; do known "$n" && pick="$n" && break; done
  fi
  missing+=("$pick")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ $can_install -eq 0 ]; then
  echo "Qt needs these system packages: ${missing[*]} (install them with your package manager)" >&2
  exit 0
fi
echo "installing ${missing[*]}" >&2
[ $updated -eq 1 ] || apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
