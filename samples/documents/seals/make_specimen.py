#!/usr/bin/env python3
"""Draws specimen-seal.png: a layout specimen, clearly marked 样章, never a real seal.

Run once by hand (needs Pillow and fonts-noto-cjk); the PNG is committed so builds do not depend
on Python. 600 px across, transparent outside the ink.
"""
import math
from PIL import Image, ImageDraw, ImageFont

SIZE, RED = 600, (230, 0, 18, 255)
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
d = ImageDraw.Draw(img)
c = SIZE / 2
d.ellipse((12, 12, SIZE - 12, SIZE - 12), outline=RED, width=18)
# Five-pointed star in the centre.
pts = []
for i in range(10):
    r = 95 if i % 2 == 0 else 38
    a = -math.pi / 2 + i * math.pi / 5
    pts.append((c + r * math.cos(a), c - 20 + r * math.sin(a)))
d.polygon(pts, fill=RED)
# The arc: what the specimen is, set along the upper rim.
arc = "样章仅供排版示例不具效力"
font = ImageFont.truetype(FONT, 58)
span = math.radians(240)
for i, ch in enumerate(arc):
    a = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(arc)
    glyph = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    ImageDraw.Draw(glyph).text((40, 40), ch, font=font, fill=RED, anchor="mm")
    glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
    x, y = c + 222 * math.cos(a), c + 222 * math.sin(a)
    img.alpha_composite(glyph, (int(x - 40), int(y - 40)))
big = ImageFont.truetype(FONT, 92)
d.text((c, c + 135), "样 章", font=big, fill=RED, anchor="mm")
img.save("specimen-seal.png", optimize=True)
