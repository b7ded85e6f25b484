#!/usr/bin/env python3
"""Draws the Brokerlab app icon (three replicated log segments on a rounded tile) as a PNG, stdlib only."""
import struct, zlib, sys

def icon(size):
    px = [[(0, 0, 0, 0)] * size for _ in range(size)]
    r = size * 0.2
    for y in range(size):
        for x in range(size):
            # rounded square
            cx = min(max(x + 0.5, r), size - r); cy = min(max(y + 0.5, r), size - r)
            if (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r:
                t = y / size
                px[y][x] = (int(36 + 20 * t), int(82 + 30 * t), int(200 - 40 * t), 255)
    bars = [(0.24, (255, 255, 255)), (0.44, (190, 225, 255)), (0.64, (120, 220, 170))]
    for top, colour in bars:
        y0, y1 = int(size * top), int(size * (top + 0.13))
        for y in range(y0, y1):
            for x in range(int(size * 0.2), int(size * 0.8)):
                seg = (x - size * 0.2) / (size * 0.6) * 4
                if seg % 1 < 0.88:
                    px[y][x] = colour + (255,)
    return px

def write(px, path):
    size = len(px)
    raw = b''.join(b'\x00' + b''.join(struct.pack('BBBB', *p) for p in row) for row in px)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))

if __name__ == '__main__':
    write(icon(int(sys.argv[2]) if len(sys.argv) > 2 else 256), sys.argv[1])
