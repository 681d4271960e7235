/// What a PDF/A-2b file (ISO 19005-2:2011, level B: the pages look the same for ever) adds to the
/// PDF the writer makes anyway, which already meets the rest of it: every face embedded, a file
/// identifier, no encryption, no external content, a binary header comment, images with a soft mask
/// (allowed from PDF/A-2 on).
///
/// - §6.6.2: the document's metadata as an XMP packet (`xmp`), in a stream that is not compressed,
///   holding the PDF/A identification (`pdfaid:part` 2, `pdfaid:conformance` B) and saying what the
///   document information dictionary says (§6.6.3: title, author, creator tool and dates, the same).
/// - §6.2.3: an output intent (`/S /GTS_PDFA1`) with an ICC profile, so that the device colours the
///   pages are drawn in (DeviceRGB, DeviceGray: black text, red rules, seals) have a meaning.
enum PDFArchival {
    /// The XMP packet (XMP Part 1, ISO 16684-1) of a PDF/A-2b document with `info`: written through
    /// libxml2 (the title and author are the source's text), without an XML declaration, its
    /// `<?xpacket?>` header first and without `bytes` or `encoding` attributes (§6.6.2.1).
    static func xmp(_ info: PDFInfo) throws -> [UInt8] {
        let date = "\(PDFWriter.pad(info.date.year, 4))-\(PDFWriter.pad(info.date.month, 2))-\(PDFWriter.pad(info.date.day, 2))T00:00:00Z"
        let xml = XMLStreamWriter(declaration: false)
        // U+FEFF in begin, as XMP writes it: the packet is UTF-8.
        xml.raw("<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        xml.element("x:xmpmeta", ["xmlns:x": "adobe:ns:meta/"]) {
            xml.element("rdf:RDF", ["xmlns:rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"]) {
                xml.element("rdf:Description", ["rdf:about": "",
                                                "xmlns:pdfaid": "http://www.aiim.org/pdfa/ns/id/",
                                                "xmlns:dc": "http://purl.org/dc/elements/1.1/",
                                                "xmlns:xmp": "http://ns.adobe.com/xap/1.0/"]) {
                    xml.element("pdfaid:part") { xml.text("2") }
                    xml.element("pdfaid:conformance") { xml.text("B") }
                    xml.element("dc:format") { xml.text("application/pdf") }
                    // /Title: a language alternative; /Author: an ordered list of one.
                    xml.element("dc:title") {
                        xml.element("rdf:Alt") { xml.element("rdf:li", ["xml:lang": "x-default"]) { xml.text(info.title) } }
                    }
                    xml.element("dc:creator") {
                        xml.element("rdf:Seq") { xml.element("rdf:li") { xml.text(info.author) } }
                    }
                    xml.element("dc:language") {
                        xml.element("rdf:Bag") { xml.element("rdf:li") { xml.text("zh-CN") } }
                    }
                    // /Creator, /CreationDate and /ModDate (D:YYYYMMDD000000Z: the same instant).
                    xml.element("xmp:CreatorTool") { xml.text(info.creator) }
                    xml.element("xmp:CreateDate") { xml.text(date) }
                    xml.element("xmp:ModifyDate") { xml.text(date) }
                }
            }
        }
        xml.raw("\n<?xpacket end=\"r\"?>")
        do { return try xml.finish() } catch {
            throw PDFWriter.Failure.invalidInfo(message: "the XMP metadata cannot be written: \(error)")
        }
    }

    /// The output intent's dictionary (ISO 32000-1 §14.11.5), its profile in object `profile`.
    static func outputIntent(profile: Int) -> String {
        let name = "(\(BuiltInColourProfile.identifier))"   // ASCII without ( ) or \: a literal string as it is
        return "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier \(name) /Info \(name)"
            + " /RegistryName (http://www.color.org) /DestOutputProfile \(profile) 0 R >>"
    }
}
