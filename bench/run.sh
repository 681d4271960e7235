#!/usr/bin/env bash
# `make bench`: a synthetic province made from the samples, timed phase by phase against pandoc and
# plain soffice on the same documents. Prints a table and writes out/bench/report.md.
# Sizes can be changed: BENCH_UNITS, BENCH_MEMORY_UNITS, BENCH_PDF_UNITS, BENCH_LIKE_UNITS ("200 1000"), BENCH_PERFILE_UNITS,
# BENCH_ONE_CORE_UNITS (50: the distinct documents gongwen typeset and Typst set on one core).
# BENCH_RUNS (3): the ODT phases and every like-for-like tool run that many times, interleaved, each
# into a folder of its own; the median counts (a single run on a shared 2-core VM varies by ±20 %).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_UNITS:-3000}
MEM_N=${BENCH_MEMORY_UNITS:-10000}
PDF_N=${BENCH_PDF_UNITS:-200}
PERFILE_N=${BENCH_PERFILE_UNITS:-10}
ONE_N=${BENCH_ONE_CORE_UNITS:-50}
RUNS=${BENCH_RUNS:-3}
# The one-core units are the first of the PDF phase's, whose LibreOffice PDFs give their size.
[ "$ONE_N" -le "$PDF_N" ] && [ "$PDF_N" -le "$N" ] || { echo "bench: BENCH_ONE_CORE_UNITS ≤ BENCH_PDF_UNITS ≤ BENCH_UNITS, please"; exit 1; }
JOBS=$(nproc)
BIN=$PWD/.build/release/gongwen
W=$PWD/out/bench
# The units name their template as a project does, beside them in templates/ (inside the source tree).
TEMPLATE=../templates/half-year-summary.yaml
SOFFICE=$(command -v soffice || command -v libreoffice)

missing=""
command -v pandoc >/dev/null || missing="$missing pandoc"
[ -x /usr/bin/time ] || missing="$missing time"
command -v taskset >/dev/null || missing="$missing util-linux"
command -v pdffonts >/dev/null || missing="$missing poppler-utils"
if [ -n "$missing" ]; then
  echo "bench: installing$missing"
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get install -y -qq $missing >/dev/null || true
fi

# Old results are moved aside and deleted at the end: deleting thousands of files just before
# creating thousands more slows ext4's inode allocation and would skew the ODT timing.
if [ -d "$W" ]; then mv "$W" "$W.old.$$"; fi
mkdir -p "$W"
echo "bench: making $N and $MEM_N synthetic units"
mkdir -p "$W/templates"
cp samples/templates/half-year-summary.yaml "$W/templates/"
python3 bench/make_units.py --synthetic "$N" "$W/units" "$TEMPLATE"
python3 bench/make_units.py --synthetic "$MEM_N" "$W/units-mem" "$TEMPLATE"

# Wall seconds and peak resident kilobytes of one command. The disk is settled first (sync), so
# that what the bench or the last run wrote is not flushed during, and charged to, the next run
# (without it the 3,000-unit run right after making 13,000 unit files took 1.67 s instead of ~1.1).
# The seconds are read from the clock in nanoseconds around it (time's %e has two decimals: a
# 0.10 s run could not be told from 0.11, a tenth of a ratio).
measure() {
  sync
  local t0 t1
  t0=$(now)
  /usr/bin/time -f "%M" -o "$W/time.txt" "$@" >/dev/null 2>"$W/last.err" || { cat "$W/last.err"; exit 1; }
  t1=$(now)
  echo "$(python3 -c "print('%.3f' % ($t1 - $t0))") $(cat "$W/time.txt")"
}
now() { date +%s.%N; }
# Just before each timed run, for every tool alike: its inputs are read once and the tool is run
# once on one unit, untimed, so that neither its program, its libraries nor its inputs come from the
# disk while it is timed. This VM hands cached pages back to the host within minutes: without it,
# whichever run came first paid for the disk (200 units: 0.10 s warm, up to 0.20 s cold).
warm() { find "$@" -type f -exec cat {} + > /dev/null; }
calc() { python3 -c "print(round($1, ${2:-3}))"; }
# The median of the first fields of the lines on stdin ("seconds KB"), with its line's other fields.
median() { sort -n | awk '{ line[NR] = $0 } END { print line[int((NR + 1) / 2)] }'; }
# Every run's seconds, for the report: "1.02, 0.98, 1.10".
runs() { cut -d' ' -f1 "$1" | paste -sd, | sed 's/,/, /g'; }
verdict() { python3 -c "print('met' if $1 else 'MISSED')"; }

echo "bench: ODT phase, and the same $N units as one sheet (.xlsx, made by gongwen form --from); $RUNS runs each"
"$BIN" form "$W/templates/half-year-summary.yaml" --from "$W/units" -o "$W/figures.xlsx" 2>/dev/null
mkdir -p "$W/units-1"; cp "$(ls "$W"/units/*.yaml | head -1)" "$W/units-1/"
: > "$W/odt.runs"; : > "$W/sheet.runs"
for r in $(seq 1 "$RUNS"); do
  # Run 1 writes out/ and out-sheet/, which the checks below read; later runs folders of their own.
  suffix=$([ "$r" = 1 ] || echo "-$r")
  warm "$W/units" "$W/templates"; "$BIN" build --odt-only -q -o "$W/warmup" "$W/units-1"
  measure "$BIN" build --odt-only -q --no-report -j "$JOBS" -o "$W/out$suffix" "$W/units" >> "$W/odt.runs"
  warm "$W/figures.xlsx" "$W/templates"; "$BIN" build --odt-only -q -o "$W/warmup" "$W/units-1"
  measure "$BIN" build --odt-only -q --no-report -j "$JOBS" -o "$W/out-sheet$suffix" --template "$W/templates/half-year-summary.yaml" "$W/figures.xlsx" >> "$W/sheet.runs"
done
read -r odt_s odt_kb < <(median < "$W/odt.runs")
read -r sheet_s sheet_kb < <(median < "$W/sheet.runs")
read -r mem_s mem_kb < <(measure "$BIN" build --odt-only -q --no-report -j "$JOBS" -o "$W/out-mem" "$W/units-mem")
odt_count=$(ls "$W/out/odt" | wc -l)
sheet_count=$(ls "$W/out-sheet/odt" | wc -l)
sheet_same=$(cd "$W/out/odt" && for f in *.odt; do cmp -s "$f" "$W/out-sheet/odt/$f" || echo x; done | wc -l)
[ "$sheet_same" = 0 ] || { echo "bench: $sheet_same .odt files from the sheet differ from the YAML units' ones"; exit 1; }

echo "bench: hostile input (a template with 6,000 placeholders; a 1 KB billion-laughs unit)"
mkdir -p "$W/hostile/templates" "$W/hostile/units"
python3 - "$W/hostile" <<'PY'
import sys
d = sys.argv[1]
line = "，".join("{{v%d}}" % i for i in range(60))
open(d + "/templates/many.yaml", "w").write("title: t\nissuer: i\ndate: 2023-07-10\nbody:\n" + "".join('  - "%s。"\n' % line for _ in range(100)))
open(d + "/units/many.yaml", "w").write("template: ../templates/many.yaml\nvalues:\n" + "".join("  v%d: %d\n" % (i, i) for i in range(60)))
laughs = 'title: t\nissuer: i\ndate: 2023-07-10\nbody:\n  - &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
for p, c in zip("abcdefgh", "bcdefghi"):
    laughs += "  - &%s [%s]\n" % (c, ",".join(["*" + p] * 9))
open(d + "/units/laughs.yaml", "w").write(laughs)
PY
read -r many_s many_kb < <(measure "$BIN" build --odt-only -q -o "$W/hostile/out" "$W/hostile/units/many.yaml")
# check exits 1 on the refused unit, as it should.
/usr/bin/time -f "%e %M" -o "$W/laughs.time" "$BIN" check "$W/hostile/units/laughs.yaml" >/dev/null 2>"$W/laughs.err" || true
laughs_s=$(tail -1 "$W/laughs.time" | cut -d' ' -f1)
grep -q "more than 100000 YAML nodes" "$W/laughs.err" || { echo "bench: the billion laughs were not stopped"; cat "$W/laughs.err"; exit 1; }

echo "bench: like for like: the same units to documents by gongwen, pandoc, docxtpl and odfdo on $JOBS cores"
python3 -c 'import docxtpl, odfdo, yaml' 2>/dev/null || python3 -m pip install -q docxtpl odfdo pyyaml 2>/dev/null \
  || python3 -m pip install -q --break-system-packages docxtpl odfdo pyyaml
L="$W/like"
mkdir -p "$L/templates" "$L/placeholders"
# Without its fields: (which want numbers), so the unit below may put each placeholder in its own slot.
python3 -c 'import re,sys; t=open("samples/templates/half-year-summary.yaml",encoding="utf-8").read(); open(sys.argv[1],"w",encoding="utf-8").write(re.sub(r"\nfields:\n(  .*\n)+", "\n", t))' "$L/templates/half-year-summary.yaml"
grep -q '^fields:' "$L/templates/half-year-summary.yaml" && { echo "bench: fields: still in the like-for-like template"; exit 1; }
# A unit whose every value is its own placeholder: its Markdown is the template docxtpl and odfdo fill.
python3 - "$TEMPLATE" "$L/placeholders/placeholders.yaml" <<'PY'
import re, sys
text = open("samples/templates/half-year-summary.yaml", encoding="utf-8").read()
names = sorted(set(re.findall(r"\{\{\s*([^}]+?)\s*\}\}", text)))
lines = ["template: %s" % sys.argv[1], "values:"]
lines += ['  %s: %s' % (n, "2023-07-10" if n == "成文日期" else '"{{%s}}"' % n) for n in names]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
"$BIN" export -o "$L/md-template" "$L/placeholders/placeholders.yaml"
python3 bench/likeforlike.py templates "$L/md-template/placeholders.md" "$L/templates"
like_rows=""
# One unit for the warm-up runs, and where they write.
mkdir -p "$L/units-1" "$L/warmup"; cp "$(ls "$W"/units/*.yaml | head -1)" "$L/units-1/"
"$BIN" export -o "$L/md-1" "$L/units-1"
for n in ${BENCH_LIKE_UNITS:-200 1000}; do
  mkdir -p "$L/units-$n"
  ls "$W"/units/*.yaml | sed -n "1,${n}p" | xargs cp -t "$L/units-$n"
  "$BIN" export -o "$L/md-$n" "$L/units-$n"
  : > "$L/gw-$n.runs"; : > "$L/pd-$n.runs"; : > "$L/dt-$n.runs"; : > "$L/od-$n.runs"
  # Interleaved, so that a slow spell of the machine falls on every tool alike; every run writes
  # new files (pandoc beside its input, under a name of the run's own).
  for r in $(seq 1 "$RUNS"); do
    warm "$L/units-$n" "$L/templates"; "$BIN" build --odt-only -q -o "$L/warmup" "$L/units-1"
    measure "$BIN" build --odt-only -q --no-report -j "$JOBS" -o "$L/gongwen-$n-$r" "$L/units-$n" >> "$L/gw-$n.runs"
    warm "$L/md-$n"; pandoc -f markdown -t odt -o "$L/warmup/pandoc.odt" "$L"/md-1/*.md
    measure sh -c "ls '$L/md-$n'/*.md | xargs -P $JOBS -I{} pandoc -f markdown -t odt -o {}.$r.odt {}" >> "$L/pd-$n.runs"
    warm "$L/units-$n" "$L/templates"; python3 bench/likeforlike.py docxtpl "$L/templates/template.docx" "$L/units-1" "$L/warmup/docxtpl" >/dev/null
    measure python3 bench/likeforlike.py docxtpl "$L/templates/template.docx" "$L/units-$n" "$L/docxtpl-$n-$r" >> "$L/dt-$n.runs"
    warm "$L/units-$n" "$L/templates"; python3 bench/likeforlike.py odfdo "$L/templates/template.odt" "$L/units-1" "$L/warmup/odfdo" >/dev/null
    measure python3 bench/likeforlike.py odfdo "$L/templates/template.odt" "$L/units-$n" "$L/odfdo-$n-$r" >> "$L/od-$n.runs"
    for d in "gongwen-$n-$r/odt" "docxtpl-$n-$r" "odfdo-$n-$r"; do
      [ "$(ls "$L/$d" | wc -l)" = "$n" ] || { echo "bench: $d holds $(ls "$L/$d" | wc -l) files, not $n"; exit 1; }
    done
    [ "$(ls "$L/md-$n"/*.md.$r.odt | wc -l)" = "$n" ] || { echo "bench: pandoc wrote $(ls "$L/md-$n"/*.md.$r.odt | wc -l) files, not $n"; exit 1; }
  done
  read -r gw_s _ < <(median < "$L/gw-$n.runs")
  read -r pd_s _ < <(median < "$L/pd-$n.runs")
  read -r dt_s _ < <(median < "$L/dt-$n.runs")
  read -r od_s _ < <(median < "$L/od-$n.runs")
  like_rows="$like_rows| like for like, $n units: gongwen $gw_s s ($(runs "$L/gw-$n.runs")); pandoc (xargs -P$JOBS) $pd_s s ($(runs "$L/pd-$n.runs")) | $(calc "$pd_s / $gw_s" 1)× | ≥ 40× | $(verdict "$pd_s / $gw_s >= 40") |
| like for like, $n units: docxtpl (Pool($JOBS)) $dt_s s ($(runs "$L/dt-$n.runs")) | $(calc "$dt_s / $gw_s" 1)× | ≥ 15× | $(verdict "$dt_s / $gw_s >= 15") |
| like for like, $n units: odfdo (Pool($JOBS)) $od_s s ($(runs "$L/od-$n.runs")) | $(calc "$od_s / $gw_s" 1)× | ≥ 5× | $(verdict "$od_s / $gw_s >= 5") |
"
done

echo "bench: PDF phase on $PDF_N documents"
ls "$W"/out/odt/*.odt | sed -n "1,${PDF_N}p" > "$W/pdf.list"
mapfile -t PDF_FILES < "$W/pdf.list"
export FONTCONFIG_FILE=$PWD/styles/fonts.conf
t0=$(now); "$BIN" convert -q --jobs "$JOBS" -o "$W/pdf-gongwen" "${PDF_FILES[@]}"; pool_s=$(calc "$(now) - $t0" 2)
pool_count=$(ls "$W/pdf-gongwen" | wc -l)
batched_best=""
for run in 1 2; do
  rm -rf "$W/pdf-batch" "$W/profile-batch"
  t0=$(now)
  "$SOFFICE" -env:UserInstallation="file://$W/profile-batch" --headless --norestore --convert-to pdf --outdir "$W/pdf-batch" "${PDF_FILES[@]}" >/dev/null 2>&1
  s=$(calc "$(now) - $t0" 2)
  batched_best=$(python3 -c "print(min(x for x in [$s, ${batched_best:-1e9}]))")
done
batch_count=$(ls "$W/pdf-batch" | wc -l)
# One soffice per file, as a script calling it in a loop would (profile already made).
"$SOFFICE" -env:UserInstallation="file://$W/profile-single" --headless --norestore --convert-to pdf --outdir "$W/pdf-single" "${PDF_FILES[0]}" >/dev/null 2>&1
t0=$(now)
for f in "${PDF_FILES[@]:0:$PERFILE_N}"; do
  "$SOFFICE" -env:UserInstallation="file://$W/profile-single" --headless --norestore --convert-to pdf --outdir "$W/pdf-single" "$f" >/dev/null 2>&1
done
perfile_per_doc=$(calc "($(now) - $t0) / $PERFILE_N" 3)
unset FONTCONFIG_FILE

# Issue 28: the same job two ways, whole process against whole process, on the same unit sources and
# cores: YAML → PDF by gongwen's own engine (typeset), and YAML → .odt → PDF through LibreOffice (build).
echo "bench: PDFs from the same $PDF_N unit sources: gongwen typeset (own engine) against gongwen build (LibreOffice); $RUNS runs each"
mkdir -p "$W/units-pdf"
ls "$W"/units/*.yaml | sed -n "1,${PDF_N}p" | xargs cp -t "$W/units-pdf"
: > "$W/native.runs"; : > "$W/lo.runs"
for r in $(seq 1 "$RUNS"); do
  warm "$W/units-pdf" "$W/templates"; "$BIN" typeset -o "$W/warmup-native" "$W/units-1" 2>/dev/null
  measure "$BIN" typeset -j "$JOBS" -o "$W/native-$r" "$W/units-pdf" >> "$W/native.runs"
  warm "$W/units-pdf" "$W/templates"; "$BIN" build -q -o "$W/warmup-lo" "$W/units-1"
  measure "$BIN" build -q --no-report -j "$JOBS" -o "$W/lo-$r" "$W/units-pdf" >> "$W/lo.runs"
done
read -r native_s native_kb < <(median < "$W/native.runs")
read -r lo_s lo_kb < <(median < "$W/lo.runs")
native_count=$(ls "$W/native-1"/*.pdf | wc -l)
lo_count=$(ls "$W/lo-1/pdf"/*.pdf | wc -l)
native_size=$(calc "$(cat "$W/native-1"/*.pdf | wc -c) / $native_count / 1024" 0)
lo_size=$(calc "$(cat "$W/lo-1/pdf"/*.pdf | wc -c) / $lo_count / 1024" 0)

# Issue 28's targets for the own engine, whole process against whole process, in this same run.
# One core: the same distinct units set by gongwen typeset (-j 1) and by Typst (bench/typst_like.py:
# bench/typst/summary.typ, the same 公文 page and faces, one typst.compile a document in one Python
# process, given each unit's Markdown from gongwen export, untimed), both under taskset -c 0.
echo "bench: issue 28: $ONE_N distinct documents on one core, gongwen typeset against Typst; $RUNS runs each"
python3 -c 'import typst' 2>/dev/null || python3 -m pip install -q typst 2>/dev/null \
  || python3 -m pip install -q --break-system-packages typst
T="$W/typst"
# Beside $W/units, so that the units find ../templates as theirs do.
mkdir -p "$W/units-one" "$T"
ls "$W"/units/*.yaml | sed -n "1,${ONE_N}p" | xargs cp -t "$W/units-one"
"$BIN" export -o "$T/md" "$W/units-one"
"$BIN" export -o "$T/md-1" "$W/units-1"
: > "$T/gw.runs"; : > "$T/ty.runs"
for r in $(seq 1 "$RUNS"); do
  warm "$W/units-one" "$W/templates"; taskset -c 0 "$BIN" typeset -j 1 -o "$T/warmup-gongwen" "$W/units-1" 2>/dev/null
  measure taskset -c 0 "$BIN" typeset -j 1 -o "$T/gongwen-$r" "$W/units-one" >> "$T/gw.runs"
  warm "$T/md" bench/typst bench/typst_like.py; taskset -c 0 python3 bench/typst_like.py "$T/md-1" "$T/warmup-typst" >/dev/null
  measure taskset -c 0 python3 bench/typst_like.py "$T/md" "$T/typst-$r" "$T/typst-$r.loop" >> "$T/ty.runs"
  for d in "gongwen-$r" "typst-$r"; do
    [ "$(ls "$T/$d"/*.pdf | wc -l)" = "$ONE_N" ] || { echo "bench: $T/$d holds $(ls "$T/$d"/*.pdf | wc -l) PDFs, not $ONE_N"; exit 1; }
  done
done
read -r one_gw_s one_gw_kb < <(median < "$T/gw.runs")
read -r one_ty_s one_ty_kb < <(median < "$T/ty.runs")
one_gw_ms=$(calc "$one_gw_s / $ONE_N * 1000" 1)
one_ty_ms=$(calc "$one_ty_s / $ONE_N * 1000" 1)
# Typst's own loop (fonts found, interpreter started: not counted), every run.
one_ty_loop=$(cat "$T"/typst-*.loop | cut -d' ' -f1 | paste -sd, | sed 's/,/, /g')
pages() { for f in "$1"/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | awk '{ s += $1 } END { printf "%.2f", s / NR }'; }
one_gw_pages=$(pages "$T/gongwen-1")
one_ty_pages=$(pages "$T/typst-1")
# The faces each engine embedded in its first PDF, subset tags, encodings and "-Regular" left out,
# Typst's spelling of the Noto CJK names (NotoSerifCJKsc-Bold) made gongwen's (NotoSerifCJK-Bold):
# they must be the same faces, each embedded once, or the comparison is not like for like.
faces() { pdffonts "$1" | tail -n +3 | awk '{print $1}' | sed -e 's/^[A-Z]\{6\}+//' -e 's/-Identity-H$//' -e 's/CJKsc-/CJK-/' -e 's/-Regular$//' | sort; }
first_pdf=$(ls "$T/gongwen-1"/*.pdf | head -1)
gw_faces=$(faces "$first_pdf")
ty_faces=$(faces "$T/typst-1/$(basename "$first_pdf")")
[ "$gw_faces" = "$ty_faces" ] || { echo "bench: Typst embedded other faces than gongwen:"; echo "gongwen: $gw_faces"; echo "Typst: $ty_faces"; exit 1; }
[ "$(echo "$gw_faces" | uniq -d)" = "" ] || { echo "bench: gongwen embedded a face twice: $gw_faces"; exit 1; }
one_faces=$(echo "$gw_faces" | paste -sd, | sed 's/,/, /g')
# Size: the same documents' PDFs from each engine (LibreOffice's from the gongwen build runs above,
# those of these units that were among its $PDF_N).
mean_kb() { python3 - "$@" <<'PY'
import os, sys
folder, names = sys.argv[1], sys.argv[2:]
sizes = [os.path.getsize(os.path.join(folder, n)) for n in names if os.path.exists(os.path.join(folder, n))]
print("%.1f %d" % (sum(sizes) / len(sizes) / 1024, len(sizes)))
PY
}
mapfile -t ONE_PDFS < <(cd "$W/units-one" && ls *.yaml | sed 's/\.yaml$/.pdf/')
read -r size_gw _ < <(mean_kb "$T/gongwen-1" "${ONE_PDFS[@]}")
read -r size_ty _ < <(mean_kb "$T/typst-1" "${ONE_PDFS[@]}")
read -r size_lo size_lo_n < <(mean_kb "$W/lo-1/pdf" "${ONE_PDFS[@]}")

echo "bench: issue 28: all $N units to PDF by the own engine on $JOBS cores ($RUNS runs), and $MEM_N for memory"
: > "$W/native-all.runs"
for r in $(seq 1 "$RUNS"); do
  warm "$W/units" "$W/templates"; "$BIN" typeset -o "$W/warmup-native" "$W/units-1" 2>/dev/null
  measure "$BIN" typeset -j "$JOBS" -o "$W/native-all-$r" "$W/units" >> "$W/native-all.runs"
  [ "$(ls "$W/native-all-$r" | wc -l)" = "$N" ] || { echo "bench: typeset wrote $(ls "$W/native-all-$r" | wc -l) PDFs, not $N"; exit 1; }
done
read -r all_s all_kb < <(median < "$W/native-all.runs")

# Issue 29: the same units as OFD (typeset --no-pdf --ofd: the same pages, written as OFD), like for like.
echo "bench: issue 29: all $N units to OFD by the own engine on $JOBS cores ($RUNS runs)"
: > "$W/ofd-all.runs"
for r in $(seq 1 "$RUNS"); do
  warm "$W/units" "$W/templates"; "$BIN" typeset --no-pdf --ofd "$W/warmup-ofd" "$W/units-1" 2>/dev/null
  measure "$BIN" typeset -j "$JOBS" --no-pdf --ofd "$W/ofd-all-$r" "$W/units" >> "$W/ofd-all.runs"
  [ "$(ls "$W/ofd-all-$r" | wc -l)" = "$N" ] || { echo "bench: typeset wrote $(ls "$W/ofd-all-$r" | wc -l) OFDs, not $N"; exit 1; }
done
read -r ofd_s ofd_kb < <(median < "$W/ofd-all.runs")
ofd_size=$(calc "$(cat "$W/ofd-all-1"/*.ofd | wc -c) / $N / 1024" 1)
all_size=$(calc "$(cat "$W/native-all-1"/*.pdf | wc -c) / $N / 1024" 1)
all_ms=$(calc "$all_s / $N * 1000" 2)
lo_ms=$(calc "$lo_s / $PDF_N * 1000" 1)
all_ratio=$(calc "($lo_s / $PDF_N) / ($all_s / $N)" 1)
warm "$W/units-mem" "$W/templates"; "$BIN" typeset -o "$W/warmup-native" "$W/units-1" 2>/dev/null
read -r native_mem_s native_mem_kb < <(measure "$BIN" typeset -j "$JOBS" -o "$W/native-mem" "$W/units-mem")
[ "$(ls "$W/native-mem" | wc -l)" = "$MEM_N" ] || { echo "bench: typeset wrote $(ls "$W/native-mem" | wc -l) PDFs, not $MEM_N"; exit 1; }

# The latency a `watch` would have: one figure of one unit changed, that unit set again to PDF by a
# new process (over its PDF of the run before), with a different figure every run.
echo "bench: issue 28: one changed unit rebuilt to PDF by the own engine; $RUNS runs"
mkdir -p "$W/one/units"
cp -r samples/templates "$W/one/"
cp samples/units/青山县.yaml "$W/one/units/"
"$BIN" typeset -o "$W/one/out" "$W/one/units/青山县.yaml" 2>/dev/null
: > "$W/one.runs"
for r in $(seq 1 "$RUNS"); do
  sed -i "s/^  用稿总量: .*/  用稿总量: 999$r/" "$W/one/units/青山县.yaml"
  warm "$W/one"
  measure "$BIN" typeset -o "$W/one/out" "$W/one/units/青山县.yaml" >> "$W/one.runs"
  pdftotext "$W/one/out/青山县.pdf" "$W/one/edited.txt"
  grep -q "999$r" "$W/one/edited.txt" || { echo "bench: the changed figure 999$r is missing from the rebuilt PDF"; exit 1; }
done
read -r one_s _ < <(median < "$W/one.runs")

# Issue 24: gongwen watch, from a save (one figure changed, the file closed) to the rebuilt PDF in
# place, timed by bench/watch_latency.py, which also checks the figure is in the new PDF and that
# Ctrl-C stops watch with status 0.
echo "bench: issue 24: gongwen watch, save to rebuilt PDF; 9 saves"
mkdir -p "$W/watch/units" "$W/watch/out"
cp -r samples/templates "$W/watch/"
cp samples/units/青山县.yaml "$W/watch/units/"
read -r watch_s watch_runs < <(python3 bench/watch_latency.py "$BIN" "$W/watch/out" "$W/watch/units/青山县.yaml" 9)

# Issue 24: the report page of all $N units. A full build (YAML → .odt and PDF by the own engine)
# without the report (--no-report: no page, no records), and the same build with it (every build's
# default: each unit's record, every PDF hashed, its findings and page 1's picture made from the
# pages the build set, the page written; nothing cached yet: each run into a new folder), $RUNS of
# each, interleaved, medians compared; then the page alone again with nothing changed (gongwen
# report); and the page opened in headless Chromium (bench/report_open.py).
echo "bench: issue 24: the report page of $N units; $RUNS runs each, interleaved"
: > "$W/report-base.runs"; : > "$W/report-full.runs"
for r in $(seq 1 "$RUNS"); do
  warm "$W/units" "$W/templates"; "$BIN" build -q --no-report --engine native -o "$W/warmup-report" "$W/units-1"
  measure "$BIN" build -q --no-report --engine native -j "$JOBS" -o "$W/report-base-$r" "$W/units" >> "$W/report-base.runs"
  warm "$W/units" "$W/templates"; "$BIN" build -q --no-report --engine native -o "$W/warmup-report" "$W/units-1"
  folder="$W/report"; [ "$r" = 1 ] || folder="$W/report-$r"
  measure "$BIN" build -q --engine native -j "$JOBS" -o "$folder" "$W/units" >> "$W/report-full.runs"
done
# Each run's folder is kept until the end: ext4 makes files slowly for half a minute after thousands
# were deleted (recently_deleted, in perf), and a folder deleted between runs charged that to the next.
read -r rb_s rb_kb < <(median < "$W/report-base.runs")
read -r rf_s rf_kb < <(median < "$W/report-full.runs")
read -r rw_s rw_kb < <(measure "$BIN" report -j "$JOBS" "$W/report")
[ "$(grep -o '<tr class="unit' "$W/report/report.html" | wc -l)" = "$N" ] || { echo "bench: the report does not have $N rows"; exit 1; }
[ "$(ls "$W/report/report/cache" | grep -c '\.png$')" = "$N" ] || { echo "bench: the report does not have $N thumbnails"; exit 1; }
report_kb=$(calc "$(wc -c < "$W/report/report.html") / 1024" 0)
read -r open_s open_runs < <(python3 bench/report_open.py "$W/report/report.html" 3)

echo "bench: incremental make on a copy of the samples (touch one unit; then change one figure)"
mkdir -p "$W/incr"
cp -r samples/units samples/templates "$W/incr/"
INCR=(UNITS_DIR="$W/incr/units" OUT="$W/incr/out")
make --no-print-directory -s "${INCR[@]}" >/dev/null 2>&1
touch "$W/incr/units/青山县.yaml"
t0=$(now); make --no-print-directory -s "${INCR[@]}" >/dev/null 2>&1; incr_s=$(calc "$(now) - $t0" 2)
sed -i 's/^  用稿总量: .*/  用稿总量: 9999/' "$W/incr/units/青山县.yaml"
t0=$(now); make --no-print-directory -s "${INCR[@]}" >/dev/null 2>&1; edit_s=$(calc "$(now) - $t0" 2)
pdftotext "$W/incr/out/pdf/青山县.pdf" "$W/incr/edited.txt"; grep -q 9999 "$W/incr/edited.txt" || { echo "bench: the edited figure is missing from the rebuilt PDF"; exit 1; }

pool_per_doc=$(calc "$pool_s / $PDF_N" 3)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
mem=$(free -g | awk '/Mem:/ {print $2}')
{
echo "# gongwen benchmark"
echo
echo "Machine: $JOBS cores ($cpu), ${mem} GiB RAM; $(lsb_release -ds 2>/dev/null || echo Linux); $("$SOFFICE" --version | head -1); pandoc $(pandoc --version 2>/dev/null | head -1 | cut -d' ' -f2); docxtpl $(python3 -c 'import docxtpl; print(docxtpl.__version__)'), odfdo $(python3 -c 'import odfdo; print(odfdo.__version__)'), typst $(python3 -c 'import typst; print(typst.__version__)') (Python binding)."
echo
echo "Like for like: every tool reads the same unit files and writes one document per unit, all cores, timed as a whole process, $RUNS runs each, interleaved, each after a sync, a read of its inputs and an untimed run of the same tool on one unit; the median counts and every run is listed. pandoc gets the units already rendered to Markdown (by gongwen export, untimed), docxtpl and odfdo a template made from the same text; gongwen alone also sets the punctuation, numbers the headings and lays out the 版头/版记. Typst (issue 28) sets the same units' Markdown with bench/typst/summary.typ, the same 公文 page and the same faces ($one_faces), one typst.compile a document in one Python process; it and gongwen typeset -j 1 each run under taskset -c 0."
echo
echo "| measure | result | target | |"
echo "|---|---|---|---|"
echo "| ODT: $N units, YAML → .odt ($odt_count written), whole process, median of $RUNS ($(runs "$W/odt.runs") s) | $odt_s s wall, $(calc "$N / $odt_s" 0) units/s | ≥ 2000 units/s | $(verdict "$N / $odt_s >= 2000") |"
echo "| ODT: the same $N units from one .xlsx sheet ($sheet_count written, byte-identical to the YAML units'), whole process, median of $RUNS ($(runs "$W/sheet.runs") s) | $sheet_s s wall, $(calc "$N / $sheet_s" 0) units/s, peak $(calc "$sheet_kb / 1024" 1) MB | ≥ 2000 units/s | $(verdict "$N / $sheet_s >= 2000") |"
printf "%s" "$like_rows"
echo "| ODT: peak memory, $N / $MEM_N units | $(calc "$odt_kb / 1024" 1) MB / $(calc "$mem_kb / 1024" 1) MB ($mem_s s) | < 100 MB at $MEM_N | $(verdict "$mem_kb < 102400") |"
echo "| PDF: $PDF_N documents, gongwen pool of $JOBS ($pool_count PDFs) | $pool_s s ($pool_per_doc s/doc) | | |"
echo "| PDF: vs soffice one call per file ($PERFILE_N timed) | $perfile_per_doc s/doc: $(calc "$perfile_per_doc / $pool_per_doc" 1)× faster | ≥ 10× | $(verdict "$perfile_per_doc / $pool_per_doc >= 10") |"
echo "| PDF: vs fastest batched soffice call ($batch_count PDFs) | $batched_best s: gongwen takes $(calc "$pool_s / $batched_best" 2)× its time | ≤ 1.2× | $(verdict "$pool_s / $batched_best <= 1.2") |"
echo "| PDF from $PDF_N sources: gongwen typeset, own engine ($native_count PDFs, $native_size KB each), median of $RUNS ($(runs "$W/native.runs") s) | $native_s s, peak $(calc "$native_kb / 1024" 1) MB | | |"
echo "| PDF from the same sources: gongwen build through LibreOffice ($lo_count PDFs, $lo_size KB each), median of $RUNS ($(runs "$W/lo.runs") s) | $lo_s s: the own engine is $(calc "$lo_s / $native_s" 1)× faster | | |"
echo "| PDF, one core: $ONE_N distinct documents (the half-year summary) in one process, gongwen typeset -j 1, median of $RUNS ($(runs "$T/gw.runs") s; $one_gw_pages pages a document) | $one_gw_ms ms/doc, peak $(calc "$one_gw_kb / 1024" 1) MB | ≤ 10 ms/doc | $(verdict "$one_gw_ms <= 10") |"
echo "| PDF, one core: the same $ONE_N documents by Typst in one Python process, median of $RUNS ($(runs "$T/ty.runs") s, of which the compile loop $one_ty_loop s; $one_ty_pages pages a document) | $one_ty_ms ms/doc: Typst takes $(calc "$one_ty_s / $one_gw_s" 1)× gongwen's time | ≥ 5× | $(verdict "$one_ty_s / $one_gw_s >= 5") |"
echo "| PDF size, the same $ONE_N documents, every face embedded once: gongwen typeset $size_gw KB; Typst $size_ty KB; LibreOffice (gongwen build, $size_lo_n of them) $size_lo KB | $(calc "$size_gw / $size_ty" 2)× Typst's, $(calc "$size_gw / $size_lo" 2)× LibreOffice's | ≤ 1× Typst's, ≤ 0.6× LibreOffice's | $(verdict "$size_gw <= $size_ty and $size_gw <= 0.6 * $size_lo") |"
echo "| PDF: $N units, YAML → PDF, own engine, gongwen typeset -j $JOBS ($N PDFs), median of $RUNS ($(runs "$W/native-all.runs") s) | $all_s s ($all_ms ms/doc), peak $(calc "$all_kb / 1024" 1) MB | ≤ 15 s | $(verdict "$all_s <= 15") |"
echo "| PDF: the same against the LibreOffice pool (gongwen build -j $JOBS, $lo_ms ms/doc on the $PDF_N units above): its per-document time ÷ the own engine's per-document time on $N | $all_ratio× | ≥ 12× | $(verdict "$all_ratio >= 12") |"
echo "| OFD: $N units, YAML → OFD, own engine, gongwen typeset -j $JOBS --no-pdf --ofd ($N OFDs), median of $RUNS ($(runs "$W/ofd-all.runs") s) | $ofd_s s, $(calc "$ofd_s / $all_s" 2)× the PDFs' time; $ofd_size KB each, $(calc "$ofd_size / $all_size" 2)× the PDFs' $all_size KB | ≤ 1.2× time, ≤ 1.2× size | $(verdict "$ofd_s <= 1.2 * $all_s and $ofd_size <= 1.2 * $all_size") |"
echo "| PDF: peak memory, own engine, $MEM_N units (gongwen typeset -j $JOBS) | $(calc "$native_mem_kb / 1024" 1) MB ($native_mem_s s) | < 200 MB | $(verdict "$native_mem_kb < 204800") |"
echo "| PDF: one changed unit (one figure) set again by gongwen typeset, whole process, median of $RUNS ($(runs "$W/one.runs") s) | $one_s s | < 0.3 s | $(verdict "$one_s < 0.3") |"
echo "| watch: a save (one figure of 青山县 changed) to its rebuilt PDF, gongwen watch, median of 9 ($watch_runs s) | $watch_s s | < 0.3 s | $(verdict "$watch_s < 0.3") |"
echo "| report: $N units, full build (YAML → .odt and PDF, own engine) with --no-report, median of $RUNS ($(runs "$W/report-base.runs") s) | $rb_s s | | |"
echo "| report: the same build with its report (records, every PDF hashed, findings and page 1's picture from the pages set; nothing cached), median of $RUNS ($(runs "$W/report-full.runs") s) | $rf_s s: $(calc "100 * ($rf_s - $rb_s) / $rb_s" 1) % more | ≤ 10 % | $(verdict "$rf_s <= 1.1 * $rb_s") |"
echo "| report: the page again, nothing changed (gongwen report: every PDF hashed, pictures and findings from the cache) | $rw_s s: $(calc "100 * $rw_s / $rb_s" 1) % of the build | ≤ 10 % | $(verdict "$rw_s <= 0.1 * $rb_s") |"
echo "| report: the page ($report_kb KB, $N rows) opened in headless Chromium, until its load event, median of 3 ($open_runs s) | $open_s s | < 2 s | $(verdict "$open_s < 2") |"
echo "| hostile: template with 6,000 placeholders, read and built | $many_s s, $(calc "$many_kb / 1024" 1) MB | < 1 s | $(verdict "$many_s < 1") |"
echo "| hostile: billion laughs (9^9 nodes from $(wc -c < "$W/hostile/units/laughs.yaml") bytes), refused | $laughs_s s | < 1 s | $(verdict "$laughs_s < 1") |"
echo "| incremental: make after touching one unit (bytes unchanged, PDF kept) | $incr_s s | < 5 s | $(verdict "$incr_s < 5") |"
echo "| incremental: make after changing one figure (ODT and PDF rebuilt) | $edit_s s | < 5 s | $(verdict "$edit_s < 5") |"
} | tee "$W/report.md"
# The own engine's 3000- and 10000-PDF runs hold gigabytes; the first 3000-unit run is kept to look at.
rm -rf "$W".old.* "$W/native-mem" $(seq -f "$W/report-base-%g" 1 "$RUNS") $(seq -f "$W/report-%g" 2 "$RUNS") $(seq -f "$W/native-all-%g" 2 "$RUNS") $(seq -f "$W/ofd-all-%g" 2 "$RUNS")
