<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlsoSeenLine</name>
    <message>
        <location filename="../../ui/reader/links.py" line="82"/>
        <source>Already registered in %1</source>
        <translation>已在%1中登记</translation>
    </message>
    <message>
        <location filename="../../ui/reader/links.py" line="82"/>
        <source>Also in: %1</source>
        <translation>也见于：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader/links.py" line="84"/>
        <source>The same words stand in these documents; click to open that record.</source>
        <translation>这些文件中有相同的表述；点击打开该条记录。</translation>
    </message>
</context>
<context>
    <name>BodiesEditor</name>
    <message>
        <location filename="../../ui/reader/fields.py" line="133"/>
        <source>Add a body</source>
        <translation>添加责任单位</translation>
    </message>
</context>
<context>
    <name>BreakdownDialog</name>
    <message>
        <location filename="../../ui/table/followup.py" line="67"/>
        <source>Break down into tasks</source>
        <translation>分解为任务</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="68"/>
        <source>Split “%1” into tasks, one per body or step. Its status then follows its tasks.</source>
        <translation>将“%1”分解为任务，每个单位或步骤一项。分解后其状态随任务汇总。</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="72"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="72"/>
        <source>Lead body</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="73"/>
        <source>Deadline (YYYY-MM-DD)</source>
        <translation>完成时限（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="79"/>
        <source>&amp;More rows</source>
        <translation>更多行(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="109"/>
        <source>Row %1: write what the task is.</source>
        <translation>第 %1 行：请填写任务内容。</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="116"/>
        <source>Row %1: “%2” is not a date (YYYY-MM-DD).</source>
        <translation>第 %1 行：“%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="121"/>
        <source>Write at least one task.</source>
        <translation>请至少填写一项任务。</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <location filename="../../ui/reader/editor.py" line="210"/>
        <source>Edit kind</source>
        <translation>修改类型</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="212"/>
        <location filename="../../ui/reader/editor.py" line="213"/>
        <location filename="../../ui/reader/editor.py" line="356"/>
        <source>Edit deadline</source>
        <translation>修改时限</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="214"/>
        <location filename="../../ui/reader/editor.py" line="215"/>
        <location filename="../../ui/reader/editor.py" line="216"/>
        <location filename="../../ui/reader/editor.py" line="217"/>
        <location filename="../../ui/reader/editor.py" line="218"/>
        <source>Edit target</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="219"/>
        <source>Edit responsible bodies</source>
        <translation>修改责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="222"/>
        <source>Edit tags</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="271"/>
        <source>Suggestion (confidence %1) — edit, then accept</source>
        <translation>建议（置信度 %1）— 可先修改再采纳</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="274"/>
        <source>Commitment #%1 · accepted suggestion</source>
        <translation>承诺 #%1 · 采纳的建议</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="276"/>
        <source>Commitment #%1</source>
        <translation>承诺 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="281"/>
        <source>Created by %1 · last changed by %2</source>
        <translation>创建：%1 · 最后修改：%2</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="282"/>
        <location filename="../../ui/reader/editor.py" line="283"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="299"/>
        <source>(no region) — choose…</source>
        <translation>（未指定地区）— 选择…</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="312"/>
        <source>The deadline date %1 is not a date (YYYY-MM-DD).</source>
        <translation>时限日期 %1 不是有效日期（格式 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="321"/>
        <source>The target value “%1” is not a number or a range such as 5–5.5.</source>
        <translation>目标值“%1”不是数字，也不是 5–5.5 这样的区间。</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="371"/>
        <source>Edit region</source>
        <translation>修改地区</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="385"/>
        <source>Edit notes</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="391"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="391"/>
        <source>Deadline &amp;words</source>
        <translation>时限原文(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="392"/>
        <source>Due &amp;date</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="392"/>
        <source>&amp;Metric</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="393"/>
        <source>&amp;Target</source>
        <translation>目标值(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="393"/>
        <source>Res&amp;ponsible</source>
        <translation>责任单位(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="394"/>
        <source>&amp;Region</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="394"/>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="395"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="395"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="408"/>
        <source>as written, e.g. 2025年底前</source>
        <translation>按原文填写，如 2025年底前</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="409"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="410"/>
        <source>e.g. 优良水体比例</source>
        <translation>如 优良水体比例</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="411"/>
        <source>80 or 5–5.5</source>
        <translation>80 或 5–5.5</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="412"/>
        <source>themes, separated by 、</source>
        <translation>主题，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="413"/>
        <source>Back to the document&apos;s region</source>
        <translation>恢复为文档所属地区</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="414"/>
        <source>Change history…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="415"/>
        <source>Who changed this commitment, when, and what</source>
        <translation>谁在何时修改了此承诺的哪些内容</translation>
    </message>
    <message>
        <location filename="../../ui/reader/editor.py" line="416"/>
        <source>Select a highlight or a commitment in the list, or select text and press Ctrl+T to tag a new commitment.</source>
        <translation>点击正文中的高亮或列表中的承诺进行编辑；也可选中文字后按 Ctrl+T 标记新的承诺。</translation>
    </message>
</context>
<context>
    <name>CommitmentListModel</name>
    <message>
        <location filename="../../ui/reader/lists.py" line="68"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/team/conflict.py" line="36"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="36"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="37"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="38"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="39"/>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="40"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="41"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="42"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="43"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="44"/>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="85"/>
        <source>Someone else changed this commitment</source>
        <translation>他人已修改此承诺</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="89"/>
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="96"/>
        <source>“%1” was deleted by someone else after you opened it. Your change was not saved.</source>
        <translation>“%1”在您打开后已被他人删除，您的修改未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="99"/>
        <source>“%1” was changed by %2 (%3) after you opened it. Your change was not saved. Compare the two versions and choose which to keep; the other stays in the change history.</source>
        <translation>“%1”在您打开后已被 %2 修改（%3），您的修改未保存。请对照两个版本选择保留哪一个；另一个版本仍留在修改记录中。</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="111"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="111"/>
        <source>My version</source>
        <translation>我的版本</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="112"/>
        <source>Their version (%1)</source>
        <translation>对方的版本（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="136"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="137"/>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="138"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="139"/>
        <source>Save my version over theirs</source>
        <translation>用我的版本覆盖对方的版本</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="140"/>
        <source>Drop my change and show their version</source>
        <translation>放弃我的修改，显示对方的版本</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="141"/>
        <source>Start from their version with my values filled in, and change what is needed</source>
        <translation>以对方的版本为基础填入我的值，再按需修改</translation>
    </message>
    <message>
        <location filename="../../ui/team/conflict.py" line="189"/>
        <source>Keep my version</source>
        <translation>保留我的版本</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/table/detail.py" line="62"/>
        <source>%1 commitments selected.</source>
        <translation>已选中 %1 条承诺。</translation>
    </message>
    <message>
        <location filename="../../ui/table/detail.py" line="63"/>
        <source>Choose a commitment to see its progress.</source>
        <translation>选择一条承诺，查看其进展。</translation>
    </message>
    <message>
        <location filename="../../ui/table/detail.py" line="68"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/table/detail.py" line="69"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/table/detail.py" line="70"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/table/detail.py" line="71"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ui/table/detail.py" line="73"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/table/detail.py" line="74"/>
        <source>Lead body</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/table/detail.py" line="75"/>
        <source>Supporting</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../ui/table/detail.py" line="76"/>
        <source>Document</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <location filename="../../ui/table/detail.py" line="77"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/table/detail.py" line="78"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/table/detail.py" line="92"/>
        <source>Progress</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <location filename="../../ui/table/detail.py" line="95"/>
        <source>No progress entries yet. Change the status (Ctrl+U) to record one.</source>
        <translation>还没有进展记录。更改状态（Ctrl+U）即可记录一条。</translation>
    </message>
</context>
<context>
    <name>DocumentDetails</name>
    <message>
        <location filename="../../ui/documents.py" line="160"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="177"/>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="140"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="184"/>
        <source>The date changed</source>
        <translation>日期已更改</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="185"/>
        <source>Re-run the suggestions with the new date? Deadlines written relative to it (三年内, 年底前) in the suggestions and the registered commitments are read again; deadlines you set by hand stay.</source>
        <translation>按新日期重新生成建议吗？建议和已登记承诺中相对于文档日期的时限（三年内、年底前）将重新计算；手动设置的时限保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="199"/>
        <source>Remove document</source>
        <translation>移除文档</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="202"/>
        <source>Remove “%1” from the library? Undo with Ctrl+Z.</source>
        <translation>从文档库移除“%1”吗？可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="205"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="210"/>
        <source>“%1” has %2 registered commitments with %3 progress entries. What should happen to them?</source>
        <translation>“%1”有 %2 条已登记承诺，共 %3 条进展记录。如何处理这些承诺？</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="216"/>
        <source>Kept commitments stay in the register with their progress, no longer linked to a text. Undo with Ctrl+Z.</source>
        <translation>保留的承诺连同进展记录留在台账中，但不再关联原文。可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="221"/>
        <source>Keep the commitments</source>
        <translation>保留承诺</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="223"/>
        <source>Remove them too</source>
        <translation>一并移除</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../ui/documents.py" line="33"/>
        <source>Document details</source>
        <translation>文档详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="37"/>
        <source>YYYY-MM-DD (empty: no date)</source>
        <translation>年-月-日，如 2026-02-10（留空：无日期）</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="44"/>
        <source>A province, city or county (empty: none)</source>
        <translation>省、市或县（留空：无）</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="50"/>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="51"/>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="61"/>
        <source>Deadlines written relative to the date (三年内, 年底前) move with it; undo with Ctrl+Z.</source>
        <translation>相对于文档日期的时限（三年内、年底前）随日期一起调整；可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="67"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="68"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="69"/>
        <source>T&amp;ype</source>
        <translation>类型(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="70"/>
        <source>&amp;Issuer</source>
        <translation>发文机关(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="71"/>
        <source>&amp;Region</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="72"/>
        <source>&amp;Script</source>
        <translation>字形(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="73"/>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="89"/>
        <source>The title cannot be empty.</source>
        <translation>标题不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="94"/>
        <source>“%1” is not a date: write it as 2026-02-10.</source>
        <translation>“%1”不是日期：请写成 2026-02-10 的形式。</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="99"/>
        <source>“%1” is not a known region.</source>
        <translation>“%1”不是已知的地区。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="75"/>
        <location filename="../../ui/table/ledger_dialogs.py" line="123"/>
        <source>Export commitments</source>
        <translation>导出承诺</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="78"/>
        <source>Excel work ledger (.xlsx)</source>
        <translation>Excel 工作台账（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="78"/>
        <source>CSV (.csv)</source>
        <translation>CSV（.csv）</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="80"/>
        <source>The %1 rows shown</source>
        <translation>当前显示的 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="81"/>
        <source>The %1 selected rows</source>
        <translation>选中的 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="86"/>
        <source>Columns shown</source>
        <translation>当前显示的列</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="87"/>
        <source>All columns (imports back without loss)</source>
        <translation>全部列（可无损导回）</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="89"/>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 带 BOM（Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="91"/>
        <source>Commitment ledger %1</source>
        <translation>承诺台账 %1</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="93"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="94"/>
        <source>Rows:</source>
        <translation>行：</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="95"/>
        <source>CSV columns:</source>
        <translation>CSV 列：</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="97"/>
        <source>CSV encoding:</source>
        <translation>CSV 编码：</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="99"/>
        <source>&amp;Title row:</source>
        <translation>标题行(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="139"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="147"/>
        <source>%1 rows written to %2</source>
        <translation>已将 %1 行写入 %2</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="152"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="152"/>
        <source>%1 could not be written:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/reader/find.py" line="182"/>
        <source>Find failed: %1</source>
        <translation>查找失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader/find.py" line="245"/>
        <source>Finding…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../../ui/reader/find.py" line="253"/>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../ui/reader/find.py" line="255"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 处</translation>
    </message>
    <message>
        <location filename="../../ui/reader/find.py" line="302"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/reader/find.py" line="303"/>
        <source>Find in this document (简/繁 both match)</source>
        <translation>在本文档中查找（简体、繁体均可匹配）</translation>
    </message>
    <message>
        <location filename="../../ui/reader/find.py" line="304"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一处（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../ui/reader/find.py" line="305"/>
        <source>Next match (Enter, F3)</source>
        <translation>下一处（Enter、F3）</translation>
    </message>
    <message>
        <location filename="../../ui/reader/find.py" line="306"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="124"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <location filename="../../ui/table/followup.py" line="300"/>
        <source>import progress round (%1 entries)</source>
        <translation>导入进度填报（%1 条）</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="428"/>
        <source>break down into %1 tasks</source>
        <translation>分解为 %1 项任务</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/team/history.py" line="36"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="37"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="39"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="40"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="41"/>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="42"/>
        <source>Deadline (words)</source>
        <translation>期限原文</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="43"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="44"/>
        <source>Deadline precision</source>
        <translation>期限精度</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="45"/>
        <source>Target metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="46"/>
        <source>Comparator</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="47"/>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="48"/>
        <source>Target value (high)</source>
        <translation>目标值上限</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="49"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="50"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="51"/>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="52"/>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="53"/>
        <source>End</source>
        <translation>终点</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="54"/>
        <source>Text before</source>
        <translation>前文</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="55"/>
        <source>Text after</source>
        <translation>后文</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="56"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="57"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="58"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="59"/>
        <source>Progress note</source>
        <translation>进展说明</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="60"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="63"/>
        <source>commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="64"/>
        <source>progress entry</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="65"/>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="66"/>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="67"/>
        <source>body</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="70"/>
        <source>Created %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="71"/>
        <source>Changed %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="72"/>
        <source>Deleted %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="127"/>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="129"/>
        <source>Change history of commitment #%1</source>
        <translation>承诺 #%1 的修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="135"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="137"/>
        <location filename="../../ui/team/history.py" line="209"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="139"/>
        <location filename="../../ui/team/history.py" line="141"/>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="142"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="144"/>
        <source>Person</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="146"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="148"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="155"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="155"/>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="155"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="155"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="156"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="156"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="171"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="217"/>
        <source>No changes match the filter.</source>
        <translation>没有符合筛选条件的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="223"/>
        <source>Export change history</source>
        <translation>导出修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="224"/>
        <source>change-history-%1.csv</source>
        <translation>修改记录-%1.csv</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="225"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV（Excel 可打开）(*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/team/history.py" line="231"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/importer.py" line="41"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/importer.py" line="41"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/importer.py" line="43"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/importer.py" line="56"/>
        <source>Importing %1 of %2: %3</source>
        <translation>正在导入第 %1 / %2 个：%3</translation>
    </message>
    <message>
        <location filename="../../ui/importer.py" line="82"/>
        <source>%1 imported, %2 duplicates skipped, %3 errors.</source>
        <translation>已导入 %1 个，跳过重复 %2 个，出错 %3 个。</translation>
    </message>
    <message>
        <location filename="../../ui/importer.py" line="87"/>
        <source>Demo register: %1 commitments with deadlines, themes and %2 dated progress entries (invented for the demonstration, marked 【演示数据】).</source>
        <translation>示例台账：%1 条承诺，含时限、主题和 %2 条带日期的进展记录（为演示而虚构，标有【演示数据】）。</translation>
    </message>
    <message>
        <location filename="../../ui/importer.py" line="93"/>
        <source>• %1: same text as “%2”</source>
        <translation>• %1：与“%2”内容相同</translation>
    </message>
    <message>
        <location filename="../../ui/importer.py" line="96"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../ui/importer.py" line="107"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="160"/>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="162"/>
        <source>Ledgers</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="163"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="166"/>
        <source>Cannot read the ledger</source>
        <translation>无法读取台账</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="173"/>
        <source>%1 has no rows.</source>
        <translation>%1 中没有数据行。</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="187"/>
        <source>Import a ledger: %1</source>
        <translation>导入台账：%1</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="189"/>
        <source>Check which column holds what. Our own exports are matched by UUID and update the commitments they came from; other rows become new commitments. Nothing is written while any row has an error.</source>
        <translation>请核对每一列的含义。本软件导出的台账按 UUID 对应，更新原来的承诺；其他行作为新承诺导入。只要有一行出错，就不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="202"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="210"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="228"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="255"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="257"/>
        <source>, column “%1”</source>
        <translation>，“%1”列</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="264"/>
        <source>Skipped (not commitments): %1.</source>
        <translation>已跳过（非承诺行）：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="265"/>
        <source>row %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="269"/>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged, %5 progress entries.</source>
        <translation>共 %1 行：新增 %2 条，更新 %3 条，未变 %4 条，进展记录 %5 条。</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="275"/>
        <source>%1 rows have errors; nothing will be imported until they are corrected in the file or the columns are mapped differently.</source>
        <translation>%1 行有错误；在文件中改正或重新对应各列之前，不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="280"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="280"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="281"/>
        <source>instructions</source>
        <translation>填表说明</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="282"/>
        <source>signature</source>
        <translation>签署栏</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="296"/>
        <source>%1 skipped</source>
        <translation>%1 已跳过</translation>
    </message>
    <message>
        <location filename="../../ui/table/ledger_dialogs.py" line="297"/>
        <source>Skipped: a %1 row, not a commitment</source>
        <translation>已跳过：此行为%1，不是承诺</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../messages.py" line="176"/>
        <source>“%1” is not a number or a range of numbers</source>
        <translation>“%1”不是数字或数字范围</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="177"/>
        <source>unknown status “%1”</source>
        <translation>无法识别的状态“%1”</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="178"/>
        <source>unknown kind “%1”</source>
        <translation>无法识别的类型“%1”</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="179"/>
        <source>unknown comparator “%1”</source>
        <translation>无法识别的比较方式“%1”</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="181"/>
        <source>unknown deadline precision “%1”</source>
        <translation>无法识别的时限精度“%1”</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="182"/>
        <source>“%1” is not a UUID</source>
        <translation>“%1”不是 UUID</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="183"/>
        <source>“%1” has no year</source>
        <translation>“%1”没有年份</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="184"/>
        <source>“%1” is not a real date</source>
        <translation>“%1”不是有效日期</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="185"/>
        <source>“%1” is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="186"/>
        <source>unknown region “%1”</source>
        <translation>无法识别的地区“%1”</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="188"/>
        <source>the commitment text is empty</source>
        <translation>承诺内容为空</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="190"/>
        <source>no column is the commitment text: choose “承诺内容” above one column</source>
        <translation>没有一列是承诺内容：请在上方为其中一列选择“承诺内容”</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="193"/>
        <source>the UUID %1 is also on row %2</source>
        <translation>UUID %1 与第 %2 行重复</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../domain/messages.py" line="22"/>
        <source>{path}: this file is not a library (not an SQLite database). Choose another file, or move this one away.</source>
        <translation>{path}：此文件不是文档库（不是 SQLite 数据库）。请另选一个文件，或把这个文件移走。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="25"/>
        <source>{path}: the library file is damaged ({detail}). Restore it from a backup; the app has not changed it.</source>
        <translation>{path}：文档库文件已损坏（{detail}）。请从备份恢复；本应用没有改动它。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="28"/>
        <source>{path}: this is a folder, not a library file. Give the path of a file.</source>
        <translation>{path}：这是一个文件夹，不是文档库文件。请给出一个文件的路径。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="31"/>
        <source>{path}: the library cannot be created here ({detail}).</source>
        <translation>{path}：无法在此处创建文档库（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="33"/>
        <source>{path}: the library is read-only here; you can read and search it, but changes cannot be saved.</source>
        <translation>{path}：此处的文档库为只读；可以阅读和检索，但无法保存修改。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="36"/>
        <source>{path}: the library is read-only; this change cannot be saved. Copy the file to a folder you can write to.</source>
        <translation>{path}：文档库为只读，这项修改无法保存。请把文件复制到一个可以写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="39"/>
        <source>{path}: you may read and export this register but not change it (your role on the server has no right to write); the change was not saved. Ask the server&apos;s administrator for write access.</source>
        <translation>{path}：您对这个台账只有只读权限（您在服务器上的角色无权写入），可以查看和导出，但不能修改；本次修改未保存。如需修改，请联系服务器管理员开通写入权限。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="43"/>
        <source>{path}: the disk is full; the change was not saved and the library is as it was. Free some space and try again.</source>
        <translation>{path}：磁盘已满，修改没有保存，文档库保持原样。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="46"/>
        <source>{path}: the library could not be used ({detail}).</source>
        <translation>{path}：无法使用文档库（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="47"/>
        <source>{path}: another program kept writing to the library for more than {seconds} s; nothing was changed. Try again when it has finished.</source>
        <translation>{path}：另一个程序持续写入文档库超过 {seconds} 秒，未作任何修改。请等它写完后重试。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="50"/>
        <source>Waiting for another program that is writing to the library…</source>
        <translation>正在等待另一个程序完成对文档库的写入…</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="52"/>
        <source>The other program has finished; going on (waited {seconds:.1f} s).</source>
        <translation>另一个程序已写完，继续进行（等待了 {seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="56"/>
        <source>{path}: before upgrading, the library must be copied to a backup, and that copy failed ({detail}). Nothing was changed.</source>
        <translation>{path}：升级前须先把文档库复制为备份，但复制失败（{detail}）。未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="59"/>
        <source>{path}: upgrading the library to this version of the app failed ({detail}). The library is unchanged at its old version{backup_note}.</source>
        <translation>{path}：把文档库升级到本版本应用的格式时失败（{detail}）。文档库仍为旧版本，未被改动{backup_note}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="62"/>
        <source>; a copy made just before is at {backup}</source>
        <translation>；升级前刚做的副本在 {backup}</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="63"/>
        <source>To put that copy back: tracker --db {path} restore-backup {backup}</source>
        <translation>要放回该副本：tracker --db {path} restore-backup {backup}</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="65"/>
        <source>{path}: restored from {backup}.</source>
        <translation>{path}：已从 {backup} 恢复。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="68"/>
        <source>not a regular file (a device, pipe or socket); skipped</source>
        <translation>不是普通文件（是设备、管道或套接字），已跳过</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="70"/>
        <source>is a folder, not a file (its name ends in {suffix}); skipped</source>
        <translation>是文件夹而不是文件（名称以 {suffix} 结尾），已跳过</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="72"/>
        <source>a link pointing outside the chosen folder; skipped (not followed)</source>
        <translation>指向所选文件夹之外的链接，已跳过（未跟随）</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="74"/>
        <source>too large ({size} MB; the limit for {kind} files is {limit} MB)</source>
        <translation>文件过大（{size} MB；{kind} 文件的上限为 {limit} MB）</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="76"/>
        <source>too much text ({chars} characters; the limit is {limit})</source>
        <translation>文字过多（{chars} 个字符；上限为 {limit}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="78"/>
        <source>its contents unpack to more than {limit} MB; skipped</source>
        <translation>解压后的内容超过 {limit} MB，已跳过</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="80"/>
        <source>damaged or unreadable ({reason})</source>
        <translation>已损坏或无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="81"/>
        <source>reading took longer than {seconds} s; skipped</source>
        <translation>读取时间超过 {seconds} 秒，已跳过</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="82"/>
        <source>could not be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="84"/>
        <source>{path}: suggestions stopped at the time limit; only the first {chars} characters were read</source>
        <translation>{path}：查找建议到达时间上限而停止，只读取了前 {chars} 个字符</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="89"/>
        <source>{path}: {rows} rows or more; a ledger may have at most {limit} rows. Split it into smaller files.</source>
        <translation>{path}：有 {rows} 行或更多；一份台账最多 {limit} 行。请拆分成较小的文件。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="92"/>
        <source>{path}: the file is damaged or not a ledger ({reason}).</source>
        <translation>{path}：文件已损坏或不是台账（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="96"/>
        <source>document {doc_id} was not added to the search index: its text is too long ({chars} characters)</source>
        <translation>文档 {doc_id} 未加入检索索引：其文字过长（{chars} 个字符）</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="101"/>
        <source>{file}: not a progress-round file written by this app (its hidden sheet naming the body is missing); nothing was read from it.</source>
        <translation>{file}：不是本应用生成的进度填报表（缺少注明填报单位的隐藏工作表）；未读取其中任何内容。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="104"/>
        <source>{file}: the header row was changed (columns moved, added or removed); nothing was read from it.</source>
        <translation>{file}：表头行被改动（列被移动、增加或删除）；未读取其中任何内容。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="107"/>
        <source>{file}, row {row}: the row was changed structurally (its hidden key is missing: a row added or moved by hand); not imported.</source>
        <translation>{file}，第 {row} 行：该行结构被改动（缺少隐藏的键：手工增加或移动的行）；未导入。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="110"/>
        <source>{file}, row {row}: no commitment in the register has this row&apos;s key (the key was changed, or the commitment deleted); not imported.</source>
        <translation>{file}，第 {row} 行：台账中没有与该行的键对应的承诺（键被改动，或承诺已删除）；未导入。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="113"/>
        <source>{file}, row {row}: the row was changed structurally (the commitment&apos;s wording “{label}” differs from the register&apos;s); not imported.</source>
        <translation>{file}，第 {row} 行：该行结构被改动（承诺事项“{label}”与台账不一致）；未导入。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="116"/>
        <source>{file}, row {row}: this commitment belongs to {owner}, not to {body} whose file this is; not imported.</source>
        <translation>{file}，第 {row} 行：该承诺属于{owner}，不属于本表的填报单位{body}；未导入。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="119"/>
        <source>{file}, row {row}: “{value}” is not a status of the list in 完成情况; not imported.</source>
        <translation>{file}，第 {row} 行：完成情况“{value}”不是列表中的状态；未导入。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="122"/>
        <source>{file}, row {row}: “{value}” in 填报日期 is not a date; not imported.</source>
        <translation>{file}，第 {row} 行：填报日期“{value}”不是日期；未导入。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="124"/>
        <source>{file}, row {row}: changing the status to {status} needs a word in 进展情况 saying why; not imported.</source>
        <translation>{file}，第 {row} 行：改为“{status}”需要在进展情况中说明原因；未导入。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="127"/>
        <source>{file}, row {row}: 已完成 (closing, 销号) needs evidence in 佐证材料; not imported.</source>
        <translation>{file}，第 {row} 行：已完成（销号）需要在佐证材料中填写佐证；未导入。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="130"/>
        <source>{file}, row {row}: the same commitment is filled in again (first in {first}); not imported.</source>
        <translation>{file}，第 {row} 行：同一承诺重复填报（首次见于 {first}）；未导入。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="133"/>
        <source>{file}: the workbook could not be read ({reason}); nothing was read from it.</source>
        <translation>{file}：无法读取该工作簿（{reason}）；未读取其中任何内容。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="137"/>
        <source>{path}: the team server cannot be reached ({detail}). Check the server name and port, and that the server is running.</source>
        <translation>{path}：无法连接团队服务器（{detail}）。请检查服务器名称和端口，并确认服务器正在运行。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="140"/>
        <source>{path}: the server did not accept this user or password ({detail}). Check the user name, and the password kept in the password file (.pgpass).</source>
        <translation>{path}：服务器不接受此用户名或密码（{detail}）。请检查用户名，以及密码文件（.pgpass）中保存的密码。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="143"/>
        <source>{path}: the server has no database of this name. The administrator creates it (createdb -E UTF8 --locale=C.UTF-8 -T template0 NAME), then runs: tracker --db {path} db upgrade</source>
        <translation>{path}：服务器上没有这个名称的数据库。请管理员先创建它（createdb -E UTF8 --locale=C.UTF-8 -T template0 名称），再运行：tracker --db {path} db upgrade</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="147"/>
        <source>{path}: the database is not UTF-8 (encoding {encoding}, character type {ctype}), so Chinese cannot be searched. Create it again with: createdb -E UTF8 --locale=C.UTF-8 -T template0 NAME</source>
        <translation>{path}：数据库不是 UTF-8（编码 {encoding}，字符类型 {ctype}），无法检索中文。请重新创建：createdb -E UTF8 --locale=C.UTF-8 -T template0 名称</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="151"/>
        <source>{path}: this database holds no register yet. The administrator sets it up with: tracker --db {path} db upgrade</source>
        <translation>{path}：此数据库中还没有台账。请管理员运行以下命令建立：tracker --db {path} db upgrade</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="154"/>
        <source>{path}: the register on the server has schema {current}, older than this app&apos;s {head}. The administrator upgrades it with: tracker --db {path} db upgrade</source>
        <translation>{path}：服务器上的台账结构版本为 {current}，比本应用的 {head} 旧。请管理员运行以下命令升级：tracker --db {path} db upgrade</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="157"/>
        <source>{path}: the register on the server has schema {current}, which this version of the app does not know (newest known: {head}). Please update the app.</source>
        <translation>{path}：服务器上的台账结构版本为 {current}，本版本应用无法识别（已知最新：{head}）。请更新本应用。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="160"/>
        <source>{path}: connected (PostgreSQL {version}, schema {revision}).</source>
        <translation>{path}：已连接（PostgreSQL {version}，结构版本 {revision}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="162"/>
        <source>{path}: the register is now at schema {revision} (was {before}).</source>
        <translation>{path}：台账结构已升级到 {revision}（原为 {before}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="164"/>
        <source>{path}: the register is already at schema {revision}; nothing to do.</source>
        <translation>{path}：台账结构已是 {revision}，无需升级。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="166"/>
        <source>{path}: this is a file; a file library is upgraded automatically when it is opened (with a backup first). tracker db upgrade is for a team server.</source>
        <translation>{path}：这是一个文件；文件型文档库在打开时会自动升级（升级前先备份）。tracker db upgrade 用于团队服务器。</translation>
    </message>
    <message>
        <location filename="../../domain/messages.py" line="171"/>
        <source>{what} was changed by {who} since you opened it; your change was not saved. Compare the two versions and choose which to keep.</source>
        <translation>{what} 在您打开后已被 {who} 修改，您的修改未保存。请对照两个版本选择保留哪一个。</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../ui/library.py" line="32"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="32"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="32"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="32"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="33"/>
        <source>Commitments</source>
        <translation>承诺数</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../ui/library.py" line="291"/>
        <source>Filter documents (title, region, date…)</source>
        <translation>筛选文档（标题、地区、日期…）</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="293"/>
        <source>The library is empty.
Import policy documents (txt, HTML, Word, PDF) — or drag files here — or start with the demo library: five documents with a register.</source>
        <translation>文档库还是空的。
请导入政策文件（txt、HTML、Word、PDF），或把文件拖到这里，也可以先载入示例文档库：五篇政策文件及其承诺台账。</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="295"/>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="296"/>
        <source>Load the demo library</source>
        <translation>载入示例文档库</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78"/>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>Correct the title, date, type, issuer, region (F2)</source>
        <translation>更正标题、日期、类型、发文机关、地区（F2）</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="82"/>
        <source>Remove from the library…</source>
        <translation>从文档库移除…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Policy Commitment Tracker</source>
        <translation>政策承诺跟踪</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Opening the library…</source>
        <translation>正在打开文档库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Load the &amp;demo library</source>
        <translation>载入示例文档库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Team server…</source>
        <translation>团队服务器…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Your name in the change history…</source>
        <translation>我在修改记录中的姓名…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Apply theme keywords to all commitments</source>
        <translation>按主题关键词为全部承诺标注主题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>Theme keywords…</source>
        <translation>主题关键词…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Library</source>
        <translation>文档库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>This library is read-only: you can read and search it, but changes cannot be saved.</source>
        <translation>此文档库为只读：可以阅读和检索，但无法保存修改。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>The name shown in the change history beside your login:</source>
        <translation>修改记录中显示在登录名旁的姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="506"/>
        <source>The library could not be opened:
%1</source>
        <translation>无法打开文档库：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="509"/>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>Cannot open the library</source>
        <translation>无法打开文档库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="512"/>
        <source>The library could not be upgraded to this version of the app. It was left as it was.

%1</source>
        <translation>文档库未能升级到本版本应用的格式，已保持原样。

%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="515"/>
        <source>Restore the copy made before the upgrade</source>
        <translation>恢复升级前备份的副本</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>Cannot restore the copy</source>
        <translation>无法恢复副本</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533"/>
        <source>Copy restored</source>
        <translation>副本已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="534"/>
        <source>The library was restored from %1.</source>
        <translation>已从 %1 恢复文档库。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="542"/>
        <source>Something went wrong</source>
        <translation>操作未能完成</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="585"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="585"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="586"/>
        <source>Import documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="591"/>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="622"/>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="627"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="628"/>
        <source>Policy Commitment Tracker %1
Register and follow the commitments of Chinese policy documents, offline.</source>
        <translation>政策承诺跟踪 %1
离线登记、跟踪中文政策文件中的各项承诺。</translation>
    </message>
</context>
<context>
    <name>MarkedSuggestionModel</name>
    <message>
        <location filename="../../ui/reader/links.py" line="132"/>
        <source>Registered in 《%1》</source>
        <translation>已在《%1》中登记</translation>
    </message>
    <message>
        <location filename="../../ui/reader/links.py" line="133"/>
        <source>Registered in 《%1》 and %2 more (%3 documents)</source>
        <translation>已在《%1》等 %3 份文件中登记</translation>
    </message>
    <message>
        <location filename="../../ui/reader/links.py" line="149"/>
        <source>Already registered in %1</source>
        <translation>已在%1中登记</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../ui/overview/matrix_model.py" line="81"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/overview/matrix_model.py" line="88"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/overview/matrix_model.py" line="135"/>
        <source>%1 · %2: %3 commitments (click to list them)</source>
        <translation>%1 · %2：%3 条承诺（点击列出）</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations.py" line="157"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="158"/>
        <source>The change could not be saved: %1</source>
        <translation>无法保存这项修改：%1</translation>
    </message>
</context>
<context>
    <name>OverviewFilters</name>
    <message>
        <location filename="../../ui/overview/filters.py" line="70"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../ui/overview/filters.py" line="71"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/overview/filters.py" line="72"/>
        <source>All themes</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <location filename="../../ui/overview/filters.py" line="73"/>
        <source>All bodies</source>
        <translation>全部责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/overview/filters.py" line="102"/>
        <source>&amp;Period:</source>
        <translation>期限年份(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/overview/filters.py" line="102"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/overview/filters.py" line="103"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/overview/filters.py" line="103"/>
        <source>&amp;Body:</source>
        <translation>责任单位(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/overview/filters.py" line="105"/>
        <source>The year in which the deadline falls</source>
        <translation>承诺期限所在的年份</translation>
    </message>
    <message>
        <location filename="../../ui/overview/filters.py" line="106"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview/page.py" line="194"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="282"/>
        <source>all regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="308"/>
        <source>Status of the commitments by region — %1</source>
        <translation>各地区承诺状态 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="311"/>
        <source>Commitments due per quarter, and how many were achieved — %1</source>
        <translation>各季度到期承诺及完成情况 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="356"/>
        <source>Counting the themes…</source>
        <translation>正在统计主题…</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="357"/>
        <source>Green: most are achieved or on track; red: many are overdue. Click a cell to list its commitments.</source>
        <translation>绿色：多数已完成或正常推进；红色：逾期较多。点击单元格可列出其中的承诺。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="412"/>
        <source>%1 commitments · %2 achieved · %3 overdue · %4 due within %5 days</source>
        <translation>共 %1 条承诺 · 完成率 %2 · 逾期 %3 条 · %5 天内到期 %4 条</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="417"/>
        <source> · %1 without a region</source>
        <translation> · 其中 %1 条未定地区</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="423"/>
        <source>The overview could not be counted: %1</source>
        <translation>无法统计总览：%1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="425"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="431"/>
        <source>No commitment matches these filters.</source>
        <translation>没有符合当前筛选条件的承诺。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="427"/>
        <source>No commitments yet. Tag commitments while reading a document, or load the demo library (File menu) to see how the overview works: five policy documents with a register of commitments, deadlines, themes and progress.</source>
        <translation>还没有承诺。可在阅读文档时标注承诺，或从“文件”菜单载入示例文档库，看看总览的效果：五份政策文件及其承诺台账，含时限、主题和进展。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="440"/>
        <source>Export the overview</source>
        <translation>导出总览</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="441"/>
        <source>overview.csv</source>
        <translation>承诺总览.csv</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="441"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="447"/>
        <location filename="../../ui/overview/page.py" line="462"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="448"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="454"/>
        <source>Export the charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="455"/>
        <source>overview-charts.png</source>
        <translation>承诺总览图表.png</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="455"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="463"/>
        <source>Could not write %1: check that the folder exists and can be written to.</source>
        <translation>无法写入 %1：请检查文件夹是否存在、是否可写。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="468"/>
        <source>Chart &amp;level:</source>
        <translation>图表层级(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="472"/>
        <source>One level down</source>
        <translation>下一级</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="473"/>
        <source>Provinces</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="474"/>
        <source>Prefectures</source>
        <translation>地市级</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="475"/>
        <source>Counties</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="481"/>
        <source>Regions × themes</source>
        <translation>地区 × 主题</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="482"/>
        <source>Regions × status</source>
        <translation>地区 × 状态</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="155"/>
        <location filename="../../ui/overview/page.py" line="486"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="159"/>
        <source>Count again</source>
        <translation>重新统计</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="487"/>
        <source>Save the region tree as a CSV file (Ctrl+Shift+E)</source>
        <translation>将地区汇总表保存为 CSV 文件（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="157"/>
        <location filename="../../ui/overview/page.py" line="488"/>
        <source>Export chart &amp;PNG…</source>
        <translation>导出图表 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="489"/>
        <source>Save both charts as one PNG image (Ctrl+Shift+G)</source>
        <translation>将两幅图表保存为一张 PNG 图片（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="490"/>
        <source>Clear filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="491"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="492"/>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
</context>
<context>
    <name>OverviewTreeModel</name>
    <message>
        <location filename="../../ui/overview/tree_model.py" line="54"/>
        <location filename="../../ui/overview/tree_model.py" line="55"/>
        <location filename="../../ui/overview/tree_model.py" line="217"/>
        <source>No region</source>
        <translation>未定地区</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tree_model.py" line="105"/>
        <source>Commitments with this light (warning window: %1 days)</source>
        <translation>亮此灯的承诺（预警期：%1 天）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tree_model.py" line="108"/>
        <source>Achieved commitments as a share of all</source>
        <translation>已完成承诺占全部承诺的比例</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tree_model.py" line="110"/>
        <source>Deadline passed and not achieved (nor superseded)</source>
        <translation>期限已过且未完成（也未被替代）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tree_model.py" line="112"/>
        <source>Not achieved yet, deadline within the next %1 days</source>
        <translation>尚未完成，期限在今后 %1 天内</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tree_model.py" line="118"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tree_model.py" line="120"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tree_model.py" line="126"/>
        <source>Achieved</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tree_model.py" line="128"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tree_model.py" line="129"/>
        <source>Due ≤%1 days</source>
        <translation>%1天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tree_model.py" line="187"/>
        <source>Commitments without a region: give them one to see them in the tree</source>
        <translation>未指定地区的承诺：为其指定地区后即可在树中显示</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tree_model.py" line="191"/>
        <source>%1 set for the region itself, the rest in the divisions below</source>
        <translation>其中 %1 条属本级，其余属下级区划</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tree_model.py" line="193"/>
        <source>Double-click or press Enter to list these commitments</source>
        <translation>双击或按回车键列出这些承诺</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="29"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="30"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuarterChart</name>
    <message>
        <location filename="../../ui/overview/charts.py" line="278"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="279"/>
        <source>Not yet due, or superseded</source>
        <translation>未到期或已被替代</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="281"/>
        <source>Today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="293"/>
        <source>No commitment has a deadline</source>
        <translation>这些承诺都没有设定期限</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="318"/>
        <source>Commitments due</source>
        <translation>到期承诺数（条）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="337"/>
        <source>%1 – %2: nothing due</source>
        <translation>%1 – %2：无到期承诺</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="421"/>
        <source>%1: %2 due, %3 achieved, %4 overdue</source>
        <translation>%1：到期 %2 条，已完成 %3 条，逾期 %4 条</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../ui/team/readonly.py" line="25"/>
        <source>Read-only: you can read, search and export this register, but not change it.</source>
        <translation>只读：您可以阅读、搜索和导出本台账，但不能修改。</translation>
    </message>
</context>
<context>
    <name>ReaderCommands</name>
    <message>
        <location filename="../../ui/reader/commands.py" line="14"/>
        <source>Tag “%1”</source>
        <translation>标记“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/reader/commands.py" line="18"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/reader/commands.py" line="22"/>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../../ui/reader/commands.py" line="26"/>
        <source>Accept “%1”</source>
        <translation>采纳“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/reader/commands.py" line="30"/>
        <source>Reject “%1”</source>
        <translation>驳回“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/reader/commands.py" line="34"/>
        <source>Accept %1 suggestions</source>
        <translation>采纳 %1 条建议</translation>
    </message>
    <message>
        <location filename="../../ui/reader/commands.py" line="39"/>
        <source>Reject %1 suggestions</source>
        <translation>驳回 %1 条建议</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../../ui/reader/page.py" line="63"/>
        <location filename="../../ui/reader/page.py" line="223"/>
        <source>Reader</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../../ui/reader/page.py" line="307"/>
        <source>No document open</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <location filename="../../ui/reader/page.py" line="311"/>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <location filename="../../ui/reader/page.py" line="360"/>
        <location filename="../../ui/reader/page.py" line="630"/>
        <source>Commitments (%1)</source>
        <translation>承诺（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/reader/page.py" line="509"/>
        <source>Select the words of the commitment in the text first.</source>
        <translation>请先在正文中选中承诺的文字。</translation>
    </message>
    <message>
        <location filename="../../ui/reader/page.py" line="524"/>
        <location filename="../../ui/reader/page.py" line="535"/>
        <source>Change span</source>
        <translation>调整范围</translation>
    </message>
    <message>
        <location filename="../../ui/reader/page.py" line="579"/>
        <source>A note is needed</source>
        <translation>需要说明</translation>
    </message>
    <message>
        <location filename="../../ui/reader/page.py" line="580"/>
        <source>Say why the status changes from “%1” to “%2”:</source>
        <translation>请说明状态由“%1”改为“%2”的原因：</translation>
    </message>
    <message>
        <location filename="../../ui/reader/page.py" line="595"/>
        <location filename="../../ui/reader/page.py" line="599"/>
        <source>The change could not be saved: %1</source>
        <translation>无法保存这项修改：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader/page.py" line="608"/>
        <source>Your values are in the editor on top of theirs: change what is needed; each field is saved when you leave it.</source>
        <translation>您的值已填入编辑区（基于对方的版本）：请按需修改，离开字段时即保存。</translation>
    </message>
    <message>
        <location filename="../../ui/reader/page.py" line="632"/>
        <location filename="../../ui/reader/reviewing.py" line="118"/>
        <source>Suggestions (%1)</source>
        <translation>建议（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85"/>
        <source>Tag as commitment</source>
        <translation>标记为承诺</translation>
    </message>
    <message>
        <location filename="../../ui/reader/page.py" line="570"/>
        <source>Closing a commitment (marking it achieved, 销号) needs evidence: select it in the commitments table and change its status there (Ctrl+U), with a link, a file or words in a document.</source>
        <translation>销号（标记为已完成）需要佐证材料：请在承诺台账中选中该承诺，用“更改状态”（Ctrl+U）附上链接、文件或文件中的文字。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>Tag the selected words as a commitment (Ctrl+T)</source>
        <translation>把选中的文字标记为承诺（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88"/>
        <source>Span to selection</source>
        <translation>范围改为选中文字</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="89"/>
        <source>Move the current commitment to the selected words (Ctrl+Shift+T); Alt+←/→ and Alt+Shift+←/→ move its start and end</source>
        <translation>把当前承诺的范围改为选中的文字（Ctrl+Shift+T）；Alt+←/→、Alt+Shift+←/→ 移动起点和终点</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="92"/>
        <source>Delete commitment</source>
        <translation>删除承诺</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="94"/>
        <source>Previous commitment</source>
        <translation>上一条承诺</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>Next commitment</source>
        <translation>下一条承诺</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99"/>
        <source>Start one character earlier</source>
        <translation>起点前移一字</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="101"/>
        <source>Start one character later</source>
        <translation>起点后移一字</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>End one character earlier</source>
        <translation>终点前移一字</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="105"/>
        <source>End one character later</source>
        <translation>终点后移一字</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="106"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="108"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="110"/>
        <source>Normal text size</source>
        <translation>正常字号</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="112"/>
        <source>Accept suggestion</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="114"/>
        <source>Reject suggestion</source>
        <translation>驳回建议</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="116"/>
        <source>Review suggestions</source>
        <translation>审核建议</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="119"/>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="121"/>
        <source>Find next</source>
        <translation>查找下一处</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="122"/>
        <source>Find previous</source>
        <translation>查找上一处</translation>
    </message>
    <message>
        <location filename="../../ui/reader/page.py" line="627"/>
        <source>Choose a document in the library on the left to read it.

Select words and press Ctrl+T to tag a commitment; suggestions wait in the review tab.</source>
        <translation>请在左侧文档库中选择一篇文档阅读。

选中文字后按 Ctrl+T 即可标记为承诺；自动找出的建议在“建议”页等待审核。</translation>
    </message>
    <message>
        <location filename="../../ui/reader/reviewing.py" line="170"/>
        <source>No suggestion shown has a confidence of %1 or more.</source>
        <translation>当前显示的建议中没有置信度达到 %1 的。</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../messages.py" line="110"/>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="112"/>
        <source>binary file: the content is %1, not text</source>
        <translation>二进制文件：内容是%1，不是文本</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="114"/>
        <source>not a %1 file: the content is %2</source>
        <translation>不是 %1 文件：内容是%2</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="116"/>
        <source>binary data (NUL bytes), not text</source>
        <translation>二进制数据（含 NUL 字节），不是文本</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="118"/>
        <source>unsupported file type &apos;%1&apos; (supported: %2)</source>
        <translation>不支持的文件类型“%1”（支持：%2）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="120"/>
        <source>no document text found (empty, or only page furniture)</source>
        <translation>未找到正文（文件为空，或只有页面栏目等无关内容）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="121"/>
        <source>file not found</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="122"/>
        <source>is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="124"/>
        <source>permission denied: the file cannot be read</source>
        <translation>没有权限：无法读取该文件</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="125"/>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="127"/>
        <source>not text in any supported encoding (UTF-8/16, GB18030, Big5)</source>
        <translation>不是任何支持的编码的文本（UTF-8/16、GB18030、Big5）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="129"/>
        <source>corrupt Word document (not a valid ZIP package: %1)</source>
        <translation>Word 文档已损坏（不是有效的 ZIP 包：%1）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="131"/>
        <source>ZIP archive without word/document.xml: not a Word document</source>
        <translation>ZIP 压缩包中没有 word/document.xml：不是 Word 文档</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="132"/>
        <source>corrupt Word document (%1)</source>
        <translation>Word 文档已损坏（%1）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="134"/>
        <source>encrypted PDF: needs a password</source>
        <translation>加密的 PDF：需要密码</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="136"/>
        <source>corrupt or truncated PDF (%1)</source>
        <translation>PDF 已损坏或不完整（%1）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="138"/>
        <source>扫描件/no text layer: the PDF holds only images and needs OCR</source>
        <translation>扫描件：该 PDF 只有图片、没有文字层，需要先做文字识别（OCR）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="141"/>
        <source>%1: the text is neither UTF-8, UTF-16 nor GB18030</source>
        <translation>%1：文本编码既不是 UTF-8、UTF-16，也不是 GB18030</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="143"/>
        <source>%1: not a ledger file (use .csv or .xlsx)</source>
        <translation>%1：不是台账文件（请使用 .csv 或 .xlsx）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="145"/>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1：无法读取该文件（%2）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="147"/>
        <source>%1: not a readable CSV file (%2)</source>
        <translation>%1：不是可读取的 CSV 文件（%2）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="149"/>
        <source>%1: not a readable .xlsx workbook (%2)</source>
        <translation>%1：不是可读取的 .xlsx 工作簿（%2）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="151"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="156"/>
        <source>the title cannot be empty</source>
        <translation>标题不能为空</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="159"/>
        <source>unknown region: %1 (give a name such as 江西省 or a six-digit division code)</source>
        <translation>无法识别的地区：%1（请给出名称，如 江西省，或六位行政区划代码）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="161"/>
        <source>unknown region: %1</source>
        <translation>无法识别的地区：%1</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="163"/>
        <source>unknown region code %1</source>
        <translation>无法识别的地区代码 %1</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="165"/>
        <source>%1, line %2: expected a theme, a tab, then keywords separated by 、 (found %3)</source>
        <translation>%1，第 %2 行：应为主题、一个制表符，再接以“、”分隔的关键词（实际为 %3）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="168"/>
        <source>%1: the shipped theme keywords cannot be read (%2)</source>
        <translation>%1：无法读取随附的主题关键词（%2）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="169"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="171"/>
        <source>give a theme name and at least one keyword</source>
        <translation>请给出主题名称和至少一个关键词</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="232"/>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="232"/>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="233"/>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="233"/>
        <source>a TIFF image</source>
        <translation>TIFF 图片</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="234"/>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="235"/>
        <source>a ZIP archive (or Office file)</source>
        <translation>ZIP 压缩包（或 Office 文件）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="236"/>
        <source>an old binary Office file (.doc/.xls): save it as .docx</source>
        <translation>旧版二进制 Office 文件（.doc/.xls）：请另存为 .docx</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="237"/>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="237"/>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="238"/>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="238"/>
        <source>a program</source>
        <translation>可执行程序</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="239"/>
        <source>something else</source>
        <translation>其他格式</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../ui/reader/regions.py" line="33"/>
        <source>Choose a region</source>
        <translation>选择地区</translation>
    </message>
    <message>
        <location filename="../../ui/reader/regions.py" line="42"/>
        <source>Filter: 南昌, 东湖区…</source>
        <translation>筛选：南昌、东湖区…</translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <location filename="../../ui/table/filters.py" line="241"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="242"/>
        <source>All bodies</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="243"/>
        <source>All themes</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="248"/>
        <source>Filter by words in the commitment, its title or notes (Ctrl+F)</source>
        <translation>按承诺内容、标题或备注中的词筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="250"/>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="250"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="251"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="251"/>
        <source>&amp;Body:</source>
        <translation>责任单位(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="252"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="252"/>
        <source>Deadline &amp;from:</source>
        <translation>时限从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="253"/>
        <source>t&amp;o:</source>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="256"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="257"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="260"/>
        <source>O&amp;verdue only</source>
        <translation>只看逾期(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="262"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="265"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="276"/>
        <source>Lights: %1</source>
        <translation>灯：%1</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="279"/>
        <source>No progress for %1 days</source>
        <translation>%1 天未报进展</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="282"/>
        <source>Achieved since the last visit</source>
        <translation>上次查看以来办结</translation>
    </message>
    <message>
        <location filename="../../ui/table/filters.py" line="287"/>
        <source>Due within %1 days</source>
        <translation>%1 天内到期</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/table/model.py" line="358"/>
        <source>Commitment</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="358"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="358"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="359"/>
        <source>Lead body</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="359"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="360"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="360"/>
        <source>Status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="361"/>
        <source>Last update</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="361"/>
        <source>Document</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="362"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="362"/>
        <source>Light</source>
        <translation>灯</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="420"/>
        <source>%1 · overdue</source>
        <translation>%1 · 已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="439"/>
        <source>%1/%2 tasks achieved</source>
        <translation>已完成 %1/%2 项任务</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="454"/>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="456"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="457"/>
        <source>%1 days left</source>
        <translation>剩 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="466"/>
        <source>Lead: %1
Supporting: %2</source>
        <translation>牵头：%1
配合：%2</translation>
    </message>
    <message>
        <location filename="../../ui/table/model.py" line="471"/>
        <source>No progress reported for a long time (see the reminders&apos; settings)</source>
        <translation>长期未报送进展（见今日提醒的设置）</translation>
    </message>
</context>
<context>
    <name>ReminderPage</name>
    <message>
        <location filename="../../ui/reminders/page.py" line="171"/>
        <source>Today</source>
        <translation>今日提醒</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="196"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="197"/>
        <source>due within 7 days</source>
        <translation>7天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="198"/>
        <source>due within 30 days</source>
        <translation>30天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="199"/>
        <source>no report for %1+ days</source>
        <translation>%1天以上未报进展</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="200"/>
        <source>achieved since last visit</source>
        <translation>上次查看以来办结</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="206"/>
        <source>The deadline has passed and the commitment is not achieved</source>
        <translation>已过完成时限，尚未办结</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="207"/>
        <source>Not achieved yet, deadline within the next 7 days</source>
        <translation>尚未办结，7天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="208"/>
        <source>Not achieved yet, deadline within the next 30 days</source>
        <translation>尚未办结，30天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="209"/>
        <source>Open, and no progress reported for %1 days or more</source>
        <translation>尚未办结，且%1天以上未报送进展</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="211"/>
        <source>Marked achieved since you last opened the app</source>
        <translation>自上次打开本软件以来标记为已完成</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="219"/>
        <source>Click to list these commitments in the table</source>
        <translation>点击在台账中列出这些承诺</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="223"/>
        <source>The register is empty. Once commitments are registered (File › Load the demo library, or tag them in the reader), this page lists every morning what is overdue, falling due or without news.</source>
        <translation>台账还是空的。登记承诺后（文件 › 载入示例文档库，或在阅读页中标记），这里每天列出已逾期、即将到期和久未报送进展的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="227"/>
        <source>Nothing to chase today: no commitment is overdue, due within 30 days or without news.</source>
        <translation>今天没有需要催办的事项：没有逾期、30天内到期或久未报送进展的承诺。</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="231"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="232"/>
        <source>%1 commitments in the register. Last visit: %2.</source>
        <translation>台账共有 %1 项承诺。上次查看：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="260"/>
        <source>The settings file cannot be read, the defaults are used: %1</source>
        <translation>无法读取设置文件，已使用默认值：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="277"/>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="301"/>
        <source>Today&apos;s reminders</source>
        <translation>今日提醒</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="306"/>
        <source>%1 overdue · %2 due within 7 days · %3 within 30 days · %4 stale</source>
        <translation>逾期 %1 项 · 7天内到期 %2 项 · 30天内到期 %3 项 · 久未更新 %4 项</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="320"/>
        <source>Today&apos;s reminders · %1</source>
        <translation>今日提醒 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="323"/>
        <source>Write the periodic report (通报)…</source>
        <translation>生成通报…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="325"/>
        <source>Follow-up settings (for this library)</source>
        <translation>督办设置（本文档库）</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="326"/>
        <source>Yellow light: deadline within (days)</source>
        <translation>黄灯：距完成时限不足（天）</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="327"/>
        <source>Stale: no progress report for (days)</source>
        <translation>久未更新：未报送进展达（天）</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="328"/>
        <source>Show this page at start when there is something to chase</source>
        <translation>有需要催办的事项时，启动后先显示本页</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="330"/>
        <source>Notify in the system tray at start</source>
        <translation>启动时在系统托盘提示</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="333"/>
        <source>This desktop has no system tray</source>
        <translation>此桌面没有系统托盘</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="38"/>
        <source>Periodic report (通报)</source>
        <translation>生成通报</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="42"/>
        <location filename="../../ui/reminders/report_dialog.py" line="101"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="46"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="46"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="47"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="61"/>
        <source>Also as PDF (with LibreOffice)</source>
        <translation>同时生成 PDF（需 LibreOffice）</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="64"/>
        <source>LibreOffice (soffice) is not installed on this computer</source>
        <translation>本机未安装 LibreOffice（soffice）</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="69"/>
        <source>Written in the usual layout: title, 一、总体情况 with the counts and the status chart, 二、逾期未完成事项 by lead body, 三、临近到期事项, 四、本期办结事项, and the full list as an annex.</source>
        <translation>按通报的常用格式生成：标题，一、总体情况（数量和状态图），二、逾期未完成事项（按牵头单位），三、临近到期事项，四、本期办结事项，附件为全部事项清单。</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="77"/>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="78"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="93"/>
        <source>Q</source>
        <translation>第</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="106"/>
        <source>Save the report</source>
        <translation>保存通报</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="108"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="120"/>
        <source>Writing the report…</source>
        <translation>正在生成通报…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="127"/>
        <source>The report was written to %1 (%2 commitments).</source>
        <translation>通报已写入 %1（%2 项承诺）。</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="130"/>
        <source>PDF: %1</source>
        <translation>PDF：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="132"/>
        <source>No PDF: %1</source>
        <translation>未生成 PDF：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/report_dialog.py" line="138"/>
        <source>The report could not be written: %1</source>
        <translation>无法生成通报：%1</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../../ui/reader/review.py" line="242"/>
        <source>Why: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="243"/>
        <source>Why: the extractor gave no reason for this one.</source>
        <translation>依据：提取器未给出此条的依据。</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="247"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2 条</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="249"/>
        <source>%1 suggestions</source>
        <translation>共 %1 条建议</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="261"/>
        <source>Reading the document for commitments…</source>
        <translation>正在从文档中查找承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="263"/>
        <source>Open a document to review its suggestions.</source>
        <translation>打开文档后可在此审核建议。</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="265"/>
        <source>Suggestions could not be made: %1</source>
        <translation>无法生成建议：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="268"/>
        <source>No suggestions left to review in this document.</source>
        <translation>本文档已没有待审核的建议。</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="281"/>
        <source>Accept %1</source>
        <translation>采纳 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="282"/>
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="283"/>
        <source>Reject %1</source>
        <translation>驳回 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="289"/>
        <source>Accept the selected suggestions (Enter, A; Ctrl+Enter from the editor)</source>
        <translation>采纳所选建议（Enter、A；在编辑区按 Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="293"/>
        <source>Reject the selected suggestions (Delete, R); they will not come back</source>
        <translation>驳回所选建议（Delete、R）；驳回后不再出现</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="127"/>
        <location filename="../../ui/reader/review.py" line="295"/>
        <source>Accept all shown with confidence ≥</source>
        <translation>全部采纳：置信度 ≥</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="130"/>
        <source>Filter suggestions</source>
        <translation>筛选建议</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="297"/>
        <source>Accept every suggestion the filter shows at or above this confidence, as one step to undo (Ctrl+Shift+A)</source>
        <translation>采纳当前筛选结果中置信度不低于此值的全部建议，可一步撤销（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="299"/>
        <source>Filter: words in the text, target or reason (Ctrl+Shift+F)</source>
        <translation>筛选：原文、目标或依据中的词（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="304"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="309"/>
        <source>Enter/A accept · E edit · Delete/R reject · Shift+↑↓ select several · click a column to sort</source>
        <translation>Enter/A 采纳 · E 修改 · Delete/R 驳回 · Shift+↑↓ 多选 · 点击列标题排序</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="291"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="292"/>
        <source>Correct the fields before accepting (E)</source>
        <translation>先修改字段再采纳（E）</translation>
    </message>
    <message>
        <location filename="../../ui/reader/review.py" line="284"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../ui/table/followup.py" line="150"/>
        <source>Progress round</source>
        <translation>进度填报</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="152"/>
        <source>1. Send out: one workbook per lead body</source>
        <translation>一、下发：每个牵头单位一份填报表</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="157"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="162"/>
        <source>&amp;Write the workbooks</source>
        <translation>生成填报表(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="167"/>
        <source>Round &amp;date:</source>
        <translation>填报日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="168"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="171"/>
        <source>2. Bring back: the returned workbooks</source>
        <translation>二、回收：导入各单位报回的填报表</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="172"/>
        <source>&amp;Choose returned files…</source>
        <translation>选择报回的文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="178"/>
        <source>Body, row</source>
        <translation>填报单位、行</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="178"/>
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="178"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="178"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="179"/>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="195"/>
        <source>Problems (these rows are not imported):</source>
        <translation>问题（这些行不会导入）：</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="200"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="202"/>
        <source>Import, &amp;leaving out the rows with problems</source>
        <translation>跳过问题行并导入(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="221"/>
        <source>Folder for the workbooks</source>
        <translation>填报表存放文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="238"/>
        <source>%1 workbooks written (%2 commitments) in %3</source>
        <translation>已生成 %1 个填报表（%2 条承诺），位于 %3</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="242"/>
        <source>%1 open commitments have no responsible body and are in no workbook.</source>
        <translation>%1 条未完成的承诺没有责任单位，未列入任何填报表。</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="248"/>
        <source>Returned workbooks</source>
        <translation>报回的填报表</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="249"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="265"/>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="282"/>
        <source>Nothing read yet.</source>
        <translation>尚未读取文件。</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="285"/>
        <source>%1 files: %2 progress entries (%3 status changes), %4 rows left empty, %5 problems</source>
        <translation>%1 个文件：%2 条进展（其中 %3 条状态变更），%4 行未填写，%5 个问题</translation>
    </message>
    <message>
        <location filename="../../ui/table/followup.py" line="304"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <location filename="../../ui/search/filters.py" line="54"/>
        <location filename="../../ui/search/filters.py" line="98"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../ui/search/filters.py" line="82"/>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/search/filters.py" line="83"/>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/search/filters.py" line="84"/>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/search/filters.py" line="85"/>
        <source>T&amp;ype:</source>
        <translation>文种(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/search/filters.py" line="86"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/search/filters.py" line="88"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/search/filters.py" line="92"/>
        <source>All types</source>
        <translation>全部文种</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/search/page.py" line="102"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="197"/>
        <source>%1 documents, %2 commitments (%3 ms)</source>
        <translation>找到 %1 篇文档、%2 条承诺（用时 %3 毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="205"/>
        <source>The query only excludes words (-word, NOT word): add a word to look for.</source>
        <translation>查询中只有排除词（-词 或 NOT 词），请再输入一个要查找的词。</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="208"/>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="211"/>
        <source>Type words to find in every document and commitment, e.g. 碳汇 or 黑臭水体 (Simplified and Traditional both match).

Words separated by spaces must all appear; OR finds either; -word excludes; &quot;quotes&quot; keep a phrase together.</source>
        <translation>输入要在全部文档和承诺中查找的词，例如 碳汇、黑臭水体（简体、繁体均可查到）。

空格分隔的多个词须同时出现；用 OR 表示任一即可；-词 表示排除；&quot;引号&quot; 内的词组按原样整体查找。</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="216"/>
        <source>Nothing found for “%1” with these filters. Clear a filter or try a shorter word.</source>
        <translation>在当前筛选条件下没有找到“%1”。可清除部分筛选条件，或换一个更短的词再试。</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="218"/>
        <source>Nothing found for “%1”. Try a shorter word, or fewer words.</source>
        <translation>没有找到“%1”。可换一个更短的词，或减少查询词再试。</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="244"/>
        <source>Search all documents and commitments (Ctrl+K) — e.g. 碳汇 OR 林业 -煤炭</source>
        <translation>在全部文档和承诺中搜索（Ctrl+K），例如：碳汇 OR 林业 -煤炭</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>&amp;Search all documents…</source>
        <translation>全文搜索(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search/results_model.py" line="67"/>
        <source>Show more documents (%1 more)…</source>
        <translation>显示更多文档（还有 %1 篇）…</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="88"/>
        <source>undated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="89"/>
        <source>no region</source>
        <translation>未定地区</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="91"/>
        <source>%1 hits</source>
        <translation>%1 处</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="100"/>
        <source>%1 more hits in this document</source>
        <translation>本文档另有 %1 处未列出</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="105"/>
        <source>Commitments (%1)</source>
        <translation>匹配的承诺（%1 条）</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="117"/>
        <source>Notes: </source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/search/results_model.py" line="120"/>
        <source>in: %1</source>
        <translation>出处：%1</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../services/selftest.py" line="40"/>
        <source>open main window</source>
        <translation>打开主窗口</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="43"/>
        <source>create temporary folder</source>
        <translation>创建临时文件夹</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="44"/>
        <source>create database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="45"/>
        <source>import sample document</source>
        <translation>导入示例文件</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="46"/>
        <source>read HTML and Word</source>
        <translation>读取 HTML 和 Word</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="47"/>
        <source>find suggestions</source>
        <translation>查找建议条目</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="48"/>
        <source>search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="49"/>
        <source>export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="54"/>
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="55"/>
        <source>self-test passed in %1 s</source>
        <translation>自检通过，用时 %1 秒</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="56"/>
        <source>self-test FAILED (%1) after %2 s</source>
        <translation>自检失败（%1），用时 %2 秒</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="57"/>
        <source>temporary folder: %1</source>
        <translation>临时文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="58"/>
        <source>skipped: needs “%1”</source>
        <translation>已跳过：需要先完成“%1”</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="59"/>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="60"/>
        <source>schema %1, SQLite %2</source>
        <translation>数据库结构 %1，SQLite %2</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="61"/>
        <source>“%1”, %2 characters, region %3</source>
        <translation>“%1”，%2 字，地区 %3</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="62"/>
        <source>suggestions: %1</source>
        <translation>建议条目：%1</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="63"/>
        <source>%1 suggestions, %2 accepted as commitments</source>
        <translation>%1 条建议，%2 条采纳为承诺</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="64"/>
        <source>%1: %2 hits, %3 commitments, %4 ms</source>
        <translation>%1：%2 处命中，%3 条承诺，%4 毫秒</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="65"/>
        <source>%1 rows, %2 bytes, read back identical</source>
        <translation>%1 行，%2 字节，读回内容一致</translation>
    </message>
    <message>
        <location filename="../../services/selftest.py" line="66"/>
        <source> (no display: checked offscreen)</source>
        <translation>（没有显示器：在离屏模式下检查）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="198"/>
        <source>the window painted a blank picture</source>
        <translation>窗口画面是空白的</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="200"/>
        <source>the window (%1) does not fit the screen (%2)</source>
        <translation>窗口（%1）超出了屏幕（%2）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="202"/>
        <source>the Chinese translation (tracker_zh_CN.qm) did not load</source>
        <translation>中文翻译（tracker_zh_CN.qm）未能加载</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="204"/>
        <source>the window could not open the database: %1</source>
        <translation>窗口无法打开数据库：%1</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="206"/>
        <source>the window was not painted within %1 s</source>
        <translation>窗口在 %1 秒内没有画出</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="208"/>
        <source>the library was not ready within %1 s</source>
        <translation>文件库在 %1 秒内没有就绪</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="210"/>
        <source>the window did not finish within %1 s on %2</source>
        <translation>窗口在 %2 平台上 %1 秒内没有完成</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="212"/>
        <source>the window process on %1 ended without a result (%2)%3</source>
        <translation>%1 平台上的窗口进程未给出结果就退出了（%2）%3</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="214"/>
        <source>cannot connect to the X display: %1</source>
        <translation>无法连接到 X 显示器：%1</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="216"/>
        <source>Qt cannot be imported (%1)</source>
        <translation>无法导入 Qt（%1）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="218"/>
        <source>the window has no icon (%1)</source>
        <translation>窗口没有图标（%1）</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="220"/>
        <source>no suggestions found in the sample document</source>
        <translation>示例文件中没有找到建议条目</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="222"/>
        <source>searching %1 did not find the sample document</source>
        <translation>搜索“%1”没有找到示例文件</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="223"/>
        <source>no sample documents in %1</source>
        <translation>%1 中没有示例文件</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="227"/>
        <source>%1, Qt %2: painted %3 on a %4 screen after %5 s, pages: %6, ready after %7 s%8</source>
        <translation>%1，Qt %2：%5 秒后画出 %3 的窗口（屏幕 %4），%6 个页面，%7 秒后就绪%8</translation>
    </message>
</context>
<context>
    <name>StatusBarsChart</name>
    <message>
        <location filename="../../ui/overview/charts.py" line="200"/>
        <source>No commitments at this level</source>
        <translation>该层级没有承诺</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="225"/>
        <source>Commitments</source>
        <translation>承诺数（条）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="235"/>
        <source>%1: %2 commitments</source>
        <translation>%1：%2 条承诺</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="258"/>
        <source>Showing the %1 regions with most commitments; %2 more not shown</source>
        <translation>仅显示承诺最多的 %1 个地区，另有 %2 个未显示</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="42"/>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="44"/>
        <source>New status of %1 commitments</source>
        <translation>%1 条承诺的新状态</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="45"/>
        <source>New status of the commitment</source>
        <translation>承诺的新状态</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="56"/>
        <source>What happened, who reported it (needed when marking missed or re-opening)</source>
        <translation>进展情况、报送单位（标记逾期未完成或重新打开时必填）</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="64"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="65"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="66"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="67"/>
        <source>Words in a document</source>
        <translation>文档中的段落</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="77"/>
        <source>A file to copy into the library</source>
        <translation>复制到文档库中的文件</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="78"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="87"/>
        <source>Words quoted from that document</source>
        <translation>从该文档中摘引的文字</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="94"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="95"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="96"/>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="97"/>
        <source>Evidence:</source>
        <translation>佐证：</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="98"/>
        <source>&amp;Link:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="101"/>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="104"/>
        <source>D&amp;ocument:</source>
        <translation>文档(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="107"/>
        <source>&amp;Words:</source>
        <translation>文字(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/table/status_dialog.py" line="137"/>
        <source>Evidence file</source>
        <translation>佐证文件</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <location filename="../../ui/reader/lists.py" line="126"/>
        <source>Text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../ui/reader/lists.py" line="126"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/reader/lists.py" line="126"/>
        <source>Conf.</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../ui/reader/lists.py" line="126"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ui/reader/lists.py" line="127"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/reader/lists.py" line="127"/>
        <source>Why</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>TableCommands</name>
    <message>
        <location filename="../../ui/table/commands.py" line="19"/>
        <source>record progress</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <location filename="../../ui/table/commands.py" line="21"/>
        <source>set status to “%1”</source>
        <translation>将状态改为“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/table/commands.py" line="23"/>
        <source>set status of %1 commitments to “%2”</source>
        <translation>将 %1 条承诺的状态改为“%2”</translation>
    </message>
    <message>
        <location filename="../../ui/table/commands.py" line="29"/>
        <source>import ledger %1</source>
        <translation>导入台账 %1</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/table/page.py" line="176"/>
        <source>Commitments</source>
        <translation>承诺台账</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="307"/>
        <source>No commitments yet.

Tag them in the reader, accept suggestions there, or import a ledger (Ctrl+Shift+L).</source>
        <translation>还没有承诺。

可在阅读页标注承诺、采纳建议，或导入台账（Ctrl+Shift+L）。</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="311"/>
        <source>No commitment matches these filters.

Clear a filter to see more.</source>
        <translation>没有符合筛选条件的承诺。

清除部分筛选条件可看到更多。</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="316"/>
        <source>%1 of %2 commitments</source>
        <translation>显示 %1 条，共 %2 条承诺</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="317"/>
        <source>At least %1 of %2 commitments (counting…)</source>
        <translation>显示至少 %1 条，共 %2 条承诺（正在计数…）</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="371"/>
        <source>Baseline → target</source>
        <translation>基线 → 目标</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="375"/>
        <source>Tasks</source>
        <translation>分解任务</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="375"/>
        <source>%1/%2 tasks achieved (+ to unfold)</source>
        <translation>已完成 %1/%2 项任务（按 + 展开）</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="414"/>
        <source>Break down into tasks</source>
        <translation>分解为任务</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="415"/>
        <source>This is a task of a broken-down commitment; break down the commitment itself.</source>
        <translation>这是已分解承诺中的一项任务；请对承诺本身进行分解。</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="432"/>
        <source>No task was added.</source>
        <translation>未添加任务。</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="479"/>
        <source>Nothing to record: choose another status, or write a note.</source>
        <translation>没有可记录的内容：请选择另一个状态，或填写说明。</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="483"/>
        <source>Closing a commitment (marking it achieved, 销号) needs evidence: a link, a file or words in a document. (Turn this off in the Edit menu: “Closing asks for evidence”.)</source>
        <translation>销号（标记为已完成）需要佐证材料：链接、文件或文件中的文字。（可在“编辑”菜单中关闭“销号时要求佐证材料”。）</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="489"/>
        <source>Write a note saying why: it is needed to mark a commitment missed or to re-open a closed one.</source>
        <translation>请填写说明：标记为逾期未完成或重新打开已关闭的承诺时必须写明原因。</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="496"/>
        <source>Give the link of the evidence.</source>
        <translation>请填写佐证链接。</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="500"/>
        <source>Choose the evidence file.</source>
        <translation>请选择佐证文件。</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="505"/>
        <source>Choose the document with the evidence.</source>
        <translation>请选择含有佐证的文档。</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="508"/>
        <source>These words are not in that document: “%1”</source>
        <translation>该文档中没有这段文字：“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="618"/>
        <source>Change history…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="132"/>
        <source>Change &amp;status…</source>
        <translation>更改状态(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="135"/>
        <source>&amp;Export commitments…</source>
        <translation>导出承诺(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="137"/>
        <source>Import a &amp;ledger…</source>
        <translation>导入台账(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="139"/>
        <source>Filter commitments</source>
        <translation>筛选承诺</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="141"/>
        <source>Change &amp;history…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="145"/>
        <source>Unfold tasks (+)</source>
        <translation>展开分解任务（+）</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="148"/>
        <source>Fold tasks (-)</source>
        <translation>收起分解任务（-）</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="151"/>
        <source>&amp;Break down into tasks…</source>
        <translation>分解为任务(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="153"/>
        <source>Progress &amp;round (进度填报)…</source>
        <translation>进度填报(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="614"/>
        <source>Closing asks for evidence (销号)</source>
        <translation>销号时要求佐证材料</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="615"/>
        <source>Change status… (Ctrl+U)</source>
        <translation>更改状态…（Ctrl+U）</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="616"/>
        <source>Export… (Ctrl+E)</source>
        <translation>导出…（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ui/table/page.py" line="617"/>
        <source>Import ledger…</source>
        <translation>导入台账…</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <location filename="../../ui/team_server.py" line="50"/>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <location filename="../../ui/team_server.py" line="60"/>
        <source>Save password</source>
        <translation>保存密码</translation>
    </message>
    <message>
        <location filename="../../ui/team_server.py" line="61"/>
        <source>Open this server at start instead of the file on this computer</source>
        <translation>启动时打开此服务器，而不是本机上的文件</translation>
    </message>
    <message>
        <location filename="../../ui/team_server.py" line="64"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/team_server.py" line="70"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/team_server.py" line="71"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/team_server.py" line="72"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/team_server.py" line="73"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/team_server.py" line="77"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/team_server.py" line="81"/>
        <source>The app does not keep the password. “Save password” writes it to the password file of PostgreSQL’s client library (%1), readable by you only.</source>
        <translation>本应用不保存密码。“保存密码”会把密码写入 PostgreSQL 客户端库的密码文件（%1），只有您本人可以读取。</translation>
    </message>
    <message>
        <location filename="../../ui/team_server.py" line="121"/>
        <source>Give the server and the database.</source>
        <translation>请填写服务器和数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/team_server.py" line="136"/>
        <source>Type the password first.</source>
        <translation>请先输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/team_server.py" line="143"/>
        <source>The password file could not be written: %1</source>
        <translation>无法写入密码文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/team_server.py" line="147"/>
        <source>Password saved in %1.</source>
        <translation>密码已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ThemeKeywords</name>
    <message>
        <location filename="../../ui/themes.py" line="97"/>
        <source>Apply theme keywords</source>
        <translation>按关键词标注主题</translation>
    </message>
    <message>
        <location filename="../../ui/themes.py" line="80"/>
        <source>Theme keywords</source>
        <translation>主题关键词</translation>
    </message>
    <message>
        <location filename="../../ui/themes.py" line="92"/>
        <source>%1 themes given to %2 commitments</source>
        <translation>已为 %2 条承诺标注 %1 个主题</translation>
    </message>
</context>
<context>
    <name>ThemeKeywordsDialog</name>
    <message>
        <location filename="../../ui/themes.py" line="26"/>
        <source>Theme keywords</source>
        <translation>主题关键词</translation>
    </message>
    <message>
        <location filename="../../ui/themes.py" line="29"/>
        <source>A commitment whose words contain a keyword gets the theme when it is accepted, and when the keywords are applied to all commitments (Edit menu).</source>
        <translation>承诺原文含有某个关键词时，采纳建议时即标注该主题；也可在“编辑”菜单中对全部承诺统一标注。</translation>
    </message>
    <message>
        <location filename="../../ui/themes.py" line="37"/>
        <source>One theme a line: the theme, a tab, keywords separated by 、 (城市更新 ⇥ 老旧小区、城中村)</source>
        <translation>每行一个主题：主题名、制表符、以“、”分隔的关键词（城市更新 ⇥ 老旧小区、城中村）</translation>
    </message>
    <message>
        <location filename="../../ui/themes.py" line="39"/>
        <source>Saved in %1</source>
        <translation>保存在 %1</translation>
    </message>
    <message>
        <location filename="../../ui/themes.py" line="52"/>
        <source>Shipped with the app:</source>
        <translation>随软件提供：</translation>
    </message>
    <message>
        <location filename="../../ui/themes.py" line="54"/>
        <source>Your own (added to the above):</source>
        <translation>自定义（在上述基础上增加）：</translation>
    </message>
</context>
<context>
    <name>_BodyRow</name>
    <message>
        <location filename="../../ui/reader/fields.py" line="65"/>
        <source>Body, e.g. 市生态环境局</source>
        <translation>单位，如 市生态环境局</translation>
    </message>
    <message>
        <location filename="../../ui/reader/fields.py" line="66"/>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../ui/reader/fields.py" line="67"/>
        <source>Support</source>
        <translation>配合</translation>
    </message>
    <message>
        <location filename="../../ui/reader/fields.py" line="68"/>
        <source>Remove this body</source>
        <translation>删除该单位</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../cli.py" line="82"/>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>不是日期（应为 YYYY-MM-DD）：%1</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="87"/>
        <source>did you mean “%1”?</source>
        <translation>您是不是要输入“%1”？</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="102"/>
        <source>unknown %1 “%2”; valid: %3</source>
        <translation>无法识别的%1“%2”；可用的值：%3</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="111"/>
        <source>argument %1: invalid choice “%2” (choose from %3)</source>
        <translation>参数 %1：无效的选择“%2”（可选：%3）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="113"/>
        <source>the following arguments are required: %1</source>
        <translation>缺少必需的参数：%1</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="114"/>
        <source>unrecognized arguments: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="116"/>
        <source>argument %1: expected one argument</source>
        <translation>参数 %1 需要一个值</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="118"/>
        <source>argument %1: not a whole number: “%2”</source>
        <translation>参数 %1：“%2”不是整数</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="119"/>
        <source>argument %1: %2</source>
        <translation>参数 %1：%2</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="143"/>
        <source>%1: error: %2</source>
        <translation>%1：错误：%2</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="192"/>
        <source>give files or folders, or --samples</source>
        <translation>请给出文件或文件夹，或使用 --samples</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="202"/>
        <source>imported  %1  (%2)</source>
        <translation>已导入  %1  （%2）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="204"/>
        <source>duplicate %1: same text as “%2”, skipped</source>
        <translation>重复 %1：与“%2”内容相同，已跳过</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="206"/>
        <source>error     %1: %2</source>
        <translation>错误  %1：%2</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="231"/>
        <source>The library is empty. Try: tracker import --samples</source>
        <translation>文件库是空的。可以试试：tracker import --samples</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="233"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="233"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="234"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="234"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="235"/>
        <source>Commitments</source>
        <translation>承诺数</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="235"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="273"/>
        <source>nothing to change (give --title, --date, --type, --issuer, --region or --script)</source>
        <translation>没有要修改的内容（请给出 --title、--date、--type、--issuer、--region 或 --script）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="280"/>
        <location filename="../../cli.py" line="319"/>
        <location filename="../../cli.py" line="404"/>
        <source>no document %1 (see: tracker docs)</source>
        <translation>没有编号为 %1 的文档（参见：tracker docs）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="299"/>
        <source>document %1: nothing changed</source>
        <translation>文档 %1：没有改动</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="301"/>
        <source>document %1: %2 changed  (%3  %4  %5)</source>
        <translation>文档 %1：已修改 %2  （%3  %4  %5）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="305"/>
        <source>commitment %1: deadline “%2” %3 → %4</source>
        <translation>承诺 %1：时限“%2” %3 → %4</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="323"/>
        <source>document %1 has %2 registered commitments with %3 progress entries; say what to do with them: --commitments keep (kept on their own, with their progress) or --commitments remove (removed with their progress entries)</source>
        <translation>文档 %1 有 %2 条已登记的承诺及 %3 条进展记录；请说明如何处理：--commitments keep（单独保留，连同进展）或 --commitments remove（连同进展记录一并删除）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="334"/>
        <source>; %1 commitments (%2 progress entries) kept on their own</source>
        <translation>；%1 条承诺（%2 条进展记录）单独保留</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="337"/>
        <source>; %1 commitments (%2 progress entries) removed</source>
        <translation>；%1 条承诺（%2 条进展记录）已一并删除</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="339"/>
        <source>removed document %1 “%2”%3</source>
        <translation>已删除文档 %1“%2”%3</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="371"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="371"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="372"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="372"/>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="373"/>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="396"/>
        <source>--min-confidence is between 0 and 1, e.g. 0.9</source>
        <translation>--min-confidence 应在 0 到 1 之间，例如 0.9</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="422"/>
        <source>%1 suggestions accepted as commitments</source>
        <translation>%1 条建议已采纳为承诺</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="424"/>
        <source> (confidence ≥ %1)</source>
        <translation>（置信度 ≥ %1）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="430"/>
        <source>why: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="431"/>
        <source>%1 suggestions pending review in document %2</source>
        <translation>文档 %2 中有 %1 条建议待审核</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="444"/>
        <source>theme “%1”: %2 added to %3</source>
        <translation>主题“%1”：已把 %2 加入 %3</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="450"/>
        <source>%1 themes given to %2 commitments</source>
        <translation>已为 %2 条承诺加上 %1 个主题</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="465"/>
        <source>your own keywords: %1</source>
        <translation>您自己的关键词：%1</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="466"/>
        <source>your own keywords: %1 (not created yet)</source>
        <translation>您自己的关键词：%1（尚未创建）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="476"/>
        <source>give a query, or --rebuild</source>
        <translation>请给出检索词，或使用 --rebuild</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="484"/>
        <source>index rebuilt: %1 documents, %2 commitments%3</source>
        <translation>索引已重建：%1 个文件，%2 条承诺%3</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="504"/>
        <source>%1 hits</source>
        <translation>%1 处命中</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="508"/>
        <source>commitment %1 (document %2): %3</source>
        <translation>承诺 %1（文件 %2）：%3</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="510"/>
        <source>%1 documents, %2 commitments (%3 ms)</source>
        <translation>%1 个文件，%2 条承诺（%3 毫秒）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="565"/>
        <source>%1: the file name must end in .csv or .xlsx (the format follows it)</source>
        <translation>%1：文件名须以 .csv 或 .xlsx 结尾（按扩展名决定格式）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="579"/>
        <source>%1 commitments written to %2</source>
        <translation>已将 %1 条承诺写入 %2</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="591"/>
        <source>not a period: “%1” (give a month such as 2026-11, a quarter such as 2026Q4 or a year such as 2026)</source>
        <translation>不是有效的期间：“%1”（请写月份如 2026-11、季度如 2026Q4 或年份如 2026）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="596"/>
        <source>%1: the report&apos;s file name must end in .docx</source>
        <translation>%1：通报的文件名须以 .docx 结尾</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="613"/>
        <source>report written to %1 (%2 commitments)</source>
        <translation>通报已写入 %1（%2 项承诺）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="616"/>
        <source>PDF written to %1</source>
        <translation>PDF 已写入 %1</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="618"/>
        <source>no PDF: %1</source>
        <translation>未生成 PDF：%1</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="619"/>
        <source>LibreOffice (soffice) is not installed</source>
        <translation>未安装 LibreOffice（soffice）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="642"/>
        <source>row %1, column “%2”</source>
        <translation>第 %1 行，“%2”列</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="643"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="646"/>
        <source>%1: … and %2 more problems</source>
        <translation>%1：……另有 %2 处问题</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="649"/>
        <source>%1: row %2 skipped (%3): %4</source>
        <translation>%1：第 %2 行已跳过（%3）：%4</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="653"/>
        <source>%1 rows with errors: nothing was imported</source>
        <translation>%1 行有错误：未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="656"/>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged, %5 progress entries (would be written)</source>
        <translation>%1 行：新增 %2 条，更新 %3 条，未变 %4 条，进展记录 %5 条（试运行，未写入）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="659"/>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged, %5 progress entries (were written)</source>
        <translation>%1 行：新增 %2 条，更新 %3 条，未变 %4 条，进展记录 %5 条（已写入）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="680"/>
        <source>%1: %2 commitments → %3</source>
        <translation>%1：%2 条承诺 → %3</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="681"/>
        <source>%1 files written for %2</source>
        <translation>已为 %2 生成 %1 个文件</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="684"/>
        <source>%1 open commitments have no responsible body and are in no file</source>
        <translation>%1 条未完成的承诺没有责任单位，未列入任何文件</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="709"/>
        <source>%1 problems: nothing was imported (fix the files, or --skip-problems to leave those rows out)</source>
        <translation>%1 个问题：未导入任何内容（请修改文件，或用 --skip-problems 跳过问题行）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="713"/>
        <source>%1 progress entries, %2 status changes (would be written)</source>
        <translation>%1 条进展，%2 条状态变更（将写入）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="720"/>
        <source>%1 progress entries, %2 status changes (were written)</source>
        <translation>%1 条进展，%2 条状态变更（已写入）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="878"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="881"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="929"/>
        <source>tracker db: say check or upgrade</source>
        <translation>tracker db：请指定 check 或 upgrade</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="936"/>
        <source>%1: the library opens.</source>
        <translation>%1：文档库可以打开。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Meeting report</source>
        <translation>会议报道</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Speech</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Work report</source>
        <translation>工作报告</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Plan</source>
        <translation>规划/方案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Rectification list</source>
        <translation>整改清单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Deliverable</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>On track</source>
        <translation>正常推进</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>At risk</source>
        <translation>存在风险</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Achieved</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Missed</source>
        <translation>逾期未完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Superseded</source>
        <translation>已被替代</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Unknown</source>
        <translation>情况不明</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>at least (≥)</source>
        <translation>不低于（≥）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>at most (≤)</source>
        <translation>不超过（≤）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>equal to (=)</source>
        <translation>达到（=）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>increase by</source>
        <translation>提高</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>decrease by</source>
        <translation>下降</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>eliminate (zero)</source>
        <translation>清零/消除</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>full coverage</source>
        <translation>全覆盖</translation>
    </message>
</context>
<context>
    <name>lights</name>
    <message>
        <location filename="../../ui/widgets/lights.py" line="14"/>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lights.py" line="15"/>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lights.py" line="16"/>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lights.py" line="17"/>
        <source>Grey</source>
        <translation>灰</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lights.py" line="19"/>
        <source>stale</source>
        <translation>久未更新</translation>
    </message>
</context>
</TS>
