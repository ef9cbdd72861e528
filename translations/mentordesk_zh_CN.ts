<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AtRiskRules</name>
    <message numerus="yes">
        <source>No lesson held for %n day(s) (threshold %1).</source>
        <translation>
            <numerusform>已连续 %n 天没有上课（阈值 %1 天）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projected to finish on %1, %n day(s) after the planned end %2 (%3 % late; threshold %4 %).</source>
        <translation>
            <numerusform>预计于 %1 完成，比计划结束日期 %2 晚 %n 天（延迟 %3%；阈值 %4%）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mastery of topic %1 fell from %2 % to %3 % (threshold %4 points).</source>
        <translation>知识点 %1 的掌握程度从 %2% 降至 %3%（阈值 %4 个百分点）。</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) in a row cancelled or missed by the learner (threshold %1).</source>
        <translation>
            <numerusform>学员已连续 %n 节课取消或缺席（阈值 %1 节）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceRules</name>
    <message>
        <source>The late-cancellation notice must be between 0 and 720 hours (got %1).</source>
        <translation>临时取消的提前通知时间必须在 0 到 720 小时之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The share billed for a late cancellation must be between 0 % and 100 %.</source>
        <translation>临时取消的计费比例必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The share billed for a no-show must be between 0 % and 100 %.</source>
        <translation>缺席的计费比例必须在 0% 到 100% 之间。</translation>
    </message>
</context>
<context>
    <name>BackupCipher</name>
    <message>
        <source>The backup passphrase must not be empty.</source>
        <translation>备份口令不能为空。</translation>
    </message>
    <message>
        <source>The encryption library could not be initialised.</source>
        <translation>无法初始化加密库。</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the backup key.</source>
        <translation>内存不足，无法派生备份密钥。</translation>
    </message>
    <message>
        <source>Writing the encrypted backup “%1” failed.</source>
        <translation>写入加密备份“%1”失败。</translation>
    </message>
    <message>
        <source>“%1” is not an encrypted MentorDesk backup.</source>
        <translation>“%1”不是加密的 MentorDesk 备份。</translation>
    </message>
    <message>
        <source>The backup was encrypted by a newer MentorDesk (format %1).</source>
        <translation>此备份由较新版本的 MentorDesk 加密（格式 %1）。</translation>
    </message>
    <message>
        <source>The backup header is damaged.</source>
        <translation>备份头已损坏。</translation>
    </message>
    <message>
        <source>The backup could not be decrypted: the passphrase is wrong or the file was changed or cut short.</source>
        <translation>无法解密备份：口令错误，或文件已被修改或被截断。</translation>
    </message>
    <message>
        <source>The backup has extra data after its end; it was changed.</source>
        <translation>备份末尾之后有多余数据；该文件已被修改。</translation>
    </message>
    <message>
        <source>Writing “%1” failed.</source>
        <translation>写入“%1”失败。</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>read the passphrase from environment variable VAR (default MENTORDESK_BACKUP_PASSPHRASE)</source>
        <translation>从环境变量 VAR 读取口令（默认为 MENTORDESK_BACKUP_PASSPHRASE）</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of stdin</source>
        <translation>从 stdin 的第一行读取口令</translation>
    </message>
    <message>
        <source>--encrypt needs a passphrase: set %1 or use --passphrase-stdin.</source>
        <translation>--encrypt 需要口令：请设置 %1 或使用 --passphrase-stdin。</translation>
    </message>
    <message>
        <source>Wrote an encrypted, verified backup to %1.</source>
        <translation>已将经过验证的加密备份写入 %1。</translation>
    </message>
    <message>
        <source>Wrote a verified backup to %1.</source>
        <translation>已将经过验证的备份写入 %1。</translation>
    </message>
    <message>
        <source>--encrypt needs a passphrase.</source>
        <translation>--encrypt 需要口令。</translation>
    </message>
    <message>
        <source>Wrote %1; removed %2 old backup(s).</source>
        <translation>已写入 %1；已删除 %2 个旧备份。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>Restored %1; the previous file was kept as %2.</source>
        <translation>已恢复 %1；原文件已保留为 %2。</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>%1 is intact.</source>
        <translation>%1 完好无损。</translation>
    </message>
    <message>
        <source>Removed %1 old backup(s).</source>
        <translation>已删除 %1 个旧备份。</translation>
    </message>
    <message>
        <source>The studio file is on a local disk (%1); nothing to worry about.</source>
        <translation>工作室文件位于本地磁盘（%1）上；无需担心。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>where to write the backup</source>
        <translation>备份的写入位置</translation>
    </message>
    <message>
        <source>encrypt with a passphrase</source>
        <translation>使用口令加密</translation>
    </message>
    <message>
        <source>Write a consistent, verified copy of the studio (safe while it is in use)</source>
        <translation>写入一份一致且经过验证的工作室副本（使用中也可安全执行）</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>how many backups to keep (default 14)</source>
        <translation>要保留的备份数量（默认 14）</translation>
    </message>
    <message>
        <source>Write a time-stamped backup into a folder and delete the oldest beyond --keep (for cron)</source>
        <translation>将带时间戳的备份写入文件夹，并删除超出 --keep 数量的最旧备份（用于 cron）</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <source>Replace the studio (--db) by a verified backup; the old file is kept aside</source>
        <translation>用经过验证的备份替换工作室（--db）；旧文件将另行保留</translation>
    </message>
    <message>
        <source>the backup to check</source>
        <translation>要检查的备份</translation>
    </message>
    <message>
        <source>Decrypt (if needed) and integrity-check a backup</source>
        <translation>解密（如有需要）并检查备份的完整性</translation>
    </message>
    <message>
        <source>Delete the oldest automatic backups in a folder</source>
        <translation>删除文件夹中最旧的自动备份</translation>
    </message>
    <message>
        <source>how many to keep (default 14)</source>
        <translation>要保留的数量（默认 14）</translation>
    </message>
    <message>
        <source>Warn when the studio file is on a network drive or in a file-sync folder</source>
        <translation>当工作室文件位于网络驱动器或文件同步文件夹中时发出警告</translation>
    </message>
</context>
<context>
    <name>BillableLesson</name>
    <message>
        <source>A billed lesson needs its lesson id.</source>
        <translation>计费的课时必须有课时 ID。</translation>
    </message>
    <message>
        <source>Lesson %1 has no start time.</source>
        <translation>课时 %1 没有开始时间。</translation>
    </message>
    <message>
        <source>Lesson %1: planned minutes must be between 1 and 1440 (got %2).</source>
        <translation>课时 %1：计划分钟数必须在 1 到 1440 之间（当前为 %2）。</translation>
    </message>
    <message>
        <source>Lesson %1: actual minutes must be between 0 and 1440 (got %2).</source>
        <translation>课时 %1：实际分钟数必须在 0 到 1440 之间（当前为 %2）。</translation>
    </message>
    <message>
        <source>Lesson %1: progress must be between 0 and 1.</source>
        <translation>课时 %1：学习进度必须在 0 到 1 之间。</translation>
    </message>
</context>
<context>
    <name>BillingMath</name>
    <message>
        <source>The amount is too large to be represented exactly.</source>
        <translation>金额过大，无法精确表示。</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
</context>
<context>
    <name>CalendarLoader</name>
    <message>
        <source>%1 %2</source>
        <comment>weekday, day of month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(no learners)</source>
        <translation>（无学员）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>lesson block: start time, learners</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>time range</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Mentor: %1</source>
        <translation>导师：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Part of a weekly series</source>
        <translation>属于每周系列课</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>CatalogCommands</name>
    <message>
        <source>rows per page (default 100)</source>
        <translation>每页行数（默认 100）</translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation>跳过的行数</translation>
    </message>
    <message>
        <source>Added topic %1 (%2).</source>
        <translation>已添加知识点 %1（%2）。</translation>
    </message>
    <message>
        <source>Removed topic %1.</source>
        <translation>已删除知识点 %1。</translation>
    </message>
    <message>
        <source>“%1” now requires “%2”.</source>
        <translation>“%1”现在以“%2”为先修知识点。</translation>
    </message>
    <message>
        <source>“%1” no longer requires “%2”.</source>
        <translation>“%1”不再以“%2”为先修知识点。</translation>
    </message>
    <message>
        <source> (prerequisites shown above)</source>
        <translation>（先修知识点见上文）</translation>
    </message>
    <message>
        <source>There are no topics yet; add one with “topic add”.</source>
        <translation>还没有知识点；请用“topic add”添加。</translation>
    </message>
    <message>
        <source>give either --hours or --minutes, not both</source>
        <translation>--hours 和 --minutes 只能给出其一</translation>
    </message>
    <message>
        <source>Added course %1 (%2).</source>
        <translation>已添加课程 %1（%2）。</translation>
    </message>
    <message>
        <source>Archived course %1.</source>
        <translation>已归档课程 %1。</translation>
    </message>
    <message>
        <source>Restored course %1.</source>
        <translation>已恢复课程 %1。</translation>
    </message>
    <message>
        <source>give the topics with --topic (repeatable), or --clear to remove them all</source>
        <translation>请用 --topic（可重复）给出知识点，或用 --clear 全部移除</translation>
    </message>
    <message>
        <source>give the module&apos;s length with --minutes or --hours</source>
        <translation>请用 --minutes 或 --hours 给出模块时长</translation>
    </message>
    <message>
        <source>Added module %1 (%2) at position %3.</source>
        <translation>已在第 %3 位添加模块 %1（%2）。</translation>
    </message>
    <message>
        <source>give either --price or --no-price, not both</source>
        <translation>--price 和 --no-price 只能给出其一</translation>
    </message>
    <message numerus="yes">
        <source>Removed the module; the course has %n module(s) now.</source>
        <translation>
            <numerusform>已删除该模块；课程现有 %n 个模块。</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved the module to position %1.</source>
        <translation>已将模块移至第 %1 位。</translation>
    </message>
    <message>
        <source>topic name (unique, ignoring case)</source>
        <translation>知识点名称（唯一，不区分大小写）</translation>
    </message>
    <message>
        <source>area: programming, maths, music, languages or any short text</source>
        <translation>领域：programming、maths、music、languages 或任意简短文本</translation>
    </message>
    <message>
        <source>what the topic covers</source>
        <translation>知识点涵盖的内容</translation>
    </message>
    <message>
        <source>course title</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <source>what the course covers</source>
        <translation>课程涵盖的内容</translation>
    </message>
    <message>
        <source>level, 1 = beginner … 5 = expert</source>
        <translation>级别，1 = 入门 … 5 = 专家</translation>
    </message>
    <message>
        <source>content hours C as a decimal, e.g. 30 or 1.5</source>
        <translation>内容时长 C（小时，小数），例如 30 或 1.5</translation>
    </message>
    <message>
        <source>content time as minutes (90), 1:30 or 1h30m</source>
        <translation>内容时长，写作分钟数（90）、1:30 或 1h30m</translation>
    </message>
    <message>
        <source>content quality Q</source>
        <translation>内容质量 Q</translation>
    </message>
    <message>
        <source>practicality U</source>
        <translation>实用性 U</translation>
    </message>
    <message>
        <source>module title</source>
        <translation>模块名称</translation>
    </message>
    <message>
        <source>length as minutes (90), 1:30 or 1h30m</source>
        <translation>时长，写作分钟数（90）、1:30 或 1h30m</translation>
    </message>
    <message>
        <source>length in hours as a decimal, e.g. 1.5</source>
        <translation>时长（小时，小数），例如 1.5</translation>
    </message>
    <message>
        <source>price in the studio currency, e.g. 45.00</source>
        <translation>价格（工作室货币），例如 45.00</translation>
    </message>
    <message>
        <source>remove the module&apos;s price</source>
        <translation>移除模块的价格</translation>
    </message>
    <message>
        <source>topic id or name</source>
        <translation>知识点 ID 或名称</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>添加知识点</translation>
    </message>
    <message>
        <source>Change a topic (only the options given)</source>
        <translation>修改知识点（仅修改给出的选项）</translation>
    </message>
    <message>
        <source>Show a topic with its prerequisites</source>
        <translation>显示知识点及其先修知识点</translation>
    </message>
    <message>
        <source>List topics</source>
        <translation>列出知识点</translation>
    </message>
    <message>
        <source>filter by name or description</source>
        <translation>按名称或描述筛选</translation>
    </message>
    <message>
        <source>only this area</source>
        <translation>仅限此领域</translation>
    </message>
    <message>
        <source>Remove a topic nothing refers to any more</source>
        <translation>删除不再被引用的知识点</translation>
    </message>
    <message>
        <source>the topic that has the prerequisite</source>
        <translation>需要先修知识点的知识点</translation>
    </message>
    <message>
        <source>the prerequisite topic</source>
        <translation>先修知识点</translation>
    </message>
    <message>
        <source>Record that a topic requires another (cycles are refused)</source>
        <translation>记录一个知识点以另一个为先修（不允许循环）</translation>
    </message>
    <message>
        <source>Remove a prerequisite</source>
        <translation>移除先修知识点</translation>
    </message>
    <message>
        <source>Print the prerequisite tree (--json: nodes and edges)</source>
        <translation>输出先修知识点树（--json：节点和边）</translation>
    </message>
    <message>
        <source>only this topic and what it requires</source>
        <translation>仅此知识点及其先修知识点</translation>
    </message>
    <message>
        <source>course id</source>
        <translation>课程 ID</translation>
    </message>
    <message>
        <source>a topic of the course (repeatable)</source>
        <translation>课程的知识点（可重复）</translation>
    </message>
    <message>
        <source>a module, in order (repeatable); content time defaults to their sum</source>
        <translation>按顺序给出的模块（可重复）；内容时长默认为各模块之和</translation>
    </message>
    <message>
        <source>Add a course with its topics and modules</source>
        <translation>添加课程及其知识点和模块</translation>
    </message>
    <message>
        <source>Change a course (only the options given)</source>
        <translation>修改课程（仅修改给出的选项）</translation>
    </message>
    <message>
        <source>Show a course with its topics and modules</source>
        <translation>显示课程及其知识点和模块</translation>
    </message>
    <message>
        <source>List courses</source>
        <translation>列出课程</translation>
    </message>
    <message>
        <source>filter by title or description</source>
        <translation>按名称或描述筛选</translation>
    </message>
    <message>
        <source>only this level</source>
        <translation>仅限此级别</translation>
    </message>
    <message>
        <source>only courses covering this topic</source>
        <translation>仅限涵盖此知识点的课程</translation>
    </message>
    <message>
        <source>include archived courses</source>
        <translation>包括已归档的课程</translation>
    </message>
    <message>
        <source>only archived courses</source>
        <translation>仅限已归档的课程</translation>
    </message>
    <message>
        <source>Archive a course (kept; no new enrollments)</source>
        <translation>归档课程（保留数据；不再接受新报名）</translation>
    </message>
    <message>
        <source>Restore an archived course</source>
        <translation>恢复已归档的课程</translation>
    </message>
    <message>
        <source>Replace the topics of a course</source>
        <translation>替换课程的知识点</translation>
    </message>
    <message>
        <source>a topic (repeatable)</source>
        <translation>知识点（可重复）</translation>
    </message>
    <message>
        <source>remove all topics</source>
        <translation>移除所有知识点</translation>
    </message>
    <message>
        <source>insert at this position (default: last)</source>
        <translation>插入到此位置（默认：末尾）</translation>
    </message>
    <message>
        <source>Add a module to a course</source>
        <translation>向课程添加模块</translation>
    </message>
    <message>
        <source>Change a module (only the options given)</source>
        <translation>修改模块（仅修改给出的选项）</translation>
    </message>
    <message>
        <source>module id</source>
        <translation>模块 ID</translation>
    </message>
    <message>
        <source>Remove a module; the later ones move up</source>
        <translation>删除模块；后面的模块依次前移</translation>
    </message>
    <message>
        <source>Move a module to another position</source>
        <translation>将模块移到其他位置</translation>
    </message>
    <message>
        <source>the new position, from 1</source>
        <translation>新位置，从 1 开始</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: mentordesk-cli [--db FILE] [--json] &lt;noun&gt; &lt;verb&gt; [options]</source>
        <translation>用法：mentordesk-cli [--db FILE] [--json] &lt;noun&gt; &lt;verb&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:
  --db FILE   studio database (default: $MENTORDESK_DB, then ~/.local/share/mentordesk/studio.mentordesk)
  --json      machine-readable output (errors too) on stdout
  --help      help for any command, e.g. mentordesk-cli learner add --help
Exit codes: 0 success, 1 invalid input or refused, 2 usage error, 3 storage/IO failure.</source>
        <translation>全局选项：
  --db FILE   工作室数据库（默认：$MENTORDESK_DB，其次为 ~/.local/share/mentordesk/studio.mentordesk）
  --json      在标准输出上输出机器可读的结果（包括错误）
  --help      任意命令的帮助，例如 mentordesk-cli learner add --help
退出码：0 成功，1 输入无效或被拒绝，2 用法错误，3 存储/IO 故障。</translation>
    </message>
    <message>
        <source>Usage: mentordesk-cli %1 &lt;verb&gt; [options]</source>
        <translation>用法：mentordesk-cli %1 &lt;verb&gt; [options]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation>（必填）</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>usage error: --db needs a file name</source>
        <translation>用法错误：--db 需要一个文件名</translation>
    </message>
    <message>
        <source>usage error: unknown command “%1 %2”</source>
        <translation>用法错误：未知命令“%1 %2”</translation>
    </message>
    <message>
        <source>usage error: unknown command “%1”; run mentordesk-cli --help</source>
        <translation>用法错误：未知命令“%1”；请运行 mentordesk-cli --help</translation>
    </message>
    <message>
        <source>usage error: MENTORDESK_NOW must be an ISO-8601 time such as 2026-01-15T10:00:00Z</source>
        <translation>用法错误：MENTORDESK_NOW 必须是 ISO-8601 时间，例如 2026-01-15T10:00:00Z</translation>
    </message>
    <message>
        <source>unknown option --%1 for “%2 %3”; see --help</source>
        <translation>“%2 %3”没有选项 --%1；请参阅 --help</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 需要一个值（%2）</translation>
    </message>
    <message>
        <source>--%1 is required for “%2 %3”</source>
        <translation>“%2 %3”必须给出 --%1</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 Create one with “mentordesk-cli init” or “mentordesk-cli demo”, or pass --db FILE.</source>
        <translation>%1 请用“mentordesk-cli init”或“mentordesk-cli demo”创建一个，或者传入 --db FILE。</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>(%1 of %2 shown; use --offset and --limit for more)</source>
        <translation>（显示了 %2 条中的 %1 条；使用 --offset 和 --limit 查看更多）</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation>用法错误：%1</translation>
    </message>
</context>
<context>
    <name>ConflictChecker</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: mentor %2 already teaches another lesson then (lesson %3).</source>
        <translation>%1：导师 %2 此时已有另一节课（课时 %3）。</translation>
    </message>
    <message>
        <source>%1: learner %2 already attends another lesson then (lesson %3).</source>
        <translation>%1：学员 %2 此时已有另一节课（课时 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>The lesson clashes with %n other lesson(s):</source>
        <translation>
            <numerusform>该课时与其他 %n 节课冲突：</numerusform>
        </translation>
    </message>
    <message>
        <source>  - series lesson on %1: %2</source>
        <translation>  - %1 的系列课：%2</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
</context>
<context>
    <name>CourseImporter</name>
    <message>
        <source>Module %1: %2</source>
        <translation>模块 %1：%2</translation>
    </message>
    <message>
        <source>Content minutes</source>
        <translation>内容分钟数</translation>
    </message>
    <message>
        <source>Content hours (%1) and content minutes (%2) disagree; give only one of them.</source>
        <translation>内容小时数（%1）与内容分钟数（%2）不一致；请只填写其中一项。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Practicality</source>
        <translation>实用性</translation>
    </message>
</context>
<context>
    <name>CourseModuleService</name>
    <message>
        <source>There is no course module with id %1.</source>
        <translation>不存在 ID 为 %1 的课程模块。</translation>
    </message>
    <message>
        <source>There is no course with id %1.</source>
        <translation>不存在 ID 为 %1 的课程。</translation>
    </message>
    <message>
        <source>The position must be between 1 and %1 (got %2).</source>
        <translation>位置必须在 1 到 %1 之间（当前为 %2）。</translation>
    </message>
</context>
<context>
    <name>CourseModuleSpec</name>
    <message>
        <source>Write a module as TITLE:MINUTES or TITLE:MINUTES:PRICE (got “%1”).</source>
        <translation>模块请写作 TITLE:MINUTES 或 TITLE:MINUTES:PRICE（当前为“%1”）。</translation>
    </message>
</context>
<context>
    <name>CourseQualityModel</name>
    <message>
        <source>Course quality weights must not be negative and must not all be zero.</source>
        <translation>课程质量权重不能为负数，也不能全部为零。</translation>
    </message>
</context>
<context>
    <name>CourseService</name>
    <message>
        <source>Topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>There is no course with id %1.</source>
        <translation>不存在 ID 为 %1 的课程。</translation>
    </message>
    <message>
        <source>The course “%1” is already archived.</source>
        <translation>课程“%1”已经归档。</translation>
    </message>
    <message>
        <source>The course “%1” is not archived.</source>
        <translation>课程“%1”未归档。</translation>
    </message>
</context>
<context>
    <name>CourseValidator</name>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Content time must be more than 0 and at most 10,000 hours (got %1 minutes).</source>
        <translation>内容时长必须大于 0 且不超过 10,000 小时（当前为 %1 分钟）。</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Practicality</source>
        <translation>实用性</translation>
    </message>
    <message>
        <source>Module title</source>
        <translation>模块名称</translation>
    </message>
    <message>
        <source>The module “%1” must last more than 0 minutes and at most 10,000 hours (got %2).</source>
        <translation>模块“%1”的时长必须大于 0 分钟且不超过 10,000 小时（当前为 %2）。</translation>
    </message>
    <message>
        <source>The price of the module “%1” must not be negative.</source>
        <translation>模块“%1”的价格不能为负数。</translation>
    </message>
    <message>
        <source>The price of the module “%1” is too large.</source>
        <translation>模块“%1”的价格过大。</translation>
    </message>
    <message>
        <source>Content time must be more than 0 minutes, or the course needs modules whose minutes can be added up.</source>
        <translation>内容时长必须大于 0 分钟，或者课程须有可累加时长的模块。</translation>
    </message>
    <message>
        <source>The modules add up to %1 minutes, more than the 10,000 hours a course may have.</source>
        <translation>各模块合计 %1 分钟，超过了课程允许的 10,000 小时。</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>There is no file “%1”.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>文件为空；第一行必须是列名。</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2.</source>
        <translation>此行有 %1 个字段，但表头有 %2 个。</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>The CSV text could not be read further.</source>
        <translation>无法继续读取 CSV 文本。</translation>
    </message>
    <message>
        <source>A quoted field is never closed (a &quot; is missing).</source>
        <translation>带引号的字段没有闭合（缺少一个 &quot;）。</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;).</source>
        <translation>闭合引号后出现了意外的文本（带引号的字段内的引号必须写两次：&quot;&quot;）。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV output failed earlier: %1</source>
        <translation>CSV 输出此前已失败：%1</translation>
    </message>
    <message>
        <source>Cannot write the CSV output: %1</source>
        <translation>无法写入 CSV 输出：%1</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>“%1” is not a supported ISO 4217 currency code (for example EUR, USD, CNY, JPY).</source>
        <translation>“%1”不是受支持的 ISO 4217 货币代码（例如 EUR、USD、CNY、JPY）。</translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message>
        <source>line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>Encoding: %1; delimiter: %2</source>
        <translation>编码：%1；分隔符：%2</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>已忽略的列：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1.</source>
        <translation>
            <numerusform>已将 %n 行导入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported into %1; nothing was written.</source>
        <translation>
            <numerusform>试运行：将有 %n 行导入 %1；未写入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Fix them, or use --skip-bad-rows to import the %1 good rows.</source>
        <translation>
            <numerusform>未导入任何内容：有 %n 行存在错误。请修正这些行，或使用 --skip-bad-rows 导入 %1 个正确的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) with errors.</source>
        <translation>
            <numerusform>已跳过 %n 个有错误的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview (first %n row(s)):</source>
        <translation>
            <numerusform>预览（前 %n 行）：</numerusform>
        </translation>
    </message>
    <message>
        <source>expected an entity and a file, e.g. “import csv payers payers.csv”</source>
        <translation>需要一个实体和一个文件，例如“import csv payers payers.csv”</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”; use auto, utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>未知编码“%1”；请使用 auto、utf-8、utf-16le、utf-16be 或 windows-1252。</translation>
    </message>
    <message>
        <source>Unknown delimiter “%1”; use auto, comma, semicolon, tab or pipe.</source>
        <translation>未知分隔符“%1”；请使用 auto、comma、semicolon、tab 或 pipe。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>已将 %n 行（%1）导出到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>the studio</source>
        <translation>工作室</translation>
    </message>
    <message>
        <source>expected one entity, e.g. “export csv payers”</source>
        <translation>需要一个实体，例如“export csv payers”</translation>
    </message>
    <message>
        <source>Import records from a CSV file (entity: %1)</source>
        <translation>从 CSV 文件导入记录（实体：%1）</translation>
    </message>
    <message>
        <source>check and preview only; write nothing</source>
        <translation>仅检查和预览；不写入任何内容</translation>
    </message>
    <message>
        <source>import the good rows even when some rows have errors</source>
        <translation>即使部分行有错误，也导入正确的行</translation>
    </message>
    <message>
        <source>text encoding (default auto: BOM, else UTF-8, else Windows-1252)</source>
        <translation>文本编码（默认 auto：先看 BOM，其次 UTF-8，再次 Windows-1252）</translation>
    </message>
    <message>
        <source>field delimiter (default auto-detect)</source>
        <translation>字段分隔符（默认自动检测）</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>写入 FILE 而不是标准输出</translation>
    </message>
    <message>
        <source>also export deleted rows</source>
        <translation>同时导出已删除的行</translation>
    </message>
    <message>
        <source>Export the whole studio as JSON</source>
        <translation>将整个工作室导出为 JSON</translation>
    </message>
    <message>
        <source>Export one table as CSV (entity: %1, or any table)</source>
        <translation>将一个表导出为 CSV（实体：%1，或任意表）</translation>
    </message>
    <message>
        <source>start with a UTF-8 byte-order mark (for Excel)</source>
        <translation>以 UTF-8 字节顺序标记（BOM）开头（供 Excel 使用）</translation>
    </message>
    <message>
        <source>lessons: import a lesson even when it clashes with another lesson</source>
        <translation>第 %1 行：</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a MentorDesk studio (not an SQLite database).</source>
        <translation>“%1”不是 MentorDesk 工作室（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a MentorDesk studio.</source>
        <translation>“%1”是 SQLite 数据库，但不是 MentorDesk 工作室。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer MentorDesk (schema %2; this version knows up to %3). It was not opened or changed; please update MentorDesk.</source>
        <translation>“%1”由较新版本的 MentorDesk 写入（架构版本 %2；此版本最高支持 %3）。文件未被打开或修改；请更新 MentorDesk。</translation>
    </message>
    <message>
        <source>There is no studio file at “%1”.</source>
        <translation>“%1”处没有工作室文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot record this device in the studio: %1</source>
        <translation>无法在工作室中登记此设备：%1</translation>
    </message>
    <message>
        <source>The studio database reported an error: %1 (in: %2)</source>
        <translation>工作室数据库报告了错误：%1（位于：%2）</translation>
    </message>
    <message>
        <source>The studio database could not prepare a query: %1 (in: %2)</source>
        <translation>工作室数据库无法准备查询：%1（位于：%2）</translation>
    </message>
    <message>
        <source>The record %1 no longer exists.</source>
        <translation>记录 %1 已不存在。</translation>
    </message>
    <message>
        <source>The record was changed by someone else since it was opened (now version %1). Reload it and try again.</source>
        <translation>此记录在打开后已被他人修改（当前版本 %1）。请重新加载后再试。</translation>
    </message>
    <message>
        <source>The studio database reported an error: %1</source>
        <translation>工作室数据库报告了错误：%1</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>事务已经结束。</translation>
    </message>
    <message>
        <source>There is no %1 with id “%2”.</source>
        <translation>不存在 ID 为“%2”的%1。</translation>
    </message>
</context>
<context>
    <name>DecimalText</name>
    <message>
        <source>“%1” is not a plain decimal number (write it like 0.75).</source>
        <translation>“%1”不是普通的小数（请写成 0.75 这样的形式）。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s).</source>
        <translation>
            <numerusform>“%1”的小数位超过 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is far too large for an efficiency.</source>
        <translation>“%1”作为学习效率值过大。</translation>
    </message>
    <message>
        <source>“%1” hours is more than the 10,000 hours allowed.</source>
        <translation>“%1”小时超过了允许的 10,000 小时。</translation>
    </message>
    <message>
        <source>%1 hours is not a whole number of minutes.</source>
        <translation>%1 小时不是整数分钟。</translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <source>--scale must be “small” or “design”, not “%1”.</source>
        <translation>--scale 必须是“small”或“design”，而不是“%1”。</translation>
    </message>
    <message>
        <source>generating… %1 %</source>
        <translation>正在生成… %1%</translation>
    </message>
    <message>
        <source>Created the demo studio %1: %2 mentors, %3 learners, %4 courses, %5 lessons, %6 ratings.</source>
        <translation>已创建演示工作室 %1：%2 名导师、%3 名学员、%4 门课程、%5 节课、%6 条评分。</translation>
    </message>
    <message>
        <source>Create a demo studio in a new file (deterministic for a given seed)</source>
        <translation>在新文件中创建演示工作室（相同种子生成相同数据）</translation>
    </message>
    <message>
        <source>small (3 mentors, 40 learners, 25 courses, 1 year; default) or design (15 mentors, 2,000 learners, 200 courses, 10 years)</source>
        <translation>small（3 名导师、40 名学员、25 门课程、1 年；默认）或 design（15 名导师、2,000 名学员、200 门课程、10 年）</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>随机种子（默认 1）</translation>
    </message>
    <message>
        <source>number of mentors</source>
        <translation>导师人数</translation>
    </message>
    <message>
        <source>number of learners</source>
        <translation>学员人数</translation>
    </message>
    <message>
        <source>number of courses</source>
        <translation>课程数量</translation>
    </message>
    <message>
        <source>years of lesson history</source>
        <translation>课时历史的年数</translation>
    </message>
    <message>
        <source>the demo&apos;s “today” (default: today)</source>
        <translation>演示数据中的“今天”（默认：今天）</translation>
    </message>
    <message>
        <source>no progress output</source>
        <translation>不输出进度</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo studio can only be generated into an empty database.</source>
        <translation>演示工作室只能生成到空数据库中。</translation>
    </message>
    <message>
        <source>Mentors must be between 1 and 100.</source>
        <translation>导师人数必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>Learners must be between 0 and 100,000.</source>
        <translation>学员人数必须在 0 到 100,000 之间。</translation>
    </message>
    <message>
        <source>Courses must be between 1 and 2,000.</source>
        <translation>课程数量必须在 1 到 2,000 之间。</translation>
    </message>
    <message>
        <source>Years must be between 1 and 20.</source>
        <translation>年数必须在 1 到 20 之间。</translation>
    </message>
    <message>
        <source>Generating the demo studio was cancelled.</source>
        <translation>演示工作室的生成已取消。</translation>
    </message>
    <message>
        <source>“%1” already exists; the demo studio is only created in a new file.</source>
        <translation>“%1”已存在；演示工作室只能创建在新文件中。</translation>
    </message>
    <message>
        <source>The demo studio could not be created.</source>
        <translation>无法创建演示工作室。</translation>
    </message>
</context>
<context>
    <name>DemoStudio</name>
    <message>
        <source>Creating the demo studio…</source>
        <translation>正在创建演示工作室…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo studio</source>
        <translation>演示工作室</translation>
    </message>
</context>
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>MentorDesk — studio manager for mentors</source>
        <translation>MentorDesk — 面向导师的工作室管理工具</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Open the studio database FILE.</source>
        <translation>打开工作室数据库 FILE。</translation>
    </message>
    <message>
        <source>Open the demo studio (created if missing).</source>
        <translation>打开演示工作室（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Write a PNG of every page to DIR and quit.</source>
        <translation>将每个页面的 PNG 截图写入 DIR 后退出。</translation>
    </message>
    <message>
        <source>Window size WxH (e.g. 1366x768).</source>
        <translation>窗口大小 WxH（例如 1366x768）。</translation>
    </message>
</context>
<context>
    <name>Discount</name>
    <message>
        <source>A discount needs an id.</source>
        <translation>折扣必须有 ID。</translation>
    </message>
    <message>
        <source>A discount needs a name to show on the invoice.</source>
        <translation>折扣必须有一个显示在发票上的名称。</translation>
    </message>
    <message>
        <source>A percent discount must be between 0.01 % and 100 %.</source>
        <translation>百分比折扣必须在 0.01% 到 100% 之间。</translation>
    </message>
    <message>
        <source>A fixed discount must be a positive amount.</source>
        <translation>固定金额折扣必须是正数金额。</translation>
    </message>
    <message>
        <source>A plan discount needs the plan it applies to.</source>
        <translation>计费方案折扣必须指明适用的计费方案。</translation>
    </message>
</context>
<context>
    <name>DiscountApplier</name>
    <message>
        <source>Discount %1 is listed twice.</source>
        <translation>折扣 %1 重复列出。</translation>
    </message>
</context>
<context>
    <name>EnrollmentCommands</name>
    <message>
        <source>give --course, or --title and --target-hours for free-form mentoring</source>
        <translation>请给出 --course；若为自由辅导，请给出 --title 和 --target-hours</translation>
    </message>
    <message>
        <source>Enrolled in “%1” (%2).</source>
        <translation>已报名“%1”（%2）。</translation>
    </message>
    <message>
        <source>give either --planned-end or --no-planned-end, not both</source>
        <translation>--planned-end 和 --no-planned-end 只能给出其一</translation>
    </message>
    <message>
        <source>“%1” is not a status; use active, paused, completed or cancelled.</source>
        <translation>“%1”不是有效状态；请使用 active、paused、completed 或 cancelled。</translation>
    </message>
    <message>
        <source>The enrollment “%1” is now %2.</source>
        <translation>报名“%1”的状态现在为 %2。</translation>
    </message>
    <message>
        <source>title (default: the course title; required without a course)</source>
        <translation>名称（默认：课程名称；没有课程时必填）</translation>
    </message>
    <message>
        <source>efficiency as a decimal, 0.05–2.0 (default 0.8)</source>
        <translation>学习效率（小数），0.05–2.0（默认 0.8）</translation>
    </message>
    <message>
        <source>target hours (default: the course&apos;s content hours)</source>
        <translation>目标时长（小时；默认：课程的内容时长）</translation>
    </message>
    <message>
        <source>start date (default: today)</source>
        <translation>开始日期（默认：今天）</translation>
    </message>
    <message>
        <source>planned end date</source>
        <translation>计划结束日期</translation>
    </message>
    <message>
        <source>enrollment id</source>
        <translation>报名 ID</translation>
    </message>
    <message>
        <source>learner id</source>
        <translation>学员 ID</translation>
    </message>
    <message>
        <source>mentor id</source>
        <translation>导师 ID</translation>
    </message>
    <message>
        <source>course id (omit for free-form mentoring)</source>
        <translation>课程 ID（自由辅导时省略）</translation>
    </message>
    <message>
        <source>Enroll a learner in a course or in free-form mentoring</source>
        <translation>为学员报名课程或自由辅导</translation>
    </message>
    <message>
        <source>List enrollments</source>
        <translation>列出报名</translation>
    </message>
    <message>
        <source>only this learner&apos;s</source>
        <translation>仅限此学员的</translation>
    </message>
    <message>
        <source>only this course&apos;s</source>
        <translation>仅限此课程的</translation>
    </message>
    <message>
        <source>only this mentor&apos;s</source>
        <translation>仅限此导师的</translation>
    </message>
    <message>
        <source>active, paused, completed or cancelled</source>
        <translation>active、paused、completed 或 cancelled</translation>
    </message>
    <message>
        <source>rows per page (default 100)</source>
        <translation>每页行数（默认 100）</translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation>跳过的行数</translation>
    </message>
    <message>
        <source>Show one enrollment</source>
        <translation>显示一项报名</translation>
    </message>
    <message>
        <source>hand over to this mentor</source>
        <translation>转交给此导师</translation>
    </message>
    <message>
        <source>clear the planned end date</source>
        <translation>清除计划结束日期</translation>
    </message>
    <message>
        <source>Change an enrollment&apos;s plan (only the options given)</source>
        <translation>修改报名的学习计划（仅修改给出的选项）</translation>
    </message>
    <message>
        <source>Pause, complete, cancel or re-activate an enrollment</source>
        <translation>暂停、完成、取消或重新激活报名</translation>
    </message>
</context>
<context>
    <name>EnrollmentPicker</name>
    <message>
        <source>Enrollment</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>%1 has no active enrollment; enroll them before importing lessons.</source>
        <translation>%1 没有有效的报名；请先为其报名，再导入课时。</translation>
    </message>
    <message>
        <source>%1 has no active enrollment in “%2”.</source>
        <translation>%1 在“%2”中没有有效的报名。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n active enrollment(s) that fit (%2); add a course column or the enrollment id.</source>
        <translation>
            <numerusform>%1 有 %n 个符合条件的有效报名（%2）；请添加课程列或报名 ID。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>There is no mentor with id “%1”.</source>
        <translation>不存在 ID 为“%1”的导师。</translation>
    </message>
    <message>
        <source>The mentor %1 is archived; restore them before enrolling learners with them.</source>
        <translation>导师 %1 已归档；请先恢复该导师，再为其报名学员。</translation>
    </message>
    <message>
        <source>Free-form mentoring needs a title.</source>
        <translation>自由辅导必须有名称。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Efficiency must be between 0.05 and 2.0, that is 50 to 2000 per mille (got %1 per mille).</source>
        <translation>学习效率必须在 0.05 到 2.0 之间，即 50‰ 到 2000‰（当前为 %1‰）。</translation>
    </message>
    <message>
        <source>Free-form mentoring needs target hours greater than zero.</source>
        <translation>自由辅导的目标时长必须大于零。</translation>
    </message>
    <message>
        <source>Target time must be more than 0 and at most 10,000 hours (got %1 minutes).</source>
        <translation>目标时长必须大于 0 且不超过 10,000 小时（当前为 %1 分钟）。</translation>
    </message>
    <message>
        <source>The start date is missing.</source>
        <translation>缺少开始日期。</translation>
    </message>
    <message>
        <source>The planned end (%1) must not be before the start (%2).</source>
        <translation>计划结束日期（%1）不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>The learner already has an active enrollment in “%1” (%2); pause, complete or cancel it first.</source>
        <translation>该学员已有进行中的报名“%1”（%2）；请先暂停、完成或取消它。</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>There is no learner with id “%1”.</source>
        <translation>不存在 ID 为“%1”的学员。</translation>
    </message>
    <message>
        <source>The learner %1 is archived; restore them before enrolling them.</source>
        <translation>学员 %1 已归档；请先恢复该学员再报名。</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>There is no course with id “%1”.</source>
        <translation>不存在 ID 为“%1”的课程。</translation>
    </message>
    <message>
        <source>The course “%1” is archived and takes no new enrollments.</source>
        <translation>课程“%1”已归档，不再接受新报名。</translation>
    </message>
    <message>
        <source>There is no enrollment with id %1.</source>
        <translation>不存在 ID 为 %1 的报名。</translation>
    </message>
    <message>
        <source>The enrollment “%1” already has the status “%2”.</source>
        <translation>报名“%1”的状态已经是“%2”。</translation>
    </message>
</context>
<context>
    <name>EvaluationHarness</name>
    <message>
        <source>There are no ratings to evaluate.</source>
        <translation>没有可评估的评分。</translation>
    </message>
    <message>
        <source>The number of folds must be between 2 and 20 (got %1).</source>
        <translation>折数必须在 2 到 20 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The list length k must be between 1 and 1000 (got %1).</source>
        <translation>列表长度 k 必须在 1 到 1000 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The evaluation was cancelled after fold %1.</source>
        <translation>评估在第 %1 折之后被取消。</translation>
    </message>
</context>
<context>
    <name>ExportRepository</name>
    <message>
        <source>There is no table “%1” in the studio; choose one of: %2.</source>
        <translation>工作室中没有表“%1”；请从以下选择：%2。</translation>
    </message>
</context>
<context>
    <name>FeedbackCommands</name>
    <message>
        <source>give exactly one of --lesson, --mentor and --course</source>
        <translation>--lesson、--mentor 和 --course 必须且只能给出其一</translation>
    </message>
    <message numerus="yes">
        <source>Replaced the earlier rating %1 (%n star(s)).</source>
        <translation>
            <numerusform>已替换之前的评分 %1（%n 星）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved rating %1 (%n star(s)).</source>
        <translation>
            <numerusform>已保存评分 %1（%n 星）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded assessment %1 (%2 % mastery).</source>
        <translation>已记录评估 %1（掌握程度 %2%）。</translation>
    </message>
    <message>
        <source>Record a learner&apos;s rating of a lesson, mentor or course</source>
        <translation>记录学员对课时、导师或课程的评分</translation>
    </message>
    <message>
        <source>learner who rates</source>
        <translation>评分的学员</translation>
    </message>
    <message>
        <source>rate this (attended) lesson</source>
        <translation>为这节（已参加的）课评分</translation>
    </message>
    <message>
        <source>rate this mentor</source>
        <translation>为此导师评分</translation>
    </message>
    <message>
        <source>rate this course</source>
        <translation>为此课程评分</translation>
    </message>
    <message>
        <source>the rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>comment, up to 2000 characters</source>
        <translation>评语，最多 2000 个字符</translation>
    </message>
    <message>
        <source>List ratings, newest first</source>
        <translation>列出评分，最新的在前</translation>
    </message>
    <message>
        <source>ratings by this learner</source>
        <translation>此学员给出的评分</translation>
    </message>
    <message>
        <source>ratings of this course</source>
        <translation>此课程的评分</translation>
    </message>
    <message>
        <source>ratings of this mentor</source>
        <translation>此导师的评分</translation>
    </message>
    <message>
        <source>ratings of this lesson</source>
        <translation>此课时的评分</translation>
    </message>
    <message>
        <source>rows per page (default 100)</source>
        <translation>每页行数（默认 100）</translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation>跳过的行数</translation>
    </message>
    <message>
        <source>Record a mentor&apos;s assessment of a learner&apos;s mastery</source>
        <translation>记录导师对学员掌握程度的评估</translation>
    </message>
    <message>
        <source>assessing mentor</source>
        <translation>评估的导师</translation>
    </message>
    <message>
        <source>assessed learner</source>
        <translation>被评估的学员</translation>
    </message>
    <message>
        <source>topic assessed</source>
        <translation>评估的知识点</translation>
    </message>
    <message>
        <source>mastery in percent</source>
        <translation>掌握程度（百分比）</translation>
    </message>
    <message>
        <source>the learner&apos;s enrollment it belongs to</source>
        <translation>所属的学员报名</translation>
    </message>
    <message>
        <source>note, up to 2000 characters</source>
        <translation>备注，最多 2000 个字符</translation>
    </message>
    <message>
        <source>day of the assessment (default today)</source>
        <translation>评估日期（默认今天）</translation>
    </message>
    <message>
        <source>List a learner&apos;s assessments, oldest first</source>
        <translation>列出学员的评估，最早的在前</translation>
    </message>
    <message>
        <source>the learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>only this topic</source>
        <translation>仅限此知识点</translation>
    </message>
</context>
<context>
    <name>FeedbackService</name>
    <message>
        <source>mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>There is no lesson with id “%1”.</source>
        <translation>不存在 ID 为“%1”的课时。</translation>
    </message>
    <message>
        <source>The learner did not take part in this lesson, so cannot rate it.</source>
        <translation>该学员没有参加这节课，因此不能评分。</translation>
    </message>
    <message>
        <source>%1 did not attend this lesson (it is recorded as “%2”), so cannot rate it.</source>
        <translation>%1 没有出席这节课（记录为“%2”），因此不能评分。</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>掌握程度</translation>
    </message>
    <message>
        <source>An assessment cannot be dated in the future.</source>
        <translation>评估日期不能是将来的日期。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>There is no enrollment with id “%1”.</source>
        <translation>不存在 ID 为“%1”的报名。</translation>
    </message>
    <message>
        <source>The enrollment %1 belongs to %2, not to this learner.</source>
        <translation>报名 %1 属于 %2，而不属于该学员。</translation>
    </message>
    <message>
        <source>A rating cannot be dated in the future.</source>
        <translation>导师</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>HeaderMapping</name>
    <message>
        <source>The columns “%1” and “%2” both mean %3; keep only one of them.</source>
        <translation>列“%1”和“%2”都表示 %3；请只保留其中一列。</translation>
    </message>
    <message>
        <source>The required column %1 is missing (accepted headers: %2).</source>
        <translation>缺少必需的列 %1（可接受的表头：%2）。</translation>
    </message>
</context>
<context>
    <name>HourlyPlan</name>
    <message>
        <source>The progress threshold must be between 0.1 % and 100 % (got %1 ‰).</source>
        <translation>学习进度阈值必须在 0.1% 到 100% 之间（当前为 %1‰）。</translation>
    </message>
    <message>
        <source>The discounted rate must be lower than the plan&apos;s rate.</source>
        <translation>优惠费率必须低于计费方案的费率。</translation>
    </message>
</context>
<context>
    <name>HourlyPricer</name>
    <message>
        <source>Make-up credits must not be negative.</source>
        <translation>补课额度不能为负数。</translation>
    </message>
    <message>
        <source>Plan %1 is not an hourly plan.</source>
        <translation>计费方案 %1 不是按小时计费方案。</translation>
    </message>
</context>
<context>
    <name>IcsExportService</name>
    <message>
        <source>Choose the mentor whose lessons to export.</source>
        <translation>请选择要导出其课时的导师。</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first day (%2).</source>
        <translation>最后一日（%1）早于第一日（%2）。</translation>
    </message>
</context>
<context>
    <name>IcsExporter</name>
    <message>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>ics summary: learners — course</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Homework: %1</source>
        <translation>作业：%1</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>%1 must be yes or no (also 1/0, true/false; got “%2”).</source>
        <translation>%1 必须为 yes 或 no（也可为 1/0、true/false；实际为“%2”）。</translation>
    </message>
</context>
<context>
    <name>ImporterRegistry</name>
    <message>
        <source>Cannot import “%1”; choose one of: %2.</source>
        <translation>无法导入“%1”；请从以下选择：%2。</translation>
    </message>
</context>
<context>
    <name>KFoldSplitter</name>
    <message>
        <source>The number of folds must be between 2 and the number of ratings (%1); got %2.</source>
        <translation>折数必须在 2 到评分数量（%1）之间；当前为 %2。</translation>
    </message>
</context>
<context>
    <name>LearnerCommands</name>
    <message>
        <source>full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>primary mentor id (&quot;&quot; for none)</source>
        <translation>主要导师 ID（&quot;&quot; 表示无）</translation>
    </message>
    <message>
        <source>payer id (&quot;&quot; for none)</source>
        <translation>付款人 ID（&quot;&quot; 表示无）</translation>
    </message>
    <message>
        <source>year of birth (&quot;&quot; for unknown)</source>
        <translation>出生年份（&quot;&quot; 表示未知）</translation>
    </message>
    <message>
        <source>skill level, 1 beginner … 5 advanced</source>
        <translation>水平级别，1 入门 … 5 高级</translation>
    </message>
    <message>
        <source>skill level, 1 beginner … 5 advanced (default 1)</source>
        <translation>水平级别，1 入门 … 5 高级（默认 1）</translation>
    </message>
    <message>
        <source>time available per week in minutes</source>
        <translation>每周可用时间（分钟）</translation>
    </message>
    <message>
        <source>time available per week in minutes (default 60)</source>
        <translation>每周可用时间（分钟，默认 60）</translation>
    </message>
    <message>
        <source>time available per week in hours, e.g. 1.5</source>
        <translation>每周可用时间（小时），例如 1.5</translation>
    </message>
    <message>
        <source>free notes</source>
        <translation>自由备注</translation>
    </message>
    <message>
        <source>comma-separated tags (&quot;&quot; for none)</source>
        <translation>以逗号分隔的标签（&quot;&quot; 表示无）</translation>
    </message>
    <message>
        <source>the learner (or guardian) agrees to be contacted</source>
        <translation>学员（或监护人）同意被联系</translation>
    </message>
    <message>
        <source>the learner (or guardian) agrees to photos</source>
        <translation>学员（或监护人）同意拍照</translation>
    </message>
    <message>
        <source>learner id</source>
        <translation>学员 ID</translation>
    </message>
    <message>
        <source>withdraw the contact consent</source>
        <translation>撤回联系同意</translation>
    </message>
    <message>
        <source>withdraw the photo consent</source>
        <translation>撤回拍照同意</translation>
    </message>
    <message>
        <source>--weekly-hours must be a number of hours such as 1.5 (got “%1”).</source>
        <translation>--weekly-hours 必须是小时数，例如 1.5（当前为“%1”）。</translation>
    </message>
    <message>
        <source>give either --weekly-minutes or --weekly-hours, not both</source>
        <translation>--weekly-minutes 和 --weekly-hours 只能给出其一</translation>
    </message>
    <message>
        <source>--%1 and --no-%1 contradict each other</source>
        <translation>--%1 与 --no-%1 相互矛盾</translation>
    </message>
    <message>
        <source>Added learner %1 (%2).</source>
        <translation>已添加学员 %1（%2）。</translation>
    </message>
    <message>
        <source>The status must be active, paused, archived or all, not “%1”.</source>
        <translation>状态必须是 active、paused、archived 或 all，而不是“%1”。</translation>
    </message>
    <message>
        <source>give one or more --topic options, or --clear</source>
        <translation>请给出一个或多个 --topic 选项，或 --clear</translation>
    </message>
    <message>
        <source>Goals cleared.</source>
        <translation>已清除学习目标。</translation>
    </message>
    <message>
        <source>Goals set: %1.</source>
        <translation>已设置学习目标：%1。</translation>
    </message>
    <message>
        <source>Add a learner</source>
        <translation>添加学员</translation>
    </message>
    <message>
        <source>Change a learner&apos;s details (only the options given)</source>
        <translation>修改学员信息（仅修改给出的选项）</translation>
    </message>
    <message>
        <source>Show one learner with goals</source>
        <translation>显示一名学员及其学习目标</translation>
    </message>
    <message>
        <source>List learners (active and paused unless --status says otherwise)</source>
        <translation>列出学员（除非用 --status 另行指定，否则列出在读和暂停的学员）</translation>
    </message>
    <message>
        <source>only these statuses (repeatable or comma-separated)</source>
        <translation>仅限这些状态（可重复或以逗号分隔）</translation>
    </message>
    <message>
        <source>only learners of this mentor</source>
        <translation>仅限此导师的学员</translation>
    </message>
    <message>
        <source>only learners of this payer</source>
        <translation>仅限此付款人的学员</translation>
    </message>
    <message>
        <source>filter by name, e-mail, phone or tag</source>
        <translation>按姓名、电子邮件、电话或标签筛选</translation>
    </message>
    <message>
        <source>rows per page (default 100)</source>
        <translation>每页行数（默认 100）</translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation>跳过的行数</translation>
    </message>
    <message>
        <source>Archive a learner (kept for history, hidden from lists)</source>
        <translation>归档学员（保留历史记录，不在列表中显示）</translation>
    </message>
    <message>
        <source>Archived learner %1.</source>
        <translation>已归档学员 %1。</translation>
    </message>
    <message>
        <source>Restore an archived learner</source>
        <translation>恢复已归档的学员</translation>
    </message>
    <message>
        <source>Restored learner %1.</source>
        <translation>已恢复学员 %1。</translation>
    </message>
    <message>
        <source>Pause an active learner</source>
        <translation>暂停在读学员</translation>
    </message>
    <message>
        <source>Paused learner %1.</source>
        <translation>已暂停学员 %1。</translation>
    </message>
    <message>
        <source>Resume a paused learner</source>
        <translation>让暂停的学员恢复上课</translation>
    </message>
    <message>
        <source>Resumed learner %1.</source>
        <translation>学员 %1 已恢复上课。</translation>
    </message>
    <message>
        <source>Replace a learner&apos;s goal topics</source>
        <translation>替换学员的目标知识点</translation>
    </message>
    <message>
        <source>goal topic id (repeatable)</source>
        <translation>目标知识点 ID（可重复）</translation>
    </message>
    <message>
        <source>remove all goals</source>
        <translation>移除所有学习目标</translation>
    </message>
</context>
<context>
    <name>LearnerImporter</name>
    <message>
        <source>Weekly minutes</source>
        <translation>每周分钟数</translation>
    </message>
    <message>
        <source>Weekly hours (%1) and weekly minutes (%2) disagree; give only one of them.</source>
        <translation>每周小时数（%1）与每周分钟数（%2）不一致；请只填写其中一项。</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>联系同意</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>照片使用同意</translation>
    </message>
    <message>
        <source>Status must be active, paused or archived (got “%1”).</source>
        <translation>状态必须为 active、paused 或 archived（实际为“%1”）。</translation>
    </message>
</context>
<context>
    <name>LearnerService</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Weekly available minutes</source>
        <translation>每周可用分钟数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>There is no mentor with id %1.</source>
        <translation>不存在 ID 为 %1 的导师。</translation>
    </message>
    <message>
        <source>The mentor “%1” is archived; choose an active mentor.</source>
        <translation>导师“%1”已归档；请选择未归档的导师。</translation>
    </message>
    <message>
        <source>There is no payer with id %1.</source>
        <translation>不存在 ID 为 %1 的付款人。</translation>
    </message>
    <message>
        <source>The payer “%1” is archived; choose an active payer.</source>
        <translation>付款人“%1”已归档；请选择未归档的付款人。</translation>
    </message>
    <message>
        <source>There is no learner with id %1.</source>
        <translation>不存在 ID 为 %1 的学员。</translation>
    </message>
    <message>
        <source>The learner “%1” is archived; restore them first.</source>
        <translation>学员“%1”已归档；请先恢复该学员。</translation>
    </message>
    <message>
        <source>The learner “%1” is already archived.</source>
        <translation>学员“%1”已经归档。</translation>
    </message>
    <message>
        <source>The learner “%1” is already paused.</source>
        <translation>学员“%1”已经暂停。</translation>
    </message>
    <message>
        <source>The learner “%1” is not archived.</source>
        <translation>学员“%1”未归档。</translation>
    </message>
    <message>
        <source>The learner “%1” is not paused.</source>
        <translation>学员“%1”未暂停。</translation>
    </message>
    <message>
        <source>Goal topic</source>
        <translation>目标知识点</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>知识点</translation>
    </message>
</context>
<context>
    <name>LessonChecks</name>
    <message>
        <source>Lesson %1 is listed twice.</source>
        <translation>课时 %1 重复列出。</translation>
    </message>
    <message>
        <source>Efficiency must be between 0.05 and 2.0 (got %1 ‰).</source>
        <translation>学习效率必须在 0.05 到 2.0 之间（当前为 %1‰）。</translation>
    </message>
    <message>
        <source>Content hours must be between 1 minute and 10,000 hours.</source>
        <translation>内容时长必须在 1 分钟到 10,000 小时之间。</translation>
    </message>
</context>
<context>
    <name>LessonCommandSupport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Pass --allow-conflict to schedule it anyway.</source>
        <translation>如仍要排课，请传入 --allow-conflict。</translation>
    </message>
    <message>
        <source>warning: scheduled despite a clash: %1</source>
        <translation>警告：尽管存在冲突，仍已排课：%1</translation>
    </message>
    <message>
        <source>schedule even when the mentor or a learner is busy</source>
        <translation>即使导师或学员没空也排课</translation>
    </message>
</context>
<context>
    <name>LessonCommands</name>
    <message>
        <source>lesson id</source>
        <translation>课时 ID</translation>
    </message>
    <message>
        <source>Scheduled lesson %1 at %2.</source>
        <translation>已安排课时 %1，时间为 %2。</translation>
    </message>
    <message>
        <source>give --start, --minutes or --mentor</source>
        <translation>请给出 --start、--minutes 或 --mentor</translation>
    </message>
    <message>
        <source>Moved lesson %1 to %2.</source>
        <translation>已将课时 %1 改期到 %2。</translation>
    </message>
    <message>
        <source>Recorded lesson %1 at %2 as held.</source>
        <translation>已将 %2 的课时 %1 记为已上课。</translation>
    </message>
    <message>
        <source>--by must be “learner” or “mentor” (got “%1”).</source>
        <translation>--by 必须是“learner”或“mentor”（当前为“%1”）。</translation>
    </message>
    <message>
        <source>Cancelled lesson %1 at %2.</source>
        <translation>已取消 %2 的课时 %1。</translation>
    </message>
    <message>
        <source>Recorded lesson %1 at %2 as a no-show.</source>
        <translation>已将 %2 的课时 %1 记为缺席。</translation>
    </message>
    <message>
        <source>“%1” is not an attendance status (held, no_show, cancelled_by_learner, late_cancel or clear).</source>
        <translation>“%1”不是有效的出勤状态（held、no_show、cancelled_by_learner、late_cancel 或 clear）。</translation>
    </message>
    <message>
        <source>Updated attendance of lesson %1 at %2.</source>
        <translation>已更新 %2 的课时 %1 的出勤情况。</translation>
    </message>
    <message>
        <source>give --notes or --homework</source>
        <translation>请给出 --notes 或 --homework</translation>
    </message>
    <message>
        <source>Updated notes of lesson %1 at %2.</source>
        <translation>已更新 %2 的课时 %1 的备注。</translation>
    </message>
    <message>
        <source>“%1” is not a lesson status (scheduled, held, cancelled_by_learner, late_cancel, no_show, cancelled_by_mentor).</source>
        <translation>“%1”不是有效的课时状态（scheduled、held、cancelled_by_learner、late_cancel、no_show、cancelled_by_mentor）。</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>mentor who teaches</source>
        <translation>授课导师</translation>
    </message>
    <message>
        <source>enrollment of an attendee (repeat for a group lesson)</source>
        <translation>上课学员的报名（小组课可重复）</translation>
    </message>
    <message>
        <source>local start time in the studio time zone</source>
        <translation>开始时间（工作室时区的本地时间）</translation>
    </message>
    <message>
        <source>planned minutes, 1–1440 (default 60)</source>
        <translation>计划分钟数，1–1440（默认 60）</translation>
    </message>
    <message>
        <source>Schedule a one-off or group lesson</source>
        <translation>安排单次课或小组课</translation>
    </message>
    <message>
        <source>room or address</source>
        <translation>教室或地址</translation>
    </message>
    <message>
        <source>preparation notes</source>
        <translation>备课笔记</translation>
    </message>
    <message>
        <source>never bill this lesson</source>
        <translation>此课时永不计费</translation>
    </message>
    <message>
        <source>Move a scheduled lesson (or change its length or mentor)</source>
        <translation>调整已排课时的时间（或修改时长、导师）</translation>
    </message>
    <message>
        <source>new planned minutes</source>
        <translation>新的计划分钟数</translation>
    </message>
    <message>
        <source>substitute mentor</source>
        <translation>代课导师</translation>
    </message>
    <message>
        <source>Record a lesson as held</source>
        <translation>将课时记为已上课</translation>
    </message>
    <message>
        <source>actual minutes (default: planned)</source>
        <translation>实际分钟数（默认：计划分钟数）</translation>
    </message>
    <message>
        <source>lesson notes</source>
        <translation>课堂笔记</translation>
    </message>
    <message>
        <source>homework given</source>
        <translation>布置的作业</translation>
    </message>
    <message>
        <source>Cancel a scheduled lesson</source>
        <translation>取消已排课时</translation>
    </message>
    <message>
        <source>who cancelled</source>
        <translation>取消方</translation>
    </message>
    <message>
        <source>the learner cancelled too late</source>
        <translation>学员取消过晚（临时取消）</translation>
    </message>
    <message>
        <source>Record that the learner did not come</source>
        <translation>记录学员缺席</translation>
    </message>
    <message>
        <source>Set one attendee&apos;s status in a group lesson</source>
        <translation>设置小组课中某位上课学员的状态</translation>
    </message>
    <message>
        <source>the attendee</source>
        <translation>上课学员</translation>
    </message>
    <message>
        <source>held, no_show, cancelled_by_learner, late_cancel or clear</source>
        <translation>held、no_show、cancelled_by_learner、late_cancel 或 clear</translation>
    </message>
    <message>
        <source>Edit a lesson&apos;s notes or homework (any time)</source>
        <translation>编辑课时的备注或作业（随时可改）</translation>
    </message>
    <message>
        <source>homework</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>List lessons in time order</source>
        <translation>按时间顺序列出课时</translation>
    </message>
    <message>
        <source>first day (studio time zone)</source>
        <translation>第一天（工作室时区）</translation>
    </message>
    <message>
        <source>last day, inclusive</source>
        <translation>最后一天（含）</translation>
    </message>
    <message>
        <source>only this mentor&apos;s lessons</source>
        <translation>仅限此导师的课时</translation>
    </message>
    <message>
        <source>only lessons this learner attends</source>
        <translation>仅限此学员参加的课时</translation>
    </message>
    <message>
        <source>only lessons of this enrollment</source>
        <translation>仅限此报名的课时</translation>
    </message>
    <message>
        <source>only lessons of this series</source>
        <translation>仅限此系列课的课时</translation>
    </message>
    <message>
        <source>only these statuses (repeatable)</source>
        <translation>仅限这些状态（可重复）</translation>
    </message>
    <message>
        <source>rows per page (default 100)</source>
        <translation>每页行数（默认 100）</translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation>跳过的行数</translation>
    </message>
    <message>
        <source>Show one lesson</source>
        <translation>显示一个课时</translation>
    </message>
    <message>
        <source>Check a time slot for clashes without scheduling</source>
        <translation>检查时间段是否冲突（不排课）</translation>
    </message>
    <message>
        <source>attendee to check (repeatable)</source>
        <translation>要检查的上课学员（可重复）</translation>
    </message>
</context>
<context>
    <name>LessonIcsCommands</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lesson(s) of %1 to %2.</source>
        <translation>
            <numerusform>已将 %1 的 %n 节课导出到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a mentor&apos;s lessons as an iCalendar (.ics) file</source>
        <translation>将导师的课时导出为 iCalendar (.ics) 文件</translation>
    </message>
    <message>
        <source>the mentor whose lessons to export</source>
        <translation>要导出其课时的导师</translation>
    </message>
    <message>
        <source>first day (studio time zone)</source>
        <translation>第一日（工作室时区）</translation>
    </message>
    <message>
        <source>last day, inclusive</source>
        <translation>最后一日（含当日）</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>写入 FILE 而非标准输出</translation>
    </message>
</context>
<context>
    <name>LessonImporter</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Status must be scheduled, held, cancelled_by_learner, late_cancel, no_show or cancelled_by_mentor (got “%1”).</source>
        <translation>状态必须为 scheduled、held、cancelled_by_learner、late_cancel、no_show 或 cancelled_by_mentor（实际为“%1”）。</translation>
    </message>
    <message>
        <source>The lesson on %1 has not taken place yet, so it cannot be recorded as “%2”.</source>
        <translation>%1 的课时尚未进行，因此不能记录为“%2”。</translation>
    </message>
    <message>
        <source>Only a held lesson has actual minutes; this one is “%1”.</source>
        <translation>只有已上课的课时才有实际分钟数；此课时为“%1”。</translation>
    </message>
    <message>
        <source>Name the learner who attends (or give the enrollment id).</source>
        <translation>请指定上课的学员（或提供报名 ID）。</translation>
    </message>
    <message>
        <source>The enrollment %1 belongs to another learner, not to %2.</source>
        <translation>报名 %1 属于其他学员，而非 %2。</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>%1, imported from line %2 of this file</source>
        <translation>%1，从此文件第 %2 行导入</translation>
    </message>
    <message numerus="yes">
        <source>The lesson clashes with %n other lesson(s): %1. Allow conflicts to import it anyway.</source>
        <translation>
            <numerusform>该课时与其他 %n 节课冲突：%1。请允许冲突以强制导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonRecordSaver</name>
    <message>
        <source>A recorded lesson cannot go back to “scheduled”; schedule a new lesson instead.</source>
        <translation>已记录的课时不能改回“已排课”；请改为安排新的课时。</translation>
    </message>
</context>
<context>
    <name>LessonRecordingService</name>
    <message>
        <source>The lesson has not started yet; it can be recorded once it has begun.</source>
        <translation>这节课尚未开始；开始后才能记录。</translation>
    </message>
    <message>
        <source>The lesson was recorded as “%1”; it cannot be recorded as held.</source>
        <translation>这节课已记为“%1”；不能再记为已上课。</translation>
    </message>
    <message>
        <source>Only a learner&apos;s cancellation can be late; a mentor&apos;s cancellation never is.</source>
        <translation>只有学员的取消才可能算作临时取消；导师的取消从不算作临时取消。</translation>
    </message>
    <message>
        <source>Only a scheduled lesson can be cancelled; this one was recorded as “%1”.</source>
        <translation>只能取消已排课的课时；这节课已记为“%1”。</translation>
    </message>
    <message>
        <source>Only a scheduled lesson can be marked as a no-show; this one was recorded as “%1”.</source>
        <translation>只有已排课的课时才能记为缺席；这节课已记为“%1”。</translation>
    </message>
    <message>
        <source>A mentor cancels the whole lesson, not one attendee; cancel the lesson instead.</source>
        <translation>导师只能取消整节课，而不是单个上课学员；请改为取消这节课。</translation>
    </message>
    <message>
        <source>The learner %1 does not attend this lesson.</source>
        <translation>学员 %1 不参加这节课。</translation>
    </message>
    <message>
        <source>Record the lesson as held before recording who attended it.</source>
        <translation>请先将这节课记为已上课，再记录出勤学员。</translation>
    </message>
    <message>
        <source>The lesson was recorded as “%1”; its attendees cannot cancel it.</source>
        <translation>这节课已记为“%1”；上课学员不能取消它。</translation>
    </message>
</context>
<context>
    <name>LessonSeriesCommands</name>
    <message numerus="yes">
        <source>Created series %1 with %n lesson(s):</source>
        <translation>
            <numerusform>已创建系列课 %1，共 %n 节课：</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to change; give at least one of --%1</source>
        <translation>没有要修改的内容；请至少给出以下之一：--%1</translation>
    </message>
    <message>
        <source>--weekday must be mon … sun or 1 … 7 (got “%1”).</source>
        <translation>--weekday 必须是 mon … sun 或 1 … 7（当前为“%1”）。</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n scheduled lesson(s); new series %1 has these lessons:</source>
        <translation>
            <numerusform>已替换 %n 节已排的课；新系列课 %1 包含以下课时：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended the series before %1 and removed %n scheduled lesson(s).</source>
        <translation>
            <numerusform>已在 %1 之前结束该系列课，并删除了 %n 节已排的课。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1.</source>
        <translation>已跳过 %1。</translation>
    </message>
    <message>
        <source>Restored %1:</source>
        <translation>已恢复 %1：</translation>
    </message>
    <message>
        <source>series id</source>
        <translation>系列课 ID</translation>
    </message>
    <message>
        <source>last possible date (inclusive)</source>
        <translation>最晚日期（含）</translation>
    </message>
    <message>
        <source>number of weekly dates, 1–1000</source>
        <translation>课时数量（上课日期的个数），1–1000</translation>
    </message>
    <message>
        <source>Schedule a weekly series of lessons</source>
        <translation>安排每周重复的系列课</translation>
    </message>
    <message>
        <source>mentor who teaches</source>
        <translation>授课导师</translation>
    </message>
    <message>
        <source>enrollment of an attendee (repeatable)</source>
        <translation>上课学员的报名（可重复）</translation>
    </message>
    <message>
        <source>first lesson, studio time zone</source>
        <translation>第一节课（工作室时区）</translation>
    </message>
    <message>
        <source>planned minutes (default 60)</source>
        <translation>计划分钟数（默认 60）</translation>
    </message>
    <message>
        <source>every N weeks, 1–52 (default 1)</source>
        <translation>每 N 周一次，1–52（默认 1）</translation>
    </message>
    <message>
        <source>leave out this date (repeatable)</source>
        <translation>略过此日期（可重复）</translation>
    </message>
    <message>
        <source>room or address</source>
        <translation>教室或地址</translation>
    </message>
    <message>
        <source>never bill these lessons</source>
        <translation>这些课时永不计费</translation>
    </message>
    <message>
        <source>Change a series from one lesson on (this and following)</source>
        <translation>从某节课起修改系列课（此节及之后）</translation>
    </message>
    <message>
        <source>first lesson to change</source>
        <translation>要修改的第一节课</translation>
    </message>
    <message>
        <source>new local start time</source>
        <translation>新的本地开始时间</translation>
    </message>
    <message>
        <source>new weekday</source>
        <translation>新的星期几</translation>
    </message>
    <message>
        <source>new planned minutes</source>
        <translation>新的计划分钟数</translation>
    </message>
    <message>
        <source>new interval in weeks</source>
        <translation>新的间隔周数</translation>
    </message>
    <message>
        <source>new mentor</source>
        <translation>新导师</translation>
    </message>
    <message>
        <source>End a series and remove its scheduled lessons from a date</source>
        <translation>结束系列课，并删除从某日起已排的课时</translation>
    </message>
    <message>
        <source>first date to remove</source>
        <translation>要删除的第一个日期</translation>
    </message>
    <message>
        <source>Leave one date out of a series</source>
        <translation>从系列课中略过一个日期</translation>
    </message>
    <message>
        <source>date to skip</source>
        <translation>要跳过的日期</translation>
    </message>
    <message>
        <source>Put a skipped date back into a series</source>
        <translation>将跳过的日期恢复到系列课中</translation>
    </message>
    <message>
        <source>skipped date</source>
        <translation>已跳过的日期</translation>
    </message>
    <message>
        <source>Show a series&apos; rule</source>
        <translation>显示系列课的重复规则</translation>
    </message>
</context>
<context>
    <name>LessonSeriesService</name>
    <message>
        <source>Give either a last date or a number of lessons for the series, not both.</source>
        <translation>请为系列课给出最晚日期或课时数量之一，不能同时给出。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Give the first date to cancel from.</source>
        <translation>请给出开始取消的第一个日期。</translation>
    </message>
    <message>
        <source>Give the date to skip.</source>
        <translation>请给出要跳过的日期。</translation>
    </message>
    <message>
        <source>%1 is already skipped.</source>
        <translation>%1 已被跳过。</translation>
    </message>
    <message>
        <source>%1 is not a date of this series.</source>
        <translation>%1 不是此系列课的上课日期。</translation>
    </message>
    <message>
        <source>The lesson on %1 was already recorded as “%2”; it cannot be skipped.</source>
        <translation>%1 的课时已记为“%2”；不能跳过。</translation>
    </message>
    <message>
        <source>Give the skipped date to restore.</source>
        <translation>请给出要恢复的已跳过日期。</translation>
    </message>
    <message>
        <source>%1 is not a skipped date of this series.</source>
        <translation>%1 不是此系列课中已跳过的日期。</translation>
    </message>
    <message>
        <source>The series has no lessons left to copy the attendees from.</source>
        <translation>该系列课已没有可复制上课学员的课时。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>There is no lesson series with id %1.</source>
        <translation>不存在 ID 为 %1 的系列课。</translation>
    </message>
</context>
<context>
    <name>LessonService</name>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>The lesson was already held; its time can no longer change.</source>
        <translation>这节课已经上过；时间不能再更改。</translation>
    </message>
    <message>
        <source>The lesson was recorded as “%1”; schedule a new lesson instead of moving it.</source>
        <translation>这节课已记为“%1”；请安排新的课时，而不是改期。</translation>
    </message>
    <message>
        <source>There is no lesson with id %1.</source>
        <translation>不存在 ID 为 %1 的课时。</translation>
    </message>
</context>
<context>
    <name>LessonStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>已排课</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已上课</translation>
    </message>
    <message>
        <source>Cancelled by learner</source>
        <translation>学员取消</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>临时取消</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Cancelled by mentor</source>
        <translation>导师取消</translation>
    </message>
</context>
<context>
    <name>LessonValidator</name>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>There is no mentor with id “%1”.</source>
        <translation>不存在 ID 为“%1”的导师。</translation>
    </message>
    <message>
        <source>The mentor %1 is archived and cannot teach new lessons.</source>
        <translation>导师 %1 已归档，不能再教授新课时。</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>A lesson needs at least one attendee (an enrollment).</source>
        <translation>课时至少需要一名上课学员（一项报名）。</translation>
    </message>
    <message>
        <source>A lesson can have at most %1 attendees.</source>
        <translation>一个课时最多可有 %1 名上课学员。</translation>
    </message>
    <message>
        <source>There is no enrollment with id “%1”.</source>
        <translation>不存在 ID 为“%1”的报名。</translation>
    </message>
    <message>
        <source>The enrollment %1 of %2 is completed; only active or paused enrollments can have lessons.</source>
        <translation>%2 的报名 %1 已完成；只有进行中或已暂停的报名才能安排课时。</translation>
    </message>
    <message>
        <source>The enrollment %1 of %2 was cancelled; only active or paused enrollments can have lessons.</source>
        <translation>%2 的报名 %1 已取消；只有进行中或已暂停的报名才能安排课时。</translation>
    </message>
    <message>
        <source>%1 is listed twice; each learner attends a lesson once.</source>
        <translation>%1 重复列出；每名学员在一节课中只能出现一次。</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>计划分钟数</translation>
    </message>
    <message>
        <source>Actual minutes</source>
        <translation>实际分钟数</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>作业</translation>
    </message>
</context>
<context>
    <name>MatrixFactorization</name>
    <message>
        <source>The number of factors must be between 1 and 500 (got %1).</source>
        <translation>因子数必须在 1 到 500 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The number of epochs must be between 1 and 1000 (got %1).</source>
        <translation>训练轮数必须在 1 到 1000 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The learning rate must be above 0 and at most 1 (got %1).</source>
        <translation>学习率必须大于 0 且不超过 1（当前为 %1）。</translation>
    </message>
    <message>
        <source>The regularisation must be between 0 and 10 (got %1).</source>
        <translation>正则化系数必须在 0 到 10 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The initial spread must be between 0 and 1 (got %1).</source>
        <translation>初始分布范围必须在 0 到 1 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>There are no ratings to train on.</source>
        <translation>没有可用于训练的评分。</translation>
    </message>
    <message>
        <source>Training was cancelled after epoch %1.</source>
        <translation>训练在第 %1 轮之后被取消。</translation>
    </message>
    <message>
        <source>The saved model is damaged or incomplete.</source>
        <translation>保存的模型已损坏或不完整。</translation>
    </message>
    <message>
        <source>This is not a MentorDesk matrix factorisation model.</source>
        <translation>这不是 MentorDesk 矩阵分解模型。</translation>
    </message>
    <message>
        <source>The model was saved by a newer MentorDesk (format %1; this version reads up to %2).</source>
        <translation>该模型由较新版本的 MentorDesk 保存（格式 %1；此版本最高可读取 %2）。</translation>
    </message>
</context>
<context>
    <name>MentorAbilityModel</name>
    <message>
        <source>Mentor ability weights must not be negative, must not all be zero, and the half-saturation years must be above zero.</source>
        <translation>导师能力权重不能为负数，也不能全部为零；半饱和年数必须大于零。</translation>
    </message>
</context>
<context>
    <name>MentorCommands</name>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1（级别 %2）</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>role in the studio (default mentor)</source>
        <translation>在工作室中的角色（默认 mentor）</translation>
    </message>
    <message>
        <source>years of teaching experience, 0-80</source>
        <translation>教学年限，0-80</translation>
    </message>
    <message>
        <source>default hourly rate in the studio currency, e.g. 45.00</source>
        <translation>默认小时费率（工作室货币），例如 45.00</translation>
    </message>
    <message>
        <source>short biography</source>
        <translation>简短个人简介</translation>
    </message>
    <message>
        <source>calendar colour (empty for none)</source>
        <translation>日历颜色（留空表示无）</translation>
    </message>
    <message>
        <source>mentor id</source>
        <translation>导师 ID</translation>
    </message>
    <message>
        <source>The role must be owner, mentor or front_desk, not “%1”.</source>
        <translation>角色必须是 owner、mentor 或 front_desk，而不是“%1”。</translation>
    </message>
    <message>
        <source>Added mentor %1 (%2).</source>
        <translation>已添加导师 %1（%2）。</translation>
    </message>
    <message>
        <source>Archived mentor %1.</source>
        <translation>已归档导师 %1。</translation>
    </message>
    <message>
        <source>Restored mentor %1.</source>
        <translation>已恢复导师 %1。</translation>
    </message>
    <message>
        <source>Expertise in %1 set to level %2.</source>
        <translation>已将 %1 的专长设为级别 %2。</translation>
    </message>
    <message>
        <source>Expertise removed.</source>
        <translation>已移除专长。</translation>
    </message>
    <message>
        <source>give one or more --slot options, or --clear</source>
        <translation>请给出一个或多个 --slot 选项，或 --clear</translation>
    </message>
    <message>
        <source>Add a mentor (or owner, or front-desk staff)</source>
        <translation>添加导师（或所有者、前台人员）</translation>
    </message>
    <message>
        <source>Change a mentor&apos;s details (only the options given)</source>
        <translation>修改导师信息（仅修改给出的选项）</translation>
    </message>
    <message>
        <source>Show one mentor with expertise and weekly availability</source>
        <translation>显示一名导师及其专长和每周可用时段</translation>
    </message>
    <message>
        <source>List mentors</source>
        <translation>列出导师</translation>
    </message>
    <message>
        <source>filter by name, e-mail or phone</source>
        <translation>按姓名、电子邮件或电话筛选</translation>
    </message>
    <message>
        <source>only this role</source>
        <translation>仅限此角色</translation>
    </message>
    <message>
        <source>include archived mentors</source>
        <translation>包括已归档的导师</translation>
    </message>
    <message>
        <source>only archived mentors</source>
        <translation>仅限已归档的导师</translation>
    </message>
    <message>
        <source>rows per page (default 100)</source>
        <translation>每页行数（默认 100）</translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation>跳过的行数</translation>
    </message>
    <message>
        <source>Archive a mentor (kept, hidden from lists)</source>
        <translation>归档导师（保留数据，不在列表中显示）</translation>
    </message>
    <message>
        <source>Restore an archived mentor</source>
        <translation>恢复已归档的导师</translation>
    </message>
    <message>
        <source>topic id</source>
        <translation>知识点 ID</translation>
    </message>
    <message>
        <source>Set a mentor&apos;s level (1-5) in a topic</source>
        <translation>设置导师在某知识点上的级别（1-5）</translation>
    </message>
    <message>
        <source>1 basics … 5 expert</source>
        <translation>1 基础 … 5 专家</translation>
    </message>
    <message>
        <source>Remove a mentor&apos;s expertise in a topic</source>
        <translation>移除导师在某知识点上的专长</translation>
    </message>
    <message>
        <source>Replace a mentor&apos;s weekly availability</source>
        <translation>替换导师的每周可用时段</translation>
    </message>
    <message>
        <source>a weekly slot, e.g. &quot;mon 09:00-12:00&quot; (repeatable; days mon…sun)</source>
        <translation>每周时段，例如 &quot;mon 09:00-12:00&quot;（可重复；星期为 mon…sun）</translation>
    </message>
    <message>
        <source>remove all slots</source>
        <translation>移除所有时段</translation>
    </message>
</context>
<context>
    <name>MentorImporter</name>
    <message>
        <source>Role must be owner, mentor or front_desk (got “%1”).</source>
        <translation>角色必须为 owner、mentor 或 front_desk（实际为“%1”）。</translation>
    </message>
    <message>
        <source>Years of teaching</source>
        <translation>教学年限</translation>
    </message>
</context>
<context>
    <name>MentorService</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>The role must be owner, mentor or front desk.</source>
        <translation>角色必须是所有者、导师或前台。</translation>
    </message>
    <message>
        <source>Years of teaching</source>
        <translation>教学年限</translation>
    </message>
    <message>
        <source>The default hourly rate must not be negative.</source>
        <translation>默认小时费率不能为负数。</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>个人简介</translation>
    </message>
    <message>
        <source>“%1” is not a colour; write it as #rrggbb, for example #3a7bd5.</source>
        <translation>“%1”不是颜色；请写成 #rrggbb 形式，例如 #3a7bd5。</translation>
    </message>
    <message>
        <source>There is no mentor with id %1.</source>
        <translation>不存在 ID 为 %1 的导师。</translation>
    </message>
    <message>
        <source>The mentor “%1” is already archived.</source>
        <translation>导师“%1”已经归档。</translation>
    </message>
    <message>
        <source>The mentor “%1” is not archived.</source>
        <translation>导师“%1”未归档。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>The mentor “%1” has no expertise recorded for the topic %2.</source>
        <translation>导师“%1”没有知识点 %2 的专长记录。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version of the studio database.</source>
        <translation>无法读取工作室数据库的架构版本。</translation>
    </message>
    <message>
        <source>The studio database has schema %1, newer than the %2 this version knows.</source>
        <translation>工作室数据库的架构版本为 %1，高于此版本支持的 %2。</translation>
    </message>
    <message>
        <source>Schema step %1 is out of order (expected %2).</source>
        <translation>架构升级步骤 %1 顺序错误（应为 %2）。</translation>
    </message>
    <message>
        <source>Could not back up the studio before upgrading it, so it was not upgraded: %1</source>
        <translation>升级前无法备份工作室，因此未进行升级：%1</translation>
    </message>
    <message>
        <source>Upgrading the studio to schema %1 (%2) failed and was rolled back: %3</source>
        <translation>将工作室升级到架构版本 %1（%2）失败，已回滚：%3</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>“%1” is not a duration; write minutes (90), hours:minutes (1:30) or 1h30m.</source>
        <translation>“%1”不是时长；请写成分钟数（90）、小时:分钟（1:30）或 1h30m。</translation>
    </message>
    <message>
        <source>%1 minutes is longer than the 10,000 hours allowed.</source>
        <translation>%1 分钟超过了允许的 10,000 小时。</translation>
    </message>
</context>
<context>
    <name>ModuleBilling</name>
    <message>
        <source>Plan %1 is not a per-module plan.</source>
        <translation>计费方案 %1 不是按模块计费方案。</translation>
    </message>
    <message>
        <source>Choose the day to bill up to.</source>
        <translation>请选择计费截止日期。</translation>
    </message>
    <message>
        <source>“%1” is not a module of this plan, or is listed twice.</source>
        <translation>“%1”不是此计费方案的模块，或重复列出。</translation>
    </message>
    <message>
        <source>A started module needs its date.</source>
        <translation>已开始的模块必须有日期。</translation>
    </message>
</context>
<context>
    <name>ModulePlan</name>
    <message>
        <source>A per-module plan needs the course&apos;s modules.</source>
        <translation>按模块计费方案需要课程的模块。</translation>
    </message>
    <message>
        <source>Each module needs its own id.</source>
        <translation>每个模块都必须有自己的 ID。</translation>
    </message>
    <message>
        <source>Each module needs its own position, 1 or more.</source>
        <translation>每个模块都必须有自己的位置（1 或更大）。</translation>
    </message>
    <message>
        <source>A module&apos;s minutes must not be negative.</source>
        <translation>模块的分钟数不能为负数。</translation>
    </message>
    <message>
        <source>Module “%1” has no price and the plan has no default module price.</source>
        <translation>模块“%1”没有价格，计费方案也没有默认模块价格。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large to be represented exactly.</source>
        <translation>金额过大，无法精确表示。</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>无法合并以 %1 和 %2 计价的金额。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not an amount; write digits with an optional &apos;.&apos; and at most %n decimal(s), for example 12.50.</source>
        <translation>
            <numerusform>“%1”不是金额；请写数字，可带一个 &apos;.&apos;，最多 %n 位小数，例如 12.50。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageLedger</name>
    <message>
        <source>Each package needs its own id.</source>
        <translation>每个课时包都必须有自己的 ID。</translation>
    </message>
    <message>
        <source>A package needs its purchase date.</source>
        <translation>课时包必须有购买日期。</translation>
    </message>
    <message>
        <source>A package must hold between 1 minute and 10,000 hours.</source>
        <translation>课时包的时长必须在 1 分钟到 10,000 小时之间。</translation>
    </message>
    <message>
        <source>Package %1: used minutes must be between 0 and its %2 minutes.</source>
        <translation>课时包 %1：已用分钟数必须在 0 到其总量 %2 分钟之间。</translation>
    </message>
    <message>
        <source>Choose the day to report balances for.</source>
        <translation>请选择要报告余额的日期。</translation>
    </message>
    <message>
        <source>Plan %1 is not a package plan.</source>
        <translation>计费方案 %1 不是课时包方案。</translation>
    </message>
</context>
<context>
    <name>PackagePlan</name>
    <message>
        <source>A package must hold between 1 minute and 10,000 hours (got %1 minutes).</source>
        <translation>课时包的时长必须在 1 分钟到 10,000 小时之间（当前为 %1 分钟）。</translation>
    </message>
    <message>
        <source>A package&apos;s validity must be between 0 (no expiry) and 3660 days.</source>
        <translation>课时包的有效期必须在 0（永不过期）到 3660 天之间。</translation>
    </message>
    <message>
        <source>The low-balance warning must be between 0 and the package&apos;s minutes.</source>
        <translation>余额不足提醒必须在 0 到课时包的分钟数之间。</translation>
    </message>
</context>
<context>
    <name>PayerCommands</name>
    <message>
        <source>full name or company name</source>
        <translation>全名或公司名称</translation>
    </message>
    <message>
        <source>e-mail for invoices</source>
        <translation>接收发票的电子邮件</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <source>language of invoices (default en)</source>
        <translation>发票语言（默认 en）</translation>
    </message>
    <message>
        <source>tax id (companies)</source>
        <translation>税号（公司）</translation>
    </message>
    <message>
        <source>free notes</source>
        <translation>自由备注</translation>
    </message>
    <message>
        <source>payer id</source>
        <translation>付款人 ID</translation>
    </message>
    <message>
        <source>Added payer %1 (%2).</source>
        <translation>已添加付款人 %1（%2）。</translation>
    </message>
    <message>
        <source>Archived payer %1.</source>
        <translation>已归档付款人 %1。</translation>
    </message>
    <message>
        <source>Restored payer %1.</source>
        <translation>已恢复付款人 %1。</translation>
    </message>
    <message>
        <source>Add a payer (parent, guardian, company or the learner)</source>
        <translation>添加付款人（家长、监护人、公司或学员本人）</translation>
    </message>
    <message>
        <source>Change a payer&apos;s details (only the options given)</source>
        <translation>修改付款人信息（仅修改给出的选项）</translation>
    </message>
    <message>
        <source>Show one payer</source>
        <translation>显示一名付款人</translation>
    </message>
    <message>
        <source>List payers</source>
        <translation>列出付款人</translation>
    </message>
    <message>
        <source>filter by name, e-mail or phone</source>
        <translation>按姓名、电子邮件或电话筛选</translation>
    </message>
    <message>
        <source>include archived payers</source>
        <translation>包括已归档的付款人</translation>
    </message>
    <message>
        <source>only archived payers</source>
        <translation>仅限已归档的付款人</translation>
    </message>
    <message>
        <source>rows per page (default 100)</source>
        <translation>每页行数（默认 100）</translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation>跳过的行数</translation>
    </message>
    <message>
        <source>Archive a payer (kept, hidden from lists)</source>
        <translation>归档付款人（保留数据，不在列表中显示）</translation>
    </message>
    <message>
        <source>Restore an archived payer</source>
        <translation>恢复已归档的付款人</translation>
    </message>
</context>
<context>
    <name>PayerService</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Invoice language must be “en” (English) or “zh_CN” (Simplified Chinese), not “%1”.</source>
        <translation>发票语言必须是“en”（英语）或“zh_CN”（简体中文），而不是“%1”。</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>There is no payer with id %1.</source>
        <translation>不存在 ID 为 %1 的付款人。</translation>
    </message>
    <message>
        <source>The payer “%1” is already archived.</source>
        <translation>付款人“%1”已经归档。</translation>
    </message>
    <message>
        <source>The payer “%1” is not archived.</source>
        <translation>付款人“%1”未归档。</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>A plan needs an id.</source>
        <translation>计费方案必须有 ID。</translation>
    </message>
    <message>
        <source>A plan needs the date it takes effect.</source>
        <translation>计费方案必须有生效日期。</translation>
    </message>
    <message>
        <source>A subscription cannot end before it starts.</source>
        <translation>订阅的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>“%1” is not a plan kind; use hourly, subscription, package, project or module.</source>
        <translation>“%1”不是计费方案类型；请使用 hourly、subscription、package、project 或 module。</translation>
    </message>
</context>
<context>
    <name>PlanTimeline</name>
    <message>
        <source>Two plans share the id %1.</source>
        <translation>有两个计费方案使用同一 ID %1。</translation>
    </message>
    <message>
        <source>Another plan of this enrollment already takes effect on %1.</source>
        <translation>此报名已有另一个计费方案在 %1 生效。</translation>
    </message>
</context>
<context>
    <name>ProgressEvaluator</name>
    <message>
        <source>The reference date is missing or invalid.</source>
        <translation>参考日期缺失或无效。</translation>
    </message>
    <message>
        <source>The course content must be more than 0 minutes (got %1).</source>
        <translation>课程内容时长必须大于 0 分钟（当前为 %1）。</translation>
    </message>
    <message>
        <source>The efficiency must be between 50 and 2000 per mille (got %1).</source>
        <translation>学习效率必须在 50‰ 到 2000‰ 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The pace window must be between 1 and 104 weeks (got %1).</source>
        <translation>学习节奏的统计窗口必须在 1 到 104 周之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>A lesson on %1 has %2 minutes; a lesson lasts 0 to 1440 minutes.</source>
        <translation>%1 的课时有 %2 分钟；课时时长应为 0 到 1440 分钟。</translation>
    </message>
    <message>
        <source>A mastery of %1 % on %2 is outside 0–100 %.</source>
        <translation>%2 的掌握程度 %1% 超出了 0–100% 的范围。</translation>
    </message>
</context>
<context>
    <name>ProjectBilling</name>
    <message>
        <source>Plan %1 is not a project.</source>
        <translation>计费方案 %1 不是项目方案。</translation>
    </message>
    <message>
        <source>Choose the day to bill up to.</source>
        <translation>请选择计费截止日期。</translation>
    </message>
    <message>
        <source>“%1” is not a milestone of this project, or is listed twice.</source>
        <translation>“%1”不是此项目的里程碑，或重复列出。</translation>
    </message>
</context>
<context>
    <name>ProjectPlan</name>
    <message>
        <source>A project needs between 1 and 100 milestones.</source>
        <translation>项目必须有 1 到 100 个里程碑。</translation>
    </message>
    <message>
        <source>Each milestone needs its own id.</source>
        <translation>每个里程碑都必须有自己的 ID。</translation>
    </message>
    <message>
        <source>Each milestone needs a name.</source>
        <translation>每个里程碑都必须有名称。</translation>
    </message>
    <message>
        <source>A milestone&apos;s share must be between 0.01 % and 100 %.</source>
        <translation>里程碑的占比必须在 0.01% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The milestones&apos; shares add up to %1 %; they must add up to 100 %.</source>
        <translation>各里程碑的占比合计为 %1%；合计必须为 100%。</translation>
    </message>
    <message>
        <source>The milestones&apos; amounts must add up to the project&apos;s price.</source>
        <translation>各里程碑的金额合计必须等于项目价格。</translation>
    </message>
</context>
<context>
    <name>QuoteAdvisor</name>
    <message>
        <source>Give at least one plan to quote.</source>
        <translation>请至少给出一个要报价的计费方案。</translation>
    </message>
    <message>
        <source>Plan %1 is listed twice.</source>
        <translation>计费方案 %1 重复列出。</translation>
    </message>
    <message>
        <source>The target progress must be between 0.1 % and 100 %.</source>
        <translation>目标学习进度必须在 0.1% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Hours already studied must be between 0 and 10,000.</source>
        <translation>已学习的小时数必须在 0 到 10,000 之间。</translation>
    </message>
    <message>
        <source>Weekly time must be between 1 minute and 168 hours.</source>
        <translation>每周时间必须在 1 分钟到 168 小时之间。</translation>
    </message>
    <message>
        <source>A lesson must last at most 24 hours and divide the weekly time evenly (0 = one lesson a week).</source>
        <translation>每节课最长 24 小时，且每周时间必须能被其整除（0 = 每周一节课）。</translation>
    </message>
    <message>
        <source>More than 24 hours a week needs several lessons; give the length of one lesson.</source>
        <translation>每周超过 24 小时需要分成多节课；请给出单节课的时长。</translation>
    </message>
    <message>
        <source>Give the date of the first lesson.</source>
        <translation>请给出第一节课的日期。</translation>
    </message>
    <message>
        <source>The goal needs %1 lessons; the advisor plans at most %2. Choose longer lessons or a nearer target.</source>
        <translation>达成目标需要 %1 节课；报价助手最多规划 %2 节。请选择更长的课时或更近的目标。</translation>
    </message>
</context>
<context>
    <name>QuoteCoster</name>
    <message>
        <source>Unknown plan kind.</source>
        <translation>未知的计费方案类型。</translation>
    </message>
    <message>
        <source>Plan %1 would need more than %2 packages for this goal.</source>
        <translation>按计费方案 %1，达成此目标需要超过 %2 个课时包。</translation>
    </message>
</context>
<context>
    <name>RatingImporter</name>
    <message>
        <source>Rated at</source>
        <translation>评分时间</translation>
    </message>
    <message>
        <source>Rated at must be a date (YYYY-MM-DD), a local time (YYYY-MM-DD HH:MM) or an ISO-8601 instant (got “%1”).</source>
        <translation>评分时间必须为日期（YYYY-MM-DD）、本地时间（YYYY-MM-DD HH:MM）或 ISO-8601 时刻（实际为“%1”）。</translation>
    </message>
    <message>
        <source>A rating cannot be dated in the future (got “%1”).</source>
        <translation>评分日期不能是将来的日期（实际为“%1”）。</translation>
    </message>
    <message>
        <source>Name what is rated: a lesson id, a mentor or a course.</source>
        <translation>请指定评分对象：课时 ID、导师或课程。</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>A lesson is named by its id (got “%1”).</source>
        <translation>课时须以其 ID 指定（实际为“%1”）。</translation>
    </message>
    <message>
        <source>Name the learner who rates.</source>
        <translation>请指定进行评分的学员。</translation>
    </message>
    <message>
        <source>Target must be lesson, mentor or course (got “%1”).</source>
        <translation>对象必须为 lesson、mentor 或 course（实际为“%1”）。</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Stars must lie between 1 and 5 (got %1).</source>
        <translation>星级必须介于 1 到 5 之间（实际为 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>The comment is too long (at most %n characters).</source>
        <translation>
            <numerusform>评语过长（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingTarget</name>
    <message>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>RatingsFileReader</name>
    <message>
        <source>Cannot open the ratings file “%1”: %2</source>
        <translation>无法打开评分文件“%1”：%2</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>带引号的字段没有闭合</translation>
    </message>
    <message>
        <source>expected 3 or 4 fields (user, item, rating[, timestamp]), found %1</source>
        <translation>应有 3 或 4 个字段（user, item, rating[, timestamp]），实际为 %1 个</translation>
    </message>
    <message>
        <source>the user id is empty</source>
        <translation>用户 ID 为空</translation>
    </message>
    <message>
        <source>the item id is empty</source>
        <translation>物品 ID 为空</translation>
    </message>
    <message>
        <source>the rating “%1” is not a number</source>
        <translation>评分“%1”不是数字</translation>
    </message>
    <message>
        <source>the timestamp “%1” is not a whole number</source>
        <translation>时间戳“%1”不是整数</translation>
    </message>
</context>
<context>
    <name>RatingsFileWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>RecommenderCommands</name>
    <message>
        <source>warning: line %1 skipped: %2</source>
        <translation>警告：已跳过第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n more bad line(s) skipped</source>
        <translation>
            <numerusform>警告：另有 %n 个错误行被跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings found in “%1”.</source>
        <translation>在“%1”中没有找到评分。</translation>
    </message>
    <message>
        <source>%1: %2 ratings, %3 users, %4 items; %5-fold cross-validation, top-%6 lists, relevant = rating ≥ %7</source>
        <translation>%1：%2 条评分，%3 个用户，%4 个物品；%5 折交叉验证，top-%6 列表，相关 = 评分 ≥ %7</translation>
    </message>
    <message>
        <source>Unknown shape “%1”; use movielens100k or planted.</source>
        <translation>未知的数据形态“%1”；请使用 movielens100k 或 planted。</translation>
    </message>
    <message>
        <source>Wrote %1 ratings (%2 users, %3 items) to %4.</source>
        <translation>已将 %1 条评分（%2 个用户，%3 个物品）写入 %4。</translation>
    </message>
    <message>
        <source>Cross-validate matrix factorisation against baselines on a ratings file</source>
        <translation>在评分文件上对矩阵分解与基线方法进行交叉验证</translation>
    </message>
    <message>
        <source>user,item,rating[,timestamp] CSV or whitespace-separated (MovieLens u.data)</source>
        <translation>user,item,rating[,timestamp] 格式的 CSV 或以空白分隔的文件（MovieLens u.data）</translation>
    </message>
    <message>
        <source>cross-validation folds, 2–20 (default 5)</source>
        <translation>交叉验证折数，2–20（默认 5）</translation>
    </message>
    <message>
        <source>length of the top-k lists, 1–1000 (default 10)</source>
        <translation>top-k 列表的长度，1–1000（默认 10）</translation>
    </message>
    <message>
        <source>seed of the fold split (default 42)</source>
        <translation>划分折的随机种子（默认 42）</translation>
    </message>
    <message>
        <source>latent factors, 1–500 (default 50)</source>
        <translation>隐因子数，1–500（默认 50）</translation>
    </message>
    <message>
        <source>training epochs, 1–1000 (default 25)</source>
        <translation>训练轮数，1–1000（默认 25）</translation>
    </message>
    <message>
        <source>Write a synthetic ratings file (MovieLens-100k-shaped or planted factors)</source>
        <translation>生成合成评分文件（MovieLens-100k 形态或预置因子）</translation>
    </message>
    <message>
        <source>CSV file to write</source>
        <translation>要写入的 CSV 文件</translation>
    </message>
    <message>
        <source>data set shape (default movielens100k)</source>
        <translation>数据集形态（默认 movielens100k）</translation>
    </message>
    <message>
        <source>generator seed</source>
        <translation>生成器随机种子</translation>
    </message>
</context>
<context>
    <name>ReferenceIndex</name>
    <message>
        <source>There is no payer with the id or name “%1”.</source>
        <translation>不存在 ID 或名称为“%1”的付款人。</translation>
    </message>
    <message>
        <source>There is no mentor with the id or name “%1”.</source>
        <translation>不存在 ID 或名称为“%1”的导师。</translation>
    </message>
    <message>
        <source>There is no learner with the id or name “%1”.</source>
        <translation>不存在 ID 或名称为“%1”的学员。</translation>
    </message>
    <message>
        <source>There is no course with the id or title “%1”.</source>
        <translation>不存在 ID 或标题为“%1”的课程。</translation>
    </message>
    <message>
        <source>There is no topic with the id or name “%1”.</source>
        <translation>不存在 ID 或名称为“%1”的知识点。</translation>
    </message>
    <message numerus="yes">
        <source>%n payers are called “%1”; write the id of the one you mean (%2).</source>
        <translation>
            <numerusform>有 %n 位付款人名为“%1”；请填写您所指付款人的 ID（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentors are called “%1”; write the id of the one you mean (%2).</source>
        <translation>
            <numerusform>有 %n 位导师名为“%1”；请填写您所指导师的 ID（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learners are called “%1”; write the id of the one you mean (%2).</source>
        <translation>
            <numerusform>有 %n 位学员名为“%1”；请填写您所指学员的 ID（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courses are titled “%1”; write the id of the one you mean (%2).</source>
        <translation>
            <numerusform>有 %n 门课程标题为“%1”；请填写您所指课程的 ID（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics are called “%1”; write the id of the one you mean (%2).</source>
        <translation>
            <numerusform>有 %n 个知识点名为“%1”；请填写您所指知识点的 ID（%2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundingRule</name>
    <message>
        <source>The rounding increment must be 1, 5, 10, 15, 30 or 60 minutes (got %1).</source>
        <translation>取整单位必须是 1、5、10、15、30 或 60 分钟（当前为 %1）。</translation>
    </message>
    <message>
        <source>“%1” is not a rounding direction; use up, nearest or down.</source>
        <translation>“%1”不是取整方向；请使用 up、nearest 或 down。</translation>
    </message>
</context>
<context>
    <name>SeriesOccurrences</name>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
</context>
<context>
    <name>SeriesPlanner</name>
    <message>
        <source>The first lesson of the series needs a date and time.</source>
        <translation>系列课的第一节课必须有日期和时间。</translation>
    </message>
    <message>
        <source>Interval in weeks</source>
        <translation>间隔周数</translation>
    </message>
    <message>
        <source>A series needs an end: a last date or a number of lessons.</source>
        <translation>系列课必须有结束条件：最晚日期或课时数量。</translation>
    </message>
    <message>
        <source>Number of lessons</source>
        <translation>课时数量</translation>
    </message>
    <message>
        <source>The last date %1 is before the first lesson on %2.</source>
        <translation>最晚日期 %1 早于第一节课的日期 %2。</translation>
    </message>
    <message>
        <source>The series would have more than %1 lessons; choose an earlier last date.</source>
        <translation>该系列课将超过 %1 节课；请选择更早的最晚日期。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a date of this series, which meets on %2 every %n week(s) from %3.</source>
        <translation>
            <numerusform>%1 不是此系列课的上课日期（该系列课从 %3 起每 %n 周上课一次，上课日为%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>The lesson on %1 would start at %2, a time that does not exist in %3 (daylight saving time skips it). Choose another time or skip that date.</source>
        <translation>%1 的课时将在 %2 开始，但该时间在 %3 时区中不存在（夏令时跳过了这段时间）。请选择其他时间或跳过该日期。</translation>
    </message>
    <message>
        <source>Every date of the series is skipped.</source>
        <translation>该系列课的所有日期都已跳过。</translation>
    </message>
</context>
<context>
    <name>SeriesSplitter</name>
    <message>
        <source>Interval in weeks</source>
        <translation>间隔周数</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期几</translation>
    </message>
    <message>
        <source>The new start time is not a valid time.</source>
        <translation>新的开始时间不是有效的时间。</translation>
    </message>
    <message>
        <source>Give either a last date or a number of lessons for the series, not both.</source>
        <translation>请为系列课给出最晚日期或课时数量之一，不能同时给出。</translation>
    </message>
    <message>
        <source>The lesson is not part of a series.</source>
        <translation>这节课不属于任何系列课。</translation>
    </message>
    <message>
        <source>The lesson was recorded as “%1”; start the change at a scheduled lesson.</source>
        <translation>这节课已记为“%1”；请从一节已排课的课时开始修改。</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
</context>
<context>
    <name>StudioBackup</name>
    <message>
        <source>Cannot open the copy “%1”: %2</source>
        <translation>无法打开副本“%1”：%2</translation>
    </message>
    <message>
        <source>The copy “%1” failed its integrity check: %2</source>
        <translation>副本“%1”未通过完整性检查：%2</translation>
    </message>
    <message>
        <source>A backup cannot replace the studio file itself.</source>
        <translation>备份不能覆盖工作室文件本身。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>The backup could not be flushed to disk.</source>
        <translation>无法将备份刷新到磁盘。</translation>
    </message>
    <message>
        <source>The backup could not be moved into place: %1</source>
        <translation>无法将备份移动到目标位置：%1</translation>
    </message>
    <message>
        <source>The backup holds no MentorDesk studio.</source>
        <translation>无法打开副本“%1”：%2</translation>
    </message>
    <message>
        <source>There is no backup at “%1”.</source>
        <translation>“%1”处没有备份。</translation>
    </message>
    <message>
        <source>A studio cannot be restored from itself.</source>
        <translation>工作室不能从自身恢复。</translation>
    </message>
    <message>
        <source>“%1” is a studio in use, not a backup. Make a backup of it first and restore that.</source>
        <translation>“%1”是正在使用的工作室，而不是备份。请先为其创建备份，再恢复该备份。</translation>
    </message>
    <message>
        <source>This backup is encrypted; enter its passphrase.</source>
        <translation>此备份已加密；请输入其口令。</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to the studio.</source>
        <translation>无法将备份复制到工作室旁边。</translation>
    </message>
    <message>
        <source>The current studio could not be set aside; nothing was restored.</source>
        <translation>无法将当前工作室移到一旁；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The restored studio could not be moved into place: %1</source>
        <translation>无法将恢复的工作室移动到位：%1</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>必须至少保留一个备份。</translation>
    </message>
    <message>
        <source>There is no folder “%1”.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>An old backup could not be deleted.</source>
        <translation>无法删除某个旧备份。</translation>
    </message>
</context>
<context>
    <name>StudioCommands</name>
    <message>
        <source>studio name</source>
        <translation>工作室名称</translation>
    </message>
    <message>
        <source>ISO 4217 currency (default EUR)</source>
        <translation>ISO 4217 货币代码（默认 EUR）</translation>
    </message>
    <message>
        <source>locale for dates and money (default en_US)</source>
        <translation>日期和金额的区域格式（默认 en_US）</translation>
    </message>
    <message>
        <source>IANA time zone (default UTC)</source>
        <translation>IANA 时区（默认 UTC）</translation>
    </message>
    <message>
        <source>interface language (default en)</source>
        <translation>界面语言（默认 en）</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <source>tax id printed on invoices</source>
        <translation>打印在发票上的税号</translation>
    </message>
    <message>
        <source>studio e-mail</source>
        <translation>工作室电子邮件</translation>
    </message>
    <message>
        <source>studio phone</source>
        <translation>工作室电话</translation>
    </message>
    <message>
        <source>days until an invoice is due (default 14)</source>
        <translation>发票到期天数（默认 14）</translation>
    </message>
    <message>
        <source>first day of the week, 1 = Monday</source>
        <translation>每周的第一天，1 = 星期一</translation>
    </message>
    <message>
        <source>Created the studio “%1” (%2).</source>
        <translation>已创建工作室“%1”（%2）。</translation>
    </message>
    <message>
        <source>Create a new, empty studio database</source>
        <translation>创建新的空工作室数据库</translation>
    </message>
    <message>
        <source>Show the studio&apos;s settings</source>
        <translation>显示工作室设置</translation>
    </message>
    <message>
        <source>Change the studio&apos;s settings</source>
        <translation>修改工作室设置</translation>
    </message>
</context>
<context>
    <name>StudioExporter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>There is nothing called “%1” to export; choose one of: %2.</source>
        <translation>没有名为“%1”的可导出内容；请从以下选择：%2。</translation>
    </message>
</context>
<context>
    <name>StudioLocationCheck</name>
    <message>
        <source>The studio file is on a network drive (%1). SQLite cannot lock files reliably there, so data can be lost when two computers use it. Keep the studio on this computer&apos;s disk and use backups or sync instead.</source>
        <translation>工作室文件位于网络驱动器（%1）上。SQLite 无法在此可靠地锁定文件，因此当两台计算机同时使用时可能会丢失数据。请将工作室保存在本机磁盘上，并改用备份或同步。</translation>
    </message>
    <message>
        <source>The studio file is inside a %1 folder. File-sync services can copy a half-written database or create conflicting copies. Keep the studio outside sync folders and put backups there instead.</source>
        <translation>工作室文件位于 %1 文件夹中。文件同步服务可能会复制写入一半的数据库，或产生冲突副本。请将工作室放在同步文件夹之外，改为将备份放在那里。</translation>
    </message>
</context>
<context>
    <name>StudioService</name>
    <message>
        <source>Studio name</source>
        <translation>工作室名称</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (use an IANA name such as Europe/Berlin or Asia/Shanghai).</source>
        <translation>“%1”不是已知的时区（请使用 IANA 名称，例如 Europe/Berlin 或 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>“%1” is not a locale (use a name such as en_US, de_DE or zh_CN).</source>
        <translation>“%1”不是区域设置（请使用 en_US、de_DE 或 zh_CN 这样的名称）。</translation>
    </message>
    <message>
        <source>The language must be “en” (English) or “zh_CN” (Simplified Chinese), not “%1”.</source>
        <translation>语言必须是“en”（英语）或“zh_CN”（简体中文），而不是“%1”。</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>付款期限（天）</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>每周的第一天</translation>
    </message>
    <message>
        <source>This database already holds the studio “%1”.</source>
        <translation>此数据库已包含工作室“%1”。</translation>
    </message>
    <message>
        <source>This database has no studio yet; create one first (mentordesk-cli init).</source>
        <translation>此数据库还没有工作室；请先创建一个（mentordesk-cli init）。</translation>
    </message>
</context>
<context>
    <name>StudioTimeZone</name>
    <message>
        <source>Studio time zone</source>
        <translation>工作室时区</translation>
    </message>
    <message>
        <source>%1 “%2” is not a known time zone (expected an IANA id such as Europe/Berlin).</source>
        <translation>%1“%2”不是已知的时区（应为 IANA 标识，例如 Europe/Berlin）。</translation>
    </message>
    <message>
        <source>%1 is not a valid date and time.</source>
        <translation>%1不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in the time zone %3 (the clocks skip that hour for daylight saving time). Choose another time.</source>
        <translation>%1 %2 在时区 %3 中不存在（夏令时跳过了这一小时）。请选择其他时间。</translation>
    </message>
    <message>
        <source>%1 must be a local date and time written YYYY-MM-DD HH:MM (got “%2”).</source>
        <translation>%1必须是写成 YYYY-MM-DD HH:MM 的本地日期和时间（当前为“%2”）。</translation>
    </message>
    <message>
        <source>%1 must be a time written HH:MM (got “%2”).</source>
        <translation>%1必须是写成 HH:MM 的时间（当前为“%2”）。</translation>
    </message>
</context>
<context>
    <name>SubscriptionPlan</name>
    <message>
        <source>Included minutes must be between 0 (unlimited) and %1.</source>
        <translation>包含的分钟数必须在 0（不限）到 %1 之间。</translation>
    </message>
    <message>
        <source>An unlimited subscription has no unused minutes to roll over.</source>
        <translation>不限时长的订阅没有可结转的未用分钟数。</translation>
    </message>
    <message>
        <source>A capped rollover needs a cap between 1 and %1 minutes.</source>
        <translation>有上限的结转需要 1 到 %1 分钟之间的上限。</translation>
    </message>
    <message>
        <source>The first day of the week must be 1 (Monday) to 7 (Sunday).</source>
        <translation>每周的第一天必须是 1（星期一）到 7（星期日）。</translation>
    </message>
    <message>
        <source>A pause needs a first and a last day, the last not before the first.</source>
        <translation>暂停需要开始日和结束日，且结束日不能早于开始日。</translation>
    </message>
</context>
<context>
    <name>SubscriptionPricer</name>
    <message>
        <source>Choose the period to bill.</source>
        <translation>请选择要计费的周期。</translation>
    </message>
    <message>
        <source>Rolled-over minutes must be between 0 and 10,000 hours.</source>
        <translation>结转的分钟数必须在 0 到 10,000 小时之间。</translation>
    </message>
    <message>
        <source>Plan %1 is not a subscription.</source>
        <translation>计费方案 %1 不是订阅。</translation>
    </message>
    <message>
        <source>Lesson %1 on %2 is outside the period %3.</source>
        <translation>%2 的课时 %1 不在周期 %3 内。</translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <source>The tag “%1” contains a comma; commas separate tags.</source>
        <translation>标签“%1”包含逗号；逗号用于分隔标签。</translation>
    </message>
    <message numerus="yes">
        <source>The tag “%1” is too long (at most %n characters).</source>
        <translation>
            <numerusform>标签“%1”过长（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many tags (at most %n).</source>
        <translation>
            <numerusform>标签过多（最多 %n 个）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaxCalculator</name>
    <message>
        <source>Tax rate %1 is listed twice.</source>
        <translation>税率 %1 重复列出。</translation>
    </message>
    <message>
        <source>“%1” is not one of the studio&apos;s tax rates.</source>
        <translation>“%1”不是工作室的税率之一。</translation>
    </message>
</context>
<context>
    <name>TaxRate</name>
    <message>
        <source>A tax rate needs an id.</source>
        <translation>税率必须有 ID。</translation>
    </message>
    <message>
        <source>A tax rate needs a name (for example VAT 19 %).</source>
        <translation>税率必须有名称（例如“增值税 19%”）。</translation>
    </message>
    <message>
        <source>A tax rate must be between 0 % and 100 %.</source>
        <translation>税率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>“%1” is not a tax mode; use exclusive or inclusive.</source>
        <translation>“%1”不是计税方式；请使用 exclusive 或 inclusive。</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is not valid UTF-16: it has an odd number of bytes.</source>
        <translation>文件不是有效的 UTF-16：字节数为奇数。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16: unpaired surrogate at byte %1.</source>
        <translation>文件不是有效的 UTF-16：第 %1 字节处有未配对的代理项。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (first bad byte at offset %1). Try the encoding windows-1252.</source>
        <translation>文件不是有效的 UTF-8（第一个错误字节位于偏移量 %1）。请尝试使用 windows-1252 编码。</translation>
    </message>
    <message>
        <source>Unknown text encoding.</source>
        <translation>未知的文本编码。</translation>
    </message>
</context>
<context>
    <name>TopicService</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>There is already a topic named “%1”.</source>
        <translation>已存在名为“%1”的知识点。</translation>
    </message>
    <message>
        <source>There is no topic with id %1.</source>
        <translation>不存在 ID 为 %1 的知识点。</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>There is no topic with id “%1”.</source>
        <translation>不存在 ID 为“%1”的知识点。</translation>
    </message>
    <message>
        <source>Give a topic by its name or id.</source>
        <translation>请用名称或 ID 指定知识点。</translation>
    </message>
    <message>
        <source>There is no topic named “%1”.</source>
        <translation>不存在名为“%1”的知识点。</translation>
    </message>
    <message>
        <source>The topic “%1” is still in use and was not removed.</source>
        <translation>知识点“%1”仍在使用中，未被删除。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) cover it (%1).</source>
        <translation>
            <numerusform>有 %n 门课程涵盖它（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner goal(s) name it.</source>
        <translation>
            <numerusform>有 %n 个学员学习目标包含它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor expertise entry(ies) list it.</source>
        <translation>
            <numerusform>有 %n 条导师专长记录列出了它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prerequisite link(s) connect it to other topics.</source>
        <translation>
            <numerusform>有 %n 条先修关系将它与其他知识点相连。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove those references first.</source>
        <translation>请先移除这些引用。</translation>
    </message>
    <message>
        <source>A topic cannot require itself (“%1”).</source>
        <translation>知识点不能以自身为先修（“%1”）。</translation>
    </message>
    <message>
        <source>“%1” already requires “%2”.</source>
        <translation>“%1”已经以“%2”为先修知识点。</translation>
    </message>
    <message>
        <source>“%1” cannot require “%2”: that would make a cycle %3.</source>
        <translation>“%1”不能以“%2”为先修知识点：这会形成循环 %3。</translation>
    </message>
    <message>
        <source>“%1” does not require “%2”.</source>
        <translation>“%1”并不以“%2”为先修知识点。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1过长（%2 个字符；最多 %3 个）。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (expected name@example.com).</source>
        <translation>“%1”不是电子邮件地址（格式应为 name@example.com）。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1必须在 %2 到 %3 之间（当前为 %4）。</translation>
    </message>
    <message>
        <source>%1 must be a whole number (got “%2”).</source>
        <translation>%1必须是整数（当前为“%2”）。</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD (got “%2”).</source>
        <translation>%1必须是写成 YYYY-MM-DD 的日期（当前为“%2”）。</translation>
    </message>
    <message>
        <source>“%1” is not a record id (expected a UUID such as 3f2c8a4e-1b2d-4c5e-9f60-7a8b9c0d1e2f).</source>
        <translation>“%1”不是记录 ID（应为 UUID，例如 3f2c8a4e-1b2d-4c5e-9f60-7a8b9c0d1e2f）。</translation>
    </message>
</context>
<context>
    <name>WeeklyAvailability</name>
    <message>
        <source>The weekday of an availability slot must be 1 (Monday) to 7 (Sunday), not %1.</source>
        <translation>可用时段的星期必须是 1（星期一）到 7（星期日），而不是 %1。</translation>
    </message>
    <message>
        <source>An availability slot must lie within one day (00:00 to 24:00); %1 to %2 minutes after midnight does not.</source>
        <translation>可用时段必须在同一天内（00:00 到 24:00）；午夜后第 %1 到 %2 分钟不符合要求。</translation>
    </message>
    <message>
        <source>The availability slot %1 ends before it starts.</source>
        <translation>可用时段 %1 的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>The availability slots %1 and %2 overlap.</source>
        <translation>可用时段 %1 和 %2 重叠。</translation>
    </message>
    <message>
        <source>“%1” is not an availability slot; write a weekday and a time range such as “mon 09:00-12:00”.</source>
        <translation>“%1”不是可用时段；请写出星期和时间范围，例如“mon 09:00-12:00”。</translation>
    </message>
    <message>
        <source>The availability slot “%1” must end after it starts, within one day.</source>
        <translation>可用时段“%1”的结束时间必须晚于开始时间，且在同一天内。</translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarIcsDialog</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>导出 iCalendar</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>导师(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Lessons from:</source>
        <translation>课时起始日期(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Whose lessons to export</source>
        <translation>要导出哪位导师的课时</translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation>第一天（含）</translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation>最后一天（含）</translation>
    </message>
    <message>
        <source>Where to save the .ics file</source>
        <translation>.ics 文件的保存位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Calendar apps (Thunderbird, Apple Calendar, Google Calendar, Outlook) import this file. Cancelled lessons are included and marked as cancelled; importing a newer export updates the events.</source>
        <translation>日历应用（Thunderbird、Apple 日历、Google 日历、Outlook）可以导入此文件。已取消的课时也会包含在内并标记为已取消；导入较新的导出文件会更新这些事件。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>lessons-%1.ics</source>
        <translation>lessons-%1.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarLegend</name>
    <message>
        <source>Block colours by lesson status; the bar on the left of a block is the mentor&apos;s colour</source>
        <translation>色块颜色表示课时状态；色块左侧的竖条是导师的颜色</translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Previous week or day (Ctrl+Left)</source>
        <translation>上一周或上一天 (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Next week or day (Ctrl+Right)</source>
        <translation>下一周或下一天 (Ctrl+Right)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>转到今天 (T)</translation>
    </message>
    <message>
        <source>Jump to a date</source>
        <translation>跳转到日期</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Seven days side by side (W)</source>
        <translation>七天并排显示 (W)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>One day, one column per mentor (D)</source>
        <translation>单日视图，每位导师一列 (D)</translation>
    </message>
    <message>
        <source>Show the lessons of all mentors or of one</source>
        <translation>显示所有导师或某一位导师的课时</translation>
    </message>
    <message>
        <source>&amp;New Lesson…</source>
        <translation>新建课时(&amp;N)…</translation>
    </message>
    <message>
        <source>Schedule a lesson or a weekly series at the selected time (Ctrl+Shift+N)</source>
        <translation>在所选时间安排一节课或每周系列课 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>E&amp;xport iCalendar…</source>
        <translation>导出 iCalendar(&amp;X)…</translation>
    </message>
    <message>
        <source>Save a mentor&apos;s lessons as an .ics file for calendar apps (Ctrl+Shift+E)</source>
        <translation>将导师的课时保存为供日历应用使用的 .ics 文件 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Double-click a free time to schedule; double-click a lesson to record it.</source>
        <translation>双击空闲时间可排课；双击课时可记录出勤。</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>所有导师</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first – last day of the week</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) shown</source>
        <translation>
            <numerusform>显示 %n 节课</numerusform>
        </translation>
    </message>
    <message>
        <source>No mentors yet — add a mentor on the Mentors page to plan lessons.</source>
        <translation>还没有导师——请先在“导师”页面添加导师再安排课时。</translation>
    </message>
    <message>
        <source>No lessons this week — double-click a time to schedule one.</source>
        <translation>本周没有课时——双击某个时间即可排课。</translation>
    </message>
    <message>
        <source>No lessons on this day — double-click a time to schedule one.</source>
        <translation>这一天没有课时——双击某个时间即可排课。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lesson(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 节课导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::CourseCatalogPanel</name>
    <message>
        <source>Search courses by title or description…</source>
        <translation>按名称或说明搜索课程…</translation>
    </message>
    <message>
        <source>Filter the catalog as you type</source>
        <translation>输入时即筛选课程目录</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>任意级别</translation>
    </message>
    <message>
        <source>Only courses of this level</source>
        <translation>仅显示此级别的课程</translation>
    </message>
    <message>
        <source>Only courses that teach this topic</source>
        <translation>仅显示讲授此知识点的课程</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>任意知识点</translation>
    </message>
    <message>
        <source>Include &amp;archived</source>
        <translation>包括已归档(&amp;A)</translation>
    </message>
    <message>
        <source>Also list courses that take no new enrollments</source>
        <translation>同时列出不再接受新报名的课程</translation>
    </message>
    <message>
        <source>&amp;New Course…</source>
        <translation>新建课程(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a course (Ctrl+Shift+N)</source>
        <translation>创建课程 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>No course matches these filters.
Clear the search or choose “Any level” and “Any topic”.</source>
        <translation>没有符合这些筛选条件的课程。
请清除搜索，或选择“任意级别”和“任意知识点”。</translation>
    </message>
    <message>
        <source>The catalog is empty.
Create the first course with “New Course…” (Ctrl+Shift+N).</source>
        <translation>课程目录为空。
请用“新建课程…” (Ctrl+Shift+N) 创建第一门课程。</translation>
    </message>
    <message>
        <source>Created course “%1”.</source>
        <translation>已创建课程“%1”。</translation>
    </message>
    <message>
        <source>Saved course “%1”.</source>
        <translation>已保存课程“%1”。</translation>
    </message>
    <message>
        <source>Archive Course</source>
        <translation>归档课程</translation>
    </message>
    <message>
        <source>Archive “%1”?

It stays in the records of its learners but takes no new enrollments. You can restore it at any time.</source>
        <translation>要归档“%1”吗？

它仍保留在学员的记录中，但不再接受新的报名。你可以随时恢复它。</translation>
    </message>
    <message>
        <source>Archived “%1”.</source>
        <translation>已归档“%1”。</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>已恢复“%1”。</translation>
    </message>
</context>
<context>
    <name>mentordesk::CourseDetailView</name>
    <message>
        <source>Quality %1/10</source>
        <translation>质量 %1/10</translation>
    </message>
    <message>
        <source>Practicality %1/10</source>
        <translation>实用性 %1/10</translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s)</source>
        <translation>
            <numerusform>%n 个报名</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived on %1</source>
        <translation>归档于 %1</translation>
    </message>
    <message>
        <source>No description yet.</source>
        <translation>暂无说明。</translation>
    </message>
    <message>
        <source>No topics — edit the course to add some.</source>
        <translation>没有知识点——编辑课程以添加。</translation>
    </message>
    <message numerus="yes">
        <source>Modules (%n)</source>
        <translation>
            <numerusform>模块 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add topics to see what learners need to know first.</source>
        <translation>添加知识点后即可查看学员需要先掌握的内容。</translation>
    </message>
    <message>
        <source>These topics have no prerequisites.</source>
        <translation>这些知识点没有先修知识点。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>归档(&amp;A)…</translation>
    </message>
    <message>
        <source>Make the course available for new enrollments again</source>
        <translation>让课程重新接受新的报名</translation>
    </message>
    <message>
        <source>Hide the course from new enrollments (Delete)</source>
        <translation>不再让新学员报名此课程 (Delete)</translation>
    </message>
    <message>
        <source>Select a course to see its modules, topics and prerequisites.</source>
        <translation>选择一门课程以查看其模块、知识点和先修知识点。</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>Prerequisites (what to learn first)</source>
        <translation>先修知识点（需要先学习的内容）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the course, its topics and modules (F2)</source>
        <translation>编辑课程及其知识点和模块 (F2)</translation>
    </message>
</context>
<context>
    <name>mentordesk::CourseDialog</name>
    <message>
        <source>%1 (%2)</source>
        <comment>topic (area)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit Course — %1</source>
        <translation>编辑课程 — %1</translation>
    </message>
    <message>
        <source>New Course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Content time:</source>
        <translation>内容时长(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Quality (Q):</source>
        <translation>质量 (Q)(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Practicality (U):</source>
        <translation>实用性 (U)(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>知识点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>模块(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. Python for beginners</source>
        <translation>例如：Python 入门</translation>
    </message>
    <message>
        <source>The course name learners and payers see (at most 200 characters)</source>
        <translation>学员和付款人看到的课程名称（最多 200 个字符）</translation>
    </message>
    <message>
        <source>The level the course starts from</source>
        <translation>课程起始的级别</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Content time C: how long the course takes at full speed</source>
        <translation>内容时长 C：全速学习完成本课程所需的时间</translation>
    </message>
    <message>
        <source>0 h 0 min = the sum of the modules</source>
        <translation>0 小时 0 分钟 = 各模块时长之和</translation>
    </message>
    <message>
        <source>Quality Q, 1 (poor) to 10 (excellent)</source>
        <translation>质量 Q，1（差）到 10（优秀）</translation>
    </message>
    <message>
        <source>Practicality U, 1 (theory) to 10 (directly applicable)</source>
        <translation>实用性 U，1（理论）到 10（可直接应用）</translation>
    </message>
    <message>
        <source>What the course covers and who it is for</source>
        <translation>课程内容及适合人群</translation>
    </message>
    <message>
        <source>Filter topics…</source>
        <translation>筛选知识点…</translation>
    </message>
    <message>
        <source>Tick the topics this course teaches</source>
        <translation>勾选本课程讲授的知识点</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>mentordesk::CourseListModel</name>
    <message>
        <source>1 · Beginner</source>
        <translation>1 · 入门</translation>
    </message>
    <message>
        <source>2 · Elementary</source>
        <translation>2 · 初级</translation>
    </message>
    <message>
        <source>3 · Intermediate</source>
        <translation>3 · 中级</translation>
    </message>
    <message>
        <source>4 · Advanced</source>
        <translation>4 · 高级</translation>
    </message>
    <message>
        <source>5 · Expert</source>
        <translation>5 · 专家</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>Content time C: how long the course takes at full speed</source>
        <translation>内容时长 C：全速学习完成本课程所需的时间</translation>
    </message>
    <message>
        <source>Quality Q, 1–10</source>
        <translation>质量 Q，1–10</translation>
    </message>
    <message>
        <source>Practicality U, 1–10: how directly the course applies to real tasks</source>
        <translation>实用性 U，1–10：课程内容能多直接地用于实际任务</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
</context>
<context>
    <name>mentordesk::CourseModuleModel</name>
    <message>
        <source>—</source>
        <comment>no price</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Not sold per module</source>
        <translation>不按模块出售</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
</context>
<context>
    <name>mentordesk::CourseModulesEditor</name>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>价格 (%1)</translation>
    </message>
    <message>
        <source>Modules are taught in this order. Length: “90”, “1:30” or “1h30m”. Leave the price empty when the module is not sold on its own.</source>
        <translation>模块按此顺序讲授。时长可写作“90”、“1:30”或“1h30m”。模块不单独出售时请将价格留空。</translation>
    </message>
    <message>
        <source>&amp;Add module</source>
        <translation>添加模块(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Teach the selected module earlier (Alt+U)</source>
        <translation>提前讲授所选模块 (Alt+U)</translation>
    </message>
    <message>
        <source>Teach the selected module later (Alt+W)</source>
        <translation>推后讲授所选模块 (Alt+W)</translation>
    </message>
    <message>
        <source>Give the length of module %1 (for example 90 or 1:30).</source>
        <translation>请填写模块 %1 的时长（例如 90 或 1:30）。</translation>
    </message>
</context>
<context>
    <name>mentordesk::CourseTopicListModel</name>
    <message>
        <source>How many topics require this one directly</source>
        <translation>有多少个知识点直接依赖此知识点</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>先修</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>被依赖</translation>
    </message>
</context>
<context>
    <name>mentordesk::CourseTopicTreeModel</name>
    <message>
        <source>%1 …</source>
        <comment>tree cut here</comment>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>“%1” needs “%2” first</source>
        <translation>“%1”需要先学习“%2”</translation>
    </message>
    <message>
        <source>Topic and its prerequisites</source>
        <translation>知识点及其先修知识点</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
</context>
<context>
    <name>mentordesk::CourseTopicsPanel</name>
    <message>
        <source>Choose a topic from the list.</source>
        <translation>请从列表中选择一个知识点。</translation>
    </message>
    <message>
        <source>Filter topics by name…</source>
        <translation>按名称筛选知识点…</translation>
    </message>
    <message>
        <source>Select a topic to see and edit what it requires.</source>
        <translation>选择一个知识点以查看并编辑它的先修要求。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requires&lt;/b&gt; (learn these first):</source>
        <translation>&lt;b&gt;先修&lt;/b&gt;（需先学习）：</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>This topic no longer requires the selected one</source>
        <translation>此知识点不再需要所选知识点</translation>
    </message>
    <message>
        <source>Type or pick a topic…</source>
        <translation>输入或选择知识点…</translation>
    </message>
    <message>
        <source>A topic that must be learned before the selected one</source>
        <translation>必须在所选知识点之前学习的知识点</translation>
    </message>
    <message>
        <source>Add &amp;prerequisite</source>
        <translation>添加先修知识点(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything it builds on&lt;/b&gt;</source>
        <translation>&lt;b&gt;依赖的全部内容&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>topic (area)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing — this topic can be learned first.</source>
        <translation>无——此知识点可以最先学习。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needed by:&lt;/b&gt; no other topic.</source>
        <translation>&lt;b&gt;被依赖：&lt;/b&gt;没有其他知识点。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needed by:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;被依赖：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>“%1” now requires “%2”.</source>
        <translation>“%1”现在需要“%2”。</translation>
    </message>
    <message>
        <source>“%1” no longer requires “%2”.</source>
        <translation>“%1”不再需要“%2”。</translation>
    </message>
</context>
<context>
    <name>mentordesk::CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>课程目录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Topics and Prerequisites</source>
        <translation>知识点与先修关系(&amp;T)</translation>
    </message>
    <message>
        <source>Courses with their modules and topics</source>
        <translation>课程及其模块和知识点</translation>
    </message>
    <message>
        <source>Which topic must be learned before which</source>
        <translation>哪个知识点必须先于哪个学习</translation>
    </message>
</context>
<context>
    <name>mentordesk::LessonConflictList</name>
    <message>
        <source>Save &amp;anyway, despite the clashes</source>
        <translation>仍然保存，忽略冲突(&amp;A)</translation>
    </message>
    <message>
        <source>Keep the double booking on purpose (e.g. a shared room or a learner who joins late)</source>
        <translation>有意保留重复预约（例如共用教室或学员晚到）</translation>
    </message>
    <message>
        <source>Clashes not checked yet: %1</source>
        <translation>尚未检查冲突：%1</translation>
    </message>
    <message>
        <source>✓ No clashes: the mentor and the learners are free then.</source>
        <translation>✓ 没有冲突：导师和学员在该时间都有空。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n clash(es) with lessons already booked:</source>
        <translation>
            <numerusform>⚠ 与已预约课时有 %n 处冲突：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::LessonDialog</name>
    <message>
        <source>Lesson — %1</source>
        <translation>课时 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2–%3&lt;/b&gt;&lt;br&gt;%4 with %5&lt;br&gt;Status: %6</source>
        <translation>&lt;b&gt;%1，%2–%3&lt;/b&gt;&lt;br&gt;%4，学员：%5&lt;br&gt;状态：%6</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Part of a weekly series.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;属于每周系列课。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Location: %1</source>
        <translation>&lt;br&gt;地点：%1</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>出勤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>改期(&amp;R)</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <source>Not recorded yet (scheduled)</source>
        <translation>尚未记录（已排课）</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>已上课(&amp;H)</translation>
    </message>
    <message>
        <source>Cancelled by the learner in &amp;time</source>
        <translation>学员按时取消(&amp;T)</translation>
    </message>
    <message>
        <source>Cancelled by the learner too &amp;late</source>
        <translation>学员取消过晚(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;No-show: the learner did not come</source>
        <translation>缺席：学员没有来(&amp;N)</translation>
    </message>
    <message>
        <source>Cancelled by the &amp;mentor or studio</source>
        <translation>由导师或工作室取消(&amp;M)</translation>
    </message>
    <message>
        <source>The lesson has not started yet: it can be cancelled now and recorded as held once it has begun.</source>
        <translation>课时尚未开始：现在可以取消，开始后才能记录为已上课。</translation>
    </message>
    <message>
        <source>Actual &amp;minutes:</source>
        <translation>实际分钟数(&amp;M)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Home&amp;work:</source>
        <translation>作业(&amp;W)：</translation>
    </message>
    <message>
        <source>Each &amp;learner:</source>
        <translation>每位学员(&amp;L)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>How long the lesson really lasted (billing uses it)</source>
        <translation>课时实际持续的时间（计费会用到）</translation>
    </message>
    <message>
        <source>What you worked on, how it went</source>
        <translation>学习内容及进展情况</translation>
    </message>
    <message>
        <source>What the learner should practise before the next lesson</source>
        <translation>学员在下节课前应练习的内容</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Same as the lesson</source>
        <translation>与课时相同</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Recorded the lesson as “%1”.</source>
        <translation>已将课时记录为“%1”。</translation>
    </message>
</context>
<context>
    <name>mentordesk::LessonEnrollmentPicker</name>
    <message>
        <source>Filter learners…</source>
        <translation>筛选学员…</translation>
    </message>
    <message>
        <source>Tick one learner, or several for a group lesson</source>
        <translation>勾选一位学员，或勾选多位以安排小组课</translation>
    </message>
    <message>
        <source>This mentor has no active enrollments. Enroll a learner with this mentor first.</source>
        <translation>该导师没有进行中的报名。请先为学员报名此导师。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>learner — course</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1（已暂停）</translation>
    </message>
</context>
<context>
    <name>mentordesk::LessonRepeatEditor</name>
    <message>
        <source>&amp;Repeat weekly</source>
        <translation>每周重复(&amp;R)</translation>
    </message>
    <message>
        <source>Create a weekly series of lessons at the same local time</source>
        <translation>在相同的本地时间创建每周系列课</translation>
    </message>
    <message>
        <source>week(s) between lessons</source>
        <translation>两节课之间相隔的周数</translation>
    </message>
    <message>
        <source>1 = every week, 2 = every other week…</source>
        <translation>1 = 每周，2 = 隔周…</translation>
    </message>
    <message>
        <source>&amp;Number of lessons:</source>
        <translation>课时数量(&amp;N)：</translation>
    </message>
    <message>
        <source>Repeat &amp;until:</source>
        <translation>重复直到(&amp;U)：</translation>
    </message>
    <message>
        <source>The last possible date of the series (inclusive)</source>
        <translation>系列课最后可能的日期（含）</translation>
    </message>
    <message>
        <source>Skipped dates count too: 10 lessons with one skipped date make 9</source>
        <translation>跳过的日期也计入：10 节课中跳过一个日期则为 9 节</translation>
    </message>
    <message>
        <source>Skip dates:</source>
        <translation>跳过日期：</translation>
    </message>
    <message>
        <source>A date of the series without a lesson (holiday, exam week…)</source>
        <translation>系列课中不上课的日期（假期、考试周…）</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>Unskip</source>
        <translation>取消跳过</translation>
    </message>
</context>
<context>
    <name>mentordesk::LessonRescheduleTab</name>
    <message>
        <source>Cancel the Rest of the Series</source>
        <translation>取消系列课的剩余课时</translation>
    </message>
    <message>
        <source>Remove every scheduled lesson of this series from %1 on?

Held and cancelled lessons stay as they are.</source>
        <translation>要删除此系列课自 %1 起所有已排课的课时吗？

已上课和已取消的课时保持不变。</translation>
    </message>
    <message>
        <source>&amp;New time:</source>
        <translation>新时间(&amp;N)：</translation>
    </message>
    <message>
        <source>M&amp;entor:</source>
        <translation>导师(&amp;E)：</translation>
    </message>
    <message>
        <source>New day (studio time zone)</source>
        <translation>新的日期（工作室时区）</translation>
    </message>
    <message>
        <source>New local start time</source>
        <translation>新的本地开始时间</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Planned length in minutes</source>
        <translation>计划时长（分钟）</translation>
    </message>
    <message>
        <source>Choose another mentor to have a substitute teach this lesson</source>
        <translation>选择另一位导师来代课</translation>
    </message>
    <message>
        <source>Apply to this and all &amp;following lessons of the series</source>
        <translation>应用于此课时及系列课中所有后续课时(&amp;F)</translation>
    </message>
    <message>
        <source>Changes the weekly time (and weekday) of the series from this lesson on</source>
        <translation>从此课时起更改系列课的每周时间（及星期）</translation>
    </message>
    <message>
        <source>&amp;Move Lesson</source>
        <translation>移动课时(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel the &amp;Rest of the Series…</source>
        <translation>取消系列课的剩余课时(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove this and every later scheduled lesson of the series</source>
        <translation>删除此课时及系列课中之后所有已排课的课时</translation>
    </message>
    <message>
        <source>Pick a new time; clashes are checked before anything changes.</source>
        <translation>选择新时间；在做任何更改前会先检查冲突。</translation>
    </message>
    <message>
        <source>This lesson was recorded as “%1”, so its time can no longer change.</source>
        <translation>此课时已记录为“%1”，时间不能再更改。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message numerus="yes">
        <source>Moved this and %n following lesson(s).</source>
        <translation>
            <numerusform>已移动此课时及之后的 %n 节课。</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved the lesson to %1.</source>
        <translation>已将课时移到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n scheduled lesson(s) of the series.</source>
        <translation>
            <numerusform>已删除系列课中 %n 节已排课的课时。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::MainWindow</name>
    <message>
        <source>%1 — MentorDesk</source>
        <translation>%1 — MentorDesk</translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Studio…</source>
        <translation>新建工作室(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Studio…</source>
        <translation>打开工作室(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Studio</source>
        <translation>打开演示工作室(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back Up Studio…</source>
        <translation>备份工作室(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Close Studio</source>
        <translation>关闭工作室(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation>关于 MentorDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search learners, payers, courses… (Ctrl+K)</source>
        <translation>搜索学员、付款人、课程…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Cannot open studio</source>
        <translation>无法打开工作室</translation>
    </message>
    <message>
        <source>Nothing to show for that item yet.</source>
        <translation>该条目暂无可显示的内容。</translation>
    </message>
    <message>
        <source>Open Studio</source>
        <translation>打开工作室</translation>
    </message>
    <message>
        <source>MentorDesk studios (*.mentordesk);;All files (*)</source>
        <translation>MentorDesk 工作室 (*.mentordesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back Up Studio</source>
        <translation>备份工作室</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation>关于 MentorDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;A local-first studio manager for independent mentors and small tutoring studios: learners, lessons, billing, progress and recommendations, on your own computer.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;面向独立导师和小型辅导工作室的本地优先管理工具：学员、课时、计费、学习进度和推荐，全部保存在您自己的电脑上。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 SQLite 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mentordesk::NewLessonDialog</name>
    <message>
        <source>New Lesson</source>
        <translation>新建课时</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>导师(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Learners:</source>
        <translation>学员(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>for</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>地点(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Preparation:</source>
        <translation>准备事项(&amp;P)：</translation>
    </message>
    <message>
        <source>Who teaches the lesson</source>
        <translation>由谁授课</translation>
    </message>
    <message>
        <source>Day of the lesson (studio time zone)</source>
        <translation>上课日期（工作室时区）</translation>
    </message>
    <message>
        <source>Local start time in the studio time zone</source>
        <translation>工作室时区的本地开始时间</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Planned length in minutes</source>
        <translation>计划时长（分钟）</translation>
    </message>
    <message>
        <source>Room, address or video link (optional)</source>
        <translation>教室、地址或视频链接（可选）</translation>
    </message>
    <message>
        <source>What to prepare (optional)</source>
        <translation>需要准备的内容（可选）</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>排课(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>choose a mentor.</source>
        <translation>请选择导师。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>occurrence date: clash</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1
Tick “Save anyway” to schedule it despite the clashes.</source>
        <translation>%1
勾选“仍然保存”即可忽略冲突排课。</translation>
    </message>
</context>
<context>
    <name>mentordesk::NewStudioDialog</name>
    <message>
        <source>New Studio</source>
        <translation>新建工作室</translation>
    </message>
    <message>
        <source>e.g. Harbour Lights Music Studio</source>
        <translation>例如：港湾之光音乐工作室</translation>
    </message>
    <message>
        <source>The name printed on invoices and shown in the title bar.</source>
        <translation>打印在发票上并显示在标题栏中的名称。</translation>
    </message>
    <message>
        <source>Studio &amp;name:</source>
        <translation>工作室名称(&amp;N)：</translation>
    </message>
    <message>
        <source>ISO 4217 code of the currency you bill in. It cannot be changed once invoices exist.</source>
        <translation>计费所用货币的 ISO 4217 代码。开具发票后将无法更改。</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Lesson times are shown in this time zone.</source>
        <translation>课时时间按此时区显示。</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Language of the interface; each payer can still get invoices in their own language.</source>
        <translation>界面语言；每位付款人仍可收到其自己语言的发票。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The studio is one file. Keep it on a local disk, not on a network share or a sync folder.</source>
        <translation>工作室保存为单个文件。请将其放在本地磁盘上，不要放在网络共享或同步文件夹中。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Create Studio</source>
        <translation>创建工作室</translation>
    </message>
    <message>
        <source>Studio File</source>
        <translation>工作室文件</translation>
    </message>
    <message>
        <source>MentorDesk studios (*.mentordesk)</source>
        <translation>MentorDesk 工作室 (*.mentordesk)</translation>
    </message>
    <message>
        <source>Choose where to keep the studio file.</source>
        <translation>选择工作室文件的保存位置。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another file name, or open it with File ▸ Open Studio.</source>
        <translation>“%1”已存在。请选择其他文件名，或通过“文件 ▸ 打开工作室”打开它。</translation>
    </message>
</context>
<context>
    <name>mentordesk::WelcomeWidget</name>
    <message>
        <source>Welcome to MentorDesk</source>
        <translation>欢迎使用 MentorDesk</translation>
    </message>
    <message>
        <source>Keep your learners, lessons, invoices and their progress in one place, on this computer. Start a studio of your own, or look around the demo studio first.</source>
        <translation>在这台电脑上集中管理学员、课时、发票及学习进度。您可以创建自己的工作室，也可以先看看演示工作室。</translation>
    </message>
    <message>
        <source>Create a new studio…</source>
        <translation>创建新工作室…</translation>
    </message>
    <message>
        <source>Open an existing studio…</source>
        <translation>打开现有工作室…</translation>
    </message>
    <message>
        <source>Open the demo studio</source>
        <translation>打开演示工作室</translation>
    </message>
    <message>
        <source>Recent studios (double-click to open):</source>
        <translation>最近的工作室（双击打开）：</translation>
    </message>
</context>
</TS>
