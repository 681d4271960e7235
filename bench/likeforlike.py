"""The same job done by the tools offices script today, for `make bench`: read N unit sources (the
values of the half-year summary template) and write one document per unit, on every core.

  likeforlike.py templates TEMPLATE_MD OUTDIR   make template.docx (Jinja placeholders) and template.odt
  likeforlike.py docxtpl TEMPLATE.docx UNITS OUT   docxtpl, a multiprocessing pool of os.cpu_count()
  likeforlike.py odfdo TEMPLATE.odt UNITS OUT      odfdo, in process, a pool of os.cpu_count()

TEMPLATE_MD is `gongwen export` of a unit whose every value is its own placeholder, so all three
tools fill the same text. Each is timed as a whole process by bench/run.sh.
"""
import os
import re
import sys
from multiprocessing import Pool

import yaml

TOKEN = re.compile(r"\{\{\s*([^}]+?)\s*\}\}")


def names_of(markdown):
    seen = []
    for m in TOKEN.finditer(markdown):
        if m.group(1) not in seen:
            seen.append(m.group(1))
    return seen


def ascii_key(names):
    """Jinja wants identifiers: the Chinese placeholder names become p0, p1, … in a fixed order."""
    return {name: "p%d" % i for i, name in enumerate(sorted(names))}


def blocks(markdown):
    """(level, text) per Markdown block: 1 title, 2 heading, 0 paragraph; bold run-ins kept as text."""
    for block in markdown.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        level = 0
        if block.startswith("## "):
            level, block = 2, block[3:]
        elif block.startswith("# "):
            level, block = 1, block[2:]
        yield level, block.replace("**", "")


def templates(markdown_path, outdir):
    from docx import Document as Docx
    from odfdo import Document as Odt, Header, Paragraph
    markdown = open(markdown_path, encoding="utf-8").read()
    keys = ascii_key(names_of(markdown))
    jinja = TOKEN.sub(lambda m: "{{ %s }}" % keys[m.group(1)], markdown)
    docx = Docx()
    for level, text in blocks(jinja):
        if level:
            docx.add_heading(text, level=level)
        else:
            docx.add_paragraph(text)
    docx.save(os.path.join(outdir, "template.docx"))
    odt = Odt("text")
    body = odt.body
    body.clear()
    for level, text in blocks(markdown):
        body.append(Header(level, text) if level else Paragraph(text))
    odt.save(os.path.join(outdir, "template.odt"))
    with open(os.path.join(outdir, "names.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(keys)))


def values_of(unit):
    with open(unit, encoding="utf-8") as f:
        values = yaml.safe_load(f)["values"]
    return {k: str(v) for k, v in values.items()}


JOB = {}


def docxtpl_one(args):
    from docxtpl import DocxTemplate
    unit, out = args
    doc = DocxTemplate(JOB["template"])
    values = values_of(unit)
    doc.render({JOB["keys"][k]: v for k, v in values.items() if k in JOB["keys"]})
    doc.save(os.path.join(out, os.path.basename(unit)[:-5] + ".docx"))


def odfdo_one(args):
    from odfdo import Document
    unit, out = args
    doc = Document(JOB["template"])
    body = doc.body
    for name, value in values_of(unit).items():
        body.replace(re.escape("{{" + name + "}}"), value)
    doc.save(os.path.join(out, os.path.basename(unit)[:-5] + ".odt"))


def init(template, keys):
    JOB["template"] = template
    JOB["keys"] = keys


def run(kind, template, units_dir, out):
    os.makedirs(out, exist_ok=True)
    units = sorted(os.path.join(units_dir, u) for u in os.listdir(units_dir) if u.endswith(".yaml"))
    names = open(os.path.join(os.path.dirname(template), "names.txt"), encoding="utf-8").read().split("\n")
    keys = ascii_key(names)
    work = docxtpl_one if kind == "docxtpl" else odfdo_one
    with Pool(os.cpu_count(), initializer=init, initargs=(template, keys)) as pool:
        pool.map(work, [(u, out) for u in units], chunksize=8)


if __name__ == "__main__":
    if sys.argv[1] == "templates":
        templates(sys.argv[2], sys.argv[3])
    else:
        run(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4])
