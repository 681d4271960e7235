/// §8: an attachment holding a wide table prints on landscape pages. In the `.odt` those pages use
/// the style sheet's GW_Landscape master page (the upright block turned a quarter, the page numbers
/// turned with it in the header); the converter turns the PDF pages back upright (/Rotate 270), so
/// the table's head is toward the left edge: the 订口 on odd pages, the 切口 on even ones.
enum LandscapeWriter {
    static let masterPage = "GW_Landscape"
    /// Paragraph styles that start landscape pages, or go back to upright ones after them.
    static let attachmentLabel = "GW_AttachmentLabelLandscape"
    static let attachmentLabelUpright = "GW_AttachmentLabelUpright"
    static let headerLine = "GW_HeaderLineLandscape"
    static let imprintAnchorUpright = "GW_ImprintAnchorUpright"
    /// A letter's 版记 (§10.1) is not moved to an even page: its anchor keeps a style of its own.
    static let letterImprintAnchorUpright = "GW_LetterImprintAnchorUpright"

    /// Written only for a document that turns pages, so every other document's bytes stay as they were.
    static func automaticStyles(_ x: XMLStreamWriter, _ document: ComposedDocument) {
        guard document.turnsPages else { return }
        let styles = document.format == .attachment
            ? [(headerLine, "GW_HeaderLine", masterPage)]
            : [(attachmentLabel, "GW_AttachmentLabel", masterPage), (attachmentLabelUpright, "GW_AttachmentLabel", "Standard"),
               document.format == .letter ? (letterImprintAnchorUpright, "GW_LetterImprintAnchor", "Standard") : (imprintAnchorUpright, "GW_ImprintAnchor", "Standard")]
        for (name, parent, master) in styles {
            x.element("style:style", ["style:name": name, "style:family": "paragraph", "style:parent-style-name": parent, "style:master-page-name": master])
        }
    }
}
