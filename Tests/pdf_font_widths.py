#!/usr/bin/env python3
"""PDF/A (ISO 19005-2 §6.2.11.5): the glyph widths a PDF's CIDFonts declare agree with the widths in
the embedded font programs, to within one unit of the 1000-unit em: every glyph the document shows
(its code in the font's ToUnicode CMap or named by /W), with the width /W gives its code, or /DW when
/W does not name it. Reads the PDF with
pdfminer and the fonts with fontTools, neither written by gongwen. Prints the count compared and each
disagreement; exits 1 on any, 2 when nothing was compared."""
import io
import re
import sys

from fontTools.cffLib import CFFFontSet
from fontTools.misc.psCharStrings import T2WidthExtractor
from fontTools.ttLib import TTFont
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1


def declared(cidfont):
    """{code: width} from /W's `first [w1 w2 …]` and `first last w` forms, /DW for the rest."""
    w, widths, i = resolve1(cidfont.get("W", [])), {}, 0
    while i < len(w):
        first, nxt = resolve1(w[i]), resolve1(w[i + 1])
        if isinstance(nxt, list):
            for k, value in enumerate(nxt):
                widths[first + k] = resolve1(value)
            i += 2
        else:
            for code in range(first, nxt + 1):
                widths[code] = resolve1(w[i + 2])
            i += 3
    return widths


def shown(type0):
    """The codes the Type 0 font's ToUnicode CMap maps (bfchar codes, bfrange ranges)."""
    stream = resolve1(type0.get("ToUnicode"))
    if stream is None:
        return set()
    text = stream.get_data().decode("latin-1")
    codes = set()
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        codes.update(int(code, 16) for code in re.findall(r"^\s*<([0-9A-Fa-f]+)>", block, re.M))
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for low, high in re.findall(r"^\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block, re.M):
            codes.update(range(int(low, 16), int(high, 16) + 1))
    return codes


def cff_width(top, cid):
    strings = top.CharStrings
    name = "cid%05d" % cid if top.ROS is not None else top.charset[cid]
    index = strings.charStrings[name]
    private = top.FDArray[top.FDSelect[index]].Private if hasattr(top, "FDArray") else top.Private
    charstring = strings[name]
    local = getattr(private, "Subrs", [])
    extractor = T2WidthExtractor(local, top.GlobalSubrs, private.nominalWidthX, private.defaultWidthX)
    extractor.execute(charstring)
    matrix = getattr(top, "FontMatrix", [0.001])
    return extractor.width * matrix[0] * 1000


def main(path):
    document = PDFDocument(PDFParser(open(path, "rb")))
    compared, wrong = 0, []
    for xref in document.xrefs:
        for number in xref.get_objids():
            try:
                obj = resolve1(document.getobj(number))
            except Exception:
                continue
            if not isinstance(obj, dict) or str(obj.get("Subtype")) != "/'Type0'":
                continue
            codes_shown = shown(obj)
            obj = resolve1(resolve1(obj["DescendantFonts"])[0])
            descriptor = resolve1(obj["FontDescriptor"])
            stream = resolve1(descriptor.get("FontFile3") or descriptor.get("FontFile2"))
            data = stream.get_data()
            if str(stream.get("Subtype")) == "/'CIDFontType0C'":
                fonts = CFFFontSet()
                fonts.decompile(io.BytesIO(data), None)
                top = fonts[fonts.fontNames[0]]
                width = lambda code: cff_width(top, code)
            else:
                font = TTFont(io.BytesIO(data))
                scale, order = 1000 / font["head"].unitsPerEm, font.getGlyphOrder()
                width = lambda code: font["hmtx"][order[code]][0] * scale
            widths, default = declared(obj), resolve1(obj.get("DW", 1000))
            for code in sorted(codes_shown | set(widths)):
                value = widths.get(code, default)
                compared += 1
                actual = width(code)
                if abs(actual - value) > 1:
                    wrong.append("%s code %d: /W %s, font program %s" % (obj["BaseFont"], code, value, actual))
    print("pdf_font_widths: %d glyph widths compared, %d disagree" % (compared, len(wrong)))
    for line in wrong[:20]:
        print("  " + line)
    sys.exit(1 if wrong else (2 if compared == 0 else 0))


if __name__ == "__main__":
    main(sys.argv[1])
