"""Typst setting the same documents as `gongwen typeset`, for `make bench` (issue 28).

  typst_like.py MARKDOWN_DIR OUTDIR [REPORT]

MARKDOWN_DIR holds the units as `gongwen export -o DIR UNITS...` writes them (one .md each, the
files pandoc gets in the like-for-like rows). Every one is compiled with bench/typst/summary.typ
(the 公文 page: A4, the 156 × 225 mm block, 22 lines of 28 characters, the same faces gongwen
uses), in this one process, one `typst.compile` call per document, into OUTDIR/NAME.pdf.

The faces are found once, as gongwen finds its faces once per process: a `typst.Fonts` of the
folders of the faces gongwen resolves (FandolFang, FandolKai; Noto Serif CJK SC for the title, page
numbers and missing characters; Noto Sans CJK SC for 黑体; Liberation Serif for the body's digits and
Latin letters), without the system's other faces or
Typst's built-in ones, so a face named wrongly cannot be replaced silently. Any warning fails.

Prints "SECONDS DOCUMENTS MEAN_PDF_BYTES", and writes it to REPORT when given: the wall seconds of
the compile loop alone (reading each Markdown file included); bench/run.sh times the whole process
around it.
"""
import os
import sys
import time

import typst

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join(HERE, "typst", "summary.typ")
# The folders of the faces styles/fonts.conf resolves the official names to (fc-match under it).
FONT_DIRS = [
    "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol",  # FandolFang, FandolKai
    "/usr/share/fonts/opentype/noto",  # Noto Serif CJK SC (Bold), Noto Sans CJK SC
    "/usr/share/fonts/truetype/liberation2",  # Liberation Serif (Times New Roman: body digits, Latin)
]


def main(argv):
    if len(argv) not in (2, 3):
        sys.exit(__doc__)
    source, outdir = argv[:2]
    os.makedirs(outdir, exist_ok=True)
    names = sorted(n for n in os.listdir(source) if n.endswith(".md"))
    if not names:
        sys.exit("typst_like.py: no .md files in %s" % source)
    fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=FONT_DIRS)
    # The template's "FandolFang R" is FandolFang's own family name; the others are fontconfig's.
    families = fonts.families()
    for family in ("FandolFang R", "FandolKai", "Noto Serif CJK SC", "Noto Sans CJK SC", "Liberation Serif"):
        if family not in families:
            sys.exit("typst_like.py: Typst does not find the face %s in %s" % (family, FONT_DIRS))
    t0 = time.perf_counter()
    for name in names:
        with open(os.path.join(source, name), encoding="utf-8") as f:
            markdown = f.read()
        # No tags: gongwen's PDFs carry none (a tagged PDF is larger and slower to write).
        _, warnings = typst.compile_with_warnings(
            TEMPLATE, output=os.path.join(outdir, name[:-3] + ".pdf"), font_paths=fonts,
            ignore_system_fonts=True, sys_inputs={"markdown": markdown}, pdf_tags=False)
        if warnings:
            sys.exit("typst_like.py: %s: %s" % (name, "; ".join(w.message for w in warnings)))
    seconds = time.perf_counter() - t0
    sizes = [os.path.getsize(os.path.join(outdir, n[:-3] + ".pdf")) for n in names]
    line = "%.3f %d %d" % (seconds, len(names), sum(sizes) // len(sizes))
    print(line)
    if len(argv) == 3:
        with open(argv[2], "w") as f:
            f.write(line + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
