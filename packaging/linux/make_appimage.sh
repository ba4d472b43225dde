#!/usr/bin/env bash
# Wrap the one-folder bundle into an AppImage (see packaging/README.md).
#
#   bash packaging/linux/make_appimage.sh [--appdir-only]
#
# Needs packaging/dist/PolicyTracker (packaging/build.sh) and appimagetool on PATH
# (https://github.com/AppImage/appimagetool/releases; run it with
# APPIMAGE_EXTRACT_AND_RUN=1 where FUSE is missing). Writes
# packaging/dist/PolicyTracker-<version>-<arch>.AppImage; with --appdir-only it stops after
# assembling packaging/build/AppDir (which can be tried with AppDir/AppRun --self-test).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bundle="$root/packaging/dist/PolicyTracker"
icons="$root/packaging/build/icons"
appdir="$root/packaging/build/AppDir"
arch="$(uname -m)"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/tracker/__init__.py")"

[ -x "$bundle/tracker" ] || { echo "no bundle at $bundle: run packaging/build.sh first" >&2; exit 1; }
[ -f "$icons/tracker-256.png" ] || { echo "no icons in $icons: run packaging/build.sh first" >&2; exit 1; }

rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications"
cp -a "$bundle" "$appdir/usr/lib/policy-tracker"
cp "$root/packaging/linux/policy-tracker.desktop" "$appdir/policy-tracker.desktop"
cp "$root/packaging/linux/policy-tracker.desktop" "$appdir/usr/share/applications/"
for size in 16 24 32 48 64 128 256 512; do
  dir="$appdir/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir" && cp "$icons/tracker-$size.png" "$dir/policy-tracker.png"
done
mkdir -p "$appdir/usr/share/icons/hicolor/scalable/apps"
cp "$root/tracker/resources/icons/tracker.svg" "$appdir/usr/share/icons/hicolor/scalable/apps/policy-tracker.svg"
cp "$icons/tracker-256.png" "$appdir/policy-tracker.png"
ln -s policy-tracker.png "$appdir/.DirIcon"
cat > "$appdir/AppRun" <<'RUN'
#!/bin/sh
# AppImage entry: the bundled `tracker`, with any arguments (e.g. --self-test, import FILE).
here="$(dirname "$(readlink -f "$0")")"
exec "$here/usr/lib/policy-tracker/tracker" "$@"
RUN
chmod +x "$appdir/AppRun"
echo "assembled $appdir"
[ "${1:-}" = "--appdir-only" ] && exit 0

command -v appimagetool >/dev/null || { echo "appimagetool is not on PATH (see packaging/README.md)" >&2; exit 1; }
out="$root/packaging/dist/PolicyTracker-$version-$arch.AppImage"
ARCH="$arch" appimagetool --no-appstream "$appdir" "$out"
echo "built $out"
