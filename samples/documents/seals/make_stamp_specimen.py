#!/usr/bin/env python3
"""Draws specimen-stamp.png: a 签名章 (signature stamp) layout specimen, marked 样章, never a real one.

Run once by hand (needs Pillow and fonts-noto-cjk); the PNG is committed. 600 × 240 px, transparent
outside the ink; printed 30 mm wide it is 12 mm high, a little more than one line.
"""
from PIL import Image, ImageDraw, ImageFont

W, H, RED = 600, 240, (230, 0, 18, 255)
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
d = ImageDraw.Draw(img)
d.rectangle((8, 8, W - 8, H - 8), outline=RED, width=14)
d.text((W / 2, H / 2 - 18), "王志远印", font=ImageFont.truetype(FONT, 120), fill=RED, anchor="mm")
d.text((W / 2, H - 40), "样章 仅供排版示例", font=ImageFont.truetype(FONT, 34), fill=RED, anchor="mm")
img.save("specimen-stamp.png", optimize=True)
