#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Regenerates every render of the application icon from icons/kizuna.svg:
#   icons/png/kizuna-N.png for N in 16 24 32 48 64 128 256 512,
#   icons/kizuna.ico (Windows: 16-256 px) and icons/kizuna.icns (macOS: 16-512 px).
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns):
#   apt-get install -y librsvg2-bin icoutils icnsutils
# The application's window icons are copied from icons/png into the jar by Maven (pom.xml,
# <resources>), so this folder is the only copy kept in the repository.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
svg="$here/kizuna.svg"
out="$here/png"
sizes="16 24 32 48 64 128 256 512"

for tool in rsvg-convert icotool png2icns; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "render.sh: $tool not found; install librsvg2-bin icoutils icnsutils" >&2
        exit 1
    fi
done

mkdir -p "$out"
for n in $sizes; do
    rsvg-convert --width "$n" --height "$n" --format png "$svg" --output "$out/kizuna-$n.png"
done

# Windows keeps up to 256 px in an .ico; the 256 px entry is stored as PNG (-r) as Vista+ expects.
icotool --create --output "$here/kizuna.ico" \
    "$out/kizuna-16.png" "$out/kizuna-24.png" "$out/kizuna-32.png" "$out/kizuna-48.png" \
    "$out/kizuna-64.png" "$out/kizuna-128.png" --raw="$out/kizuna-256.png"

# png2icns takes the sizes the ICNS format has (16, 32, 48, 128, 256, 512); 24 and 64 have no slot.
png2icns "$here/kizuna.icns" \
    "$out/kizuna-16.png" "$out/kizuna-32.png" "$out/kizuna-48.png" \
    "$out/kizuna-128.png" "$out/kizuna-256.png" "$out/kizuna-512.png" >/dev/null

echo "render.sh: wrote $(ls "$out" | wc -l) PNGs, kizuna.ico and kizuna.icns in $here"
