<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BodiesEditor</name>
    <message>
        <location filename="../../tracker/ui/reader/fields.py" line="126" />
        <source>Add a body</source>
        <translation>添加责任单位</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="186" />
        <source>Edit kind</source>
        <translation>修改类型</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="188" />
        <location filename="../../tracker/ui/reader/editor.py" line="189" />
        <location filename="../../tracker/ui/reader/editor.py" line="314" />
        <source>Edit deadline</source>
        <translation>修改时限</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="190" />
        <location filename="../../tracker/ui/reader/editor.py" line="191" />
        <location filename="../../tracker/ui/reader/editor.py" line="192" />
        <location filename="../../tracker/ui/reader/editor.py" line="193" />
        <location filename="../../tracker/ui/reader/editor.py" line="194" />
        <source>Edit target</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="195" />
        <source>Edit responsible bodies</source>
        <translation>修改责任单位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="198" />
        <source>Edit tags</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="246" />
        <source>Suggestion (confidence %1) — edit, then accept</source>
        <translation>建议（置信度 %1）— 可先修改再采纳</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="249" />
        <source>Commitment #%1 · accepted suggestion</source>
        <translation>承诺 #%1 · 采纳的建议</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="251" />
        <source>Commitment #%1</source>
        <translation>承诺 #%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="257" />
        <source>(no region) — choose…</source>
        <translation>（未指定地区）— 选择…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="270" />
        <source>The deadline date %1 is not a date (YYYY-MM-DD).</source>
        <translation>时限日期 %1 不是有效日期（格式 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="279" />
        <source>The target value “%1” is not a number or a range such as 5–5.5.</source>
        <translation>目标值“%1”不是数字，也不是 5–5.5 这样的区间。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="329" />
        <source>Edit region</source>
        <translation>修改地区</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="343" />
        <source>Edit notes</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="349" />
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="349" />
        <source>Deadline &amp;words</source>
        <translation>时限原文(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="350" />
        <source>Due &amp;date</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="350" />
        <source>&amp;Metric</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="351" />
        <source>&amp;Target</source>
        <translation>目标值(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="351" />
        <source>Res&amp;ponsible</source>
        <translation>责任单位(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="352" />
        <source>&amp;Region</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="352" />
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="353" />
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="353" />
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="366" />
        <source>as written, e.g. 2025年底前</source>
        <translation>按原文填写，如 2025年底前</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="367" />
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="368" />
        <source>e.g. 优良水体比例</source>
        <translation>如 优良水体比例</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="369" />
        <source>80 or 5–5.5</source>
        <translation>80 或 5–5.5</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="370" />
        <source>themes, separated by 、</source>
        <translation>主题，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="371" />
        <source>Back to the document's region</source>
        <translation>恢复为文档所属地区</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/editor.py" line="372" />
        <source>Select a highlight or a commitment in the list, or select text and press Ctrl+T to tag a new commitment.</source>
        <translation>点击正文中的高亮或列表中的承诺进行编辑；也可选中文字后按 Ctrl+T 标记新的承诺。</translation>
    </message>
</context>
<context>
    <name>CommitmentListModel</name>
    <message>
        <location filename="../../tracker/ui/reader/lists.py" line="56" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../tracker/ui/importer.py" line="35" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/importer.py" line="35" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/importer.py" line="37" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/importer.py" line="50" />
        <source>Importing %1 of %2: %3</source>
        <translation>正在导入第 %1 / %2 个：%3</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/importer.py" line="70" />
        <source>%1 imported, %2 duplicates skipped, %3 errors.</source>
        <translation>已导入 %1 个，跳过重复 %2 个，出错 %3 个。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/importer.py" line="75" />
        <source>• %1: same text as “%2”</source>
        <translation>• %1：与“%2”内容相同</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/importer.py" line="78" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/importer.py" line="83" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../tracker/ui/library.py" line="30" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/library.py" line="30" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/library.py" line="30" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/library.py" line="30" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/library.py" line="31" />
        <source>Commitments</source>
        <translation>承诺数</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../tracker/ui/library.py" line="169" />
        <source>Filter documents (title, region, date…)</source>
        <translation>筛选文档（标题、地区、日期…）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/library.py" line="171" />
        <source>The library is empty.
Import policy documents (txt, HTML, Word, PDF) — or drag files here — or start with the five demo documents.</source>
        <translation>文档库还是空的。
请导入政策文件（txt、HTML、Word、PDF），或把文件拖到这里，也可以先载入五篇示例文档。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/library.py" line="173" />
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/library.py" line="174" />
        <source>Load the demo library</source>
        <translation>载入示例文档</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="105" />
        <source>Policy Commitment Tracker</source>
        <translation>政策承诺跟踪</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="106" />
        <source>Opening the library…</source>
        <translation>正在打开文档库…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="107" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="108" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="109" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="110" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="111" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="112" />
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="113" />
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="114" />
        <source>Load the &amp;demo library</source>
        <translation>载入示例文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="115" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="116" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="118" />
        <source>Library</source>
        <translation>文档库</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="188" />
        <source>The library could not be opened:
%1</source>
        <translation>无法打开文档库：
%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="189" />
        <source>Cannot open the library</source>
        <translation>无法打开文档库</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="208" />
        <source>Import documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="213" />
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="232" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="233" />
        <source>Policy Commitment Tracker %1
Register and follow the commitments of Chinese policy documents, offline.</source>
        <translation>政策承诺跟踪 %1
离线登记、跟踪中文政策文件中的各项承诺。</translation>
    </message>
</context>
<context>
    <name>ReaderCommands</name>
    <message>
        <location filename="../../tracker/ui/reader/commands.py" line="56" />
        <source>Tag “%1”</source>
        <translation>标记“%1”</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/commands.py" line="95" />
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/commands.py" line="119" />
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/commands.py" line="145" />
        <source>Accept “%1”</source>
        <translation>采纳“%1”</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/commands.py" line="168" />
        <source>Reject “%1”</source>
        <translation>驳回“%1”</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="62" />
        <location filename="../../tracker/ui/reader/page.py" line="204" />
        <source>Reader</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="264" />
        <source>No document open</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="268" />
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="317" />
        <location filename="../../tracker/ui/reader/page.py" line="525" />
        <source>Commitments (%1)</source>
        <translation>承诺（%1）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="418" />
        <source>Select the words of the commitment in the text first.</source>
        <translation>请先在正文中选中承诺的文字。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="434" />
        <location filename="../../tracker/ui/reader/page.py" line="445" />
        <source>Change span</source>
        <translation>调整范围</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="479" />
        <source>A note is needed</source>
        <translation>需要说明</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="480" />
        <source>Say why the status changes from “%1” to “%2”:</source>
        <translation>请说明状态由“%1”改为“%2”的原因：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="494" />
        <source>The change could not be saved: %1</source>
        <translation>无法保存这项修改：%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="527" />
        <location filename="../../tracker/ui/reader/reviewing.py" line="42" />
        <source>Suggestions (%1)</source>
        <translation>建议（%1）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="503" />
        <source>Tag as commitment</source>
        <translation>标记为承诺</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="504" />
        <source>Tag the selected words as a commitment (Ctrl+T)</source>
        <translation>把选中的文字标记为承诺（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="505" />
        <source>Span to selection</source>
        <translation>范围改为选中文字</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="506" />
        <source>Move the current commitment to the selected words (Ctrl+Shift+T); Alt+←/→ and Alt+Shift+←/→ move its start and end</source>
        <translation>把当前承诺的范围改为选中的文字（Ctrl+Shift+T）；Alt+←/→、Alt+Shift+←/→ 移动起点和终点</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="509" />
        <source>Delete commitment</source>
        <translation>删除承诺</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="510" />
        <source>Previous commitment</source>
        <translation>上一条承诺</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="511" />
        <source>Next commitment</source>
        <translation>下一条承诺</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="512" />
        <source>Start one character earlier</source>
        <translation>起点前移一字</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="513" />
        <source>Start one character later</source>
        <translation>起点后移一字</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="514" />
        <source>End one character earlier</source>
        <translation>终点前移一字</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="515" />
        <source>End one character later</source>
        <translation>终点后移一字</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="516" />
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="517" />
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="518" />
        <source>Normal text size</source>
        <translation>正常字号</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="519" />
        <source>Accept suggestion</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="520" />
        <source>Reject suggestion</source>
        <translation>驳回建议</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="521" />
        <source>Review suggestions</source>
        <translation>审核建议</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/page.py" line="522" />
        <source>Choose a document in the library on the left to read it.

Select words and press Ctrl+T to tag a commitment; suggestions wait in the review tab.</source>
        <translation>请在左侧文档库中选择一篇文档阅读。

选中文字后按 Ctrl+T 即可标记为承诺；自动找出的建议在“建议”页等待审核。</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../tracker/ui/reader/regions.py" line="33" />
        <source>Choose a region</source>
        <translation>选择地区</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/regions.py" line="42" />
        <source>Filter: 南昌, 东湖区…</source>
        <translation>筛选：南昌、东湖区…</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../../tracker/ui/reader/review.py" line="74" />
        <source>Reading the document for commitments…</source>
        <translation>正在从文档中查找承诺…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/review.py" line="76" />
        <source>Open a document to review its suggestions.</source>
        <translation>打开文档后可在此审核建议。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/review.py" line="78" />
        <source>Suggestions could not be made: %1</source>
        <translation>无法生成建议：%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/review.py" line="81" />
        <source>No suggestions left to review in this document.</source>
        <translation>本文档已没有待审核的建议。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/review.py" line="89" />
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/review.py" line="90" />
        <source>Accept (Enter, A; Ctrl+Enter from the editor)</source>
        <translation>采纳（Enter、A；在编辑区按 Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/review.py" line="91" />
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/review.py" line="92" />
        <source>Correct the fields before accepting (E)</source>
        <translation>先修改字段再采纳（E）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/review.py" line="93" />
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/review.py" line="94" />
        <source>Reject (Delete, R); it will not come back</source>
        <translation>驳回（Delete、R）；驳回后不再出现</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/review.py" line="95" />
        <source>Enter/A accept · E edit · Delete/R reject · ↑↓ move</source>
        <translation>Enter/A 采纳 · E 修改 · Delete/R 驳回 · ↑↓ 移动</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <location filename="../../tracker/ui/search/filters.py" line="66" />
        <location filename="../../tracker/ui/search/filters.py" line="114" />
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/filters.py" line="98" />
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/filters.py" line="99" />
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/filters.py" line="100" />
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/filters.py" line="101" />
        <source>T&amp;ype:</source>
        <translation>文种(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/filters.py" line="102" />
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/filters.py" line="104" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/filters.py" line="108" />
        <source>All types</source>
        <translation>全部文种</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../tracker/ui/search/page.py" line="101" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/page.py" line="190" />
        <source>%1 documents, %2 commitments (%3 ms)</source>
        <translation>找到 %1 篇文档、%2 条承诺（用时 %3 毫秒）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/page.py" line="198" />
        <source>The query only excludes words (-word, NOT word): add a word to look for.</source>
        <translation>查询中只有排除词（-词 或 NOT 词），请再输入一个要查找的词。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/page.py" line="201" />
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/page.py" line="204" />
        <source>Type words to find in every document and commitment, e.g. 碳汇 or 黑臭水体 (Simplified and Traditional both match).

Words separated by spaces must all appear; OR finds either; -word excludes; "quotes" keep a phrase together.</source>
        <translation>输入要在全部文档和承诺中查找的词，例如 碳汇、黑臭水体（简体、繁体均可查到）。

空格分隔的多个词须同时出现；用 OR 表示任一即可；-词 表示排除；"引号" 内的词组按原样整体查找。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/page.py" line="209" />
        <source>Nothing found for “%1” with these filters. Clear a filter or try a shorter word.</source>
        <translation>在当前筛选条件下没有找到“%1”。可清除部分筛选条件，或换一个更短的词再试。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/page.py" line="211" />
        <source>Nothing found for “%1”. Try a shorter word, or fewer words.</source>
        <translation>没有找到“%1”。可换一个更短的词，或减少查询词再试。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/page.py" line="237" />
        <source>Search all documents and commitments (Ctrl+K) — e.g. 碳汇 OR 林业 -煤炭</source>
        <translation>在全部文档和承诺中搜索（Ctrl+K），例如：碳汇 OR 林业 -煤炭</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/page.py" line="238" />
        <source>&amp;Search all documents…</source>
        <translation>全文搜索(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../tracker/ui/search/results_model.py" line="67" />
        <source>Show more documents (%1 more)…</source>
        <translation>显示更多文档（还有 %1 篇）…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/results_model.py" line="88" />
        <source>undated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/results_model.py" line="89" />
        <source>no region</source>
        <translation>未定地区</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/results_model.py" line="91" />
        <source>%1 hits</source>
        <translation>%1 处</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/results_model.py" line="100" />
        <source>%1 more hits in this document</source>
        <translation>本文档另有 %1 处未列出</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/results_model.py" line="105" />
        <source>Commitments (%1)</source>
        <translation>匹配的承诺（%1 条）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/results_model.py" line="117" />
        <source>Notes: </source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/search/results_model.py" line="120" />
        <source>in: %1</source>
        <translation>出处：%1</translation>
    </message>
</context>
<context>
    <name>_BodyRow</name>
    <message>
        <location filename="../../tracker/ui/reader/fields.py" line="65" />
        <source>Body, e.g. 市生态环境局</source>
        <translation>单位，如 市生态环境局</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/fields.py" line="66" />
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/fields.py" line="67" />
        <source>Support</source>
        <translation>配合</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/reader/fields.py" line="68" />
        <source>Remove this body</source>
        <translation>删除该单位</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../tracker/ui/labels.py" line="15" />
        <source>Meeting report</source>
        <translation>会议报道</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="16" />
        <source>Speech</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="17" />
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="18" />
        <source>Work report</source>
        <translation>工作报告</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="19" />
        <source>Plan</source>
        <translation>规划/方案</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="20" />
        <source>Rectification list</source>
        <translation>整改清单</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="21" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="24" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="25" />
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="26" />
        <source>Deliverable</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="27" />
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="30" />
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="31" />
        <source>On track</source>
        <translation>正常推进</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="32" />
        <source>At risk</source>
        <translation>存在风险</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="33" />
        <source>Achieved</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="34" />
        <source>Missed</source>
        <translation>逾期未完成</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="35" />
        <source>Superseded</source>
        <translation>已被替代</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="36" />
        <source>Unknown</source>
        <translation>情况不明</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="39" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="40" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="41" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="42" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="45" />
        <source>at least (≥)</source>
        <translation>不低于（≥）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="46" />
        <source>at most (≤)</source>
        <translation>不超过（≤）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="47" />
        <source>equal to (=)</source>
        <translation>达到（=）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="48" />
        <source>increase by</source>
        <translation>提高</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="49" />
        <source>decrease by</source>
        <translation>下降</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="50" />
        <source>eliminate (zero)</source>
        <translation>清零/消除</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="51" />
        <source>full coverage</source>
        <translation>全覆盖</translation>
    </message>
</context>
</TS>