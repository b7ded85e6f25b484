#!/bin/sh
# Derives every icon size the installers need from brokerlab.svg (ImageMagick 6+, python3).
# Output is committed, so builds need neither tool: run this only after editing the SVG.
#   icons/brokerlab-<N>.png  Linux (jpackage --icon takes the 512 px one; .desktop sizes too)
#   brokerlab.ico            Windows (16-256 px in one file)
#   brokerlab.icns           macOS (PNG-compressed entries ic07-ic14, 128-1024 px)
set -eu
cd "$(dirname "$0")"
mkdir -p icons
convert -background none -density 96 brokerlab.svg -resize 1024x1024 -depth 8 icons/brokerlab-1024.png
for size in 16 24 32 48 64 128 256 512; do
  convert icons/brokerlab-1024.png -resize "${size}x${size}" -depth 8 -strip "icons/brokerlab-$size.png"
done
convert icons/brokerlab-16.png icons/brokerlab-24.png icons/brokerlab-32.png icons/brokerlab-48.png \
        icons/brokerlab-64.png icons/brokerlab-128.png icons/brokerlab-256.png brokerlab.ico
# No icns writer here (png2icns/iconutil are not on Debian by default): the format is a header
# and typed PNG entries, so write it directly.
python3 - <<'PY'
import struct
entries = [(b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024),
           (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]
body = b""
for kind, size in entries:
    data = open(f"icons/brokerlab-{size}.png", "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open("brokerlab.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
ls -l icons brokerlab.ico brokerlab.icns
