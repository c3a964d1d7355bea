#!/usr/bin/env python3
"""Says whether PNG screenshots show something: prints, per file, its size,
the number of distinct colours and the fraction of pixels that are not the
background (the colour of the top-left pixel), and exits 1 if any file is
blank (one colour, or under 0.5% of its pixels drawn). Standard library only:
it reads 8-bit RGB and RGBA PNGs, as Chromium writes them.

    python3 scripts/png_stats.py page.png figure-01.png ...
    python3 scripts/png_stats.py --fits page.png   # exits 1 if drawing reaches the bottom edge (cut off)
"""
import struct
import sys
import zlib


def pixels(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB/RGBA, non-interlaced PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG file")
    offset, idat, header = 8, [], None
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        offset += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"{path}: only 8-bit RGB/RGBA non-interlaced PNGs are read (depth {depth}, colour type {colour})")
    step = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * step
    previous = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up = previous[i]
            corner = previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, step)])
        previous = line
    return width, height, rows


def main(paths):
    blank = False
    for path in paths:
        width, height, rows = pixels(path)
        background = rows[0][0]
        colours = set()
        drawn = 0
        for row in rows:
            colours.update(row)
            drawn += sum(1 for p in row if p != background)
        fraction = drawn / (width * height)
        empty = len(colours) < 2 or fraction < 0.005
        blank |= empty
        print(f"{path}: {width}x{height}, {len(colours)} colours, {fraction * 100:.1f}% drawn"
              + ("  BLANK" if empty else ""))
    return 1 if blank else 0


def fits(path):
    """Exit status 1 if the screenshot is drawn down to its last rows: the page was taller."""
    width, height, rows = pixels(path)
    background = rows[0][0]
    last = max((y for y, row in enumerate(rows) if any(p != background for p in row)), default=-1)
    cut = last >= height - 20
    print(f"{path}: drawn down to row {last} of {height}" + ("  CUT OFF: make the window taller" if cut else ""))
    return 1 if cut else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--fits"]:
        sys.exit(max(fits(path) for path in sys.argv[2:]))
    sys.exit(main(sys.argv[1:]))
