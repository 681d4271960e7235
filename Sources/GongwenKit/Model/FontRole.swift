/// The face a text prints in, by the official name the style sheet gives it (GB/T 9704 §7).
/// An Int raw value: roles are looked up for every character of every unit, and a String raw value
/// would hash its Chinese text each time.
public enum FontRole: Int, Hashable, Sendable, CaseIterable {
    /// 正文, 三级四级标题, 署名, 附件说明, 版记: 仿宋.
    case body
    /// 标题 and 发文机关标志: 小标宋.
    case title
    /// 一级标题, 份号, 密级, 紧急程度, 附件标识: 黑体.
    case heading1
    /// 二级标题, 签发人姓名: 楷体.
    case heading2

    /// The official family name the `.odt` carries.
    public var official: String {
        switch self {
        case .body: return "仿宋_GB2312"
        case .title: return "方正小标宋简体"
        case .heading1: return "黑体"
        case .heading2: return "楷体_GB2312"
        }
    }
}
