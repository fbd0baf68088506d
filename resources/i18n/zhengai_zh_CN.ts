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
        <source>This PC&apos;s &amp;Identity…</source>
        <translation>本机身份(&amp;I)…</translation>
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
    <name>PlanLabels</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
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
        <source>This area is not available in this version yet. It will arrive in a later release; nothing here is saved or sent.</source>
        <translation>本版本尚未提供此功能，将在后续版本中推出；此处不保存也不发送任何内容。</translation>
    </message>
</context>
</TS>
