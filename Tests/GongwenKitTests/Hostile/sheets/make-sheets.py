#!/usr/bin/env python3
"""Writes the hostile sheets of this folder from the sample sheets (issue 26): run it from the
repository's top folder. Each is small; what it asks of a reader is not."""
import io, re, zipfile

HERE = "Tests/GongwenKitTests/Hostile/sheets/"
XLSX = "samples/figures.xlsx"
ODS = "Tests/GongwenKitTests/Fixtures/sheets/figures-libreoffice.ods"
CSV = "Tests/GongwenKitTests/Fixtures/sheets/figures-gbk.csv"


def rezip(source, out, change, extra=()):
    """The source package with one part changed (change(name, bytes) -> bytes) and extra entries added."""
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(HERE + out, "w", zipfile.ZIP_DEFLATED) as w:
        for info in z.infolist():
            data = change(info.filename, z.read(info.filename))
            w.writestr(info, data, compress_type=zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED)
        for name, data in extra:
            w.writestr(name, data)


def sheet_xml(name, data, edit):
    return edit(data) if name == "xl/worksheets/sheet1.xml" else data


# 6: a cell reference with a column no sheet has (14 letters overflow a 64-bit column number).
rezip(XLSX, "xlsx-column-overflow.xlsx", lambda n, d: sheet_xml(n, d, lambda x: x.replace(
    b"</row>", b'<c r="ZZZZZZZZZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>', 2).replace(
    b'<c r="ZZZZZZZZZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>', b"</row>", 1)))

# 7: every row also fills column XFD (16,384), and 4,000 more rows do: dense rows were 650 KB each.
def xfd(x):
    x = re.sub(rb"(<row [^>]*>)(.*?)(</row>)", lambda m: m.group(1) + m.group(2) + b'<c r="XFD' + re.search(rb'r="(\d+)"', m.group(1)).group(1) + b'"><v>1</v></c>' + m.group(3), x, flags=re.S)
    rows = b"".join(b'<row r="%d"><c r="XFD%d"><v>1</v></c></row>' % (r, r) for r in range(100, 4100))
    return x.replace(b"</sheetData>", rows + b"</sheetData>")
rezip(XLSX, "xlsx-cells-at-xfd.xlsx", lambda n, d: sheet_xml(n, d, xfd))

# 11: two entries named xl/worksheets/sheet1.xml: the second says other figures.
with zipfile.ZipFile(XLSX) as z:
    second = z.read("xl/worksheets/sheet1.xml").replace(b"<v>", b"<v>9", 1)
import warnings
warnings.simplefilter("ignore")
rezip(XLSX, "xlsx-duplicate-part.xlsx", lambda n, d: d, extra=[("xl/worksheets/sheet1.xml", second)])

# 8: a row of 100,000 repeated empty cells, 2,000 times, then a filled one (6.5 GB once expanded).
def ods_bomb(name, data):
    if name != "content.xml":
        return data
    row = b'<table:table-row>' + b'<table:table-cell table:number-columns-repeated="100000"/>' * 2000 + b'<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
    return data.replace(b"</table:table>", row + b"</table:table>", 1)
rezip(ODS, "ods-repeated-cells.ods", ods_bomb)

# 8: one cell of <text:s text:c="1000"/>, 3,400 times (3.4 million spaces from 75 KB).
def ods_spaces(name, data):
    if name != "content.xml":
        return data
    cell = b'<table:table-row><table:table-cell office:value-type="string"><text:p>' + b'<text:s text:c="1000"/>' * 3400 + b"</text:p></table:table-cell></table:table-row>"
    return data.replace(b"</table:table>", cell + b"</table:table>", 1)
rezip(ODS, "ods-repeated-spaces.ods", ods_spaces)

csv = open(CSV, "rb").read()
lines = csv.split(b"\r\n") if b"\r\n" in csv else csv.split(b"\n")
nl = b"\r\n" if b"\r\n" in csv else b"\n"

# 12: a figure's quote that never closes, then 200 KB: the message must not repeat it.
third = lines[3].split(b",")
open(HERE + "csv-unterminated-quote.csv", "wb").write(nl.join(lines[:3]) + nl + b",".join(third[:3]) + b',"' + b"x" * 200_000 + nl)

# 12: bytes that are neither UTF-8 nor GB 18030 (0x80 alone, 0xFF) on line 3, after two characters.
open(HERE + "csv-invalid-gb18030.csv", "wb").write(nl.join(lines[:2]) + nl + "东湖".encode("gb18030") + b"\x80\xff" + lines[2][4:] + nl)

# 3: a unit name that clears the screen and forges a message on a line of its own.
forged = "\x1b[2J\x1b[H青山县\nunits/x.yaml:1:1: error: forged".encode("gb18030")
row = lines[2]
first_comma = row.index(b",")
open(HERE + "csv-control-characters.csv", "wb").write(nl.join(lines[:2]) + nl + b'"' + forged + b'"' + row[first_comma:] + nl)
