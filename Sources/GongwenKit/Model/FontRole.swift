/// The face a text prints in, by the official name the style sheet gives it (GB/T 9704 §7).
public enum FontRole: String, Hashable, Sendable, CaseIterable {
    /// 正文, 三级四级标题, 署名, 附件说明, 版记: 仿宋.
    case body = "仿宋_GB2312"
    /// 标题 and 发文机关标志: 小标宋.
    case title = "方正小标宋简体"
    /// 一级标题, 份号, 密级, 紧急程度, 附件标识: 黑体.
    case heading1 = "黑体"
    /// 二级标题, 签发人姓名: 楷体.
    case heading2 = "楷体_GB2312"

    /// The official family name the `.odt` carries.
    public var official: String { rawValue }
}
