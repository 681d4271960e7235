// Generated from styles/gongwen.xml by \`make styles\`; a test keeps the two identical.
enum BuiltInStyles {
    static let xml = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  gongwen's style sheet: GB/T 9704-2012 layout as ODF styles.
  The tool carries this file built in (make refreshes the copy) and embeds it as styles.xml in every .odt.
  Numbers, and why they are what they are:
  * 3号 = 16pt; 28 characters must fit the 156 mm block, so every character advances
    156/28 = 5.571 mm = 15.79pt: letter-spacing -0.22pt.  1 字 (one grid character) = 15.78pt.
  * 22 lines in 225 mm: every line 28.95pt high, fixed (LibreOffice stores twips; exactly 225/22 mm
    rounds up and gives 21 lines). A fixed line puts its baseline at 80 % of its height whatever the
    face, so digits (Times) and Chinese (仿宋) share one baseline; a layout grid would centre each
    script in the line and raise the digits 0.4-0.7 mm.
  * fo:language="en" for Western text (Asian text stays zh-CN): LibreOffice's Chinese line breaking
    would split a run of digits across lines, its Western rules keep numbers whole.
  * Body 225 mm = 297 - 37 (top) - bottom margin - footer height - footer spacing.
  * The official face names stay here; fontconfig (styles/fonts.conf) maps them to installed faces.
-->
<office:document-styles
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    office:version="1.3">
  <office:font-face-decls>
    <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman" style:font-pitch="variable"/>
    <style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312" style:font-family-generic="roman" style:font-pitch="variable"/>
    <style:font-face style:name="方正小标宋简体" svg:font-family="方正小标宋简体" style:font-family-generic="roman" style:font-pitch="variable"/>
    <style:font-face style:name="黑体" svg:font-family="黑体" style:font-family-generic="swiss" style:font-pitch="variable"/>
    <style:font-face style:name="楷体_GB2312" svg:font-family="楷体_GB2312" style:font-family-generic="script" style:font-pitch="variable"/>
    <style:font-face style:name="宋体" svg:font-family="宋体" style:font-family-generic="roman" style:font-pitch="variable"/>
  </office:font-face-decls>
  <office:styles>
    <style:default-style style:family="paragraph">
      <style:paragraph-properties fo:orphans="0" fo:widows="0" style:punctuation-wrap="simple" style:line-break="strict" style:text-autospace="none"
          style:writing-mode="lr-tb" style:snap-to-layout-grid="false" fo:line-height="28.95pt"/>
      <style:text-properties style:font-name="Times New Roman" fo:font-size="16pt" fo:language="en" fo:country="US"
          style:font-name-asian="仿宋_GB2312" style:font-size-asian="16pt" style:language-asian="zh" style:country-asian="CN"
          style:font-name-complex="仿宋_GB2312" style:font-size-complex="16pt"
          fo:letter-spacing="-0.22pt" fo:color="#000000"/>
    </style:default-style>
    <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
    <style:style style:name="GW_Title" style:display-name="公文标题" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:text-align="center" fo:text-indent="0pt"/>
      <style:text-properties style:font-name="方正小标宋简体" fo:font-size="22pt"
          style:font-name-asian="方正小标宋简体" style:font-size-asian="22pt" fo:letter-spacing="0pt"/>
    </style:style>
    <style:style style:name="GW_Blank" style:display-name="公文空行" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
    <style:style style:name="GW_Addressee" style:display-name="公文主送机关" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:text-align="justify" fo:text-indent="0pt"/>
    </style:style>
    <style:style style:name="GW_Body" style:display-name="公文正文" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:text-align="justify" fo:text-indent="31.56pt"/>
    </style:style>
    <style:style style:name="GW_Heading1" style:display-name="公文一级标题" style:family="paragraph" style:parent-style-name="GW_Body" style:default-outline-level="1" style:class="text">
      <style:paragraph-properties/>
      <style:text-properties style:font-name="黑体" style:font-name-asian="黑体"/>
    </style:style>
    <style:style style:name="GW_Heading2" style:display-name="公文二级标题" style:family="paragraph" style:parent-style-name="GW_Body" style:default-outline-level="2" style:class="text">
      <style:paragraph-properties/>
      <style:text-properties style:font-name="楷体_GB2312" style:font-name-asian="楷体_GB2312"/>
    </style:style>
    <style:style style:name="GW_Heading3" style:display-name="公文三级标题" style:family="paragraph" style:parent-style-name="GW_Body" style:default-outline-level="3" style:class="text">
      <style:paragraph-properties/>
    </style:style>
    <style:style style:name="GW_Heading4" style:display-name="公文四级标题" style:family="paragraph" style:parent-style-name="GW_Body" style:default-outline-level="4" style:class="text">
      <style:paragraph-properties/>
    </style:style>
    <style:style style:name="GW_Signature" style:display-name="公文署名" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:text-align="end" fo:text-indent="0pt" fo:keep-with-next="always"/>
    </style:style>
    <style:style style:name="GW_Date" style:display-name="公文成文日期" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:text-align="end" fo:text-indent="0pt"/>
    </style:style>
    <!-- The 附件说明 stands between the text and the signature and keeps with it (§7.3.4, §7.3.5.5). -->
    <style:style style:name="GW_AttachmentList" style:display-name="公文附件说明" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:text-align="justify" fo:margin-left="78.9pt" fo:text-indent="-47.34pt" fo:keep-with-next="always"/>
    </style:style>
    <style:style style:name="GW_AttachmentListMore" style:display-name="公文附件说明（续）" style:family="paragraph" style:parent-style-name="GW_AttachmentList" style:class="text">
      <!-- LibreOffice keeps margin and indent as one property: a child that sets one must set both. -->
      <style:paragraph-properties fo:margin-left="78.9pt" fo:text-indent="0pt"/>
    </style:style>
    <style:style style:name="GW_Note" style:display-name="公文附注" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:text-align="justify" fo:text-indent="31.56pt"/>
    </style:style>
    <style:style style:name="GW_Footer" style:display-name="公文页码" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
      <style:paragraph-properties fo:text-indent="0pt" fo:line-height="100%"/>
      <style:text-properties style:font-name="宋体" fo:font-size="14pt" style:font-name-asian="宋体" style:font-size-asian="14pt" fo:letter-spacing="0pt"/>
    </style:style>
    <style:style style:name="GW_FooterOdd" style:display-name="公文页码（奇数页）" style:family="paragraph" style:parent-style-name="GW_Footer" style:class="extra">
      <style:paragraph-properties fo:text-align="end" fo:margin-right="14pt"/>
    </style:style>
    <style:style style:name="GW_FooterEven" style:display-name="公文页码（偶数页）" style:family="paragraph" style:parent-style-name="GW_Footer" style:class="extra">
      <style:paragraph-properties fo:text-align="start" fo:margin-left="14pt"/>
    </style:style>
    <!-- The page number of a landscape page (§8), turned a quarter clockwise so that it reads upright
         on the page turned back. -->
    <style:style style:name="GW_FooterTurned" style:display-name="公文页码（横排页）" style:family="paragraph" style:parent-style-name="GW_Footer" style:class="extra">
      <style:paragraph-properties fo:text-align="center"/>
      <style:text-properties style:text-rotation-angle="270"/>
    </style:style>
    <style:style style:name="GW_HeaderLine" style:display-name="公文份号密级紧急程度" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:text-align="start" fo:text-indent="0pt"/>
      <style:text-properties style:font-name="黑体" style:font-name-asian="黑体"/>
    </style:style>
    <style:style style:name="GW_IssuerMark" style:display-name="公文发文机关标志" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:text-align="center" fo:text-indent="0pt" fo:line-height="45pt"/>
      <style:text-properties style:font-name="方正小标宋简体" fo:font-size="36pt" style:font-name-asian="方正小标宋简体"
          style:font-size-asian="36pt" fo:letter-spacing="0pt" fo:color="#ff0000"/>
    </style:style>
    <style:style style:name="GW_DocNumber" style:display-name="公文发文字号" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:text-align="center" fo:text-indent="0pt" fo:padding-bottom="2.4mm"
          fo:padding-left="0mm" fo:padding-right="0mm" fo:padding-top="0mm"
          fo:border-bottom="0.5mm solid #ff0000" fo:border-top="none" fo:border-left="none" fo:border-right="none"/>
    </style:style>
    <style:style style:name="GW_DocNumberSigner" style:display-name="公文发文字号与签发人" style:family="paragraph" style:parent-style-name="GW_DocNumber" style:class="text">
      <style:paragraph-properties fo:text-align="start" fo:padding-bottom="2.4mm"
          fo:padding-left="15.78pt" fo:padding-right="15.78pt" fo:padding-top="0mm"
          fo:border-bottom="0.5mm solid #ff0000" fo:border-top="none" fo:border-left="none" fo:border-right="none">
        <style:tab-stops>
          <style:tab-stop style:position="144.86mm" style:type="right"/>
        </style:tab-stops>
      </style:paragraph-properties>
    </style:style>
    <!-- 套打 on preprinted letterhead: no red rule; LibreOffice drops padding without a border, so the
         rule's 0.5 mm and its 2.4 mm padding become space below, and everything lands where the digital
         版头 puts it. -->
    <style:style style:name="GW_DocNumberPreprinted" style:display-name="公文发文字号（套打）" style:family="paragraph" style:parent-style-name="GW_DocNumber" style:class="text">
      <style:paragraph-properties fo:margin-bottom="2.9mm" fo:padding="0mm" fo:border="none"/>
    </style:style>
    <style:style style:name="GW_DocNumberSignerPreprinted" style:display-name="公文发文字号与签发人（套打）" style:family="paragraph" style:parent-style-name="GW_DocNumberSigner" style:class="text">
      <!-- Tab stops count from the margin, which here does the padding's work: one character less. -->
      <style:paragraph-properties fo:margin-bottom="2.9mm" fo:margin-left="15.78pt" fo:margin-right="15.78pt" fo:padding="0mm" fo:border="none">
        <style:tab-stops>
          <style:tab-stop style:position="139.29mm" style:type="right"/>
        </style:tab-stops>
      </style:paragraph-properties>
    </style:style>
    <style:style style:name="GW_AttachmentLabel" style:display-name="公文附件标识" style:family="paragraph" style:parent-style-name="GW_HeaderLine" style:class="text">
      <style:paragraph-properties fo:break-before="page"/>
    </style:style>
    <style:style style:name="GW_AttachmentTitle" style:display-name="公文附件标题" style:family="paragraph" style:parent-style-name="GW_Title" style:class="text"/>
    <style:style style:name="GW_ImprintAnchor" style:display-name="公文版记锚点" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:line-height="0.5mm" style:snap-to-layout-grid="false"/>
      <style:text-properties fo:font-size="2pt" style:font-size-asian="2pt"/>
    </style:style>
    <!-- §7.4: the 版记 belongs on an even page. LibreOffice paginates, so after converting, gongwen
         moves the 版记 that landed on an odd page with one of these: to the next (even, numbered) page,
         or, when that needs a blank page first, to a page that carries no number (§7.5). -->
    <style:style style:name="GW_ImprintAnchorOwnPage" style:display-name="公文版记锚点（另起偶数页）" style:family="paragraph"
        style:parent-style-name="GW_ImprintAnchor" style:master-page-name="GW_ImprintEven" style:class="text"/>
    <style:style style:name="GW_ImprintAnchorAfterBlank" style:display-name="公文版记锚点（空白页后）" style:family="paragraph"
        style:parent-style-name="GW_ImprintAnchor" style:master-page-name="GW_ImprintBare" style:class="text"/>
    <!-- LibreOffice keeps borders and padding as one property: each 版记 style states all of them. -->
    <style:style style:name="GW_Imprint" style:display-name="公文版记" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:text-align="justify" fo:margin-left="42pt" fo:text-indent="-42pt" style:snap-to-layout-grid="false" fo:line-height="10.2mm"
          fo:padding-left="14pt" fo:padding-right="14pt" fo:padding-top="0mm" fo:padding-bottom="0mm"
          fo:border-top="0.35mm solid #000000" fo:border-bottom="none" fo:border-left="none" fo:border-right="none"/>
      <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" fo:letter-spacing="0pt"/>
    </style:style>
    <!-- 抄送 right under a 主送 in the 版记: no rule between them (§7.4.2). -->
    <style:style style:name="GW_ImprintFollowing" style:display-name="公文版记（主送下）" style:family="paragraph" style:parent-style-name="GW_Imprint" style:class="text">
      <style:paragraph-properties fo:margin-left="42pt" fo:text-indent="-42pt"
          fo:padding-left="14pt" fo:padding-right="14pt" fo:padding-top="0mm" fo:padding-bottom="0mm"
          fo:border="none"/>
    </style:style>
    <style:style style:name="GW_ImprintLast" style:display-name="公文版记（末行）" style:family="paragraph" style:parent-style-name="GW_Imprint" style:class="text">
      <style:paragraph-properties fo:margin-left="0pt" fo:text-indent="0pt"
          fo:padding-left="14pt" fo:padding-right="14pt" fo:padding-top="0mm" fo:padding-bottom="0mm"
          fo:border-top="0.35mm solid #000000" fo:border-bottom="0.35mm solid #000000" fo:border-left="none" fo:border-right="none">
        <style:tab-stops>
          <style:tab-stop style:position="151.06mm" style:type="right"/>
        </style:tab-stops>
      </style:paragraph-properties>
    </style:style>
    <style:style style:name="GW_ImprintLastInner" style:display-name="公文版记（末行中线）" style:family="paragraph" style:parent-style-name="GW_ImprintLast" style:class="text">
      <style:paragraph-properties fo:margin-left="0pt" fo:text-indent="0pt"
          fo:padding-left="14pt" fo:padding-right="14pt" fo:padding-top="0mm" fo:padding-bottom="0mm"
          fo:border-top="0.25mm solid #000000" fo:border-bottom="0.35mm solid #000000" fo:border-left="none" fo:border-right="none"/>
    </style:style>
    <!-- LibreOffice imports a draw:frame as a text frame (not a drawing shape) only when its style
         descends from the Frame style. -->
    <style:style style:name="Frame" style:family="graphic">
      <style:graphic-properties style:wrap="none" fo:border="none" fo:padding="0mm"/>
    </style:style>
    <style:style style:name="GW_Hei" style:display-name="黑体字" style:family="text">
      <style:text-properties style:font-name="黑体" style:font-name-asian="黑体"/>
    </style:style>
    <style:style style:name="GW_Kai" style:display-name="楷体字" style:family="text">
      <style:text-properties style:font-name="楷体_GB2312" style:font-name-asian="楷体_GB2312"/>
    </style:style>
    <style:style style:name="GW_Fang" style:display-name="仿宋字" style:family="text">
      <style:text-properties style:font-name-asian="仿宋_GB2312"/>
    </style:style>
    <!-- Headings carry their numbers as text (the tool numbers them); the outline style only keeps
         LibreOffice from giving headings list indents of its own. -->
    <text:outline-style style:name="Outline">
      <text:outline-level-style text:level="1" style:num-format="">
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
          <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="31.56pt" fo:margin-left="0pt"/>
        </style:list-level-properties>
      </text:outline-level-style>
      <text:outline-level-style text:level="2" style:num-format="">
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
          <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="31.56pt" fo:margin-left="0pt"/>
        </style:list-level-properties>
      </text:outline-level-style>
      <text:outline-level-style text:level="3" style:num-format="">
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
          <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="31.56pt" fo:margin-left="0pt"/>
        </style:list-level-properties>
      </text:outline-level-style>
      <text:outline-level-style text:level="4" style:num-format="">
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
          <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="31.56pt" fo:margin-left="0pt"/>
        </style:list-level-properties>
      </text:outline-level-style>
      <text:outline-level-style text:level="5" style:num-format="">
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
          <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="31.56pt" fo:margin-left="0pt"/>
        </style:list-level-properties>
      </text:outline-level-style>
      <text:outline-level-style text:level="6" style:num-format="">
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
          <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="31.56pt" fo:margin-left="0pt"/>
        </style:list-level-properties>
      </text:outline-level-style>
      <text:outline-level-style text:level="7" style:num-format="">
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
          <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="31.56pt" fo:margin-left="0pt"/>
        </style:list-level-properties>
      </text:outline-level-style>
      <text:outline-level-style text:level="8" style:num-format="">
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
          <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="31.56pt" fo:margin-left="0pt"/>
        </style:list-level-properties>
      </text:outline-level-style>
      <text:outline-level-style text:level="9" style:num-format="">
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
          <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="31.56pt" fo:margin-left="0pt"/>
        </style:list-level-properties>
      </text:outline-level-style>
      <text:outline-level-style text:level="10" style:num-format="">
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
          <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="31.56pt" fo:margin-left="0pt"/>
        </style:list-level-properties>
      </text:outline-level-style>
    </text:outline-style>
  </office:styles>
  <office:automatic-styles>
    <style:page-layout style:name="GW_Page">
      <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait"
          fo:margin-top="37mm" fo:margin-bottom="24mm" fo:margin-left="28mm" fo:margin-right="26mm"
          style:writing-mode="lr-tb" style:layout-grid-mode="none"/>
      <style:footer-style>
        <style:header-footer-properties fo:min-height="7mm" fo:margin-top="4mm"/>
      </style:footer-style>
    </style:page-layout>
    <!-- Even pages only (LibreOffice inserts a blank page before one when needed). -->
    <style:page-layout style:name="GW_PageEven" style:page-usage="left">
      <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait"
          fo:margin-top="37mm" fo:margin-bottom="24mm" fo:margin-left="28mm" fo:margin-right="26mm"
          style:writing-mode="lr-tb" style:layout-grid-mode="none"/>
      <style:footer-style>
        <style:header-footer-properties fo:min-height="7mm" fo:margin-top="4mm"/>
      </style:footer-style>
    </style:page-layout>
    <!-- The same block without a footer: the bottom margin takes the footer's 11 mm. -->
    <style:page-layout style:name="GW_PageEvenBare" style:page-usage="left">
      <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait"
          fo:margin-top="37mm" fo:margin-bottom="35mm" fo:margin-left="28mm" fo:margin-right="26mm"
          style:writing-mode="lr-tb" style:layout-grid-mode="none"/>
    </style:page-layout>
    <style:page-layout style:name="GW_PageLetterFirst">
      <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait"
          fo:margin-top="47.543mm" fo:margin-bottom="24.774mm" fo:margin-left="28mm" fo:margin-right="26mm"
          style:writing-mode="lr-tb" style:layout-grid-mode="none"/>
    </style:page-layout>
    <!-- A landscape page (§8) is the upright page turned a quarter: its head (top edge) is the upright
         page's left edge, so the upright block (x 28-184, y 37-262 mm) is x 35-260, y 28-184 mm here.
         The header takes 17 + 7 + 4 mm; it carries the page numbers, in frames where the upright pages
         have them: 7 mm below the block (x = 297 - 269 mm) and one character (14 pt) in. The PDF page
         is turned back (/Rotate 270) by the converter. -->
    <style:page-layout style:name="GW_PageLandscape">
      <style:page-layout-properties fo:page-width="297mm" fo:page-height="210mm" style:print-orientation="landscape"
          fo:margin-top="17mm" fo:margin-bottom="26mm" fo:margin-left="35mm" fo:margin-right="37mm"
          style:writing-mode="lr-tb" style:layout-grid-mode="none"/>
      <!-- A fixed height, which LibreOffice takes to include the 4 mm spacing: the frames' anchor line
           (one 10.2 mm body line) would stretch a minimum one. -->
      <style:header-style>
        <style:header-footer-properties svg:height="11mm" fo:margin-bottom="4mm"/>
      </style:header-style>
    </style:page-layout>
    <!-- Odd pages: the number ends one character before the block's right edge (bottom-aligned);
         even pages: it starts one character after the left edge (top-aligned). -->
    <style:style style:name="GW_PageNumberOdd" style:family="graphic" style:parent-style-name="Frame">
      <style:graphic-properties style:wrap="run-through" style:run-through="foreground" style:flow-with-text="false"
          style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"
          draw:textarea-vertical-align="bottom" draw:fill="none" fo:border="none" fo:padding="0mm"/>
    </style:style>
    <style:style style:name="GW_PageNumberEven" style:family="graphic" style:parent-style-name="Frame">
      <style:graphic-properties style:wrap="run-through" style:run-through="foreground" style:flow-with-text="false"
          style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"
          draw:textarea-vertical-align="top" draw:fill="none" fo:border="none" fo:padding="0mm"/>
    </style:style>
  </office:automatic-styles>
  <office:master-styles>
    <style:master-page style:name="Standard" style:page-layout-name="GW_Page">
      <style:footer>
        <text:p text:style-name="GW_FooterOdd">— <text:page-number text:select-page="current">1</text:page-number> —</text:p>
      </style:footer>
      <style:footer-left>
        <text:p text:style-name="GW_FooterEven">— <text:page-number text:select-page="current">2</text:page-number> —</text:p>
      </style:footer-left>
    </style:master-page>
    <style:master-page style:name="GW_ImprintEven" style:page-layout-name="GW_PageEven">
      <style:footer>
        <text:p text:style-name="GW_FooterEven">— <text:page-number text:select-page="current">2</text:page-number> —</text:p>
      </style:footer>
    </style:master-page>
    <style:master-page style:name="GW_ImprintBare" style:page-layout-name="GW_PageEvenBare"/>
    <!-- 信函格式 (§10.1), first page: no page number; the text runs from 7/8 of a 3号 character
         below the upper red double line to as far above the lower one, 22 lines. The mark and the
         double lines are drawn by the document (frames anchored to page 1). -->
    <style:master-page style:name="GW_LetterFirst" style:page-layout-name="GW_PageLetterFirst" style:next-style-name="Standard"/>
    <!-- Landscape pages (§8): see GW_PageLandscape. -->
    <style:master-page style:name="GW_Landscape" style:page-layout-name="GW_PageLandscape">
      <style:header>
        <text:p text:style-name="Standard"><draw:frame draw:style-name="GW_PageNumberOdd" draw:name="页码（奇数页）" text:anchor-type="paragraph" svg:x="21.5mm" svg:y="28mm" svg:width="12mm" svg:height="151.06mm" draw:z-index="0"><draw:text-box><text:p text:style-name="GW_FooterTurned">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></draw:text-box></draw:frame></text:p>
      </style:header>
      <style:header-left>
        <text:p text:style-name="Standard"><draw:frame draw:style-name="GW_PageNumberEven" draw:name="页码（偶数页）" text:anchor-type="paragraph" svg:x="21.5mm" svg:y="32.94mm" svg:width="12mm" svg:height="151.06mm" draw:z-index="0"><draw:text-box><text:p text:style-name="GW_FooterTurned">— <text:page-number text:select-page="current">2</text:page-number> —</text:p></draw:text-box></draw:frame></text:p>
      </style:header-left>
    </style:master-page>
  </office:master-styles>
</office:document-styles>
"""#
}
