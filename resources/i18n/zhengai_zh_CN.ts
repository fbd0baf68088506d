<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Zhengai Workbench</source>
        <translation>关于诊改工作台</translation>
    </message>
    <message>
        <source>Zhengai Workbench</source>
        <translation>诊改工作台</translation>
    </message>
    <message>
        <source>Offline workbench for a vocational college&apos;s internal quality assurance (diagnosis and improvement).</source>
        <translation>高职院校内部质量保证体系诊断与改进的离线工作台。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>数据文件：</translation>
    </message>
    <message>
        <source>This PC:</source>
        <translation>本机身份：</translation>
    </message>
    <message>
        <source>Installation ID:</source>
        <translation>安装标识：</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>密钥编号：</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>密钥指纹：</translation>
    </message>
    <message>
        <source>Chinese text is set in WenQuanYi Micro Hei (Apache License 2.0).</source>
        <translation>中文字体：文泉驿微米黑（Apache 许可证 2.0）。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Zhengai Workbench</source>
        <translation>诊改工作台</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The change stays in the editor; undo it with Ctrl+Z.</source>
        <translation>修改仍保留在编辑器中，可按 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>CatalogCommands</name>
    <message>
        <source>New %1</source>
        <extracomment>a save wrote something (other pages showing the catalog read it again)</extracomment>
        <translation>新%1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>%1 cannot be added here.</source>
        <translation>此处不能添加%1。</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>停用%1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>恢复%1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>删除目标</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Data platform</source>
        <translation>数据平台</translation>
    </message>
    <message>
        <source>Retired: left out of the printed catalog and of new targets; subjects&apos; targets already written against it stay readable.</source>
        <extracomment>an entry&apos;s content or targets changed (its id); the page refreshes its panels the user renamed an entry in place (id, new name); the document makes it undoable</extracomment>
        <translation>已停用：不再印入目录，也不能再为其设置新目标；各对象已据此制订的目标仍可查看。</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source> (no catalog yet)</source>
        <extracomment>another catalog was opened (or none): the area points Undo/Redo at its stack the open catalog saved a change (the own-standard page reads it again)</extracomment>
        <translation>（尚无目录）</translation>
    </message>
    <message>
        <source>Read-only: standards catalogs are compiled by the quality office and sent to the departments in data bundles. This PC belongs to %1, so it shows them but cannot change them.</source>
        <translation>只读：标准目录由质量督导处编制，并随同步包下发到各部门。本机属于%1，只能查看，不能修改。</translation>
    </message>
    <message>
        <source>The open catalog could not be saved: undo the refused change first.</source>
        <translation>当前目录无法保存：请先撤销被拒绝的修改。</translation>
    </message>
    <message>
        <source>The college has no %1 for %2 on this PC yet: the quality office creates it and sends it with its next data bundle.</source>
        <translation>本机尚无学院 %2 年度的%1：由质量督导处建立，并随下一个同步包发来。</translation>
    </message>
    <message>
        <source>There is no %1 for %2 yet. Create it to edit it: it starts as a copy of the latest earlier year&apos;s catalog, or of the shipped defaults.</source>
        <translation>尚无 %2 年度的%1。建立后即可编辑：内容复制自此前最近一个年度的目录，或出厂默认内容。</translation>
    </message>
    <message>
        <source>In use: %1 own targets of majors, courses, teachers or classes are written against this catalog. Edits reach them: a renamed point shows its earlier name beside their targets, and saved entries are retired, never deleted.</source>
        <translation>使用中：专业、课程、教师或班级已依据本目录制订了 %1 条自身目标。修改会影响这些目标：条目重命名后，其目标旁会显示原名称；已保存的条目只能停用，不会删除。</translation>
    </message>
    <message>
        <source>retired %1</source>
        <translation>已停用 %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Put the retired entry back in force (can be undone)</source>
        <translation>重新启用已停用的条目（可撤销）</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Retire the current entry: greyed here, left out of the printed catalog and of new targets (Del, can be undone)</source>
        <translation>停用当前条目：在此显示为灰色，不再印入目录，也不能再为其设置新目标（Del，可撤销）</translation>
    </message>
    <message>
        <source>Targets of %1</source>
        <translation>%1 的目标</translation>
    </message>
    <message>
        <source>Targets (choose a %1)</source>
        <translation>目标（请选择%1）</translation>
    </message>
    <message>
        <source> — retired: not printed, offered for no new targets</source>
        <translation> — 已停用：不打印，也不能再设置新目标</translation>
    </message>
    <message>
        <source>No catalog is open: create the year&apos;s standards first.</source>
        <translation>未打开任何目录：请先建立本年度标准。</translation>
    </message>
    <message>
        <source>Standards Catalogs</source>
        <translation>标准目录</translation>
    </message>
    <message>
        <source>Nothing can be added inside a %1.</source>
        <translation>%1下不能再添加条目。</translation>
    </message>
    <message>
        <source>%1 After This	Insert</source>
        <translation>在此后添加%1	Insert</translation>
    </message>
    <message>
        <source>%1 Inside This</source>
        <translation>在此下添加%1</translation>
    </message>
    <message>
        <source>%1 at the Top Level</source>
        <translation>在顶层添加%1</translation>
    </message>
    <message>
        <source>“%1” is retired already; Restore brings it back.</source>
        <translation>“%1”已停用；可用“恢复”重新启用。</translation>
    </message>
    <message>
        <source>No entry holds “%1”.</source>
        <translation>没有包含“%1”的条目。</translation>
    </message>
    <message>
        <source>Created the %1 of %2.</source>
        <translation>已建立 %2 年度的%1。</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>No units yet: import the organisation first to choose a unit.</source>
        <translation>尚无部门：请先导入组织机构，再选择部门。</translation>
    </message>
    <message>
        <source>Who Uses This PC?</source>
        <translation>本机由谁使用？</translation>
    </message>
    <message>
        <source>Bundles from this PC will be signed in the name of the unit you choose here. You can change it later under File.</source>
        <translation>本机导出的同步包将以此处选择的部门名义签名。以后可在“文件”菜单中更改。</translation>
    </message>
    <message>
        <source>The &amp;quality office (collects every unit&apos;s work, reviews and reports)</source>
        <translation>质量督导处(&amp;Q)（汇总各部门工作、审核并编制报告）</translation>
    </message>
    <message>
        <source>A &amp;unit of the college:</source>
        <translation>学院的某个部门(&amp;U)：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Set up from an &amp;enrolment file from the quality office (recommended for a unit&apos;s PC)</source>
        <translation>用质量督导处发来的注册文件设置本机(&amp;E)（部门电脑推荐）</translation>
    </message>
</context>
<context>
    <name>IdentityWizard</name>
    <message>
        <source>First Start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <source>This PC&apos;s Identity</source>
        <translation>本机身份</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Problems in the Workbook</source>
        <translation>工作簿中的问题</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Welcome to Zhengai Workbench</source>
        <translation>欢迎使用诊改工作台</translation>
    </message>
    <message>
        <source>This workbench keeps your unit&apos;s one-page plans, job descriptions and standards on this PC, and exchanges them with the quality office as signed files on a USB stick. First, tell it who uses this PC.</source>
        <translation>诊改工作台在本机保存本部门的一页纸计划、岗位说明书和标准，并通过 U 盘上的签名文件与质量督导处交换。首先，请告诉它本机由谁使用。</translation>
    </message>
    <message>
        <source>This data file has no organisation yet. The quality office can import one from Excel (File → Import Organisation) after this wizard.</source>
        <translation>本数据文件中还没有组织机构。完成本向导后，质量督导处可从 Excel 导入（文件 → 从 Excel 导入组织机构）。</translation>
    </message>
</context>
<context>
    <name>JobChecks</name>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Unit duty %1 “%2” is carried out by no post.</source>
        <translation>部门职责 %1“%2”没有任何岗位承担。</translation>
    </message>
    <message>
        <source>Post “%1”: the work “%2” serves no unit duty.</source>
        <translation>岗位“%1”：工作内容“%2”没有对应部门职责。</translation>
    </message>
    <message>
        <source>“%1” standard %2: %3</source>
        <translation>“%1”标准 %2：%3</translation>
    </message>
    <message>
        <source>No problems: every duty is carried out and every field is filled.</source>
        <translation>没有问题：每项部门职责都有岗位承担，各栏均已填写。</translation>
    </message>
    <message>
        <source>Post “%1”: %2 standard line(s) with a SMART hint.</source>
        <translation>岗位“%1”：%2 条工作标准有 SMART 提示。</translation>
    </message>
    <message>
        <source>No problems in this post.</source>
        <translation>本岗位没有问题。</translation>
    </message>
</context>
<context>
    <name>JobPostEditor</name>
    <message>
        <source>‹ All Posts</source>
        <translation>‹ 全部岗位</translation>
    </message>
    <message>
        <source>Back to the department&apos;s duties and posts (Alt+Left)</source>
        <translation>返回本部门的部门职责和岗位列表（Alt+←）</translation>
    </message>
    <message>
        <source>Previous post (Ctrl+PgUp)</source>
        <translation>上一个岗位（Ctrl+PgUp）</translation>
    </message>
    <message>
        <source>Next post (Ctrl+PgDown)</source>
        <translation>下一个岗位（Ctrl+PgDown）</translation>
    </message>
    <message>
        <source>&amp;Copy Post</source>
        <translation>复制岗位(&amp;C)</translation>
    </message>
    <message>
        <source>Copy this post with its duties, work and standards, and open the copy</source>
        <translation>复制本岗位（含职责、工作内容和工作标准）并打开副本</translation>
    </message>
    <message>
        <source>&amp;Preview / Print…</source>
        <translation>预览/打印(&amp;P)…</translation>
    </message>
    <message>
        <source>See the post&apos;s form as it prints, and print it (Ctrl+P)</source>
        <translation>查看本岗位说明书的打印效果并打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Post &amp;title:</source>
        <translation>岗位名称(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. 教学管理岗位</source>
        <translation>例如：教学管理岗位</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>所属部门：</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>定员(&amp;H)：</translation>
    </message>
    <message>
        <source>定员: how many people hold this post</source>
        <translation>定员：本岗位的人数</translation>
    </message>
    <message>
        <source>C&amp;oefficient:</source>
        <translation>岗位系数(&amp;O)：</translation>
    </message>
    <message>
        <source>岗位系数, a positive number such as 1.2; may stay empty</source>
        <translation>岗位系数：正数，如 1.2；可以不填</translation>
    </message>
    <message>
        <source>&amp;Reports to:</source>
        <translation>直接上级(&amp;R)：</translation>
    </message>
    <message>
        <source>直接上级: the post this one reports to</source>
        <translation>直接上级：本岗位向谁负责</translation>
    </message>
    <message>
        <source>&amp;Supervises:</source>
        <translation>直接下级(&amp;S)：</translation>
    </message>
    <message>
        <source>直接下级: the posts this one directs; write 无 if none</source>
        <translation>直接下级：本岗位领导的岗位；没有就写“无”</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>工作职责</translation>
    </message>
    <message>
        <source>Duties of the post</source>
        <translation>岗位工作职责</translation>
    </message>
    <message>
        <source>Add &amp;Type</source>
        <translation>添加职责类型(&amp;Y)</translation>
    </message>
    <message>
        <source>Add a duty type (职责类型) below the current one (Insert in the first column)</source>
        <translation>在当前职责类型后添加职责类型（在第一列按 Insert）</translation>
    </message>
    <message>
        <source>Add &amp;Work</source>
        <translation>添加工作内容(&amp;W)</translation>
    </message>
    <message>
        <source>Add a work item (工作内容) to the current duty type (Insert in the second column)</source>
        <translation>在当前职责类型中添加工作内容（在第二列按 Insert）</translation>
    </message>
    <message>
        <source>Add &amp;Standard</source>
        <translation>添加工作标准(&amp;S)</translation>
    </message>
    <message>
        <source>Add a standard line (工作标准) to the current work item (Insert in the third column)</source>
        <translation>为当前工作内容添加一条工作标准（在第三列按 Insert）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the type, work item or standard of the current cell (Del, can be undone)</source>
        <translation>删除当前单元格的职责类型、工作内容或工作标准（Del，可撤销）</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>上移（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>下移（Ctrl+↓）</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell; paste a whole standards cell to split it into lines</source>
        <translation>按 F2 或直接输入即可编辑；粘贴整格工作标准会自动分条</translation>
    </message>
    <message>
        <source>Qualifications (the minimum for this post)</source>
        <translation>任职资格要求（本岗位的最低要求）</translation>
    </message>
    <message>
        <source>&amp;Education / title:</source>
        <translation>学历/职称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Knowledge and skills:</source>
        <translation>专业知识和技能(&amp;K)：</translation>
    </message>
    <message>
        <source>E&amp;xperience:</source>
        <translation>工作经验(&amp;X)：</translation>
    </message>
    <message>
        <source>Cer&amp;tificates:</source>
        <translation>资格证书(&amp;T)：</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Checks of the post</source>
        <translation>本岗位的检查结果</translation>
    </message>
    <message>
        <source>Click a line to go to the cell or field it is about</source>
        <translation>单击一行即可跳到相应的单元格或栏目</translation>
    </message>
</context>
<context>
    <name>JobTables</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit duty</source>
        <translation>部门职责</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>承担岗位</translation>
    </message>
    <message>
        <source>How many posts&apos; work items carry the duty out</source>
        <translation>有多少个岗位的工作内容承担这项职责</translation>
    </message>
    <message>
        <source>No post&apos;s work carries this duty out.</source>
        <translation>没有任何岗位的工作承担这项职责。</translation>
    </message>
    <message>
        <source>Carried out by: %1</source>
        <translation>承担岗位：%1</translation>
    </message>
    <message>
        <source>Edit unit duty</source>
        <translation>修改部门职责</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>定员</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>岗位系数</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>直接上级</translation>
    </message>
    <message>
        <source>Work items</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>工作标准</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>%1 problem(s)</source>
        <translation>%1 个问题</translation>
    </message>
    <message>
        <source>%1 hint(s)</source>
        <translation>%1 条提示</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>(untitled post)</source>
        <translation>（未命名岗位）</translation>
    </message>
</context>
<context>
    <name>JobsArea</name>
    <message>
        <source>Read-only: this PC belongs to %1 and edits only its own job descriptions. The quality office or the department itself can change this manual.</source>
        <extracomment>the save state, for the window&apos;s status bar (shown while the area is)</extracomment>
        <translation>只读：本机属于%1，只能修改本部门的岗位说明书。这份说明书可由质量督导处或该部门自己修改。</translation>
    </message>
    <message>
        <source>The open manual could not be saved: undo the refused change, then choose another department.</source>
        <translation>当前说明书无法保存：请先撤销被拒绝的修改，再选择其他部门。</translation>
    </message>
    <message>
        <source>The manual of %1 was changed elsewhere and has been read again.</source>
        <translation>%1的岗位说明书已在别处修改（如同步导入），已重新读取。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Imported: %1 duties, %2 posts, %3 standard lines.</source>
        <translation>已导入：部门职责 %1 项，岗位 %2 个，工作标准 %3 条。</translation>
    </message>
</context>
<context>
    <name>JobsExcel</name>
    <message>
        <source>Export Job Descriptions to Excel</source>
        <translation>导出岗位说明书到 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Import Job Descriptions from Excel</source>
        <translation>从 Excel 导入岗位说明书</translation>
    </message>
    <message>
        <source>The file holds the job descriptions of %1. Import them into %2, replacing its %3 duties and %4 posts? Undo (Ctrl+Z) brings the current manual back.</source>
        <translation>文件中是%1的岗位说明书。要导入到%2，替换其现有的 %3 项部门职责和 %4 个岗位吗？撤销（Ctrl+Z）可恢复当前说明书。</translation>
    </message>
    <message>
        <source>Replace the job descriptions of %2 (%3 duties, %4 posts) with the file&apos;s? Undo (Ctrl+Z) brings the current manual back.</source>
        <translation>用文件内容替换%2的岗位说明书（现有部门职责 %3 项、岗位 %4 个）吗？撤销（Ctrl+Z）可恢复当前说明书。</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
</context>
<context>
    <name>JobsManual</name>
    <message>
        <source> (%1 posts)</source>
        <extracomment>a check about a place inside a post: (Focus, field)</extracomment>
        <translation>（%1 个岗位）</translation>
    </message>
    <message>
        <source>Checks: %1 problem(s); %2 standard line(s) with a SMART hint</source>
        <translation>检查：%1 个问题；%2 条工作标准有 SMART 提示</translation>
    </message>
    <message>
        <source>%1 duties · %2 posts · headcount %3 · %4 standard lines</source>
        <translation>部门职责 %1 项 · 岗位 %2 个 · 定员 %3 人 · 工作标准 %4 条</translation>
    </message>
    <message>
        <source>This manual is read-only on this PC.</source>
        <translation>本机只能查看这份岗位说明书，不能修改。</translation>
    </message>
    <message>
        <source>Add unit duty</source>
        <translation>添加部门职责</translation>
    </message>
    <message>
        <source>A department has at most %1 posts.</source>
        <translation>一个部门最多 %1 个岗位。</translation>
    </message>
    <message>
        <source>Add post</source>
        <translation>新建岗位</translation>
    </message>
    <message>
        <source>Delete unit duty</source>
        <translation>删除部门职责</translation>
    </message>
    <message>
        <source>Delete Post</source>
        <translation>删除岗位</translation>
    </message>
    <message>
        <source>Delete the post “%1” with its %2 work item(s) and %3 standard line(s)? Undo (Ctrl+Z) brings it back.</source>
        <translation>删除岗位“%1”及其 %2 项工作内容、%3 条工作标准吗？撤销（Ctrl+Z）可恢复。</translation>
    </message>
    <message>
        <source>(untitled post)</source>
        <translation>（未命名岗位）</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>删除岗位</translation>
    </message>
    <message>
        <source>Deleted the post “%1”.</source>
        <translation>已删除岗位“%1”。</translation>
    </message>
    <message>
        <source>Move unit duty</source>
        <translation>移动部门职责</translation>
    </message>
    <message>
        <source>Move post</source>
        <translation>移动岗位</translation>
    </message>
    <message>
        <source>Copy post</source>
        <translation>复制岗位</translation>
    </message>
    <message>
        <source>Copied as “%1”: open it to rename and adapt it.</source>
        <translation>已复制为“%1”：打开它修改名称和内容。</translation>
    </message>
    <message>
        <source>No post named like “%1”.</source>
        <translation>没有名称含“%1”的岗位。</translation>
    </message>
</context>
<context>
    <name>JobsManualPage</name>
    <message>
        <source>Job Descriptions</source>
        <translation>岗位说明书</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Whose manual to open: this PC&apos;s own department is chosen at start; the quality office can open any</source>
        <translation>打开哪个部门的岗位说明书：默认为本机所属部门；质量督导处可打开任何部门</translation>
    </message>
    <message>
        <source>&amp;Print Manual…</source>
        <translation>打印汇编(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the whole manual (岗位说明书汇编) with its cover and contents (Ctrl+P)</source>
        <translation>预览并打印整本岗位说明书汇编（含封面和目录）（Ctrl+P）</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the manual to an Excel workbook laid out like Table 4, one sheet per post</source>
        <translation>按表4格式导出为 Excel 工作簿，每个岗位一个工作表</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Replace this department&apos;s manual with a workbook filled in Excel or WPS (can be undone)</source>
        <translation>用在 Excel 或 WPS 中填写的工作簿替换本部门的岗位说明书（可撤销）</translation>
    </message>
    <message>
        <source>部门职责 → 岗位工作 → 工作标准: list the department&apos;s duties, then each post&apos;s work and the duty it carries out. Enter opens a post; Insert adds, Del deletes, Ctrl+Up/Down moves.</source>
        <translation>部门职责 → 岗位工作 → 工作标准：先列出本部门的职责，再写各岗位的工作及其对应的部门职责。回车打开岗位；Insert 添加，Del 删除，Ctrl+↑/↓ 移动。</translation>
    </message>
    <message>
        <source>Unit duties (部门职责)</source>
        <translation>部门职责</translation>
    </message>
    <message>
        <source>Unit duties</source>
        <translation>部门职责</translation>
    </message>
    <message>
        <source>Add D&amp;uty</source>
        <translation>添加职责(&amp;U)</translation>
    </message>
    <message>
        <source>Add a unit duty below the current one (Insert)</source>
        <translation>在当前职责后添加一项部门职责（Insert）</translation>
    </message>
    <message>
        <source>Delete Duty</source>
        <translation>删除职责</translation>
    </message>
    <message>
        <source>Delete the current duty; work items that served it are unlinked (Del, can be undone)</source>
        <translation>删除当前部门职责；对应它的工作内容将取消对应（Del，可撤销）</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>上移（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>下移（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Posts (岗位)</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Find a post by name… (Ctrl+F)</source>
        <translation>按名称查找岗位…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>&amp;New Post</source>
        <translation>新建岗位(&amp;N)</translation>
    </message>
    <message>
        <source>Add a post below the current one and open it (Insert or Ctrl+N)</source>
        <translation>在当前岗位后新建岗位并打开（Insert 或 Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Copy Post</source>
        <translation>复制岗位(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the current post with its duties, work and standards (a similar post starts from it)</source>
        <translation>复制当前岗位（含职责、工作内容和工作标准），相近的岗位可以从副本改起</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Edit the current post in the form (Enter or double-click)</source>
        <translation>在表格中编辑当前岗位（回车或双击）</translation>
    </message>
    <message>
        <source>&amp;Delete Post</source>
        <translation>删除岗位(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the current post after asking (Del, can be undone)</source>
        <translation>确认后删除当前岗位（Del，可撤销）</translation>
    </message>
    <message>
        <source>P&amp;rint Post…</source>
        <translation>打印岗位(&amp;R)…</translation>
    </message>
    <message>
        <source>Preview and print the current post&apos;s form</source>
        <translation>预览并打印当前岗位的说明书</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Click a line to go to the place it is about</source>
        <translation>单击一行即可跳到相应位置</translation>
    </message>
</context>
<context>
    <name>JobsPreview</name>
    <message>
        <source>(untitled post)</source>
        <translation>（未命名岗位）</translation>
    </message>
    <message>
        <source>This post: %1</source>
        <translation>本岗位：%1</translation>
    </message>
    <message>
        <source>Whole manual (岗位说明书汇编)</source>
        <translation>整本岗位说明书汇编</translation>
    </message>
    <message>
        <source>Print Preview — %1 Job Descriptions</source>
        <translation>打印预览 — %1岗位说明书</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the data file…</source>
        <translation>正在打开数据文件…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Zhengai Workbench — %1</source>
        <translation>诊改工作台 — %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language takes effect when the workbench starts next time.</source>
        <translation>新的界面语言将在下次启动诊改工作台时生效。</translation>
    </message>
    <message>
        <source>Zhengai Workbench</source>
        <translation>诊改工作台</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;Import Organisation from Excel…</source>
        <translation>从 Excel 导入组织机构(&amp;I)…</translation>
    </message>
    <message>
        <source>Import units, majors, courses, people and classes from one workbook</source>
        <translation>从一个工作簿导入部门、专业、课程、人员和班级</translation>
    </message>
    <message>
        <source>&amp;Export Organisation to Excel…</source>
        <translation>导出组织机构到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Save Import &amp;Template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Export Data &amp;Bundle…</source>
        <translation>导出同步包(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a signed data bundle for the other side (USB stick)</source>
        <translation>为对方写出签名的同步包（存到 U 盘）</translation>
    </message>
    <message>
        <source>Im&amp;port Data Bundles…</source>
        <translation>导入同步包(&amp;P)…</translation>
    </message>
    <message>
        <source>Import signed data bundles from the other side</source>
        <translation>导入对方发来的签名同步包</translation>
    </message>
    <message>
        <source>Import Bundle &amp;Folder…</source>
        <translation>导入文件夹中的同步包(&amp;F)…</translation>
    </message>
    <message>
        <source>Import every data bundle in a folder</source>
        <translation>导入一个文件夹中的全部同步包</translation>
    </message>
    <message>
        <source>&amp;Keys and Trust…</source>
        <translation>密钥与信任(&amp;K)…</translation>
    </message>
    <message>
        <source>Set Up from E&amp;nrolment File…</source>
        <translation>用注册文件设置本机(&amp;N)…</translation>
    </message>
    <message>
        <source>This PC&apos;s Identit&amp;y…</source>
        <translation>本机身份(&amp;Y)…</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <source>Add a row to the current table</source>
        <translation>在当前表格中新增一行</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected rows (can be undone)</source>
        <translation>删除所选行（可撤销）</translation>
    </message>
    <message>
        <source>&amp;Find in Table</source>
        <translation>在表格中查找(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the current table by name, code or staff number</source>
        <translation>按名称、代码或工号筛选当前表格</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Go to &amp;Navigation</source>
        <translation>转到导航栏(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;About Zhengai Workbench</source>
        <translation>关于诊改工作台(&amp;A)</translation>
    </message>
    <message>
        <source>No organisation yet</source>
        <translation>尚无组织机构</translation>
    </message>
    <message>
        <source>College</source>
        <translation>学院</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>已刷新。</translation>
    </message>
    <message>
        <source>This PC: %1</source>
        <translation>本机：%1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Zhengai Workbench</source>
        <translation>诊改工作台</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，未做任何修改。</translation>
    </message>
    <message>
        <source>The file cannot be written or read: %1. Is it open in another program?</source>
        <translation>无法读写文件：%1。该文件是否正被其他程序（如 Excel、WPS）打开？</translation>
    </message>
    <message>
        <source>The file operation failed: %1</source>
        <translation>文件操作失败：%1</translation>
    </message>
    <message>
        <source>An internal error stopped the operation; your data was not changed. Details were written to the log file: %1</source>
        <translation>内部错误导致操作中止，数据未被修改。详细信息已写入日志文件：%1</translation>
    </message>
</context>
<context>
    <name>MonthlyDialog</name>
    <message>
        <source>— not filled in —</source>
        <extracomment>months recorded while the dialog was open (a switch can record the month left)</extracomment>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Monthly Update</source>
        <translation>月度更新</translation>
    </message>
    <message>
        <source>Record what you entered for %1 before switching to %2?</source>
        <translation>切换到%2之前，是否记录在%1填写的内容？</translation>
    </message>
    <message>
        <source>Type the spending in 10k yuan, e.g. 0.35 (up to 1 yuan).</source>
        <translation>请以万元为单位填写支出，例如 0.35（精确到元）。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Functional Offices</source>
        <translation>职能部门</translation>
    </message>
    <message>
        <source>Academic Departments</source>
        <translation>系部</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>人员（%1）</translation>
    </message>
    <message>
        <source>College (no organisation yet)</source>
        <translation>学院（尚无组织机构）</translation>
    </message>
    <message>
        <source>Work Areas</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Open One-Page Plan</source>
        <extracomment>tree node kind → plan level</extracomment>
        <translation>打开一页纸计划</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Choose whom the plan is for.</source>
        <translation>请选择计划的对象。</translation>
    </message>
    <message>
        <source>New One-Page Plan</source>
        <translation>新建一页纸计划</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层面(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>对象(&amp;S)：</translation>
    </message>
    <message>
        <source>Type part of a name to find it</source>
        <translation>输入名称的一部分即可查找</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>The new plan starts from the level&apos;s template (its usual tasks and cost items).</source>
        <translation>新计划按该层面的模板预填常用的主要任务和成本项目。</translation>
    </message>
</context>
<context>
    <name>OrgColumns</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Quality office</source>
        <translation>质量督导处</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Staff No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Dual-qualified</source>
        <translation>双师型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>辅导员</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>President</source>
        <translation>校长</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>部门秘书</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>副职</translation>
    </message>
    <message>
        <source>Quality officer</source>
        <translation>质量督导员</translation>
    </message>
    <message>
        <source>Discipline leader</source>
        <translation>专业带头人</translation>
    </message>
    <message>
        <source>Key teacher</source>
        <translation>骨干教师</translation>
    </message>
    <message>
        <source>Functional office</source>
        <translation>职能部门</translation>
    </message>
    <message>
        <source>Academic department</source>
        <translation>系部</translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>Delete %1 × %2</source>
        <translation>删除%1 × %2</translation>
    </message>
</context>
<context>
    <name>OrgImport</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The workbook has %1 problem(s); nothing has been imported. Correct them in Excel and import again, or import only the %2 row(s) without problems.</source>
        <translation>工作簿中有 %1 处问题，尚未导入任何内容。请在 Excel 中改正后重新导入，或只导入没有问题的 %2 行。</translation>
    </message>
    <message>
        <source>Import Good Rows Only</source>
        <translation>仅导入无误的行</translation>
    </message>
    <message>
        <source>Import Organisation</source>
        <translation>导入组织机构</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>正在检查工作簿…</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Importing the organisation…</source>
        <translation>正在导入组织机构…</translation>
    </message>
    <message>
        <source>Export Organisation</source>
        <translation>导出组织机构</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在写出工作簿…</translation>
    </message>
    <message>
        <source>Exporting the organisation…</source>
        <translation>正在导出组织机构…</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Save Import Template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Template Saved</source>
        <translation>模板已保存</translation>
    </message>
</context>
<context>
    <name>OrgTablesPage</name>
    <message>
        <source>College</source>
        <translation>学院</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Majors</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Filter rows (name, code, staff number…)</source>
        <translation>筛选（名称、代码、工号…）</translation>
    </message>
    <message>
        <source>Cannot Save This Change</source>
        <translation>无法保存此修改</translation>
    </message>
    <message>
        <source>Cannot Add</source>
        <translation>无法新增</translation>
    </message>
    <message>
        <source>Select the rows to delete first.</source>
        <translation>请先选择要删除的行。</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已删除 %n 行。可按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnModels</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Own targets</source>
        <translation>自身目标</translation>
    </message>
    <message>
        <source>Control point</source>
        <translation>质控点</translation>
    </message>
    <message>
        <source>College target</source>
        <translation>学院目标</translation>
    </message>
    <message>
        <source>Own target</source>
        <translation>自身目标</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>适用目标</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART 提示</translation>
    </message>
    <message>
        <source> (was “%1”)</source>
        <translation>（原为“%1”）</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>自身</translation>
    </message>
    <message>
        <source>College</source>
        <translation>学院</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The own target was written when the point read “%1”.</source>
        <translation>制订自身目标时，该条目名为“%1”。</translation>
    </message>
    <message>
        <source>The college retired this point; the subject&apos;s target on it stays readable but no new one can be set.</source>
        <translation>学院已停用该条目；对象已有的目标仍可查看，但不能再设置新目标。</translation>
    </message>
    <message>
        <source>Why it differs: %1</source>
        <translation>差异原因：%1</translation>
    </message>
</context>
<context>
    <name>OwnStandardPage</name>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Read-only: %1 belongs to %2; only that department&apos;s PC or the quality office sets its own standard. This PC belongs to %3.</source>
        <translation>只读：%1属于%2，只有该部门的电脑或质量督导处可以设置其自身发展标准。本机属于%3。</translation>
    </message>
    <message>
        <source>Choose a subject on the left.</source>
        <translation>请在左侧选择对象。</translation>
    </message>
    <message>
        <source>%1 · against the %2 · %3 own targets on %4 rows · %5 SMART hints</source>
        <translation>%1 · 依据%2 · 共 %4 行，自身目标 %3 条 · SMART 提示 %5 条</translation>
    </message>
    <message>
        <source>Own Standard</source>
        <translation>自身发展标准</translation>
    </message>
    <message>
        <source>Set own target</source>
        <translation>设置自身目标</translation>
    </message>
    <message>
        <source>Add extra own target</source>
        <translation>增设自身目标</translation>
    </message>
    <message>
        <source>This row has no own target: the college&apos;s applies.</source>
        <translation>本行没有自身目标：沿用学院目标。</translation>
    </message>
    <message>
        <source>Clear own target</source>
        <translation>清除自身目标</translation>
    </message>
    <message>
        <source>Adopt the college&apos;s targets</source>
        <translation>采用学院目标</translation>
    </message>
    <message>
        <source>Nothing to adopt: every college target already has an own target here.</source>
        <translation>无需采用：每条学院目标都已有对应的自身目标。</translation>
    </message>
    <message>
        <source>Adopted %1 college targets as own targets (Ctrl+Z undoes).</source>
        <translation>已将 %1 条学院目标采用为自身目标（Ctrl+Z 可撤销）。</translation>
    </message>
</context>
<context>
    <name>OwnTargetDialog</name>
    <message>
        <source>Extra Own Target</source>
        <translation>增设自身目标</translation>
    </message>
    <message>
        <source>(a target of the subject&apos;s own, beside the college&apos;s on this point)</source>
        <translation>（本对象在此条目上自设的目标，与学院目标并列）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>表述：%1</translation>
    </message>
    <message>
        <source>Own Target</source>
        <translation>自身目标</translation>
    </message>
    <message>
        <source>Control point:</source>
        <translation>质控点：</translation>
    </message>
    <message>
        <source>College target:</source>
        <translation>学院目标：</translation>
    </message>
    <message>
        <source>The subject&apos;s own target</source>
        <translation>本对象的自身目标</translation>
    </message>
    <message>
        <source>&amp;What is measured:</source>
        <translation>测量内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Target &amp;value and unit:</source>
        <translation>目标值和单位(&amp;V)：</translation>
    </message>
    <message>
        <source>e.g. ≥60</source>
        <translation>例如：≥60</translation>
    </message>
    <message>
        <source>unit, e.g. %</source>
        <translation>单位，例如：%</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>完成期限(&amp;D)：</translation>
    </message>
    <message>
        <source>2026-12-31, or words such as 每学期末</source>
        <translation>2026-12-31，或“每学期末”等文字</translation>
    </message>
    <message>
        <source>&amp;Evidence expected:</source>
        <translation>佐证材料(&amp;E)：</translation>
    </message>
    <message>
        <source>Why it &amp;differs:</source>
        <translation>差异原因(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional: why this subject sets another target than the college&apos;s</source>
        <translation>可选：说明本对象为何设置与学院不同的目标</translation>
    </message>
</context>
<context>
    <name>OwnersDialog</name>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>primary helper</source>
        <translation>主要协助</translation>
    </message>
    <message>
        <source>secondary helper</source>
        <translation>次要协助</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>打印内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the page width in the window</source>
        <translation>按窗口宽度显示页面</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>页面预览</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Add objective</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Add cost line</source>
        <translation>添加成本项目</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Delete cost line</source>
        <translation>删除成本项目</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>移动目标</translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>移动任务</translation>
    </message>
    <message>
        <source>Move cost line</source>
        <translation>移动成本项目</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>‹ All Plans</source>
        <translation>‹ 全部计划</translation>
    </message>
    <message>
        <source>Back to the list of plans (Alt+Left)</source>
        <translation>返回计划列表（Alt+←）</translation>
    </message>
    <message>
        <source>Review status of this revision</source>
        <translation>本修订版的审核状态</translation>
    </message>
    <message>
        <source>&amp;Monthly Update…</source>
        <translation>月度更新(&amp;M)…</translation>
    </message>
    <message>
        <source>Record this month&apos;s state of every task, the spending and the summary</source>
        <translation>填写本月各项任务的进展、支出和概述与预测</translation>
    </message>
    <message>
        <source>&amp;Preview / Print…</source>
        <translation>预览/打印(&amp;P)…</translation>
    </message>
    <message>
        <source>See the one-page form as it prints, and print it (Ctrl+P)</source>
        <translation>查看一页纸报表的打印效果并打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>提交审核(&amp;S)</translation>
    </message>
    <message>
        <source>Send the plan to its reviewing office; refused while the checks find problems</source>
        <translation>把计划提交给审核部门；检查发现问题时不能提交</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>通过(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;vise Plan</source>
        <translation>修订计划(&amp;V)</translation>
    </message>
    <message>
        <source>Start a new revision of this approved plan; it goes through review again</source>
        <translation>为已通过的计划生成新的修订版，新修订版需重新审核</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划信息</translation>
    </message>
    <message>
        <source>&amp;Work name:</source>
        <translation>工作名称(&amp;W)：</translation>
    </message>
    <message>
        <source>Project &amp;leader:</source>
        <translation>项目领导(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Project &amp;goal:</source>
        <translation>项目目标(&amp;G)：</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Add an objective (Insert)</source>
        <translation>添加目标（Insert）</translation>
    </message>
    <message>
        <source>Delete the selected objective (Del)</source>
        <translation>删除所选目标（Del）</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>上移（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>下移（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Major tasks and schedule</source>
        <translation>主要任务与进度计划</translation>
    </message>
    <message>
        <source>Major tasks</source>
        <translation>主要任务</translation>
    </message>
    <message>
        <source>&amp;Add Task</source>
        <translation>添加任务(&amp;A)</translation>
    </message>
    <message>
        <source>Add a task below the current one (Insert or Ctrl+N)</source>
        <translation>在当前任务下方添加任务（Insert 或 Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Delete Task</source>
        <translation>删除任务(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the current task (Del)</source>
        <translation>删除当前任务（Del）</translation>
    </message>
    <message>
        <source>&amp;Owners…</source>
        <translation>负责人(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the people on the current task and their priority (Enter on the owners cell)</source>
        <translation>选择当前任务的负责人及其优先级（在负责人格中按回车）</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Add a cost line</source>
        <translation>添加成本项目</translation>
    </message>
    <message>
        <source>Delete the selected cost line</source>
        <translation>删除所选成本项目</translation>
    </message>
    <message>
        <source>Summary and forecast</source>
        <translation>概述与预测</translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation>月份(&amp;O)：</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>No problems: the plan can be submitted.</source>
        <translation>没有发现问题，可以提交审核。</translation>
    </message>
    <message>
        <source>Error rate %1% (must stay below 5%)</source>
        <translation>差错率 %1%（应低于 5%）</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>检查（%1）</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
    <message>
        <source>Only %1 can review this plan.</source>
        <translation>只有%1可以审核该计划。</translation>
    </message>
    <message>
        <source>Submitted for review by %1. The content is locked until the plan is approved or returned; monthly progress can still be recorded.</source>
        <translation>已提交%1审核。审核通过或退回之前，计划内容已锁定；仍可填写每月进展。</translation>
    </message>
    <message>
        <source>Approved: the content is locked; monthly progress can still be recorded. To change the plan, revise it: the new revision goes through review again.</source>
        <translation>已通过审核：计划内容已锁定，仍可填写每月进展。如需修改计划，请“修订计划”，新修订版需重新审核。</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>%1退回意见：%2</translation>
    </message>
    <message>
        <source>Review History (%1)</source>
        <translation>审核记录（%1）</translation>
    </message>
    <message>
        <source>Cannot Submit</source>
        <translation>不能提交</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>已提交审核。</translation>
    </message>
    <message>
        <source>Plan approved.</source>
        <translation>计划已通过。</translation>
    </message>
    <message>
        <source>Plan returned.</source>
        <translation>计划已退回。</translation>
    </message>
    <message>
        <source>Revision %1 created; it goes through review again.</source>
        <translation>已生成第 %1 版，需重新审核。</translation>
    </message>
    <message>
        <source>Monthly update of %1 saved.</source>
        <translation>%1的月度更新已保存。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Review History</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>What was achieved this month, what is late and why, what comes next.</source>
        <translation>本月完成了什么、哪些滞后及原因、下一步怎么做。</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Edit work name</source>
        <translation>修改工作名称</translation>
    </message>
    <message>
        <source>Edit project leader</source>
        <translation>修改项目领导</translation>
    </message>
    <message>
        <source>Edit project goal</source>
        <translation>修改项目目标</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <source>Edit summary of %1</source>
        <translation>修改%1的概述与预测</translation>
    </message>
    <message>
        <source>This plan is locked. Revise it to change its content.</source>
        <translation>该计划已锁定。如需修改内容，请先修订计划。</translation>
    </message>
    <message>
        <source>A one-page plan holds at most %1 of these.</source>
        <translation>一页纸计划最多容纳 %1 项。</translation>
    </message>
    <message>
        <source>Cannot Change</source>
        <translation>无法修改</translation>
    </message>
</context>
<context>
    <name>PlanExcel</name>
    <message>
        <source>Export Plan to Excel</source>
        <translation>导出计划到 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Import Plan from Excel</source>
        <translation>从 Excel 导入计划</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>按计划</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>SMART hint: %1</source>
        <translation>SMART 提示：%1</translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层面</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Work name</source>
        <translation>工作名称</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层面</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>%1 of %2 plan(s)</source>
        <translation>显示 %1 份，共 %2 份计划</translation>
    </message>
    <message>
        <source>Copied to %1 as a draft.</source>
        <translation>已复制为 %1 年的计划草稿。</translation>
    </message>
    <message>
        <source>Select the plans to delete first.</source>
        <translation>请先选择要删除的计划。</translation>
    </message>
    <message>
        <source>Delete Plans</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Delete %1 plan draft(s)? This cannot be undone.</source>
        <translation>删除所选的 %1 份计划草稿？此操作不能撤销。</translation>
    </message>
    <message>
        <source>Deleted %1 plan(s).</source>
        <translation>已删除 %1 份计划。</translation>
    </message>
    <message>
        <source>Select the plans to print first.</source>
        <translation>请先选择要打印的计划。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Imported the %1 plan of %2.</source>
        <translation>已导入%2的 %1 年计划。</translation>
    </message>
</context>
<context>
    <name>PlanMonthlyDialog</name>
    <message>
        <source>Monthly Update</source>
        <translation>月度更新</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>State of each task this month</source>
        <translation>本月各项任务的进展</translation>
    </message>
    <message>
        <source>Task states</source>
        <translation>任务进展</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Major task</source>
        <translation>主要任务</translation>
    </message>
    <message>
        <source>Planned months</source>
        <translation>计划月份</translation>
    </message>
    <message>
        <source>State this month</source>
        <translation>本月状态</translation>
    </message>
    <message>
        <source>Tasks Planned This Month: &amp;On Track</source>
        <translation>本月计划内任务设为按计划(&amp;O)</translation>
    </message>
    <message>
        <source>Set every task planned for this month and not yet filled in to &quot;On track&quot;</source>
        <translation>把本月有计划、尚未填写的任务都设为“按计划”</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>本月支出</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Cost item</source>
        <translation>成本项目</translation>
    </message>
    <message>
        <source>Budget (10k yuan)</source>
        <translation>预算（万元）</translation>
    </message>
    <message>
        <source>This month (10k yuan)</source>
        <translation>本月（万元）</translation>
    </message>
    <message>
        <source>Summary and forecast</source>
        <translation>概述与预测</translation>
    </message>
</context>
<context>
    <name>PlanOwnersDialog</name>
    <message>
        <source>Owners and Priority</source>
        <translation>负责人与优先级</translation>
    </message>
    <message>
        <source>Type part of a name or staff number to find a person</source>
        <translation>输入姓名或工号的一部分查找人员</translation>
    </message>
    <message>
        <source>A owner, B primary helper, C secondary helper</source>
        <translation>A 负责人，B 主要协助，C 次要协助</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Show people of &amp;all units</source>
        <translation>显示全校所有部门的人员(&amp;A)</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Every task needs one owner with priority A. B and C are helpers.</source>
        <translation>每项任务需要一名 A 级负责人；B、C 为协助人员。</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Month %1 (as recorded)</source>
        <translation>%1 月（记录时）</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>%1 landscape · %2 page(s) · fingerprint %3</source>
        <translation>%1 横向 · %2 页 · 校验码 %3</translation>
    </message>
    <message>
        <source>%1 text(s) too long for their box end in “…”: shorten them</source>
        <translation>有 %1 处文字过长，打印时以“…”截断，请精简</translation>
    </message>
    <message>
        <source>Print Plan</source>
        <translation>打印计划</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print Plans to PDF</source>
        <translation>打印计划到 PDF</translation>
    </message>
    <message>
        <source>Reading the plans…</source>
        <translation>正在读取计划…</translation>
    </message>
    <message>
        <source>Printed to PDF</source>
        <translation>已打印到 PDF</translation>
    </message>
    <message>
        <source>%1 plan(s) written to %2</source>
        <translation>已将 %1 份计划打印到 %2</translation>
    </message>
    <message>
        <source>Printing plans to PDF…</source>
        <translation>正在打印计划到 PDF…</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>纸张(&amp;A)：</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>截至(&amp;O)：</translation>
    </message>
    <message>
        <source>Print the plan as it is now, or exactly as it stood when a month was recorded</source>
        <translation>打印计划的当前状态，或某月记录时的原样</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Fit the page in the window</source>
        <translation>整页显示在窗口中</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>页面预览</translation>
    </message>
</context>
<context>
    <name>PlanProgress</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层面</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>计划数</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>本月未更新</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>平均完成度</translation>
    </message>
    <message>
        <source>Budget (10k yuan)</source>
        <translation>预算（万元）</translation>
    </message>
    <message>
        <source>Spent (10k yuan)</source>
        <translation>已支出（万元）</translation>
    </message>
    <message>
        <source>%1 (%2 being revised)</source>
        <translation>%1（%2 份修订中）</translation>
    </message>
</context>
<context>
    <name>PlanProgressDialog</name>
    <message>
        <source>Plan Progress</source>
        <translation>计划进度汇总</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>At the end of &amp;month:</source>
        <translation>统计到(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>汇总方式(&amp;G)：</translation>
    </message>
    <message>
        <source>Progress by department or level</source>
        <translation>按部门或层面的进度</translation>
    </message>
    <message>
        <source>Double-click a department to list its plans</source>
        <translation>双击部门可列出它的计划</translation>
    </message>
    <message>
        <source>Completion: the share of each plan&apos;s tasks done by the end of the month, averaged over the plans. Late: a task past its target date and not done, or marked late. Not updated: plans with nothing recorded for the month.</source>
        <translation>平均完成度：每份计划到该月底已完成任务所占比例的平均值。滞后：已过目标日期仍未完成、或标为滞后的任务。本月未更新：该月没有任何记录的计划。</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>PlanTables</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <source>Cost item</source>
        <translation>成本项目</translation>
    </message>
    <message>
        <source>Budget (10k yuan)</source>
        <translation>预算（万元）</translation>
    </message>
    <message>
        <source>Spent (10k yuan)</source>
        <translation>已支出（万元）</translation>
    </message>
    <message>
        <source>Total recorded in the monthly updates</source>
        <translation>各月度更新记录的支出合计</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>Edit cost item</source>
        <translation>修改成本项目</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type the budget in 10k yuan, e.g. 1.5.</source>
        <translation>“%1”不是金额。请以万元为单位填写预算，例如 1.5。</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>Change budget</source>
        <translation>修改预算</translation>
    </message>
</context>
<context>
    <name>PlansArea</name>
    <message>
        <source>The open plan could not be saved: undo the refused change, then open another.</source>
        <extracomment>the save state, for the window&apos;s status bar (shown while the editor is)</extracomment>
        <translation>当前计划未能保存：请先撤销被拒绝的修改，再打开其他计划。</translation>
    </message>
    <message>
        <source>New One-Page Plan</source>
        <translation>新建一页纸计划</translation>
    </message>
    <message>
        <source>%1 has no one-page plan for %2 yet. Create it now from the template?</source>
        <translation>%1还没有 %2 年的一页纸计划。现在按模板新建吗？</translation>
    </message>
</context>
<context>
    <name>PlansListPage</name>
    <message>
        <source>One-Page Plans</source>
        <translation>一页纸计划</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层面(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Search subject or work name…</source>
        <translation>搜索对象或工作名称…</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a plan for a department, major, course, teacher or class (Ctrl+N)</source>
        <translation>为部门、专业、课程、教师或班级新建计划（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Copy Last Year&apos;s Plan</source>
        <translation>复制上一年计划(&amp;C)</translation>
    </message>
    <message>
        <source>Make the following year&apos;s draft from the selected plan: objectives, tasks, owners, months and budgets (no progress)</source>
        <translation>以所选计划为底稿生成下一年的计划草稿：目标、任务、负责人、月份和预算（不含进展）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected plan in the editor (Enter or double-click)</source>
        <translation>在编辑器中打开所选计划（回车或双击）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected drafts (submitted and approved plans cannot be deleted)</source>
        <translation>删除所选计划草稿（已提交或已通过的计划不能删除）</translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation>进度汇总(&amp;G)…</translation>
    </message>
    <message>
        <source>How the year&apos;s plans stand at the end of a month, per department or per level: reviews, task progress, spending</source>
        <translation>本年度计划到某月底的情况（按部门或按层面）：审核、任务进展、经费支出</translation>
    </message>
    <message>
        <source>&amp;Preview / Print…</source>
        <translation>预览/打印(&amp;P)…</translation>
    </message>
    <message>
        <source>See the selected plan as it prints, and print it</source>
        <translation>查看所选计划的打印效果并打印</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the selected plan to an Excel workbook laid out like the paper form, to fill in Excel or WPS</source>
        <translation>把选中的计划写成与纸质表格相同版式的 Excel 工作簿，可在 Excel 或 WPS 中填写</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a plan workbook back: it replaces the same plan here, or adds the plan if this PC has none for its subject and year</source>
        <translation>读回计划工作簿：覆盖本机的同一份计划；若本机没有该对象该年度的计划，则新增</translation>
    </message>
    <message>
        <source>Print Selected to P&amp;DF…</source>
        <translation>所选计划打印到 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>All selected plans into one PDF, one page each (for a meeting)</source>
        <translation>把所选计划打印到一个 PDF 文件，每份一页（供开会使用）</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>Edit post title</source>
        <translation>修改岗位名称</translation>
    </message>
    <message>
        <source>Edit coefficient</source>
        <translation>修改岗位系数</translation>
    </message>
    <message>
        <source>Edit reports-to</source>
        <translation>修改直接上级</translation>
    </message>
    <message>
        <source>Edit supervises</source>
        <translation>修改直接下级</translation>
    </message>
    <message>
        <source>Edit education / title</source>
        <translation>修改学历/职称</translation>
    </message>
    <message>
        <source>Edit knowledge and skills</source>
        <translation>修改专业知识和技能</translation>
    </message>
    <message>
        <source>Edit experience</source>
        <translation>修改工作经验</translation>
    </message>
    <message>
        <source>Edit certificates</source>
        <translation>修改资格证书</translation>
    </message>
    <message>
        <source>(untitled post)</source>
        <translation>（未命名岗位）</translation>
    </message>
    <message>
        <source>Change headcount</source>
        <translation>修改定员</translation>
    </message>
    <message>
        <source>This manual is read-only on this PC.</source>
        <translation>本机只能查看这份岗位说明书，不能修改。</translation>
    </message>
    <message>
        <source>Add duty type</source>
        <translation>添加职责类型</translation>
    </message>
    <message>
        <source>Add work item</source>
        <translation>添加工作内容</translation>
    </message>
    <message>
        <source>Add work standard</source>
        <translation>添加工作标准</translation>
    </message>
    <message>
        <source>Delete duty type</source>
        <translation>删除职责类型</translation>
    </message>
    <message>
        <source>Delete work item</source>
        <translation>删除工作内容</translation>
    </message>
    <message>
        <source>Delete work standard</source>
        <translation>删除工作标准</translation>
    </message>
    <message>
        <source>Move duty type</source>
        <translation>移动职责类型</translation>
    </message>
    <message>
        <source>Move work item</source>
        <translation>移动工作内容</translation>
    </message>
    <message>
        <source>Move work standard</source>
        <translation>移动工作标准</translation>
    </message>
    <message>
        <source>Copy post</source>
        <translation>复制岗位</translation>
    </message>
    <message>
        <source>Copied: now editing the copy.</source>
        <translation>已复制：正在编辑副本。</translation>
    </message>
    <message>
        <source>Checks: %1 problem(s), %2 hint(s)</source>
        <translation>检查：%1 个问题，%2 条提示</translation>
    </message>
</context>
<context>
    <name>PostTable</name>
    <message>
        <source>Duty type</source>
        <extracomment>which record a column edits (kind, id) of the record a cell shows; id None for an empty placeholder cell</extracomment>
        <translation>职责类型</translation>
    </message>
    <message>
        <source>Work content</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Work standards</source>
        <translation>工作标准</translation>
    </message>
    <message>
        <source>Unit duty served</source>
        <translation>对应部门职责</translation>
    </message>
    <message>
        <source>Insert adds a duty type here</source>
        <translation>在此列按 Insert 添加职责类型</translation>
    </message>
    <message>
        <source>Insert adds a work item here</source>
        <translation>在此列按 Insert 添加工作内容</translation>
    </message>
    <message>
        <source>One line per standard; pasting a whole cell “1.…；2.…” makes one line each</source>
        <translation>每条工作标准一行；粘贴整格“1.…；2.…”会自动分成多条</translation>
    </message>
    <message>
        <source>The unit duty this work carries out (部门职责 → 岗位工作)</source>
        <translation>这项工作承担的部门职责（部门职责 → 岗位工作）</translation>
    </message>
    <message>
        <source>(no work item: type or Insert)</source>
        <translation>（无工作内容：直接输入或按 Insert）</translation>
    </message>
    <message>
        <source>(no standard: type or paste)</source>
        <translation>（无工作标准：直接输入或粘贴）</translation>
    </message>
    <message>
        <source>This work serves no unit duty: choose the duty it carries out.</source>
        <translation>这项工作没有对应部门职责：请选择它承担的部门职责。</translation>
    </message>
    <message>
        <source>Edit duty type</source>
        <translation>修改职责类型</translation>
    </message>
    <message>
        <source>Add work item</source>
        <translation>添加工作内容</translation>
    </message>
    <message>
        <source>Edit work content</source>
        <translation>修改工作内容</translation>
    </message>
    <message>
        <source>Link unit duty</source>
        <translation>对应部门职责</translation>
    </message>
    <message>
        <source>Edit work standard</source>
        <translation>修改工作标准</translation>
    </message>
    <message>
        <source>Add work standards</source>
        <translation>添加工作标准</translation>
    </message>
    <message>
        <source>Split pasted standards</source>
        <translation>粘贴并拆分工作标准</translation>
    </message>
    <message>
        <source>(serves no unit duty)</source>
        <translation>（不对应部门职责）</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>按层面</translation>
    </message>
    <message>
        <source>%1 plan(s) · %2 of %3 task(s) done</source>
        <translation>%1 份计划 · %3 项任务中已完成 %2 项</translation>
    </message>
    <message>
        <source>Double-click a department to list its plans</source>
        <translation>双击部门可列出它的计划</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Submit for Review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>The plan goes to its reviewing office. Its content is locked until it is returned; monthly progress can still be recorded.</source>
        <translation>计划将提交给审核部门。退回之前计划内容锁定，仍可填写每月进展。</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Approve Plan</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Approving locks the plan&apos;s content. Changes later need a new revision.</source>
        <translation>通过后计划内容将锁定；以后修改需生成新的修订版。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Return Plan</source>
        <translation>退回计划</translation>
    </message>
    <message>
        <source>The plan goes back to its unit for changes. Say what must change.</source>
        <translation>计划将退回所属部门修改。请写明需要修改的内容。</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Required: what must change</source>
        <translation>必填：需要修改的内容</translation>
    </message>
</context>
<context>
    <name>StandardsArea</name>
    <message>
        <source>&amp;Catalogs</source>
        <translation>标准目录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Own Standards</source>
        <translation>自身发展标准(&amp;O)</translation>
    </message>
    <message>
        <source>The college&apos;s standards catalogs per year: dimensions, standards, control points and their targets</source>
        <translation>学院各年度的标准目录：维度、标准、质控点及其目标</translation>
    </message>
    <message>
        <source>自身发展标准: a major, course, teacher or class sets its own targets against its catalog, starting from the college&apos;s</source>
        <translation>自身发展标准：专业、课程、教师或班级以学院目标为起点，依据相应的标准目录设置自身目标</translation>
    </message>
</context>
<context>
    <name>StandardsCatalogPage</name>
    <message>
        <source>&amp;Catalog:</source>
        <translation>目录(&amp;C)：</translation>
    </message>
    <message>
        <source>Which catalog: the major, course, teacher or student standards (Tables 5–8), or the diagnostic reference table (Annex 2)</source>
        <translation>选择目录：专业、课程、教师或学生标准（表5–表8），或诊断项目参考表（附件2）</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Each year has its own version of the catalog; last year&apos;s stays as it was, with the targets written against it</source>
        <translation>每个年度有各自的目录版本；上一年度的目录及据其制订的目标保持不变</translation>
    </message>
    <message>
        <source>&amp;Create the Year&apos;s Standards</source>
        <translation>建立本年度标准(&amp;C)</translation>
    </message>
    <message>
        <source>Make this year&apos;s editable catalog: a copy of the latest earlier year&apos;s, or of the shipped defaults (quality office only)</source>
        <translation>建立本年度可编辑的目录：复制此前最近一个年度的目录，或出厂默认内容（仅限质量督导处）</translation>
    </message>
    <message>
        <source>Find an entry… (Ctrl+F, Enter for the next)</source>
        <translation>查找条目…（Ctrl+F，回车查找下一个）</translation>
    </message>
    <message>
        <source>&amp;Preview / Print…</source>
        <translation>预览/打印(&amp;P)…</translation>
    </message>
    <message>
        <source>See the catalog as it prints (retired entries left out), print it or save it as PDF (Ctrl+P)</source>
        <translation>查看目录的打印效果（不含已停用条目），打印或另存为 PDF（Ctrl+P）</translation>
    </message>
    <message>
        <source>Insert adds after the current entry, Shift+Insert adds inside it; F2 renames; Del retires; Ctrl+Up/Down moves. Saved entries are retired, never deleted: subjects&apos; own targets may refer to them.</source>
        <translation>Insert 在当前条目后添加，Shift+Insert 在其下添加；F2 重命名；Del 停用；Ctrl+↑/↓ 移动。已保存的条目只能停用，不会删除：各对象的自身目标可能引用它们。</translation>
    </message>
    <message>
        <source>Catalog entries</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add an entry after the current one (Insert) or inside it (Shift+Insert)</source>
        <translation>在当前条目后（Insert）或其下（Shift+Insert）添加条目</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Rename the current entry in place (F2)</source>
        <translation>直接重命名当前条目（F2）</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Retire the current entry: greyed here, left out of the printed catalog and of new targets (Del, can be undone)</source>
        <translation>停用当前条目：在此显示为灰色，不再印入目录，也不能再为其设置新目标（Del，可撤销）</translation>
    </message>
    <message>
        <source>Move up among entries of the same level (Ctrl+Up)</source>
        <translation>在同级条目中上移（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move down among entries of the same level (Ctrl+Down)</source>
        <translation>在同级条目中下移（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>&amp;Hint:</source>
        <translation>参考提示(&amp;H)：</translation>
    </message>
    <message>
        <source>影响因素参考提示: what to look at when diagnosing this point (saved when you leave the field)</source>
        <translation>影响因素参考提示：诊断该诊断点时应关注哪些方面（离开此栏时保存）</translation>
    </message>
    <message>
        <source>Data &amp;platform:</source>
        <translation>数据平台(&amp;P)：</translation>
    </message>
    <message>
        <source>数据管理平台相应编号, separated by “/”, e.g. 1.3/7 (guidance, not rules)</source>
        <translation>数据管理平台相应编号，用“/”分隔，例如 1.3/7（仅供参考，不作硬性规定）</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Targets of the control point</source>
        <translation>质控点的目标</translation>
    </message>
    <message>
        <source>Add &amp;Target</source>
        <translation>添加目标(&amp;T)</translation>
    </message>
    <message>
        <source>Add a target to the control point (Insert in the table)</source>
        <translation>为质控点添加目标（在表格中按 Insert）</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Remove the current target (Del in the table); subjects&apos; own targets copied from it stay theirs</source>
        <translation>删除当前目标（在表格中按 Del）；各对象据此复制的自身目标仍予保留</translation>
    </message>
</context>
<context>
    <name>StandardsLabels</name>
    <message>
        <source>Major standards (Table 5)</source>
        <translation>专业建设标准（表5）</translation>
    </message>
    <message>
        <source>Course standards (Table 6)</source>
        <translation>课程建设标准（表6）</translation>
    </message>
    <message>
        <source>Teacher development standards (Table 7)</source>
        <translation>教师发展标准（表7）</translation>
    </message>
    <message>
        <source>Student development standards (Table 8)</source>
        <translation>学生全面发展标准（表8）</translation>
    </message>
    <message>
        <source>Diagnostic reference table (Annex 2)</source>
        <translation>诊断项目参考表（附件2）</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Control point</source>
        <translation>质控点</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Diagnostic item</source>
        <translation>诊断项目</translation>
    </message>
    <message>
        <source>Diagnostic point</source>
        <translation>诊断点</translation>
    </message>
    <message>
        <source>Diagnostic element</source>
        <translation>诊断要素</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
</context>
<context>
    <name>StandardsOwnPage</name>
    <message>
        <source>&amp;Subject:</source>
        <translation>对象类型(&amp;S)：</translation>
    </message>
    <message>
        <source>Majors and courses set targets against their standards (Tables 5, 6), teachers against the individual part of Table 7, classes against Table 8</source>
        <translation>专业、课程依据各自的建设标准（表5、表6）设置目标，教师依据表7的个体发展部分，班级依据表8</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Find a subject by name… (Ctrl+F)</source>
        <translation>按名称查找对象…（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Own standard</source>
        <translation>自身发展标准</translation>
    </message>
    <message>
        <source>&amp;Set Own Target…</source>
        <translation>设置自身目标(&amp;S)…</translation>
    </message>
    <message>
        <source>Set the subject&apos;s own target on the current row, starting from the college&apos;s (Enter or double-click)</source>
        <translation>以学院目标为起点，设置当前行的自身目标（回车或双击）</translation>
    </message>
    <message>
        <source>Add E&amp;xtra Target…</source>
        <translation>增设目标(&amp;X)…</translation>
    </message>
    <message>
        <source>A target of the subject&apos;s own on the current point, beside the college&apos;s (Insert)</source>
        <translation>在当前条目上增设一条自身目标，与学院目标并列（Insert）</translation>
    </message>
    <message>
        <source>&amp;Clear Own Target</source>
        <translation>清除自身目标(&amp;C)</translation>
    </message>
    <message>
        <source>Remove the own target: the college&apos;s applies again (Del, can be undone)</source>
        <translation>删除自身目标，重新沿用学院目标（Del，可撤销）</translation>
    </message>
    <message>
        <source>&amp;Adopt the College&apos;s Targets</source>
        <translation>采用学院目标(&amp;A)</translation>
    </message>
    <message>
        <source>Start the subject&apos;s own standard from the college&apos;s: an own copy of every college target not replaced yet (can be undone)</source>
        <translation>以学院目标为起点制订自身发展标准：为每条尚未替代的学院目标复制一条自身目标（可撤销）</translation>
    </message>
    <message>
        <source>&amp;Preview / Print…</source>
        <translation>预览/打印(&amp;P)…</translation>
    </message>
    <message>
        <source>See the subject&apos;s own standard beside the college&apos;s as it prints, print it or save it as PDF (Ctrl+P)</source>
        <translation>查看自身发展标准与学院标准对照的打印效果，打印或另存为 PDF（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>StandardsPreview</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Changed since last agreed</source>
        <translation>上次一致后由谁修改</translation>
    </message>
    <message>
        <source>This field says who wrote the record or whether it was deleted: it cannot be merged. Take the other side&apos;s version whole to adopt it.</source>
        <translation>这一项决定记录的作者或是否已删除，不能逐项合并。如需采用对方的，请整体采用对方版本。</translation>
    </message>
    <message>
        <source>Before both changes: %1</source>
        <translation>双方修改之前：%1</translation>
    </message>
    <message>
        <source>Unknown (no common version)</source>
        <translation>不明（没有共同的旧版本）</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>双方</translation>
    </message>
    <message>
        <source>No open conflicts: both sides agree on everything.</source>
        <translation>没有待处理的冲突：双方的数据完全一致。</translation>
    </message>
    <message>
        <source>%1 “%2” — %3; from %4, arrived %5</source>
        <translation>%1“%2”——%3；来自%4，%5 收到</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Both sides changed these records since they last agreed. Both versions are kept until you decide: keep one side whole, or choose field by field. The result travels to the other side with the next bundle.</source>
        <translation>双方在上次一致之后都修改了这些记录。在您决定之前两个版本都会保留：可以整体采用一方，也可以逐项选择。处理结果会随下一个同步包发给对方。</translation>
    </message>
    <message>
        <source>Open &amp;conflicts:</source>
        <translation>待处理的冲突(&amp;C)：</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>待处理的冲突</translation>
    </message>
    <message>
        <source>&amp;Fields that differ (click a version, or press Space on it, to keep it):</source>
        <translation>不一致的字段(&amp;F)（单击某个版本，或在其上按空格键，即采用该版本）：</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>两个版本对照</translation>
    </message>
    <message>
        <source>Keep &amp;This PC&apos;s Version</source>
        <translation>采用本机版本(&amp;T)</translation>
    </message>
    <message>
        <source>Keep the &amp;Other Version</source>
        <translation>采用对方版本(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Resolve with the Chosen Fields</source>
        <translation>按所选字段处理(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SyncEnrol</name>
    <message>
        <source>Enrolment File</source>
        <translation>注册文件</translation>
    </message>
    <message>
        <source>Enrolment files (*.zge);;All files (*)</source>
        <translation>注册文件 (*.zge);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1（密钥 %2）</translation>
    </message>
    <message>
        <source>The digits you typed do NOT match the file&apos;s fingerprint. Do not use this file; call the quality office.</source>
        <translation>您输入的数字与文件中的指纹不一致。请不要使用这个文件，并与质量督导处联系。</translation>
    </message>
    <message>
        <source>This PC Is Set Up</source>
        <translation>本机已设置</translation>
    </message>
    <message>
        <source>This PC now works for %1 (%2 records imported) and trusts the quality office&apos;s key.

Now read this PC&apos;s fingerprint to the quality office, or give them this PC&apos;s key file (Keys and Trust), so that they accept your bundles:
%3</source>
        <translation>本机已设为“%1”（导入 %2 条记录），并已信任质量督导处的密钥。

现在请把本机指纹读给质量督导处，或把本机的密钥文件（“密钥与信任”中导出）交给质量督导处，对方才能接收您的同步包：
%3</translation>
    </message>
    <message>
        <source>Setting this PC up…</source>
        <translation>正在设置本机…</translation>
    </message>
    <message>
        <source>Set Up from the Enrolment File</source>
        <translation>用注册文件设置本机</translation>
    </message>
    <message>
        <source>Choose the file the quality office wrote for your unit and compare its fingerprint.</source>
        <translation>请选择质量督导处为您的部门生成的注册文件，并核对指纹。</translation>
    </message>
    <message>
        <source>&amp;Set Up This PC</source>
        <translation>设置本机(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SyncEnrolWidget</name>
    <message>
        <source>The quality office writes an enrolment file for your unit. It sets this PC up as your unit, brings the organisation and your unit&apos;s records, and makes this PC trust the quality office&apos;s key.</source>
        <translation>质量督导处会为您的部门生成一个注册文件。用它可以把本机设为您的部门，导入组织机构和本部门的数据，并让本机信任质量督导处的密钥。</translation>
    </message>
    <message>
        <source>&amp;Enrolment file:</source>
        <translation>注册文件(&amp;E)：</translation>
    </message>
    <message>
        <source>Choose the file from the USB stick</source>
        <translation>请从 U 盘中选择文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>What the File Says</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>This PC becomes:</source>
        <translation>本机将设为：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>签发单位：</translation>
    </message>
    <message>
        <source>Office fingerprint:</source>
        <translation>质量督导处指纹：</translation>
    </message>
    <message>
        <source>Ask the quality office to read its fingerprint aloud and follow the digits above. Type them to have them checked, or tick the box if they match.</source>
        <translation>请质量督导处在电话中读出其指纹，并对照上面的数字。可以输入对方读出的数字由程序核对，或在一致时勾选下面的选项。</translation>
    </message>
    <message>
        <source>&amp;Digits they read:</source>
        <translation>对方读出的数字(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional: type the 30 digits to have them checked</source>
        <translation>可选：输入 30 位数字由程序核对</translation>
    </message>
    <message>
        <source>The fingerprint the quality office read &amp;matches, digit for digit</source>
        <translation>质量督导处读出的指纹逐位一致(&amp;M)</translation>
    </message>
</context>
<context>
    <name>SyncExchange</name>
    <message>
        <source>not created yet</source>
        <translation>尚未生成</translation>
    </message>
    <message>
        <source>This PC: %1 · Key ID: %2</source>
        <translation>本机：%1 · 密钥编号：%2</translation>
    </message>
    <message>
        <source>Import the bundles the units bring (a whole folder at once), check that every unit has sent, and write each unit its bundle back: approvals, comments and the college&apos;s catalogs.</source>
        <translation>导入各部门送来的同步包（可一次导入整个文件夹），查看各部门是否都已报送，并为每个部门写出发回的同步包：审核结果、意见和学院的基础数据。</translation>
    </message>
    <message>
        <source>Export a bundle of your unit&apos;s work for the quality office onto a USB stick, and import the bundle the office sends back. Each bundle is signed by this PC; nothing is lost if a stick goes missing.</source>
        <translation>把本部门的工作导出为同步包存到 U 盘交给质量督导处，并导入质量督导处发回的同步包。每个同步包都由本机签名；U 盘丢失也不会丢失数据。</translation>
    </message>
    <message>
        <source>This PC exchanges data only after it knows which unit it belongs to.</source>
        <translation>本机需要先确定所属部门，才能交换数据。</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>冲突（%1）(&amp;C)…</translation>
    </message>
    <message>
        <source>%1 conflicts wait for your decision.</source>
        <translation>有 %1 个冲突等待您处理。</translation>
    </message>
    <message>
        <source>This PC does not trust the quality office&apos;s key yet, so it cannot import the office&apos;s bundles: set it up from the enrolment file.</source>
        <translation>本机尚未信任质量督导处的密钥，因此无法导入质量督导处的同步包：请用注册文件设置本机。</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>尚未发出过同步包。</translation>
    </message>
    <message>
        <source>No. %1 on %2</source>
        <translation>第 %1 号，%2</translation>
    </message>
    <message>
        <source>; the quality office has confirmed up to No. %1</source>
        <translation>；质量督导处已确认到第 %1 号</translation>
    </message>
    <message>
        <source>; not yet confirmed by the quality office</source>
        <translation>；质量督导处尚未确认</translation>
    </message>
    <message>
        <source>Nothing received from the quality office yet.</source>
        <translation>尚未收到质量督导处的同步包。</translation>
    </message>
    <message>
        <source>%1 files: %2 imported, %3 refused.</source>
        <translation>共 %1 个文件：已导入 %2 个，拒收 %3 个。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒收：%1</translation>
    </message>
    <message>
        <source>%1 of %2 bundles imported or already known.</source>
        <translation>%2 个同步包中有 %1 个已导入或此前已导入。</translation>
    </message>
    <message>
        <source>Import the Rest</source>
        <translation>部分导入</translation>
    </message>
    <message>
        <source>Import every record of %1 except the refused ones? The refused records are listed after the import; tell the sender why.</source>
        <translation>导入“%1”中除被拒收记录以外的全部记录吗？导入后会列出被拒收的记录，请告知发送方原因。</translation>
    </message>
    <message>
        <source>Send to All Units</source>
        <translation>发给全部部门</translation>
    </message>
    <message>
        <source>No unit&apos;s key is trusted yet, so no unit can take part in the exchange. Trust a unit&apos;s key first (Keys and Trust).</source>
        <translation>还没有信任任何部门的密钥，因此没有部门能参与交换。请先在“密钥与信任”中信任部门的密钥。</translation>
    </message>
    <message>
        <source>Enrolment File</source>
        <translation>注册文件</translation>
    </message>
    <message>
        <source>Select one unit in the table first.</source>
        <translation>请先在表格中选择一个部门。</translation>
    </message>
</context>
<context>
    <name>SyncExchangePage</name>
    <message>
        <source>Data Exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>This PC Is Not Set Up Yet</source>
        <translation>本机尚未设置</translation>
    </message>
    <message>
        <source>A unit&apos;s PC is set up from the enrolment file the quality office writes for it. Then this PC signs its bundles in the unit&apos;s name and trusts the quality office&apos;s key.</source>
        <translation>部门的电脑用质量督导处为其生成的注册文件进行设置。设置后，本机以该部门的名义签名同步包，并信任质量督导处的密钥。</translation>
    </message>
    <message>
        <source>Set Up from &amp;Enrolment File…</source>
        <translation>用注册文件设置本机(&amp;E)…</translation>
    </message>
    <message>
        <source>Exchange with the Quality Office</source>
        <translation>与质量督导处交换数据</translation>
    </message>
    <message>
        <source>Last sent:</source>
        <translation>最近发出：</translation>
    </message>
    <message>
        <source>Last received:</source>
        <translation>最近收到：</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>导出同步包(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a signed bundle for the quality office, e.g. onto a USB stick</source>
        <translation>为质量督导处写出签名的同步包，例如存到 U 盘</translation>
    </message>
    <message>
        <source>Include all &amp;data (not only the changes the office has not confirmed)</source>
        <translation>包含全部数据(&amp;D)（而不只是质量督导处尚未确认的更改）</translation>
    </message>
    <message>
        <source>&amp;Import Bundle…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a bundle the quality office sent back</source>
        <translation>导入质量督导处发回的同步包</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>各部门</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import every bundle in a folder, e.g. the USB stick</source>
        <translation>导入一个文件夹（例如 U 盘）中的全部同步包</translation>
    </message>
    <message>
        <source>&amp;Import Bundles…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Send to Selected Units…</source>
        <translation>发给所选部门(&amp;S)…</translation>
    </message>
    <message>
        <source>Write a bundle for each selected unit into a folder</source>
        <translation>为每个所选部门写出同步包，存入一个文件夹</translation>
    </message>
    <message>
        <source>Send to &amp;All Units…</source>
        <translation>发给全部部门(&amp;A)…</translation>
    </message>
    <message>
        <source>Write a bundle for every unit whose key is trusted into a folder</source>
        <translation>为每个密钥已信任的部门写出同步包，存入一个文件夹</translation>
    </message>
    <message>
        <source>Enrolment File for &amp;Unit…</source>
        <translation>生成部门注册文件(&amp;U)…</translation>
    </message>
    <message>
        <source>Write the file that sets up the selected unit&apos;s PC</source>
        <translation>生成用于设置所选部门电脑的注册文件</translation>
    </message>
    <message>
        <source>Last Import</source>
        <translation>最近一次导入</translation>
    </message>
    <message>
        <source>Bundle files</source>
        <translation>同步包文件</translation>
    </message>
    <message>
        <source>Records by type</source>
        <translation>各类记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import the &amp;Rest of This Bundle…</source>
        <translation>部分导入(&amp;R)…</translation>
    </message>
    <message>
        <source>Import every record of this bundle except those refused</source>
        <translation>导入这个同步包中除被拒收记录以外的全部记录</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Keys and Trust…</source>
        <translation>密钥与信任(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>SyncFingerprintDialog</name>
    <message>
        <source>Compare the Fingerprint</source>
        <translation>核对指纹</translation>
    </message>
    <message>
        <source>A key file can come from anyone. Before trusting it, call the unit: they read their fingerprint aloud (Help → About shows it) while you follow the digits below. Trust the key only if every digit matches.</source>
        <translation>密钥文件可能来自任何人。信任之前，请给对方部门打电话：对方读出其指纹（在“帮助 → 关于”中可以看到），您对照下面的数字。只有每一位都一致时才信任。</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>密钥编号：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>&amp;Digits they read:</source>
        <translation>对方读出的数字(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional: type the 30 digits to have them checked</source>
        <translation>可选：输入 30 位数字由程序核对</translation>
    </message>
    <message>
        <source>Confirmed &amp;by:</source>
        <translation>核对人(&amp;B)：</translation>
    </message>
    <message>
        <source>The fingerprint they read &amp;matches, digit for digit</source>
        <translation>对方读出的指纹逐位一致(&amp;M)</translation>
    </message>
</context>
<context>
    <name>SyncFlows</name>
    <message>
        <source>Data bundles (*.zgb)</source>
        <translation>同步包 (*.zgb)</translation>
    </message>
    <message>
        <source>Export Data Bundle</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>Bundle Exported</source>
        <translation>同步包已导出</translation>
    </message>
    <message>
        <source>Bundle No. %1 for %2 was written to
%3
%4 records. Take the file to the quality office (a lost stick loses nothing: the next bundle carries the same changes again).</source>
        <translation>发往%2的第 %1 号同步包已写到：
%3
共 %4 条记录。请把文件交给质量督导处（U 盘丢失也不会丢数据：下一个同步包会再次包含这些更改）。</translation>
    </message>
    <message>
        <source>Exporting the data bundle…</source>
        <translation>正在导出同步包…</translation>
    </message>
    <message>
        <source>Import Data Bundles</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Import Bundle Folder</source>
        <translation>导入文件夹中的同步包</translation>
    </message>
    <message>
        <source>There are no data bundles (*.zgb) in %1.</source>
        <translation>“%1”中没有同步包（*.zgb）。</translation>
    </message>
    <message>
        <source>Importing data bundles…</source>
        <translation>正在导入同步包…</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Bundle Refused</source>
        <translation>同步包被拒收</translation>
    </message>
    <message>
        <source>%1 from %2 (No. %3): %4.</source>
        <translation>“%1”来自%2（第 %3 号）：%4。</translation>
    </message>
    <message>
        <source>%1 imported</source>
        <translation>已导入 %1 个</translation>
    </message>
    <message>
        <source>%1 with nothing to do</source>
        <translation>无需导入 %1 个</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>拒收 %1 个</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>取消 %1 个</translation>
    </message>
    <message>
        <source>%1 bundles: %2.</source>
        <translation>共 %1 个同步包：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The table on the Data Exchange page gives each file&apos;s reason.</source>
        <translation>“数据交换”页面的表格列出了每个文件的原因。</translation>
    </message>
    <message>
        <source>Folder for the Units&apos; Bundles</source>
        <translation>存放各部门同步包的文件夹</translation>
    </message>
    <message>
        <source>Writing the units&apos; bundles…</source>
        <translation>正在写出各部门的同步包…</translation>
    </message>
    <message>
        <source>%1: No. %2, %3 records</source>
        <translation>%1：第 %2 号，%3 条记录</translation>
    </message>
    <message>
        <source>%1 bundles were written to %2.</source>
        <translation>已在“%2”中写出 %1 个同步包。</translation>
    </message>
    <message>
        <source>Cancelled before the remaining units.</source>
        <translation>其余部门已取消，未写出。</translation>
    </message>
    <message>
        <source>Bundles Written</source>
        <translation>同步包已写出</translation>
    </message>
    <message>
        <source>Write Enrolment File</source>
        <translation>生成注册文件</translation>
    </message>
    <message>
        <source>Enrolment files (*.zge)</source>
        <translation>注册文件 (*.zge)</translation>
    </message>
    <message>
        <source>Enrolment File Written</source>
        <translation>注册文件已生成</translation>
    </message>
    <message>
        <source>The enrolment file for %1 was written to
%2

When the unit sets up its PC from it, read it this PC&apos;s fingerprint:
%3</source>
        <translation>“%1”的注册文件已写到：
%2

对方用它设置电脑时，请把本机指纹读给对方核对：
%3</translation>
    </message>
    <message>
        <source>Writing the enrolment file…</source>
        <translation>正在生成注册文件…</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Partly imported</source>
        <translation>部分导入</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>无需导入</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>校验通过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>College</source>
        <translation>学院</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>One-page plan</source>
        <translation>一页纸计划</translation>
    </message>
    <message>
        <source>Plan objective</source>
        <translation>计划目标</translation>
    </message>
    <message>
        <source>Plan task</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <source>Plan cost</source>
        <translation>计划成本</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月度概述</translation>
    </message>
    <message>
        <source>Plan snapshot</source>
        <translation>计划快照</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>计划审核</translation>
    </message>
    <message>
        <source>Unit duty</source>
        <translation>部门职责</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>岗位说明书</translation>
    </message>
    <message>
        <source>Duty type</source>
        <translation>职责类型</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Work standard</source>
        <translation>工作标准</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>President</source>
        <translation>院长</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Quality office</source>
        <translation>质量督导处</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Author unit</source>
        <translation>作者部门</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称/岗位名称</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Dual-qualified</source>
        <translation>双师型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>辅导员</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生人数</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层面</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>Previous revision</source>
        <translation>上一版本</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>项目领导</translation>
    </message>
    <message>
        <source>Work name</source>
        <translation>工作名称</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Project objective</source>
        <translation>项目目标</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>对应目标</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Planned months</source>
        <translation>进度计划</translation>
    </message>
    <message>
        <source>Monthly states</source>
        <translation>每月进展</translation>
    </message>
    <message>
        <source>Cost category</source>
        <translation>成本项目</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Spent (yuan)</source>
        <translation>已支出（元）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概述</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>定员</translation>
    </message>
    <message>
        <source>Post coefficient</source>
        <translation>岗位系数</translation>
    </message>
    <message>
        <source>Direct superior</source>
        <translation>直接上级</translation>
    </message>
    <message>
        <source>Direct subordinates</source>
        <translation>直接下级</translation>
    </message>
    <message>
        <source>Knowledge and skills</source>
        <translation>专业知识和技能</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>工作经验</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>资格证书</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>注册文件</translation>
    </message>
    <message>
        <source>Fingerprint typed</source>
        <translation>电话核对指纹（已输入）</translation>
    </message>
    <message>
        <source>Fingerprint compared</source>
        <translation>屏幕核对指纹</translation>
    </message>
    <message>
        <source>Same field changed</source>
        <translation>同一字段被双方修改</translation>
    </message>
    <message>
        <source>Different fields changed</source>
        <translation>双方修改了不同字段</translation>
    </message>
    <message>
        <source>Integrity alarm</source>
        <translation>完整性警报</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>All units whose key is trusted</source>
        <translation>全部已信任密钥的部门</translation>
    </message>
    <message>
        <source>Export Data Bundle</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>Write the bundle for:</source>
        <translation>为以下部门写出同步包：</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>%1 added</source>
        <translation>新增 %1 条</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>更新 %1 条</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>未变 %1 条</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>冲突 %1 条</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>拒收 %1 条</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason or records</source>
        <translation>原因或记录</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>最近收到</translation>
    </message>
    <message>
        <source>Its No.</source>
        <translation>对方编号</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Last sent to it</source>
        <translation>最近发给对方</translation>
    </message>
    <message>
        <source>Our No.</source>
        <translation>本机编号</translation>
    </message>
    <message>
        <source>It confirmed</source>
        <translation>对方已确认</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>待处理冲突</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>未信任</translation>
    </message>
    <message>
        <source>Bundles never imported here. Nothing is lost: their content came with later bundles.</source>
        <translation>这些同步包没有在本机导入过。数据不会丢失：其内容已包含在后来的同步包中。</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 号</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>密钥编号</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>核对方式</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>核对人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source> (quality office)</source>
        <translation>（质量督导处）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Arrived %1</source>
        <translation>%1 收到</translation>
    </message>
</context>
<context>
    <name>SyncSigning</name>
    <message>
        <source>Passphrase</source>
        <translation>私钥口令</translation>
    </message>
    <message>
        <source>This PC&apos;s private key is protected by a passphrase.
Passphrase:</source>
        <translation>本机私钥设有口令。
口令：</translation>
    </message>
</context>
<context>
    <name>SyncTrust</name>
    <message>
        <source>Key files and bundles (*.zgkey *.key *.zgb);;All files (*)</source>
        <translation>密钥文件和同步包 (*.zgkey *.key *.zgb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Trust This Key</source>
        <translation>信任此密钥(&amp;T)</translation>
    </message>
    <message>
        <source>The digits you typed match the key&apos;s fingerprint.</source>
        <translation>您输入的数字与密钥指纹一致。</translation>
    </message>
    <message>
        <source>The digits you typed do NOT match. Do not trust this key; call the unit again.</source>
        <translation>您输入的数字与密钥指纹不一致。请不要信任这个密钥，并再次与对方部门核对。</translation>
    </message>
    <message>
        <source>%1 of %2 digits typed.</source>
        <translation>已输入 %1 位，共 %2 位。</translation>
    </message>
    <message>
        <source>Export Key File</source>
        <translation>导出密钥文件</translation>
    </message>
    <message>
        <source>Key files (*.zgkey)</source>
        <translation>密钥文件 (*.zgkey)</translation>
    </message>
    <message>
        <source>Key File Exported</source>
        <translation>密钥文件已导出</translation>
    </message>
    <message>
        <source>This PC&apos;s key file was written to
%1

Give it to the other side, then read them this fingerprint over the phone so they can check it:
%2</source>
        <translation>本机密钥文件已写到：
%1

请把它交给对方，并在电话中把下面的指纹读给对方核对：
%2</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>私钥口令</translation>
    </message>
    <message>
        <source>The private key is protected by the new passphrase now. You will be asked for it when a bundle is signed.</source>
        <translation>私钥现已设置新口令。签名同步包时会要求输入这一口令。</translation>
    </message>
    <message>
        <source>The private key has no passphrase now.</source>
        <translation>私钥现已去掉口令。</translation>
    </message>
    <message>
        <source>New passphrase (leave empty to remove the passphrase):</source>
        <translation>新口令（留空则去掉口令）：</translation>
    </message>
    <message>
        <source>Type the new passphrase again:</source>
        <translation>再输入一次新口令：</translation>
    </message>
    <message>
        <source>Replace Key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>Make a new key for this PC?

Bundles signed with the new key are refused until the other side has compared its fingerprint and trusted it; they should then revoke the old key. Do this only when the key file was lost or may have leaked.</source>
        <translation>为本机生成新密钥？

对方核对新密钥的指纹并信任之前，用新密钥签名的同步包会被拒收；对方随后应吊销旧密钥。仅在私钥文件丢失或可能泄露时才这样做。</translation>
    </message>
    <message>
        <source>This PC has a new key %1.

Export its key file, or read this fingerprint to the other side over the phone:
%2</source>
        <translation>本机的新密钥为 %1。

请导出密钥文件交给对方，或在电话中把下面的指纹读给对方核对：
%2</translation>
    </message>
    <message>
        <source>Trust a Key</source>
        <translation>信任密钥</translation>
    </message>
    <message>
        <source>The key %1 of %2 is trusted now.</source>
        <translation>已信任“%2”的密钥 %1。</translation>
    </message>
    <message>
        <source>Key Trusted</source>
        <translation>密钥已信任</translation>
    </message>
    <message>
        <source>%1 bundles from this unit were refused earlier because its key was not trusted. Import them now?</source>
        <translation>此前有 %1 个来自该部门的同步包因密钥未信任而被拒收。现在导入吗？</translation>
    </message>
    <message>
        <source>Revoke Key</source>
        <translation>吊销密钥</translation>
    </message>
    <message>
        <source>Revoke the key %1 of %2?

Every bundle signed with it will be refused from now on, and it can never be trusted again. Do this when a PC was lost or its key leaked; the unit then makes a new key and you trust that.</source>
        <translation>吊销“%2”的密钥 %1 吗？

从现在起，用它签名的同步包都会被拒收，而且它永远不能再被信任。请在电脑丢失或密钥泄露时这样做；之后由对方部门生成新密钥，您再信任新密钥。</translation>
    </message>
</context>
<context>
    <name>SyncTrustDialog</name>
    <message>
        <source>Keys and Trust</source>
        <translation>密钥与信任</translation>
    </message>
    <message>
        <source>This PC&apos;s Key</source>
        <translation>本机密钥</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>密钥编号：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Read this fingerprint to the other side over the phone, or give them this PC&apos;s key file, so that they can trust bundles from this PC.</source>
        <translation>请在电话中把这个指纹读给对方，或把本机的密钥文件交给对方，对方才能信任本机发出的同步包。</translation>
    </message>
    <message>
        <source>E&amp;xport Key File…</source>
        <translation>导出密钥文件(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Passphrase…</source>
        <translation>私钥口令(&amp;P)…</translation>
    </message>
    <message>
        <source>Protect this PC&apos;s private key with a passphrase, change it, or remove it; the key stays the same</source>
        <translation>为本机私钥设置、更改或去掉口令；密钥本身不变</translation>
    </message>
    <message>
        <source>Repl&amp;ace Key…</source>
        <translation>更换密钥(&amp;A)…</translation>
    </message>
    <message>
        <source>Make a new key for this PC (its key file was lost or leaked); the other side must trust the new key</source>
        <translation>为本机生成新密钥（私钥文件丢失或泄露时）；对方需要重新信任新密钥</translation>
    </message>
    <message>
        <source>Keys This PC Trusts</source>
        <translation>本机信任的密钥</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>已信任的密钥</translation>
    </message>
    <message>
        <source>Add from Key &amp;File…</source>
        <translation>从密钥文件添加(&amp;F)…</translation>
    </message>
    <message>
        <source>Trust the key in a key file (or in a unit&apos;s first bundle) after comparing its fingerprint</source>
        <translation>核对指纹后，信任密钥文件（或部门的第一个同步包）中的密钥</translation>
    </message>
    <message>
        <source>Add by Fin&amp;gerprint…</source>
        <translation>按指纹添加(&amp;G)…</translation>
    </message>
    <message>
        <source>Type the fingerprint a unit reads aloud; its key comes from its first bundle, refused until now</source>
        <translation>输入部门在电话中读出的指纹；密钥取自该部门此前被拒收的第一个同步包</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>吊销(&amp;R)…</translation>
    </message>
    <message>
        <source>Refuse every bundle signed with the selected key from now on</source>
        <translation>从现在起拒收所选密钥签名的全部同步包</translation>
    </message>
</context>
<context>
    <name>SyncTypeFingerprintDialog</name>
    <message>
        <source>Trust a Key by Its Fingerprint</source>
        <translation>按指纹信任密钥</translation>
    </message>
    <message>
        <source>Type the fingerprint the unit reads aloud over the phone. The key itself comes from that unit&apos;s first bundle, which was refused because its key was not trusted yet; import that bundle first.</source>
        <translation>请输入对方部门在电话中读出的指纹。密钥本身取自该部门的第一个同步包（因密钥尚未信任而被拒收），请先导入该同步包。</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>部门(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>30 digits, spaces allowed</source>
        <translation>30 位数字，可以带空格</translation>
    </message>
    <message>
        <source>Confirmed &amp;by:</source>
        <translation>核对人(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>What is measured</source>
        <translation>测量内容</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Evidence expected</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>What is measured, e.g. the share of double-qualified teachers</source>
        <translation>测量什么，例如双师型教师占比</translation>
    </message>
    <message>
        <source>The value to reach, e.g. ≥60 or 2</source>
        <translation>要达到的数值，例如 ≥60 或 2</translation>
    </message>
    <message>
        <source>Unit of the value, e.g. % or times</source>
        <translation>数值的单位，例如 % 或 次</translation>
    </message>
    <message>
        <source>A date (2026-12-31 prints as 2026年12月31日前) or words (每学期末)</source>
        <translation>日期（2026-12-31 打印为“2026年12月31日前”）或文字（如“每学期末”）</translation>
    </message>
    <message>
        <source>What proves it was reached</source>
        <translation>用什么证明目标已达成</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>No.</source>
        <extracomment>for a month cell: (planned, state or None); for an objective cell: served (bool) the check problems at this cell (list of messages)</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Major task</source>
        <translation>主要任务</translation>
    </message>
    <message>
        <source>Owners / priority</source>
        <translation>负责人/优先级</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>目标 %1：%2</translation>
    </message>
    <message>
        <source>A owner, B primary helper, C secondary helper</source>
        <translation>A 负责人，B 主要协助，C 次要协助</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Edit task name</source>
        <translation>修改任务名称</translation>
    </message>
    <message>
        <source>Change target date</source>
        <translation>修改目标日期</translation>
    </message>
    <message>
        <source>Change task objectives</source>
        <translation>修改任务对应的目标</translation>
    </message>
    <message>
        <source>Change planned months</source>
        <translation>修改计划月份</translation>
    </message>
    <message>
        <source>Change owners</source>
        <translation>修改负责人</translation>
    </message>
</context>
<context>
    <name>WorkAreas</name>
    <message>
        <source>Goal Chain</source>
        <translation>目标链</translation>
    </message>
    <message>
        <source>Development plans and the annual key task breakdown (Table 1), with level 1–3 indicators assigned to responsible units.</source>
        <translation>发展规划与年度重点工作任务分解表（表 1），一至三级指标落实到责任部门。</translation>
    </message>
    <message>
        <source>One-Page Plans</source>
        <translation>一页纸计划</translation>
    </message>
    <message>
        <source>One-page work plans (OPPM) at unit, major, course, teacher and class level: editing, review, monthly tracking and printing.</source>
        <translation>部门、专业、课程、教师、班级五个层面的一页纸工作计划报表：编制、审核、按月跟踪与打印。</translation>
    </message>
    <message>
        <source>Job Descriptions</source>
        <translation>岗位说明书</translation>
    </message>
    <message>
        <source>Job description manuals (Table 4): duties, work items and SMART work standards.</source>
        <translation>岗位说明书（表 4）：岗位职责、工作内容与符合 SMART 原则的工作标准。</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Major, course, teacher and student standards with their quality control points.</source>
        <translation>专业、课程、教师、学生发展标准及其质控点。</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Warnings for units that miss a deadline, and their improvement.</source>
        <translation>对未按期完成任务的部门进行预警，并跟踪其诊改。</translation>
    </message>
    <message>
        <source>Self-Diagnosis Report</source>
        <translation>诊改报告</translation>
    </message>
    <message>
        <source>The yearly self-diagnosis and improvement report along the 15 diagnostic elements.</source>
        <translation>按诊断要素编制的年度内部质量保证体系自我诊改报告。</translation>
    </message>
    <message>
        <source>Data Exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>Signed data bundles between the units and the quality office on a USB stick: export, import, conflicts, keys and trust.</source>
        <translation>各部门与质量督导处之间用 U 盘交换签名的同步包：导出、导入、冲突处理、密钥与信任。</translation>
    </message>
    <message>
        <source>This area is not available in this version yet. It will arrive in a later release; nothing here is saved or sent.</source>
        <translation>本版本尚未提供此功能，将在后续版本中推出；此处不保存也不发送任何内容。</translation>
    </message>
</context>
</TS>
