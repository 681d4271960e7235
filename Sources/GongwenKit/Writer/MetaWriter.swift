/// Writes `meta.xml`. Dates come from the document (or SOURCE_DATE_EPOCH), never the clock, so a
/// rebuild gives the same bytes.
public enum MetaWriter {
    public static func write(_ document: Document, generator: String, sourceDateEpoch: Int?) throws -> [UInt8] {
        let x = XMLStreamWriter()
        x.start("office:document-meta")
        x.attribute("xmlns:office", ODF.office)
        x.attribute("xmlns:meta", ODF.meta)
        x.attribute("xmlns:dc", ODF.dc)
        x.attribute("office:version", ODF.version)
        x.element("office:meta") {
            x.element("meta:generator") { x.text(generator) }
            x.element("dc:title") { x.text(document.title.replacingOccurrences(of: "|", with: "")) }
            x.element("dc:creator") { x.text(document.issuer) }
            x.element("meta:initial-creator") { x.text(document.issuer) }
            x.element("dc:language") { x.text("zh-CN") }
            let created = document.date.iso + "T00:00:00"
            x.element("meta:creation-date") { x.text(created) }
            x.element("dc:date") { x.text(sourceDateEpoch.map(isoTimestamp) ?? created) }
            x.element("meta:user-defined", ["meta:name": "成文日期", "meta:value-type": "date"]) { x.text(document.date.iso) }
            x.element("meta:user-defined", ["meta:name": "发文机关", "meta:value-type": "string"]) { x.text(document.issuer) }
        }
        x.end()
        return try x.finish()
    }

    static func isoTimestamp(_ epoch: Int) -> String {
        let days = epoch >= 0 ? epoch / 86400 : (epoch - 86399) / 86400
        let secs = epoch - days * 86400
        // Civil from days, Howard Hinnant's algorithm.
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))T\(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60))"
    }
}
