# gongwen: `make` builds the tool and every sample unit (out/odt, out/pdf); `make test` runs the tests.
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= release
BIN := .build/$(CONFIG)/gongwen
# `make install` copies the tool to $(PREFIX)/bin/gongwen: it carries its styles, schemas and Swift
# runtime, so the one file is all it needs (with LibreOffice for PDFs).
PREFIX ?= /usr/local
UNITS_DIR ?= samples/units
# Your own units (`make UNITS_DIR=my/units`) land apart from the samples': in out/units/<folder name>
# unless OUT says where, and the samples' documents, city summary and sheet are left out of that run.
# (out/<folder name> could be out/city or out/documents, which the samples use.)
ifeq ($(abspath $(UNITS_DIR)),$(abspath samples/units))
OUT ?= out
else
OUT ?= out/units/$(notdir $(abspath $(UNITS_DIR)))
OWN_UNITS := yes
endif
UNITS := $(wildcard $(UNITS_DIR)/*.yaml)
TEMPLATES := $(wildcard samples/templates/*.yaml)
ODTS := $(patsubst $(UNITS_DIR)/%.yaml,$(OUT)/odt/%.odt,$(UNITS))
# Complete formal documents (red header, 版记, attachments): out/documents/, apart from the unit summaries.
DOCS := $(if $(OWN_UNITS),,$(wildcard samples/documents/*.yaml))
DOC_ODTS := $(patsubst samples/documents/%.yaml,$(OUT)/documents/odt/%.odt,$(DOCS))
# The city's own summary, added up from every unit (rollup): out/city/.
CITY := $(if $(OWN_UNITS),,$(wildcard samples/city/*.yaml))
CITY_ODTS := $(patsubst samples/city/%.yaml,$(OUT)/city/odt/%.odt,$(CITY))
CITY_PDFS := $(patsubst samples/city/%.yaml,$(OUT)/city/pdf/%.pdf,$(CITY))
# The same units' figures as one sheet: built to out/figures/odt, byte-identical to out/odt.
SHEET := samples/figures.xlsx
SHEET_STAMP := $(OUT)/figures/.built
SOURCES := Package.swift $(shell find Sources -name '*.swift' -o -name '*.h' -o -name '*.modulemap' 2>/dev/null)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

# Debian packages: build (libxml2, libzip), conversion (LibreOffice, fonts), tests (poppler).
DEB_PACKAGES := pkg-config libxml2-dev libzip-dev libdeflate-dev zlib1g-dev libfontconfig-dev libfreetype-dev libharfbuzz-dev librsvg2-dev libreoffice-writer-nogui texlive-lang-chinese fonts-noto-cjk \
                fonts-liberation2 poppler-utils mupdf-tools procps python3 python3-pip
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps tool install uninstall odt pdf convert report watch check native ofd test test-run test-deps clean archive bench validate verify fuzz
.DELETE_ON_ERROR:

# A broken unit stops only itself: every other .odt is still built (-k) and converted, and make
# exits non-zero at the end.
# Then the batch report, $(OUT)/report.html: every unit's status, pages, verify result, warnings,
# files and a picture of page 1 (issue 24), a broken unit's error among them.
all: deps
	@$(MAKE) --no-print-directory tool
	@status=0; $(MAKE) --no-print-directory -k odt || status=$$?; \
	  $(MAKE) --no-print-directory convert || status=$$?; \
	  $(MAKE) --no-print-directory report || status=$$?; exit $$status

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

tool: $(BIN)

# DESTDIR stages the copy for a package (make install DESTDIR=pkg PREFIX=/usr).
install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/gongwen

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/gongwen

# The tool carries styles/ built in, as SwiftPM resources embedded at build time (it never reads
# them from the current folder): an edit there rebuilds it.
# The Swift runtime and Foundation are linked in: the tool then runs where Swift is not installed, and
# it runs faster: one unit 19 ms instead of 25 (no dynamic symbol lookups), 200 units 0.112 s instead
# of 0.130 (medians of 15 runs each).
$(BIN): $(SOURCES) styles/gongwen.xml styles/fonts.conf
	$(SWIFT) build -c $(CONFIG) --static-swift-stdlib --product gongwen
	@touch $@

# One unit: its .odt depends on its source, the templates, the style sheet and the tool.
$(OUT)/odt/%.odt: $(UNITS_DIR)/%.yaml $(TEMPLATES) styles/gongwen.xml $(BIN)
	@$(BIN) build --odt-only --quiet --no-report-page -o $(OUT) $<

# A document may use another as its template (the 套打 sample does): each depends on all of them.
$(OUT)/documents/odt/%.odt: samples/documents/%.yaml $(DOCS) $(wildcard samples/documents/seals/*.png) styles/gongwen.xml $(BIN)
	@$(BIN) build --odt-only --quiet --no-report-page -o $(OUT)/documents $<

# The city summary adds up every unit: it depends on all of them.
$(OUT)/city/odt/%.odt: samples/city/%.yaml $(UNITS) $(TEMPLATES) styles/gongwen.xml $(BIN)
	@$(BIN) build --odt-only --quiet --no-report-page -o $(OUT)/city $<

# Every row of the sheet is a unit; gongwen rewrites only the .odt files whose bytes changed.
$(SHEET_STAMP): $(SHEET) $(TEMPLATES) styles/gongwen.xml $(BIN)
	@$(BIN) build --odt-only --quiet --no-report-page -o $(OUT)/figures --template samples/templates/half-year-summary.yaml $(SHEET)
	@touch $@

odt: $(ODTS) $(DOC_ODTS) $(CITY_ODTS) $(if $(OWN_UNITS),,$(SHEET_STAMP))

# One pooled LibreOffice run over every stale .odt (PDF missing or older than its .odt).
pdf: odt
	@$(MAKE) --no-print-directory convert

convert:
	@$(if $(wildcard $(ODTS)),$(BIN) convert --jobs $(JOBS) -o $(OUT)/pdf $(wildcard $(ODTS)))
	@# (Attachments bound separately are .odt files of their own beside their document's.)
	@$(if $(wildcard $(OUT)/documents/odt/*.odt),$(BIN) convert --quiet --jobs $(JOBS) -o $(OUT)/documents/pdf $(wildcard $(OUT)/documents/odt/*.odt))
	@$(if $(wildcard $(CITY_ODTS)),$(BIN) convert --quiet --jobs $(JOBS) -o $(OUT)/city/pdf $(wildcard $(CITY_ODTS)))

# The batch report of what make built: the units, the formal documents and the city summary, one page.
# (make builds one unit per call, so each call records its unit and this writes the page once.)
report: $(BIN)
	@$(BIN) report -o $(OUT)/report.html $(OUT) $(if $(OWN_UNITS),,$(OUT)/documents $(OUT)/city)

# Preview while writing: every save of a unit (or its template, seal or sheet) rebuilds its PDF in
# $(OUT)/pdf with the own engine and prints the findings. WATCH names what to watch.
WATCH ?= $(UNITS_DIR)
watch: $(BIN)
	@$(BIN) watch -o $(OUT) $(WATCH)

check: $(BIN)
	@$(BIN) check $(UNITS_DIR) $(if $(OWN_UNITS),,samples/documents samples/city)
	@$(if $(OWN_UNITS),,$(BIN) check --template samples/templates/half-year-summary.yaml $(SHEET))

# gongwen's own engine (issue 28, in progress): the units' PDFs without LibreOffice, into $(OUT)/native.
native: $(BIN)
	@$(BIN) typeset $(UNITS_DIR) -o $(OUT)/native

# OFD (GB/T 33190, issue 29): every unit, formal document and the city summary as .ofd into $(OUT)/ofd,
# set by gongwen's own engine (the same pages as its PDFs).
# OFD_ARCHIVE=1 writes them as OFD-A, the archival profile (GB/T 42133-2022).
ofd: $(BIN)
	@$(BIN) typeset --no-pdf --ofd $(OUT)/ofd $(if $(OFD_ARCHIVE),--ofd-archive) $(UNITS_DIR) $(if $(OWN_UNITS),,samples/documents samples/city)

# The .odt files against ODF 1.3 (schemas built in); the OFDs in $(OUT)/ofd, when there are any, against
# the GB/T 33190 schemas, which gongwen does not carry (no licence): OFD_SCHEMAS names their folder.
OFD_SCHEMAS ?= $(or $(GONGWEN_OFD_SCHEMAS),$(wildcard ../shared/ofd-schema))
validate: odt
	@$(BIN) validate $(ODTS) $(DOC_ODTS) $(CITY_ODTS)
	@if ls $(OUT)/ofd/*.ofd >/dev/null 2>&1; then $(BIN) validate $(if $(OFD_SCHEMAS),--ofd-schemas $(OFD_SCHEMAS)) $(OUT)/ofd/*.ofd; fi

# The report page is tested in a real browser: Debian's headless Chromium.
TEST_PACKAGES := chromium qpdf
test-deps: deps
	@missing=$$(for p in $(TEST_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "make test-deps: installing" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	@python3 -c 'import pdfplumber, fontTools, lxml, ofdkit, easyofd' 2>/dev/null || python3 -m pip install -q pdfplumber fonttools lxml ofdkit easyofd 2>/dev/null \
	  || python3 -m pip install -q --break-system-packages pdfplumber fonttools lxml ofdkit easyofd

CHECKER := ../shared/tools/gbt9704_check.py

# The yardstick reads each document's format from page 1 (文件, 信函, 命令, 纪要, landscape pages):
# it is called once on every sample PDF, without --redhead, and nothing it says is filtered.
# The tests end with the skipped ones counted by reason (Tests/skip-summary.sh reads swift test's log,
# $(OUT)/swift-test.log), whether or not they passed; the exit status is the tests'.
test: test-deps
	@rm -f $(OUT)/swift-test.log
	@status=0; $(MAKE) --no-print-directory test-run || status=$$?; \
	  bash Tests/skip-summary.sh $(OUT)/swift-test.log; exit $$status

test-run:
	$(SWIFT) build
	@mkdir -p $(OUT)
	set -o pipefail; $(SWIFT) test --disable-swift-testing 2>&1 | tee $(OUT)/swift-test.log
	@$(MAKE) --no-print-directory tool pdf
	$(BIN) verify $(ODTS:$(OUT)/odt/%.odt=$(OUT)/pdf/%.pdf) $(OUT)/documents/pdf/*.pdf $(CITY_PDFS)
	@# The sheet of figures builds the very bytes the YAML units do.
	@for f in $(ODTS); do cmp -s $$f $(OUT)/figures/odt/$$(basename $$f) || { echo "make test: $(SHEET) gives another $$(basename $$f)"; exit 1; }; done
	@echo "make test: $(SHEET) builds the same .odt bytes as $(UNITS_DIR)"
	@if [ -f $(CHECKER) ]; then \
	  python3 $(CHECKER) $(ODTS:$(OUT)/odt/%.odt=$(OUT)/pdf/%.pdf) $(OUT)/documents/pdf/*.pdf $(CITY_PDFS) > $(OUT)/gbt9704.txt; status=$$?; \
	  grep -v ': ok \|: n/a ' $(OUT)/gbt9704.txt; \
	  if [ $$status -ne 0 ] || grep -q ': FAIL ' $(OUT)/gbt9704.txt; then echo "make test: the yardstick finds deviations (all of its output: $(OUT)/gbt9704.txt)"; exit 1; fi; \
	  echo "make test: the yardstick holds on every sample PDF ($(OUT)/gbt9704.txt)"; \
	else echo "make test: $(CHECKER) not found, layout yardstick skipped"; fi

# One dated bundle with a SHA-256 MANIFEST; `gongwen archive --verify out/archive/*.zip` checks it.
archive: pdf
	@$(BIN) archive -o $(OUT)/archive --built $(OUT) $(UNITS_DIR)

# Synthetic province of 3,000 units: ODT and PDF phases against pandoc and plain soffice (bench/README.md).
bench: deps tool
	@bash bench/run.sh

# libFuzzer over the whole read → model → ODF path, seeded with every sample source, the hostile
# regression inputs, template+values pairs (mutated templates reach the slot filling), sheets and a PDF's drawing trace. FUZZ_SECONDS of fuzzing on FUZZ_JOBS processes; findings land in $(OUT)/fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_JOBS ?= 1
FUZZ_BIN := .build/fuzz/release/gongwen-fuzz
fuzz: deps
	@# gold crashes on this link (an internal error in format_file_lineno); the toolchain's lld does not.
	$(SWIFT) build -c release --build-path .build/fuzz --product gongwen-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
	@mkdir -p $(OUT)/fuzz/corpus $(OUT)/fuzz/artifacts
	@cp samples/units/*.yaml samples/documents/*.yaml Tests/GongwenKitTests/Hostile/*.yaml $(OUT)/fuzz/corpus/ 2>/dev/null || true
	@# Template seeds: the sample template, the separator line, a unit's values (see FuzzEntry.swift).
	@for u in samples/units/*.yaml; do { cat samples/templates/half-year-summary.yaml; printf '\n#---values---\n'; cat "$$u"; } \
	  > "$(OUT)/fuzz/corpus/template+$$(basename "$$u")"; done
	@# Sheet seeds: the sample .xlsx, LibreOffice's .xlsx and .ods, and a CSV after its marker line.
	@cp samples/figures.xlsx Tests/GongwenKitTests/Fixtures/sheets/*.xlsx Tests/GongwenKitTests/Fixtures/sheets/*.ods $(OUT)/fuzz/corpus/
	@{ printf '#csv\n'; cat Tests/GongwenKitTests/Fixtures/sheets/figures-gbk.csv; } > $(OUT)/fuzz/corpus/sheet.csv
	@# The sheets' cell XML alone, which the target zips itself (mutated zips seldom get past their CRC).
	@for part in samples/figures.xlsx:xl/worksheets/sheet1.xml Tests/GongwenKitTests/Fixtures/sheets/figures-libreoffice.ods:content.xml; do \
	  { printf '#sheet-xml\n'; python3 -c 'import sys, zipfile; z, p = sys.argv[1].split(":"); sys.stdout.buffer.write(zipfile.ZipFile(z).read(p))' "$$part"; } \
	    > "$(OUT)/fuzz/corpus/xml-$$(basename "$${part%%:*}").xml"; done
	@# Seal images after their marker line (PNG and SVG, good and hostile; see FuzzEntry.swift).
	@for seal in samples/documents/seals/*.png Tests/GongwenKitTests/Hostile/seals/*.png Tests/GongwenKitTests/Hostile/seals/*.svg; do \
	  { printf '#seal\n'; cat "$$seal"; } > "$(OUT)/fuzz/corpus/seal-$$(basename "$$seal")"; done
	@# A PDF's drawing trace after its marker line (the reader behind verify; see FuzzEntry.swift).
	@{ printf '#trace\n'; cat Tests/GongwenKitTests/Fixtures/traces/联合通知.trace.xml; } > $(OUT)/fuzz/corpus/trace-联合通知.xml
	@# Swift's backtracer would take the crash's SIGILL before libFuzzer, which then writes no artifact.
	GONGWEN_REPO=$(CURDIR) SWIFT_BACKTRACE=enable=no $(FUZZ_BIN) $(OUT)/fuzz/corpus -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	  -max_len=65536 $(if $(filter-out 1,$(FUZZ_JOBS)),-fork=$(FUZZ_JOBS)) -artifact_prefix=$(OUT)/fuzz/artifacts/ -print_final_stats=1

clean:
	rm -rf $(OUT) .build
