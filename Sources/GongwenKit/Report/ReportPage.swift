import Foundation

/// The batch report's page (issue 24): one self-contained HTML file, no network and no script or
/// style from elsewhere, with a row per unit and the figures' rollup. Written in Chinese for the
/// clerks it is for, whatever the locale, so the same build gives the same bytes anywhere; every
/// text a source supplied goes through libxml2's escaping (`XMLStreamWriter`).
public enum ReportPage {
    public struct Section: Sendable, Equatable {
        public var title: String
        public var rows: [Row]
        public var rollup: [RollupLine]

        public init(title: String, rows: [Row], rollup: [RollupLine] = []) {
            self.title = title
            self.rows = rows
            self.rollup = rollup
        }
    }

    public struct Row: Sendable, Equatable {
        public enum Status: String, Sendable { case built, unchanged, failed }
        public var name: String
        public var source: String
        public var status: Status
        /// Errors and warnings as `file:line:col: error: …` lines.
        public var errors: [String] = []
        public var warnings: [String] = []
        public var pages: Int?
        /// `verify`'s findings; nil when the PDF was not measured (none, or unreadable: `problem`).
        public var findings: [String]?
        public var problem: String?
        /// Links by label (PDF, ODT, OFD), relative to the page.
        public var links: [(label: String, href: String)] = []
        public var thumbnail: String?
        /// A PDF is there (with or without its picture).
        public var hasPDF = false
        /// The PDF is older than the unit's .odt: it shows the unit as it was.
        public var stalePDF = false

        public init(name: String, source: String, status: Status) {
            self.name = name
            self.source = source
            self.status = status
        }

        public static func == (a: Row, b: Row) -> Bool {
            a.name == b.name && a.source == b.source && a.status == b.status && a.errors == b.errors && a.warnings == b.warnings
                && a.pages == b.pages && a.findings == b.findings && a.problem == b.problem && a.thumbnail == b.thumbnail
                && a.links.map(\.label) == b.links.map(\.label) && a.links.map(\.href) == b.links.map(\.href)
                && a.hasPDF == b.hasPDF && a.stalePDF == b.stalePDF
        }
    }

    /// One figure added up over the units: total, average, extremes and the first three.
    public struct RollupLine: Sendable, Equatable {
        public var field: String
        public var units: Int
        public var total: String
        public var average: String
        public var maximum: String
        public var minimum: String
        public var top: String

        public init(field: String, units: Int, total: String, average: String, maximum: String, minimum: String, top: String) {
            self.field = field
            self.units = units
            self.total = total
            self.average = average
            self.maximum = maximum
            self.minimum = minimum
            self.top = top
        }
    }

    /// Rows shown with their picture loaded at once (a screen holds four); the rest get theirs from
    /// the page's script as they come near the window. Chromium loaded every `loading="lazy"` picture
    /// of a 3,000-row page before its load event (3.6 s); with the script it opens in about a second.
    static let eagerThumbnails = 12

    static let style: StaticString = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; margin: 1.5em; color: #222; }
        h1 { font-size: 1.5em; margin: 0 0 .3em; }
        h2 { font-size: 1.2em; margin: 1.5em 0 .5em; border-bottom: 2px solid #c00; padding-bottom: .2em; }
        p.totals { margin: .3em 0 1em; }
        .filters label { margin-right: 1.5em; cursor: pointer; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #ccc; padding: .35em .5em; vertical-align: top; text-align: left; }
        th { background: #f3f3f3; }
        td.thumb { width: 170px; }
        td.thumb img { border: 1px solid #999; background: #fff; display: block; }
        td.thumb span.none { display: inline-block; width: 160px; height: 226px; border: 1px dashed #bbb; color: #888; text-align: center; line-height: 226px; }
        td.name { min-width: 9em; }
        td.name b { font-size: 1.1em; }
        td.status, td.links, td.number { white-space: nowrap; }
        .source { color: #666; font-size: .85em; word-break: break-all; }
        tr.failed td.status { color: #b00; font-weight: bold; }
        tr.built td.status { color: #060; }
        div.stale { color: #8a5a00; font-weight: normal; }
        ul { margin: 0; padding-left: 1.2em; }
        li.error { color: #b00; }
        li.warning { color: #8a5a00; }
        li.finding { color: #8a5a00; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        table.units.only-failed tr.unit:not(.failed) { display: none; }
        table.units.only-warned tr.unit:not(.warned) { display: none; }
        """

    static let script: StaticString = """
        var pending = document.querySelectorAll("img[data-src]");
        var show = function (img) { img.src = img.dataset.src; img.removeAttribute("data-src"); };
        if ("IntersectionObserver" in window) {
          var near = new IntersectionObserver(function (entries) {
            entries.forEach(function (entry) {
              if (entry.isIntersecting) { show(entry.target); near.unobserve(entry.target); }
            });
          }, { rootMargin: "800px" });
          pending.forEach(function (img) { near.observe(img); });
        } else {
          pending.forEach(show);
        }
        document.querySelectorAll("input[data-filter]").forEach(function (box) {
          box.addEventListener("change", function () {
            document.querySelectorAll("table.units").forEach(function (table) {
              table.classList.toggle("only-" + box.dataset.filter, box.checked);
            });
          });
        });
        """

    static let statusText: [Row.Status: String] = [.built: "已生成", .unchanged: "未变", .failed: "失败"]

    /// The page's bytes.
    public static func html(title: String, sections: [Section]) throws -> [UInt8] {
        let w = XMLStreamWriter(html: true)
        w.doctype("html")
        w.start("html")
        w.attribute("lang", "zh-CN")
        w.htmlElement("head") {
            w.htmlElement("meta", ["charset": "utf-8"])
            w.htmlElement("meta", ["name": "viewport", "content": "width=device-width"])
            w.htmlElement("title") { w.text(clean(title)) }
            w.start("style")
            w.raw(style)
            w.fullEnd()
        }
        w.start("body")
        w.htmlElement("h1") { w.text(clean(title)) }
        let rows = sections.flatMap(\.rows)
        let failed = rows.filter { $0.status == .failed }.count
        let warned = rows.filter { !$0.warnings.isEmpty || $0.stalePDF }.count
        let deviating = rows.filter { !($0.findings ?? []).isEmpty }.count
        w.htmlElement("p", ["class": "totals"]) {
            w.text("共 \(rows.count) 个单位：已生成 \(rows.filter { $0.status == .built }.count)，未变 \(rows.filter { $0.status == .unchanged }.count)，失败 \(failed)；有警告 \(warned)；版式有偏差 \(deviating)。")
        }
        w.htmlElement("p", ["class": "filters"]) {
            w.htmlElement("label") {
                w.htmlElement("input", ["type": "checkbox", "id": "only-failed", "data-filter": "failed"])
                w.text(" 只看失败的（\(failed)）")
            }
            w.htmlElement("label") {
                w.htmlElement("input", ["type": "checkbox", "id": "only-warned", "data-filter": "warned"])
                w.text(" 只看有警告的（\(warned)）")
            }
        }
        var shown = 0
        for section in sections {
            if sections.count > 1 || !section.title.isEmpty { w.htmlElement("h2") { w.text(clean(section.title)) } }
            startTable("units", heads: ["第 1 页", "单位", "状态", "页数", "版式检查（verify）", "错误与警告", "文件"], w)
            for row in section.rows {
                unitRow(row, eager: shown < eagerThumbnails, w)
                shown += 1
            }
            w.fullEnd()
            w.fullEnd()
            if !section.rollup.isEmpty { rollupTable(section.rollup, w) }
        }
        w.start("script")
        w.raw(script)
        w.fullEnd()
        w.fullEnd()
        w.fullEnd()
        return try w.finish()
    }

    static func unitRow(_ row: Row, eager: Bool, _ w: XMLStreamWriter) {
        var classes = ["unit", row.status.rawValue]
        if !row.warnings.isEmpty || row.stalePDF { classes.append("warned") }
        w.start("tr")
        w.attribute("class", classes.joined(separator: " "))
        w.attribute("data-unit", clean(row.name))
        w.start("td")
        w.attribute("class", "thumb")
        if let thumbnail = row.thumbnail {
            let pdf = row.links.first { $0.label == "PDF" }?.href
            if let pdf { w.start("a"); w.attribute("href", pdf) }
            w.htmlElement("img", eager ? ["src": thumbnail, "width": "160", "height": "226", "alt": clean(row.name) + " 第 1 页"]
                                   : ["data-src": thumbnail, "width": "160", "height": "226", "alt": clean(row.name) + " 第 1 页"])
            if pdf != nil { w.fullEnd() }
        } else {
            w.htmlElement("span", ["class": "none"]) { w.text(row.hasPDF ? "无缩略图" : "无 PDF") }
        }
        w.fullEnd()
        w.htmlElement("td", ["class": "name"]) {
            w.htmlElement("b") { w.text(clean(row.name)) }
            w.htmlElement("div", ["class": "source"]) { w.text(clean(row.source)) }
        }
        w.htmlElement("td", ["class": "status"]) {
            w.text(statusText[row.status] ?? row.status.rawValue)
            if row.stalePDF { w.htmlElement("div", ["class": "stale"]) { w.text("PDF 未更新") } }
        }
        w.htmlElement("td", ["class": "number"]) { w.text(row.pages.map(String.init) ?? "—") }
        w.start("td")
        w.attribute("class", "verify")
        if let problem = row.problem {
            w.text("无法检查：" + clean(Localization.translate(problem, to: .chinese)))
        } else if let findings = row.findings {
            if findings.isEmpty {
                w.text("符合")
            } else {
                w.text("\(findings.count) 处偏差")
                w.htmlElement("ul") {
                    for finding in findings { w.htmlElement("li", ["class": "finding"]) { w.text(clean(Localization.translate(finding, to: .chinese))) } }
                }
            }
        } else {
            w.text("—")
        }
        w.fullEnd()
        w.start("td")
        w.attribute("class", "messages")
        if row.errors.isEmpty && row.warnings.isEmpty {
            w.text("—")
        } else {
            w.htmlElement("ul") {
                for error in row.errors { w.htmlElement("li", ["class": "error"]) { w.text(clean(Localization.translateLine(error, to: .chinese))) } }
                for warning in row.warnings { w.htmlElement("li", ["class": "warning"]) { w.text(clean(Localization.translateLine(warning, to: .chinese))) } }
            }
        }
        w.fullEnd()
        w.start("td")
        w.attribute("class", "links")
        if row.links.isEmpty { w.text("—") }
        for (i, link) in row.links.enumerated() {
            if i > 0 { w.text(" ") }
            w.htmlElement("a", ["href": link.href]) { w.text(link.label) }
        }
        w.fullEnd()
        w.fullEnd()
    }

    /// `<table class=…><thead>` with `heads`, then `<tbody>` left open for the rows.
    static func startTable(_ name: String, heads: [String], _ w: XMLStreamWriter) {
        w.start("table")
        w.attribute("class", name)
        w.htmlElement("thead") {
            w.htmlElement("tr") {
                for head in heads { w.htmlElement("th") { w.text(head) } }
            }
        }
        w.start("tbody")
    }

    static func rollupTable(_ lines: [RollupLine], _ w: XMLStreamWriter) {
        w.htmlElement("h2") { w.text("数据汇总") }
        startTable("rollup", heads: ["项目", "单位数", "合计", "平均", "最大", "最小", "前三名"], w)
        for line in lines {
            w.htmlElement("tr") {
                w.htmlElement("td") { w.text(clean(line.field)) }
                w.htmlElement("td", ["class": "number"]) { w.text(String(line.units)) }
                for value in [line.total, line.average, line.maximum, line.minimum] { w.htmlElement("td", ["class": "number"]) { w.text(clean(value)) } }
                w.htmlElement("td") { w.text(clean(line.top)) }
            }
        }
        w.fullEnd()
        w.fullEnd()
    }

    /// A text from a source, shown as it reads: control characters as `\u{…}` (they cannot be in
    /// the page, and must not be printed raw), then anything XML cannot carry the same way.
    static func clean(_ text: String) -> String {
        let escaped = TextEscape.controls(text)
        guard escaped.firstNonXMLScalar != nil else { return escaped }
        return String(String.UnicodeScalarView(escaped.unicodeScalars.flatMap { XMLText.isAllowed($0) ? [$0] : Array("\\u{\(String($0.value, radix: 16))}".unicodeScalars) }))
    }
}
