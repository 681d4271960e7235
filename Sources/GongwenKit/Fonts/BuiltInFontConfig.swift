// Generated from styles/fonts.conf by \`make styles\`; a test keeps the two identical.
enum BuiltInFontConfig {
    static let xml = #"""
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<!--
  Maps the official faces that gongwen's ODT files name to free stand-ins with simplified Chinese,
  for PDF conversion (LibreOffice asks fontconfig for every face it lacks).
  gongwen reads this file and leaves out each rule whose official face is installed, so the real
  face wins where a licence for it exists; `gongwen fonts` shows the outcome.
  Stand-ins (Debian packages texlive-lang-chinese for Fandol, fonts-noto-cjk, fonts-liberation2):
    仿宋_GB2312   → FandolFang             (the one free FangSong with GB 2312 coverage)
    方正小标宋简体 → Noto Serif CJK SC Bold  (a heavy Song, as 小标宋 is)
    黑体          → Noto Sans CJK SC
    楷体_GB2312   → FandolKai              (a classic 楷体, same design family and weight as the body)
    宋体          → Noto Serif CJK SC
    Times New Roman (digits) → Liberation Serif (same metrics; Debian's own alias)
  Characters a stand-in lacks (Fandol covers about GB 2312) are drawn by fontconfig's next face;
  `gongwen check` names each one before converting.
-->
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <!-- TeX Live keeps the Fandol faces outside fontconfig's default folders. -->
  <dir>/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol</dir>
  <match target="pattern">
    <test name="family"><string>仿宋_GB2312</string></test>
    <edit name="family" mode="assign" binding="strong"><string>FandolFang</string></edit>
    <!-- What Fandol lacks (rare name characters) comes from a serif face, not the sans default. -->
    <edit name="family" mode="append" binding="strong"><string>Noto Serif CJK SC</string></edit>
  </match>
  <match target="pattern">
    <test name="family"><string>方正小标宋简体</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit>
    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>
  </match>
  <match target="pattern">
    <test name="family"><string>黑体</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Sans CJK SC</string></edit>
  </match>
  <match target="pattern">
    <test name="family"><string>楷体_GB2312</string></test>
    <edit name="family" mode="assign" binding="strong"><string>FandolKai</string></edit>
    <!-- What Fandol lacks (rare name characters) comes from a serif face, not the sans default. -->
    <edit name="family" mode="append" binding="strong"><string>Noto Serif CJK SC</string></edit>
  </match>
  <match target="pattern">
    <test name="family"><string>宋体</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit>
  </match>
  <match target="pattern">
    <test name="family"><string>Times New Roman</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Liberation Serif</string></edit>
  </match>
</fontconfig>
"""#
}
