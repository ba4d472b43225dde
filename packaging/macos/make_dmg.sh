#!/usr/bin/env bash
# Put the .app bundle into a compressed disk image with an Applications shortcut
# (see packaging/README.md). Run on macOS after packaging/build.sh:
#
#   bash packaging/macos/make_dmg.sh
#
# Writes packaging/dist/PolicyTracker-<version>-<arch>.dmg. The app is signed ad hoc by
# PyInstaller; for other people's Macs sign it with a Developer ID and notarize the DMG
# (commands in packaging/README.md), or they must open it with right-click > Open once.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="$root/packaging/dist/PolicyTracker.app"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/tracker/__init__.py")"
out="$root/packaging/dist/PolicyTracker-$version-$(uname -m).dmg"
stage="$root/packaging/build/dmg"

[ -d "$app" ] || { echo "no app at $app: run packaging/build.sh first" >&2; exit 1; }
command -v hdiutil >/dev/null || { echo "hdiutil is macOS-only" >&2; exit 1; }

QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/tracker" --self-test
rm -rf "$stage" "$out"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "政策承诺跟踪 $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
hdiutil verify "$out"
echo "built $out"
