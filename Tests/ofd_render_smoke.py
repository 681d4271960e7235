#!/usr/bin/env python3
"""Smoke test: does an OFD render, with ink where the PDF of the same document has ink?

    python3 Tests/ofd_render_smoke.py FILE.ofd FILE.pdf [FILE2.ofd FILE2.pdf ...]

Each pair is the OFD and the PDF of one document (same pages). The OFD is drawn by easyofd
(PyPI `easyofd`, a reader gongwen did not write: OFD -> PDF through reportlab, then pixels
through PyMuPDF), the PDF by poppler's `pdftoppm`, both in grey at 127 dpi (5 px per mm).

Measure. A pixel is dark when its grey is < 160 (black ink, and red too: red's grey is 76,
so red headers, red rules and red seals count). Each page is cut into 10 mm x 10 mm cells
from its top-left corner; a cell is inked when it holds >= 5 dark pixels (0.2 % of it: a
speck of anti-aliasing is not ink, the stroke of a glyph is). Per page:

  forward = PDF-inked cells for which the OFD has >= 5 dark pixels in the cell grown by
            1 mm on every side, / PDF-inked cells     ("X % of the PDF's inked cells
            inked in the OFD": text the OFD lacks)
  reverse = the same the other way round             (ink the OFD has where the PDF has none)

A page holds when forward >= 95 % and reverse >= 95 % (and so the OFD page is not blank).
A page that is blank in the PDF holds when it is blank in the OFD too. The pair fails when
the page counts or the page sizes (1 mm) differ.

Threshold, and why. The 1 mm growth absorbs the one systematic difference: easyofd draws
every glyph in one substitute font whose glyphs are a little smaller or larger than the
embedded faces, and a text line whose glyphs just touch a cell edge in one rendering does
not in the other. Measured on gongwen's 19 sample documents (77 pages, /tmp/gongwen-ofd-*):
all 74 measurable pages score 100.0 % both ways (with AR PL KaitiM GB as the substitute
instead of AR PL SungtiL GB: >= 99.0 %). Wrong pairs: the OFD of one document against the
PDF of another not laid out alike (see below) fails on at least one page of every pair
(worst page <= 63.4 % in each pair); the best single wrong page reaches 93.8 % forward
(复函 page 1 against 上行报告's, caught by reverse 64.2 %) and none reaches 89 % both ways. Page 1
emptied of its TextObjects scores 0-12.5 %. 95 % leaves 5 points for another machine's
substitute font and catches a page missing about a twentieth of its inked cells.

Pages that are n/a. easyofd cannot draw a TextObject turned by its CTM (gongwen turns the
text of landscape pages a quarter this way, e.g. CTM="0 -1 1 0 0 297"). Its
draw/draw_pdf.py DrawPDF.cmp_offset reads the six CTM numbers as scaleX, -, -, scaleY,
moveX, moveY: it drops b and c (the rotation), multiplies X, Y, moveX/moveY and the plain
DeltaX steps by a and d (0 for a quarter turn; only `g N v` steps are added unscaled) and
draw_chars always draws upright with reportlab's drawString. So every glyph of such an
object lands at the Boundary's origin (here the page's top-left corner) with its baseline
on the page's top edge: the glyphs stand above the page, only a smear of their lowest
strokes shows along the top edge. (easyofd's content parser never reads a
PathObject's CTM, so turned table rules come out unturned, and it strokes filled paths.)
A page with any turned TextObject is reported n/a; it must still not be blank, and the
PDF's inked cells inside the boxes of its unturned TextObjects' glyphs (the page number) must reach
the forward threshold.

What this cannot check. easyofd ignores embedded fonts: it draws every character with the
font it registered as "宋体" from a file named simsun.ttc, by Unicode, at the TextCode
positions. This script links simsun.ttc (and the other names easyofd asks for) to a
TrueType CJK font of this machine in a temporary folder put first on reportlab's search
path (reportlab cannot read CFF fonts such as Noto CJK or Fandol). So glyph shapes, glyph
ids, faces (bold, kai, hei), colours and exact positions are NOT checked: 10 mm cells and
1 mm of slack hide any error smaller than that. Characters missing from the substitute font
are not drawn (e.g. 堃 with AR PL SungtiL GB, which covers GB 2312 only). Documents laid out
alike (the ten county reports of the samples, differing in names and numbers) score 99.7-
100 % against each other's PDF: cells cannot tell them apart. Text and positions are
checked by ../shared/tools/ofd_check.py.

Exit status: 0 when every page of every pair holds, 1 when one fails, 2 when a file cannot
be read (or easyofd, pdftoppm or a TrueType CJK font is missing). easyofd unpacks the OFD
and writes embedded fonts into the current directory, so it runs in a temporary directory
under /tmp, removed afterwards; nothing is written elsewhere.
"""
import contextlib, glob, io, logging, os, posixpath, shutil, subprocess, sys, tempfile, warnings, zipfile
import xml.etree.ElementTree as ET

DPI = 127                 # 127 dpi: exactly 50 pixels per 10 mm
CELL_MM = 10.0
DARK = 160                # grey < 160 is ink
MIN_DARK_PX = 5           # dark pixels that make a cell inked
THRESHOLD = 95.0          # % of the PDF's inked cells that must be inked in the OFD
THRESHOLD_REV = 95.0      # % of the OFD's inked cells that must be inked in the PDF
GROW_MM = 1               # a cell's ink may be found up to 1 mm outside it
SIZE_TOL_MM = 1.0         # page sizes must agree within this
EASYOFD_UNIT_PER_MM = 200 / 25.4   # easyofd's DrawPDF.OP: its PDF is drawn at 200 units/inch

# Names easyofd (parser_ofd/__init__.py) registers with reportlab at import, and what to
# give it under each name: TrueType-outline fonts only (reportlab cannot read CFF).
# Only "simsun.ttc" (registered as 宋体) is ever used to draw text; the rest silence it.
CJK_SONG = ["/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",     # fonts-arphic-gbsn00lp
            "/usr/share/fonts/truetype/arphic/uming.ttc",                  # fonts-arphic-uming
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",                # fonts-wqy-zenhei
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",              # fonts-wqy-microhei
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"]   # fonts-droid-fallback
CJK_KAI = ["/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
           "/usr/share/fonts/truetype/arphic/ukai.ttc"]
MONO = ["/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"]
FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts"),
             os.path.expanduser("~/.local/share/fonts")]


class Unreadable(Exception):
    pass


SIMPLIFIED = "国关这们为说时对会与东门见长发"   # simplified forms: rules out Big5-only fonts


def truetype_with(path, chars):
    """True when path is a TrueType-outline font (glyf) whose cmap maps every one of chars."""
    try:
        from fontTools.ttLib import TTFont
        with TTFont(path, fontNumber=0, lazy=True) as f:
            cmap = f.getBestCmap() or {}
            return "glyf" in f and all(ord(c) in cmap for c in chars)
    except Exception:
        return False


def pick_font(candidates, chars):
    for p in candidates:
        if os.path.isfile(p) and truetype_with(p, chars):
            return p
    for d in FONT_DIRS:                              # any other TrueType font that has chars
        for root, _, files in sorted(os.walk(d)):
            for name in sorted(files):
                if name.lower().endswith((".ttf", ".ttc")):
                    p = os.path.join(root, name)
                    if truetype_with(p, chars):
                        return p
    return None


def setup_easyofd(workdir):
    """Link the Windows font names easyofd asks for into workdir, put workdir first on
    reportlab's TTF search path, silence easyofd's logging, then import it."""
    song = pick_font(CJK_SONG, SIMPLIFIED)
    if song is None:
        raise Unreadable("no TrueType CJK font found for easyofd (reportlab cannot use CFF fonts "
                         "like Noto CJK); install e.g. fonts-arphic-gbsn00lp or fonts-wqy-zenhei")
    kai = pick_font(CJK_KAI, SIMPLIFIED) or song
    mono = pick_font(MONO, "A0") or song
    fontdir = os.path.join(workdir, "fonts")
    os.mkdir(fontdir)
    for name, target in [("simsun.ttc", song), ("simkai.ttf", kai), ("simhei.ttf", song),
                         ("COURI.TTF", mono), ("courbd.TTF", mono)]:
        os.symlink(target, os.path.join(fontdir, name))
    from reportlab import rl_config
    rl_config.TTFSearchPath = [fontdir] + list(rl_config.TTFSearchPath)
    warnings.simplefilter("ignore")                  # fitz's deprecation FutureWarning
    logging.disable(logging.CRITICAL)                # easyofd also uses the logging module
    from loguru import logger
    logger.remove()
    errors = []
    logger.add(lambda m: errors.append(m.record["message"]), level="ERROR")
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        import fitz
        from easyofd import OFD
    try:
        fitz.TOOLS.mupdf_display_errors(False)
    except Exception:
        pass
    return OFD, fitz, errors, song


def text_box(t, local):
    """[x, y, w, h] in mm of an unturned TextObject's glyphs: from its TextCodes' origins (Boundary +
    X, Y and the DeltaX steps) one Size up and one Size on past the last origin. Not the Boundary,
    which a writer may make larger than the glyphs (to hold every glyph's ink) and which then takes
    in ink of turned text beside it."""
    bx, by = [float(v) for v in (t.get("Boundary") or "0 0 0 0").split()][:2]
    size = float(t.get("Size") or 0)
    xs, ys = [], []
    for code in t:
        if local(code.tag) != "TextCode":
            continue
        x, y = float(code.get("X") or 0), float(code.get("Y") or 0)
        steps, tokens = [], (code.get("DeltaX") or "").split()
        i = 0
        while i < len(tokens):
            if tokens[i] == "g" and i + 2 < len(tokens):
                steps += [float(tokens[i + 2])] * int(float(tokens[i + 1]))
                i += 3
            else:
                steps.append(float(tokens[i]))
                i += 1
        xs += [x, x + sum(steps)]
        ys.append(y)
    if not xs:
        return [bx, by, 0, 0]
    return [bx + min(xs), by + min(ys) - size, max(xs) - min(xs) + size, max(ys) - min(ys) + size]


def turned_pages(ofd_path):
    """Per page (document order): (number of TextObjects, number turned by a CTM,
    boxes [x, y, w, h] in mm of the unturned TextObjects)."""
    def local(tag):
        return tag.rsplit("}", 1)[-1]

    def xml(z, name):
        return ET.fromstring(z.read(name))

    with zipfile.ZipFile(ofd_path) as z:
        root = xml(z, "OFD.xml")
        docroot = next(e.text.strip() for e in root.iter() if local(e.tag) == "DocRoot")
        base = posixpath.dirname(docroot)
        doc = xml(z, docroot)
        pages = []
        for e in doc.iter():
            if local(e.tag) == "Page" and e.get("BaseLoc"):
                loc = e.get("BaseLoc").lstrip("/")
                content = xml(z, loc if loc in z.namelist() else posixpath.join(base, loc))
                n, turned, boxes = 0, 0, []
                for t in content.iter():
                    if local(t.tag) != "TextObject":
                        continue
                    n += 1
                    ctm = [float(v) for v in (t.get("CTM") or "1 0 0 1 0 0").split()]
                    if len(ctm) == 6 and (abs(ctm[1]) > 1e-6 or abs(ctm[2]) > 1e-6):
                        turned += 1
                    else:
                        boxes.append(text_box(t, local))
                pages.append((n, turned, boxes))
        return pages


def grey_pdf_pages(pdf, outdir):
    prefix = os.path.join(outdir, "p")
    r = subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", pdf, prefix],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    files = sorted(glob.glob(prefix + "-*.pgm"), key=lambda f: int(f.rsplit("-", 1)[1][:-4]))
    if r.returncode != 0 or not files:
        raise Unreadable("pdftoppm: " + " / ".join(r.stderr.decode(errors="replace").split("\n")).strip(" /")[:200])
    from PIL import Image
    images = [Image.open(f).convert("L") for f in files]
    for f in files:
        os.remove(f)
    return images


def grey_ofd_pages(OFD, fitz, errors, ofd):
    """Draw the OFD with easyofd; return [(image_at_DPI, width_mm, height_mm)]."""
    del errors[:]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            o = OFD()
            o.read(ofd, fmt="path")
            pdf = o.to_pdf()
        except Exception as e:
            raise Unreadable("easyofd: %s: %s" % (type(e).__name__, e))
    if any("ofd解析失败" in m for m in errors) or not pdf:   # DrawPDF drew its error page
        raise Unreadable("easyofd could not draw it: " + "; ".join(errors)[:200])
    from PIL import Image
    out = []
    doc = fitz.open(stream=pdf, filetype="pdf")
    for page in doc:
        r = page.rect
        w_mm, h_mm = r.width / EASYOFD_UNIT_PER_MM, r.height / EASYOFD_UNIT_PER_MM
        zoom = DPI / 200.0                             # easyofd units are 1/200 inch
        pix = page.get_pixmap(matrix=fitz.Matrix(zoom, zoom), colorspace=fitz.csGRAY, alpha=False)
        out.append((Image.frombytes("L", (pix.width, pix.height), pix.samples), w_mm, h_mm))
    return out


class InkMap:
    """Dark-pixel counts of a page image per 1 mm square (5 x 5 pixels at 127 dpi), summed
    with a 2-D prefix sum so that any rectangle of whole millimetres is counted at once."""

    def __init__(self, img):
        sub = DPI / 25.4                                 # pixels per mm: 5 at 127 dpi
        step = int(round(sub))
        assert abs(sub - step) < 1e-9, "DPI must give a whole number of pixels per mm"
        binary = img.point(lambda v: 255 if v < DARK else 0)
        reduced = binary.reduce(step)                    # mean of each 1 mm square, 0..255
        self.w, self.h = reduced.size                    # in mm (the last may be partial)
        raw = reduced.tobytes()
        lastw = img.width - (self.w - 1) * step          # size of the partial edge squares
        lasth = img.height - (self.h - 1) * step
        pre = [[0] * (self.w + 1) for _ in range(self.h + 1)]
        for y in range(self.h):
            ph = step if y < self.h - 1 else lasth
            row, above, acc = pre[y + 1], pre[y], 0
            base = y * self.w
            for x in range(self.w):
                v = raw[base + x]
                if v:
                    pw = step if x < self.w - 1 else lastw
                    acc += int(round(v / 255.0 * pw * ph))
                row[x + 1] = above[x + 1] + acc
        self.pre = pre
        self.cols = int(-(-self.w // CELL_MM))
        self.rows = int(-(-self.h // CELL_MM))

    def count(self, x0, y0, x1, y1):
        """Dark pixels in the millimetre rectangle [x0, x1) x [y0, y1), clipped to the page."""
        x0, y0 = max(0, int(x0)), max(0, int(y0))
        x1, y1 = min(self.w, int(x1)), min(self.h, int(y1))
        if x0 >= x1 or y0 >= y1:
            return 0
        p = self.pre
        return p[y1][x1] - p[y0][x1] - p[y1][x0] + p[y0][x0]

    def cell(self, cx, cy, grow=0):
        c = int(CELL_MM)
        return self.count(cx * c - grow, cy * c - grow, (cx + 1) * c + grow, (cy + 1) * c + grow)

    def inked(self):
        """Cells of CELL_MM holding >= MIN_DARK_PX dark pixels."""
        return {(cx, cy) for cy in range(self.rows) for cx in range(self.cols)
                if self.cell(cx, cy) >= MIN_DARK_PX}

    def matched(self, cells):
        """Those of cells that hold >= MIN_DARK_PX dark pixels here, within the cell grown
        by GROW_MM on every side."""
        return {c for c in cells if self.cell(c[0], c[1], GROW_MM) >= MIN_DARK_PX}


def cells_in_boxes(boxes):
    out = set()
    for x, y, w, h in boxes:
        for cx in range(int(x // CELL_MM), int((x + w) // CELL_MM) + 1):
            for cy in range(int(y // CELL_MM), int((y + h) // CELL_MM) + 1):
                out.add((cx, cy))
    return out


def pct(part, whole):
    return 100.0 * part / whole if whole else 100.0


def check_pair(ofd, pdf, tools, scratch):
    """Print one line per page; return True when every page holds."""
    OFD, fitz, errors = tools
    label = os.path.basename(ofd)
    for f in (ofd, pdf):
        if not os.path.isfile(f):
            raise Unreadable("%s: no such file" % f)
    try:
        structure = turned_pages(ofd)
    except (zipfile.BadZipFile, KeyError, ET.ParseError, StopIteration, ValueError, AttributeError) as e:
        raise Unreadable("%s: not a readable OFD package (%s)" % (ofd, e))
    pdf_pages = grey_pdf_pages(pdf, scratch)
    ofd_pages = grey_ofd_pages(OFD, fitz, errors, ofd)
    ok = True
    if not (len(ofd_pages) == len(pdf_pages) == len(structure)):
        print("%s: FAIL page count differs: easyofd drew %d, the OFD lists %d, the PDF has %d"
              % (label, len(ofd_pages), len(structure), len(pdf_pages)))
        ok = False
    for i, (pimg, (oimg, w_mm, h_mm)) in enumerate(zip(pdf_pages, ofd_pages), start=1):
        pw, ph = pimg.width / DPI * 25.4, pimg.height / DPI * 25.4
        if abs(pw - w_mm) > SIZE_TOL_MM or abs(ph - h_mm) > SIZE_TOL_MM:
            print("%s page %d: FAIL page size differs: OFD %.1f x %.1f mm, PDF %.1f x %.1f mm"
                  % (label, i, w_mm, h_mm, pw, ph))
            ok = False
            continue
        pmap, omap = InkMap(pimg), InkMap(oimg)
        p_cells, o_cells = pmap.inked(), omap.inked()
        n_text, n_turned, boxes = structure[i - 1] if i <= len(structure) else (0, 0, [])
        head = "%s page %d: " % (label, i)
        if not p_cells:                                  # a blank page in the PDF
            good = not o_cells
            print(head + "the PDF page is blank; the OFD page is %s%s"
                  % ("blank too" if good else "not (%d inked cells)" % len(o_cells),
                     "" if good else " FAIL"))
        elif n_turned:
            sub = p_cells & cells_in_boxes(boxes)
            fwd = pct(len(omap.matched(sub)), len(sub))
            good = bool(o_cells) and fwd >= THRESHOLD
            print(head + "n/a: %d of %d TextObjects are turned by a CTM, which easyofd cannot draw "
                  "(all: %.1f %% of the PDF's inked cells inked in the OFD); unturned text: "
                  "%.1f %% of the PDF's %d inked cells there inked in the OFD (threshold %g %%)%s"
                  % (n_turned, n_text, pct(len(omap.matched(p_cells)), len(p_cells)), fwd, len(sub),
                     THRESHOLD, "" if good else " FAIL" + ("" if o_cells else " (OFD page blank)")))
        else:
            fwd = pct(len(omap.matched(p_cells)), len(p_cells))
            if o_cells:
                rev = pct(len(pmap.matched(o_cells)), len(o_cells))
                good = fwd >= THRESHOLD and rev >= THRESHOLD_REV
                tail = ("%.1f %% of the OFD's inked cells inked in the PDF (threshold %g %%)%s"
                        % (rev, THRESHOLD_REV, "" if good else " FAIL"))
            else:
                good, tail = False, "the OFD page is blank FAIL"
            print(head + "%.1f %% of the PDF's inked cells inked in the OFD (threshold %g %%); %s"
                  % (fwd, THRESHOLD, tail))
        ok = ok and good
    return ok


def main(argv):
    args = argv[1:]
    if args[:1] in (["-h"], ["--help"]):
        print(__doc__)
        return 0
    if not args or len(args) % 2:
        print("usage: ofd_render_smoke.py FILE.ofd FILE.pdf [FILE.ofd FILE.pdf ...]", file=sys.stderr)
        return 2
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) not found", file=sys.stderr)
        return 2
    pairs = [(os.path.abspath(args[k]), os.path.abspath(args[k + 1])) for k in range(0, len(args), 2)]
    # easyofd writes into the current directory, and FileRead takes the part of that path
    # before its first "." as the unpack folder: so work in a dot-free temporary directory.
    base = tempfile.gettempdir()
    workdir = tempfile.mkdtemp(prefix="ofd_render_smoke_", dir=base if "." not in base else "/tmp")
    cwd = os.getcwd()
    status = 0
    try:
        os.chdir(workdir)
        try:
            OFD, fitz, errors, _ = setup_easyofd(workdir)
        except Unreadable as e:
            print(str(e), file=sys.stderr)
            return 2
        except ImportError as e:
            print("easyofd not importable (pip install easyofd): %s" % e, file=sys.stderr)
            return 2
        scratch = os.path.join(workdir, "pages")
        os.mkdir(scratch)
        for ofd, pdf in pairs:
            try:
                if not check_pair(ofd, pdf, (OFD, fitz, errors), scratch):
                    status = max(status, 1)
            except Unreadable as e:
                print("%s: cannot read: %s" % (os.path.basename(ofd), e))
                status = 2
    finally:
        os.chdir(cwd)
        shutil.rmtree(workdir, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
