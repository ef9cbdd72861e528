<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>A %1 account may not do “%2” on another mentor&apos;s records.</source>
        <translation>%1 账户无权对其他导师的记录执行“%2”。</translation>
    </message>
    <message>
        <source>A %1 account may not do “%2”.</source>
        <translation>%1 账户无权执行“%2”。</translation>
    </message>
    <message>
        <source>This studio asks for a login: log in before “%1”.</source>
        <translation>此工作室要求登录：请先登录，再执行“%1”。</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>This studio already has accounts; the owner adds further ones.</source>
        <translation>此工作室已有账户；其他账户由所有者添加。</translation>
    </message>
    <message>
        <source>A username has 2 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>用户名须为 2 到 64 个字符，可使用字母、数字、点、短横线、下划线或 @。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The username “%1” is taken.</source>
        <translation>用户名“%1”已被占用。</translation>
    </message>
    <message>
        <source>A mentor account must name its mentor.</source>
        <translation>导师账户必须指定其对应的导师。</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>That mentor already has an account.</source>
        <translation>该导师已有账户。</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed logins: try again in %n second(s).</source>
        <translation>
            <numerusform>登录失败次数过多：请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>不存在 ID 为 %1 的账户。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The studio&apos;s last owner cannot be given another role.</source>
        <translation>不能将工作室的最后一位所有者改为其他角色。</translation>
    </message>
    <message>
        <source>Only an account linked to a mentor can be a mentor.</source>
        <translation>只有关联了导师的账户才能设为导师角色。</translation>
    </message>
    <message>
        <source>Create the owner&apos;s account before turning the login on.</source>
        <translation>请先创建所有者账户，再启用登录。</translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%n lesson(s) in a row cancelled or missed by the learner (threshold %1).</source>
        <translation>
            <numerusform>学员已连续 %n 节课取消或缺席（阈值 %1 节）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mastery of “%1” fell from %2 % to %3 % (threshold %4 points).</source>
        <translation>“%1”的掌握程度从 %2% 降至 %3%（阈值 %4 个百分点）。</translation>
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
    <name>AuditChain</name>
    <message>
        <source>Entry %1 follows entry %2: entries are missing.</source>
        <translation>条目 %1 紧接在条目 %2 之后：有条目缺失。</translation>
    </message>
    <message>
        <source>Entry %1 does not continue the chain: the entry before it was changed or removed.</source>
        <translation>条目 %1 未能延续链：其前一条目已被修改或删除。</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>条目 %1 在写入后被修改过。</translation>
    </message>
</context>
<context>
    <name>AutomaticBackup</name>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>请为自动备份选择一个文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
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
    <name>BackupInspector</name>
    <message>
        <source>There is no backup at “%1”.</source>
        <translation>“%1”处没有备份。</translation>
    </message>
    <message>
        <source>“%1” is a studio in use, not a backup. Make a backup of it first and restore that.</source>
        <translation>“%1”是正在使用的工作室，不是备份。请先为它创建备份，再恢复该备份。</translation>
    </message>
    <message>
        <source>This backup is encrypted; enter its passphrase.</source>
        <translation>此备份已加密，请输入其密码短语。</translation>
    </message>
    <message>
        <source>There is no room for a temporary copy of the backup.</source>
        <translation>没有足够空间存放备份的临时副本。</translation>
    </message>
    <message>
        <source>Cannot open the backup “%1”: %2</source>
        <translation>无法打开备份“%1”：%2</translation>
    </message>
    <message>
        <source>The backup holds no MentorDesk studio.</source>
        <translation>该备份中没有 MentorDesk 工作室。</translation>
    </message>
    <message>
        <source>The backup was written by a newer MentorDesk (schema %1; this version knows up to %2). Please update MentorDesk first.</source>
        <translation>该备份由较新版本的 MentorDesk 写入（架构 %1；此版本最高支持 %2）。请先更新 MentorDesk。</translation>
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
    <name>BillingCharts</name>
    <message>
        <source>Revenue per month</source>
        <translation>每月收入</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>%1: %2 invoiced</source>
        <translation>%1：已开票 %2</translation>
    </message>
    <message>
        <source>%1: %2 received</source>
        <translation>%1：已收款 %2</translation>
    </message>
    <message>
        <source>Revenue per month — nothing invoiced or received in this range</source>
        <translation>每月收入 — 此期间没有开票或收款</translation>
    </message>
    <message>
        <source>Accounts receivable aging</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>超过 90 天</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>未结余额</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 from %n payer(s)</source>
        <translation>
            <numerusform>%1：%2，来自 %n 位付款人</numerusform>
        </translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Accounts receivable aging — nothing is open</source>
        <translation>应收账款账龄 — 没有未结款项</translation>
    </message>
</context>
<context>
    <name>BillingCommandSupport</name>
    <message>
        <source>“%1” is not a percentage; write for example 19 or 7.5.</source>
        <translation>“%1”不是百分比；请填写例如 19 或 7.5。</translation>
    </message>
    <message>
        <source>A percentage cannot be more than 100 (got %1).</source>
        <translation>百分比不能超过 100（输入为 %1）。</translation>
    </message>
</context>
<context>
    <name>BillingCommands</name>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: %n draft invoice(s), %2 %3 in total; nothing was stored.</source>
        <translation>
            <numerusform>%1 的预览：%n 张发票草稿，共计 %2 %3；未保存任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billed %1: %n draft invoice(s), %2 %3 in total.</source>
        <translation>
            <numerusform>已为 %1 计费：%n 张发票草稿，共计 %2 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>--make-up-credits is on or off, not “%1”.</source>
        <translation>--make-up-credits 的值应为 on 或 off，而不是“%1”。</translation>
    </message>
    <message>
        <source>Added tax rate %1 (%2).</source>
        <translation>已添加税率 %1（%2）。</translation>
    </message>
    <message>
        <source>Bill a month: one draft invoice per payer (re-running refreshes the drafts)</source>
        <translation>按月计费：每位付款人一张发票草稿（重新运行会刷新草稿）</translation>
    </message>
    <message>
        <source>the month to bill</source>
        <translation>要计费的月份</translation>
    </message>
    <message>
        <source>preview only; store nothing</source>
        <translation>仅预览；不保存任何内容</translation>
    </message>
    <message>
        <source>also print every line (text output)</source>
        <translation>同时打印每一明细行（文本输出）</translation>
    </message>
    <message>
        <source>Show or change tax mode, attendance rules and invoice numbering</source>
        <translation>显示或更改计税方式、出勤规则和发票编号</translation>
    </message>
    <message>
        <source>prices exclude or include tax</source>
        <translation>价格不含税或含税</translation>
    </message>
    <message>
        <source>a cancellation later than N hours before the start is late</source>
        <translation>在开始前不足 N 小时取消即视为迟取消</translation>
    </message>
    <message>
        <source>share billed for a late cancellation</source>
        <translation>迟取消的计费比例</translation>
    </message>
    <message>
        <source>share billed for a no-show</source>
        <translation>缺席的计费比例</translation>
    </message>
    <message>
        <source>a billed late cancellation earns a make-up lesson</source>
        <translation>已计费的迟取消可获得一次补课</translation>
    </message>
    <message>
        <source>number invoices in the series with this prefix</source>
        <translation>用此前缀为该系列的发票编号</translation>
    </message>
    <message>
        <source>number credit notes in the series with this prefix</source>
        <translation>用此前缀为该系列的贷项通知单编号</translation>
    </message>
    <message>
        <source>printed under the totals (bank details…)</source>
        <translation>打印在合计下方（银行信息…）</translation>
    </message>
    <message>
        <source>Add a tax rate</source>
        <translation>添加税率</translation>
    </message>
    <message>
        <source>name, e.g. &quot;GST 9 %&quot;</source>
        <translation>名称，例如 &quot;GST 9 %&quot;</translation>
    </message>
    <message>
        <source>the rate, e.g. 9 or 7.5</source>
        <translation>税率，例如 9 或 7.5</translation>
    </message>
    <message>
        <source>List the tax rates</source>
        <translation>列出税率</translation>
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
    <name>BillingRun</name>
    <message>
        <source>The billing period must be a month written YYYY-MM, such as 2026-03 (got “%1”).</source>
        <translation>计费期间必须是 YYYY-MM 格式的月份，例如 2026-03（输入为“%1”）。</translation>
    </message>
    <message>
        <source>Set up the studio before billing.</source>
        <translation>计费前请先设置工作室。</translation>
    </message>
    <message>
        <source>%1 — %2 could not be billed: %3</source>
        <translation>%1 — %2 无法计费：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no payer; %n line(s) of %2 were not billed.</source>
        <translation>
            <numerusform>%1 没有付款人；%2 中有 %n 行未计费。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillingSettingsService</name>
    <message>
        <source>The prefix “%1” is already used by another series.</source>
        <translation>前缀“%1”已被另一个系列使用。</translation>
    </message>
    <message>
        <source>A number prefix has at most 20 characters and no spaces (for example INV- or 2026-).</source>
        <translation>编号前缀最多 20 个字符，且不能包含空格（例如 INV- 或 2026-）。</translation>
    </message>
    <message>
        <source>Payment terms note</source>
        <translation>付款条款说明</translation>
    </message>
    <message>
        <source>There is already a tax rate named “%1”.</source>
        <translation>已存在名为“%1”的税率。</translation>
    </message>
    <message>
        <source>There is no invoice series with id %1.</source>
        <translation>不存在 ID 为 %1 的发票系列。</translation>
    </message>
</context>
<context>
    <name>BlendWeights</name>
    <message>
        <source>Blend weights must be finite numbers of at least 0.</source>
        <translation>混合权重必须是不小于 0 的有限数。</translation>
    </message>
    <message>
        <source>At least one blend weight must be above 0.</source>
        <translation>至少有一个混合权重必须大于 0。</translation>
    </message>
    <message>
        <source>Give weights as name=value pairs, e.g. content=0.5,cf=0.3.</source>
        <translation>请以 name=value 对的形式给出权重，例如 content=0.5,cf=0.3。</translation>
    </message>
    <message>
        <source>“%1” is not a name=value pair with a number.</source>
        <translation>“%1”不是带数值的 name=value 对。</translation>
    </message>
    <message>
        <source>Unknown weight “%1”; use content, quality, cf or popularity.</source>
        <translation>未知权重“%1”；请使用 content、quality、cf 或 popularity。</translation>
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
    <name>CalendarPainter</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CalendarSummary</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <comment>a block standing for lessons at the same time</comment>
        <translation>
            <numerusform>%n 个课时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>lesson status: number of lessons</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) at the same time</source>
        <translation>
            <numerusform>同一时段 %n 个课时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <comment>time, learners, mentor, status</comment>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many lessons to show side by side: double-click to show only this mentor.</source>
        <translation>课时过多，无法并排显示：双击只显示这位导师。</translation>
    </message>
    <message>
        <source>Too many lessons to show side by side: double-click to open this day.</source>
        <translation>课时过多，无法并排显示：双击打开这一天。</translation>
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
    <name>ChartTab</name>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>无法写入图片 %1。</translation>
    </message>
</context>
<context>
    <name>CliLogin</name>
    <message>
        <source>This studio asks for a login: pass --user NAME (the password comes from $MENTORDESK_PASSWORD or the first line of stdin).</source>
        <translation>此工作室需要登录：请传入 --user NAME（密码取自 $MENTORDESK_PASSWORD 或标准输入的第一行）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
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
    <message>
        <source>Global options:
  --db FILE   studio database (default: $MENTORDESK_DB, then ~/.local/share/mentordesk/studio.mentordesk)
  --json      machine-readable output (errors too) on stdout
  --user NAME log in as NAME when the studio asks for a login (password from
              $MENTORDESK_PASSWORD or the first line of stdin)
  --help      help for any command, e.g. mentordesk-cli learner add --help
Exit codes: 0 success, 1 invalid input or refused, 2 usage error, 3 storage/IO failure.</source>
        <translation>全局选项：
  --db FILE   工作室数据库（默认：$MENTORDESK_DB，其次为 ~/.local/share/mentordesk/studio.mentordesk）
  --json      在 stdout 上输出机器可读的结果（包括错误）
  --user NAME 当工作室要求登录时以 NAME 身份登录（密码取自
              $MENTORDESK_PASSWORD 或 stdin 的第一行）
  --help      任意命令的帮助，例如 mentordesk-cli learner add --help
退出码：0 成功，1 输入无效或被拒绝，2 用法错误，3 存储/IO 故障。</translation>
    </message>
    <message>
        <source>usage error: --user needs an account name</source>
        <translation>用法错误：--user 需要一个账户名</translation>
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
    <name>ContentFit</name>
    <message>
        <source>Content fit weights must not be negative and must not all be zero.</source>
        <translation>内容匹配权重不能为负数，且不能全部为零。</translation>
    </message>
    <message>
        <source>The prerequisite decay must be above 0 and at most 1.</source>
        <translation>先修衰减必须大于 0 且不超过 1。</translation>
    </message>
    <message>
        <source>The level curve needs a finite stretch and widths above 0.</source>
        <translation>水平曲线需要有限的拉伸值，且宽度必须大于 0。</translation>
    </message>
    <message>
        <source>The time horizon must be between 1 and 520 weeks.</source>
        <translation>时间范围必须在 1 到 520 周之间。</translation>
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
    <name>CourseRecommender</name>
    <message>
        <source>Name between 0 and 10 reasons and caveats, with a threshold of at least 0.</source>
        <translation>理由和注意事项的数量须在 0 到 10 之间，阈值不得小于 0。</translation>
    </message>
    <message>
        <source>The course %1 is not among the courses that can be suggested.</source>
        <translation>课程 %1 不在可推荐的课程之列。</translation>
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
    <name>CreditNoteService</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 is itself a credit note.</source>
        <translation>%1 本身就是贷项通知单。</translation>
    </message>
    <message>
        <source>A draft is not credited; run billing again or delete it.</source>
        <translation>草稿不能贷记；请重新运行计费或将其删除。</translation>
    </message>
    <message>
        <source>Invoice %1 is already fully credited.</source>
        <translation>发票 %1 已全额冲销。</translation>
    </message>
    <message>
        <source>Invoice %1 has no line %2.</source>
        <translation>发票 %1 没有第 %2 行。</translation>
    </message>
    <message>
        <source>Line %1 has %2 left to credit; choose an amount up to that.</source>
        <translation>第 %1 行还剩 %2 可贷记；请选择不超过该数额的金额。</translation>
    </message>
    <message>
        <source>This credit note would credit more than invoice %1 is worth; credit the whole invoice instead.</source>
        <translation>此贷项通知单的贷记金额将超过发票 %1 的总额；请改为贷记整张发票。</translation>
    </message>
    <message>
        <source>The credit-note series is missing.</source>
        <translation>贷项通知单系列缺失。</translation>
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
        <translation>课时：即使与其他课时冲突也导入</translation>
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
    <message>
        <source>login: %1 / %2 (%3)</source>
        <translation>登录：%1 / %2（%3）</translation>
    </message>
    <message>
        <source>turn the login on with documented accounts: owner, mentor1, mentor2, desk (see docs/security.md)</source>
        <translation>启用登录并使用文档中的账户：owner、mentor1、mentor2、desk（参见 docs/security.md）</translation>
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
    <message>
        <source>Billed months must be between 0 and 24.</source>
        <translation>计费月数必须在 0 到 24 之间。</translation>
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
    <message>
        <source>Print the time to the first painted window and quit (start-up benchmark).</source>
        <translation>输出首个窗口完成绘制所用的时间后退出（启动基准测试）。</translation>
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
    <name>EnrollmentBiller</name>
    <message>
        <source>Make-up credits of %1 do not add up (%2 + %3 ≠ %4); please check its late cancellations and make-up lessons.</source>
        <translation>%1 的补课额度不平（%2 + %3 ≠ %4）；请检查其迟取消和补课记录。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lesson(s) wait for a new prepaid package.</source>
        <translation>
            <numerusform>%1：%n 个课时正在等待新的预付课时包。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the prepaid package is running low (%2 min left).</source>
        <translation>%1：预付课时包即将用完（剩余 %2 分钟）。</translation>
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
    <name>EnrollmentPlanLookup</name>
    <message>
        <source>The enrollment has no billing plan.</source>
        <translation>该报名没有计费方案。</translation>
    </message>
    <message>
        <source>Only for a prepaid package plan; this enrollment is billed “%1”.</source>
        <translation>仅适用于预付课时包计费方案；此报名的计费方式为“%1”。</translation>
    </message>
    <message>
        <source>Only for a fixed-price project plan; this enrollment is billed “%1”.</source>
        <translation>仅适用于固定价格项目计费方案；此报名的计费方式为“%1”。</translation>
    </message>
    <message>
        <source>Only for a per-module plan; this enrollment is billed “%1”.</source>
        <translation>仅适用于按单元计费方案；此报名的计费方式为“%1”。</translation>
    </message>
    <message>
        <source>Not available for this enrollment&apos;s plan “%1”.</source>
        <translation>不适用于此报名的计费方案“%1”。</translation>
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
    <name>EntityNames</name>
    <message>
        <source>Payers (families)</source>
        <translation>付款人（家庭）</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
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
    <message>
        <source>--blind must be “on” or “off”.</source>
        <translation>--blind 必须为“on”或“off”。</translation>
    </message>
    <message>
        <source>only what this mentor may see (blind mode hides ratings until they assess)</source>
        <translation>仅显示该导师可见的内容（盲评模式下，导师完成评估前评分会被隐藏）</translation>
    </message>
    <message>
        <source>Show or change the feedback settings (blind rating mode)</source>
        <translation>显示或更改反馈设置（盲评模式）</translation>
    </message>
    <message>
        <source>blind mode: a mentor sees a rating only after assessing the learner</source>
        <translation>盲评模式：导师只有在评估学员后才能看到评分</translation>
    </message>
</context>
<context>
    <name>FeedbackLookup</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
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
        <translation>评分日期不能是将来的日期。</translation>
    </message>
</context>
<context>
    <name>FieldErrorDisplay</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <name>GlobalSearch</name>
    <message>
        <source>The number of results per kind must be between 1 and %1, not %2.</source>
        <translation>每类结果数必须在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>The search text is too long (%1 characters; at most %2).</source>
        <translation>搜索文本过长（%1 个字符；最多 %2 个）。</translation>
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
    <message>
        <source>The column mapping has %1 entries but the file&apos;s header has %2 columns.</source>
        <translation>列映射有 %1 项，但文件表头有 %2 列。</translation>
    </message>
    <message>
        <source>The column “%1” is mapped to “%2”, which is not a field here; choose one of: %3.</source>
        <translation>列“%1”被映射到“%2”，但此处没有该字段；请从以下字段中选择：%3。</translation>
    </message>
    <message>
        <source>The required field %1 is not mapped to any column of the file.</source>
        <translation>必填字段 %1 未映射到文件中的任何列。</translation>
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
    <name>InvoiceActions</name>
    <message>
        <source>PDF output needs the graphical application.</source>
        <translation>PDF 输出需要图形界面应用程序。</translation>
    </message>
</context>
<context>
    <name>InvoiceCommands</name>
    <message>
        <source>invoice id or number (INV-0042)</source>
        <translation>发票 ID 或编号（INV-0042）</translation>
    </message>
    <message>
        <source>“%1” is not an invoice status (draft, issued, partly_paid, paid, overdue, credited).</source>
        <translation>“%1”不是发票状态（draft、issued、partly_paid、paid、overdue、credited）。</translation>
    </message>
    <message>
        <source>--kind is invoice or credit_note.</source>
        <translation>--kind 的值为 invoice 或 credit_note。</translation>
    </message>
    <message>
        <source>draft, issued, partly_paid, paid, overdue or credited</source>
        <translation>draft、issued、partly_paid、paid、overdue 或 credited</translation>
    </message>
    <message>
        <source>only invoices or credit notes</source>
        <translation>仅发票或仅贷项通知单</translation>
    </message>
    <message>
        <source>one payer&apos;s</source>
        <translation>仅限某位付款人的</translation>
    </message>
    <message>
        <source>made by the billing run of this month</source>
        <translation>由该月计费运行生成的</translation>
    </message>
    <message>
        <source>issued on or after</source>
        <translation>开具日期不早于</translation>
    </message>
    <message>
        <source>issued on or before</source>
        <translation>开具日期不晚于</translation>
    </message>
    <message>
        <source>give --id ID or --period YYYY-MM</source>
        <translation>请指定 --id ID 或 --period YYYY-MM</translation>
    </message>
    <message>
        <source>Issued %1 to %2: %3 %4, due %5.</source>
        <translation>已向 %2 开具 %1：%3 %4，到期日 %5。</translation>
    </message>
    <message>
        <source>Issued credit note %1 for %2 %3 (corrects %4).</source>
        <translation>已开具贷项通知单 %1，金额 %2 %3（更正 %4）。</translation>
    </message>
    <message>
        <source>Recorded %1 %2 for %3; balance %4 (%5).</source>
        <translation>已为 %3 记录 %1 %2；余额 %4（%5）。</translation>
    </message>
    <message>
        <source>%1 %2 was more than the balance and is kept as the payer&apos;s credit.</source>
        <translation>%1 %2 超出了余额，已计入付款人预存款。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 张发票导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>rows per page (default 100)</source>
        <translation>每页行数（默认 100）</translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation>要跳过的行数</translation>
    </message>
    <message>
        <source>List invoices and credit notes</source>
        <translation>列出发票和贷项通知单</translation>
    </message>
    <message>
        <source>Show an invoice with its lines, taxes and payments</source>
        <translation>显示发票及其明细行、税费和付款</translation>
    </message>
    <message>
        <source>Issue a draft (or all drafts of a month): it gets the next number and can no longer change</source>
        <translation>开具草稿（或某月的全部草稿）：草稿将获得下一个编号，此后不能再修改</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>该草稿</translation>
    </message>
    <message>
        <source>every draft of this billing run</source>
        <translation>本次计费运行的所有草稿</translation>
    </message>
    <message>
        <source>issue date (default today)</source>
        <translation>开具日期（默认今天）</translation>
    </message>
    <message>
        <source>Issue a credit note: the whole invoice (void) or some lines</source>
        <translation>开具贷项通知单：贷记整张发票（作废）或部分明细行</translation>
    </message>
    <message>
        <source>credit this line, or part of it (repeatable); none = the whole invoice</source>
        <translation>贷记此行或其中一部分（可重复）；不指定 = 整张发票</translation>
    </message>
    <message>
        <source>why (printed on the credit note)</source>
        <translation>原因（打印在贷项通知单上）</translation>
    </message>
    <message>
        <source>credit note date (default today)</source>
        <translation>贷项通知单日期（默认今天）</translation>
    </message>
    <message>
        <source>Record a payment (beyond the balance it becomes payer credit)</source>
        <translation>记录付款（超出余额的部分计入付款人预存款）</translation>
    </message>
    <message>
        <source>amount received</source>
        <translation>收到的金额</translation>
    </message>
    <message>
        <source>payment date (default today)</source>
        <translation>付款日期（默认今天）</translation>
    </message>
    <message>
        <source>bank_transfer (default), cash, card, cheque, online, other</source>
        <translation>bank_transfer（默认）、cash、card、cheque、online、other</translation>
    </message>
    <message>
        <source>bank reference, receipt number…</source>
        <translation>银行参考号、收据编号…</translation>
    </message>
    <message>
        <source>Write an invoice as PDF (English or Chinese, as the invoice&apos;s language)</source>
        <translation>将发票输出为 PDF（英文或中文，取决于发票的语言）</translation>
    </message>
    <message>
        <source>PDF file (default NUMBER.pdf)</source>
        <translation>PDF 文件（默认 NUMBER.pdf）</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>写入 FILE 而非标准输出</translation>
    </message>
    <message>
        <source>one row per line instead of per invoice</source>
        <translation>每个明细行一行，而非每张发票一行</translation>
    </message>
    <message>
        <source>start with a UTF-8 byte-order mark (for Excel)</source>
        <translation>以 UTF-8 字节顺序标记（BOM）开头（用于 Excel）</translation>
    </message>
    <message>
        <source>Export invoices as CSV</source>
        <translation>将发票导出为 CSV</translation>
    </message>
    <message>
        <source>List overdue invoices, with reminders ready to send</source>
        <translation>列出逾期发票，并附上可发送的催款提醒</translation>
    </message>
    <message>
        <source>the day (default today)</source>
        <translation>日期（默认今天）</translation>
    </message>
    <message>
        <source>print the reminder e-mails (text output)</source>
        <translation>打印催款提醒邮件（文本输出）</translation>
    </message>
</context>
<context>
    <name>InvoiceCsvExporter</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>InvoicePdfRenderer</name>
    <message>
        <source>Printing needs the graphics system; run it from mentordesk-cli or the app.</source>
        <translation>打印需要图形系统；请通过 mentordesk-cli 或应用程序运行。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>无法完成 PDF 的生成。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>There is no invoice with id or number %1.</source>
        <translation>不存在 ID 或编号为 %1 的发票。</translation>
    </message>
    <message>
        <source>Invoice %1 is already issued; issued invoices cannot change.</source>
        <translation>发票 %1 已开具；已开具的发票不能修改。</translation>
    </message>
    <message>
        <source>The draft for %1 has no lines; there is nothing to issue.</source>
        <translation>%1 的草稿没有明细行；没有可开具的内容。</translation>
    </message>
    <message>
        <source>The draft for %1 totals less than zero; correct it with a credit note instead.</source>
        <translation>%1 的草稿合计小于零；请改用贷项通知单进行更正。</translation>
    </message>
    <message>
        <source>The invoice series, the payer or the studio of this draft is missing.</source>
        <translation>此草稿的发票系列、付款人或工作室缺失。</translation>
    </message>
    <message>
        <source>There are no drafts for %1; run billing for it first.</source>
        <translation>%1 没有草稿；请先为其运行计费。</translation>
    </message>
</context>
<context>
    <name>JournalExporter</name>
    <message>
        <source>The studio has no settings yet.</source>
        <translation>工作室尚无设置。</translation>
    </message>
    <message>
        <source>Payment %1 (%2)</source>
        <translation>付款 %1（%2）</translation>
    </message>
    <message>
        <source>Payer credit %1</source>
        <translation>付款人预存款 %1</translation>
    </message>
    <message>
        <source>The journal could not be written: %1</source>
        <translation>无法写入日记账：%1</translation>
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
    <name>MatcherRows</name>
    <message>
        <source>The learner already knows every goal topic: nothing to plan.</source>
        <translation>该学员已掌握所有目标主题：无需规划。</translation>
    </message>
    <message>
        <source>No course within the time budget teaches the goal topics (%1 available).</source>
        <translation>时间预算内没有涵盖目标主题的课程（可用 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s), %1 of a %2 budget; reaches %3 of %4 goals; done by %5</source>
        <translation>
            <numerusform>%n 门课程，用时 %1（预算 %2）；达成 %4 个目标中的 %3 个；%5 前完成</numerusform>
        </translation>
    </message>
    <message>
        <source>No rating model yet: suggestions use content, quality and popularity.</source>
        <translation>尚无评分模型：推荐基于内容、质量和热度。</translation>
    </message>
    <message numerus="yes">
        <source>Rating model trained %1 on %n rating(s); ratings changed since, retraining in the background.</source>
        <translation>
            <numerusform>评分模型于 %1 基于 %n 条评分训练；此后评分有变化，正在后台重新训练。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rating model trained %1 on %n rating(s).</source>
        <translation>
            <numerusform>评分模型于 %1 基于 %n 条评分训练。</numerusform>
        </translation>
    </message>
    <message>
        <source>but %1</source>
        <translation>但 %1</translation>
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
    <name>MentorMatcher</name>
    <message>
        <source>Mentor match weights must not be negative and must not all be zero.</source>
        <translation>导师匹配权重不能为负数，且不能全部为零。</translation>
    </message>
    <message>
        <source>The mentor horizon must be between 1 and 52 weeks.</source>
        <translation>导师时间范围必须在 1 到 52 周之间。</translation>
    </message>
    <message>
        <source>The prerequisite decay must be above 0 and at most 1.</source>
        <translation>先修衰减必须大于 0 且不超过 1。</translation>
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
    <name>ModelEnvelope</name>
    <message>
        <source>The stored recommender model is not readable.</source>
        <translation>无法读取已存储的推荐模型。</translation>
    </message>
    <message>
        <source>The stored recommender model has format %1; this version reads format %2.</source>
        <translation>已存储的推荐模型为格式 %1；此版本只能读取格式 %2。</translation>
    </message>
    <message>
        <source>The stored recommender model is not valid base64.</source>
        <translation>已存储的推荐模型不是有效的 base64。</translation>
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
    <name>PasswordHasher</name>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>无法初始化加密库。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法对密码进行哈希处理。</translation>
    </message>
</context>
<context>
    <name>PathCommands</name>
    <message>
        <source>Learning path for %1</source>
        <translation>%1 的学习路径</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 goals reached; %3 of the %4 budget (%5 a week for %n week(s)); %6</source>
        <translation>
            <numerusform>已达成 %1/%2 个目标；已用预算 %3/%4（每周 %5，共 %n 周）；%6</numerusform>
        </translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>最优</translation>
    </message>
    <message>
        <source>greedy (too many topics for the exact search)</source>
        <translation>贪心（主题过多，无法精确搜索）</translation>
    </message>
    <message>
        <source>%1: already known or in progress</source>
        <translation>%1：已掌握或正在学习</translation>
    </message>
    <message>
        <source>%1: reached</source>
        <translation>%1：已达成</translation>
    </message>
    <message>
        <source>%1: out of reach, no course fitting the budget teaches %2</source>
        <translation>%1：无法达成，预算内没有课程讲授 %2</translation>
    </message>
    <message>
        <source>%1: not reached (%2 of %3 topics)</source>
        <translation>%1：未达成（%2/%3 个主题）</translation>
    </message>
    <message>
        <source>give either --learner or --goals (with --weekly-hours)</source>
        <translation>请提供 --learner 或 --goals（配合 --weekly-hours）其中之一</translation>
    </message>
    <message>
        <source>--goals needs --weekly-hours</source>
        <translation>--goals 需要配合 --weekly-hours</translation>
    </message>
    <message>
        <source>Plan the courses that reach a learner&apos;s goals within weekly hours × weeks</source>
        <translation>规划可在“每周小时数 × 周数”内达成学员目标的课程</translation>
    </message>
    <message>
        <source>the learner (goals, level, known topics)</source>
        <translation>学员（目标、水平、已掌握主题）</translation>
    </message>
    <message>
        <source>goal topics (ids or names) of an enquiry</source>
        <translation>咨询的目标主题（ID 或名称）</translation>
    </message>
    <message>
        <source>the enquiry&apos;s level, 1–5 (default 1)</source>
        <translation>咨询者的水平，1–5（默认 1）</translation>
    </message>
    <message>
        <source>weeks of study, 1–520</source>
        <translation>学习周数，1–520</translation>
    </message>
    <message>
        <source>hours a week (default: the learner&apos;s weekly time)</source>
        <translation>每周小时数（默认：学员的每周时间）</translation>
    </message>
    <message>
        <source>first day (default today)</source>
        <translation>开始日期（默认今天）</translation>
    </message>
</context>
<context>
    <name>PathPlanner</name>
    <message>
        <source>Give at least one goal topic.</source>
        <translation>请至少给出一个目标主题。</translation>
    </message>
    <message>
        <source>Every goal needs a topic and a value above 0.</source>
        <translation>每个目标都需要一个主题和大于 0 的值。</translation>
    </message>
    <message>
        <source>Weekly time must be between 1 minute and 168 hours.</source>
        <translation>每周时间必须在 1 分钟到 168 小时之间。</translation>
    </message>
    <message>
        <source>Weeks must be between 1 and 520.</source>
        <translation>周数必须在 1 到 520 之间。</translation>
    </message>
    <message>
        <source>Efficiency must be between 50 and 2000 per mille.</source>
        <translation>效率必须在 50‰ 到 2000‰ 之间。</translation>
    </message>
    <message>
        <source>The plan needs a valid start date.</source>
        <translation>计划需要有效的开始日期。</translation>
    </message>
    <message>
        <source>The exact search limit must be between 1 and 22 topics.</source>
        <translation>精确搜索上限必须在 1 到 22 个主题之间。</translation>
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
    <name>PayerDiscountService</name>
    <message>
        <source>Choose the payer the discount is for.</source>
        <translation>请选择此折扣适用的付款人。</translation>
    </message>
    <message>
        <source>There is no payer discount with id %1.</source>
        <translation>不存在 ID 为 %1 的付款人折扣。</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>付款人</translation>
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
    <name>PaymentService</name>
    <message>
        <source>A payment must be an amount greater than zero.</source>
        <translation>付款金额必须大于零。</translation>
    </message>
    <message>
        <source>“%1” is not a payment method; use one of %2.</source>
        <translation>“%1”不是付款方式；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>%1 is a credit note; payments are recorded against invoices.</source>
        <translation>%1 是贷项通知单；付款应记录在发票上。</translation>
    </message>
    <message>
        <source>Issue the draft before recording a payment for it.</source>
        <translation>请先开具该草稿，再为其记录付款。</translation>
    </message>
    <message>
        <source>Invoice %1 is fully credited (void); it cannot be paid.</source>
        <translation>发票 %1 已全额冲销（作废）；无法付款。</translation>
    </message>
</context>
<context>
    <name>PersonalDataHtml</name>
    <message>
        <source>Personal data of %1</source>
        <translation>%1 的个人数据</translation>
    </message>
    <message>
        <source>Exported %1. Record id %2.</source>
        <translation>导出于 %1。记录 ID %2。</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>无记录。</translation>
    </message>
</context>
<context>
    <name>PersonalDataRegistry</name>
    <message>
        <source>ids, dates and numbers only; nothing personal to erase</source>
        <translation>仅有 ID、日期和数字；没有需要清除的个人信息</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Lesson attendance</source>
        <translation>课时出勤</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>the stars stay (anonymous) so mentor and course ratings keep their counts</source>
        <translation>星级评分保留（匿名），以便导师和课程评分保持原有计数</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>mastery figures stay (anonymous)</source>
        <translation>掌握度数据保留（匿名）</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>计费方案</translation>
    </message>
    <message>
        <source>Plan discounts</source>
        <translation>计费方案折扣</translation>
    </message>
    <message>
        <source>Packages bought</source>
        <translation>已购课时包</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>已达成的里程碑</translation>
    </message>
    <message>
        <source>Modules started</source>
        <translation>已开始的单元</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>发票明细行</translation>
    </message>
    <message>
        <source>lines of issued invoices are retained by law and immutable</source>
        <translation>已开具发票的明细行依法保留，不可更改</translation>
    </message>
    <message>
        <source>What was billed</source>
        <translation>计费内容</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Learners paid for</source>
        <translation>由其付款的学员</translation>
    </message>
    <message>
        <source>the learners stay; only mentions of the payer in their notes are removed</source>
        <translation>学员保留；仅删除其备注中提及该付款人的内容</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>发票和贷项通知单</translation>
    </message>
    <message>
        <source>issued invoices and credit notes keep the payer&apos;s name, address and tax id: retained by law and immutable</source>
        <translation>已开具的发票和贷项通知单保留付款人的姓名、地址和税号：依法保留，不可更改</translation>
    </message>
    <message>
        <source>Invoice taxes</source>
        <translation>发票税费</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Payer credit</source>
        <translation>付款人预存款</translation>
    </message>
    <message>
        <source>Payments by their payer</source>
        <translation>其付款人的付款</translation>
    </message>
    <message>
        <source>payments are accounting records retained by law: only a reference that names the person is replaced by “[erased]”</source>
        <translation>付款是依法保留的会计记录：仅将指明该人的参考信息替换为“[erased]”</translation>
    </message>
    <message>
        <source>Credit of their payer</source>
        <translation>其付款人的预存款</translation>
    </message>
    <message>
        <source>the credit ledger is an accounting record retained by law: only a note that names the person is replaced by “[erased]”</source>
        <translation>预存款账簿是依法保留的会计记录：仅将指明该人的备注替换为“[erased]”</translation>
    </message>
</context>
<context>
    <name>PersonalDataService</name>
    <message>
        <source>Erased learner %1</source>
        <translation>已清除学员 %1</translation>
    </message>
    <message>
        <source>Erased payer %1</source>
        <translation>已清除付款人 %1</translation>
    </message>
    <message>
        <source>There is no learner with id %1.</source>
        <translation>不存在 ID 为 %1 的学员。</translation>
    </message>
    <message>
        <source>There is no payer with id %1.</source>
        <translation>不存在 ID 为 %1 的付款人。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Type the name “%1” to confirm the erasure.</source>
        <translation>请输入名称“%1”以确认清除。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n upcoming lesson(s); cancel them before erasing.</source>
        <translation>
            <numerusform>%1 仍有 %n 节即将进行的课时；请先取消这些课时再清除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) still name %1 as their payer; choose another payer or archive them first.</source>
        <translation>
            <numerusform>仍有 %n 位学员将 %1 设为付款人；请先为其选择其他付款人或将其归档。</numerusform>
        </translation>
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
    <name>PlanCodec</name>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>“%1”必须是整数。</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <source>“%1” must be a date YYYY-MM-DD, not “%2”.</source>
        <translation>“%1”必须是 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>“%1”必须是列表。</translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation>“%1”必须是对象。</translation>
    </message>
    <message>
        <source>“%1” must be one of %2, not “%3”.</source>
        <translation>“%1”必须是 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>“%1” is not a term of this kind of plan.</source>
        <translation>“%1”不是此类计费方案的条款。</translation>
    </message>
    <message>
        <source>The plan terms must be a JSON object (%1).</source>
        <translation>计费方案条款必须是 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>the enrollment billed</source>
        <translation>要计费的报名</translation>
    </message>
    <message>
        <source>how it is billed</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>first day the plan applies</source>
        <translation>计费方案生效的第一天</translation>
    </message>
    <message>
        <source>name shown in lists and quotes</source>
        <translation>在列表和报价中显示的名称</translation>
    </message>
    <message>
        <source>tax rate of its lines (billing tax-rate list)</source>
        <translation>其明细行的税率（见 billing tax-rate list）</translation>
    </message>
    <message>
        <source>Offered plan %1 (%2).</source>
        <translation>已添加可选计费方案 %1（%2）。</translation>
    </message>
    <message>
        <source>Set plan %1 (%2) from %3.</source>
        <translation>已设置计费方案 %1（%2），自 %3 起生效。</translation>
    </message>
    <message>
        <source>give --enrollment ID or --offered</source>
        <translation>请指定 --enrollment ID 或 --offered</translation>
    </message>
    <message>
        <source>Removed plan %1.</source>
        <translation>已删除计费方案 %1。</translation>
    </message>
    <message>
        <source>Recorded a package of %1 min for %2 bought on %3 (%4).</source>
        <translation>已为 %2 记录一个 %1 分钟的课时包，购买于 %3（%4）。</translation>
    </message>
    <message>
        <source>Milestone %1 reached on %2.</source>
        <translation>里程碑 %1 已于 %2 达成。</translation>
    </message>
    <message>
        <source>Module %1 started on %2.</source>
        <translation>单元 %1 已于 %2 开始。</translation>
    </message>
    <message>
        <source>give exactly one of --percent and --amount</source>
        <translation>--percent 和 --amount 必须且只能指定一个</translation>
    </message>
    <message>
        <source>Added discount %1 (%2).</source>
        <translation>已添加折扣 %1（%2）。</translation>
    </message>
    <message>
        <source>the day (default today)</source>
        <translation>日期（默认今天）</translation>
    </message>
    <message>
        <source>Set how an enrollment is billed from a date on</source>
        <translation>设置报名自某日起的计费方式</translation>
    </message>
    <message>
        <source>Add a plan the studio offers (quoted by `quote`)</source>
        <translation>添加工作室提供的计费方案（供 `quote` 报价使用）</translation>
    </message>
    <message>
        <source>Show an enrollment&apos;s plans (or the offered plans)</source>
        <translation>显示报名的计费方案（或工作室提供的计费方案）</translation>
    </message>
    <message>
        <source>the enrollment</source>
        <translation>该报名</translation>
    </message>
    <message>
        <source>the plans the studio offers</source>
        <translation>工作室提供的计费方案</translation>
    </message>
    <message>
        <source>Remove a plan no invoice has billed</source>
        <translation>删除尚未被任何发票计费的计费方案</translation>
    </message>
    <message>
        <source>plan id</source>
        <translation>计费方案 ID</translation>
    </message>
    <message>
        <source>Record a prepaid package bought under the enrollment&apos;s package plan</source>
        <translation>记录在报名的课时包方案下购买的预付课时包</translation>
    </message>
    <message>
        <source>Mark a project milestone as reached</source>
        <translation>将项目里程碑标记为已达成</translation>
    </message>
    <message>
        <source>the project plan</source>
        <translation>该项目计费方案</translation>
    </message>
    <message>
        <source>milestone id (m1, m2…)</source>
        <translation>里程碑 ID（m1、m2…）</translation>
    </message>
    <message>
        <source>Record that an enrollment started a module of its course</source>
        <translation>记录某个报名已开始其课程中的一个单元</translation>
    </message>
    <message>
        <source>the course module</source>
        <translation>课程单元</translation>
    </message>
    <message>
        <source>Add a discount for a payer (family discount) or a plan</source>
        <translation>为付款人（家庭折扣）或计费方案添加折扣</translation>
    </message>
    <message>
        <source>discount everything the payer is billed</source>
        <translation>对该付款人的所有计费项目打折</translation>
    </message>
    <message>
        <source>discount one plan</source>
        <translation>对单个计费方案打折</translation>
    </message>
    <message>
        <source>shown on the invoice</source>
        <translation>显示在发票上</translation>
    </message>
    <message>
        <source>a percentage off</source>
        <translation>按百分比减免</translation>
    </message>
    <message>
        <source>a fixed amount off per invoice</source>
        <translation>每张发票减免固定金额</translation>
    </message>
    <message>
        <source>Removed payer discount %1.</source>
        <translation>已删除付款人折扣 %1。</translation>
    </message>
    <message>
        <source>List a payer&apos;s standing discounts</source>
        <translation>列出付款人的长期折扣</translation>
    </message>
    <message>
        <source>the payer</source>
        <translation>该付款人</translation>
    </message>
    <message>
        <source>Remove a payer discount (later billing runs no longer apply it)</source>
        <translation>删除付款人折扣（之后的计费运行不再应用）</translation>
    </message>
    <message>
        <source>discount id (plan discounts --payer ID)</source>
        <translation>折扣 ID（plan discounts --payer ID）</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>--rounding is MINUTES[:up|nearest|down], for example 15:up.</source>
        <translation>--rounding 的格式为 MINUTES[:up|nearest|down]，例如 15:up。</translation>
    </message>
    <message>
        <source>--milestone is LABEL:SHARE[:DUE], SHARE being a percent (40%) or an amount (1200.00).</source>
        <translation>--milestone 的格式为 LABEL:SHARE[:DUE]，其中 SHARE 为百分比（40%）或金额（1200.00）。</translation>
    </message>
    <message>
        <source>A milestone&apos;s due date is written YYYY-MM-DD.</source>
        <translation>里程碑的到期日写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>all terms as JSON (docs/billing.md); replaces the options below</source>
        <translation>以 JSON 给出全部条款（docs/billing.md）；将取代下列选项</translation>
    </message>
    <message>
        <source>hourly: rate per hour (or per lesson)</source>
        <translation>按小时：每小时（或每节课时）的费率</translation>
    </message>
    <message>
        <source>hourly: the rate is per lesson, whatever its length</source>
        <translation>按小时：费率按每节课时计，不论时长</translation>
    </message>
    <message>
        <source>hourly: one-off fee billed once</source>
        <translation>按小时：只收取一次的一次性费用</translation>
    </message>
    <message>
        <source>hourly, subscription, package: round each lesson, e.g. 15:up</source>
        <translation>按小时、订阅、课时包：对每节课时取整，例如 15:up</translation>
    </message>
    <message>
        <source>hourly: progress from which the discounted rate applies</source>
        <translation>按小时：从此进度起适用折扣费率</translation>
    </message>
    <message>
        <source>hourly: the discounted rate</source>
        <translation>按小时：折扣费率</translation>
    </message>
    <message>
        <source>subscription: billing period (default month)</source>
        <translation>订阅：计费周期（默认为月）</translation>
    </message>
    <message>
        <source>subscription: fee per period</source>
        <translation>订阅：每周期费用</translation>
    </message>
    <message>
        <source>subscription: minutes included per period (0 = unlimited)</source>
        <translation>订阅：每周期包含的分钟数（0 = 不限）</translation>
    </message>
    <message>
        <source>subscription, package: rate per hour beyond what is included</source>
        <translation>订阅、课时包：超出包含部分的每小时费率</translation>
    </message>
    <message>
        <source>subscription: unused minutes</source>
        <translation>订阅：未用分钟数的处理</translation>
    </message>
    <message>
        <source>subscription: most minutes carried (capped)</source>
        <translation>订阅：最多结转的分钟数（capped 时）</translation>
    </message>
    <message>
        <source>subscription: partial periods pay the full fee</source>
        <translation>订阅：不足一个周期也收取全额费用</translation>
    </message>
    <message>
        <source>subscription: last day billed</source>
        <translation>订阅：最后计费日</translation>
    </message>
    <message>
        <source>subscription: paused days, inclusive (repeatable)</source>
        <translation>订阅：暂停的日期，含首尾（可重复）</translation>
    </message>
    <message>
        <source>package, project: price</source>
        <translation>课时包、项目：价格</translation>
    </message>
    <message>
        <source>package: minutes in one package</source>
        <translation>课时包：每个课时包的分钟数</translation>
    </message>
    <message>
        <source>package: days a package is valid (0 = no expiry)</source>
        <translation>课时包：课时包有效天数（0 = 永不过期）</translation>
    </message>
    <message>
        <source>package: warn at or below this balance</source>
        <translation>课时包：余额等于或低于此值时提醒</translation>
    </message>
    <message>
        <source>package: sell another package (default) or bill overage</source>
        <translation>课时包：再售一个课时包（默认）或按超额计费</translation>
    </message>
    <message>
        <source>project: a milestone, SHARE 40% or 1200.00 (repeatable, in order)</source>
        <translation>项目：一个里程碑，SHARE 为 40% 或 1200.00（可重复，按顺序）</translation>
    </message>
    <message>
        <source>module: price of modules without their own</source>
        <translation>按单元：未单独定价的单元的价格</translation>
    </message>
    <message>
        <source>--period is month or week, not “%1”.</source>
        <translation>--period 应为 month 或 week，而不是“%1”。</translation>
    </message>
    <message>
        <source>--rollover is none, capped or one_period, not “%1”.</source>
        <translation>--rollover 应为 none、capped 或 one_period，而不是“%1”。</translation>
    </message>
    <message>
        <source>--pause is FROM:TO, two dates YYYY-MM-DD.</source>
        <translation>--pause 的格式为 FROM:TO，即两个 YYYY-MM-DD 日期。</translation>
    </message>
    <message>
        <source>--when-exhausted is new-package or overage, not “%1”.</source>
        <translation>--when-exhausted 应为 new-package 或 overage，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>Hourly</source>
        <translation>按小时计费</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Prepaid package</source>
        <translation>预付课时包</translation>
    </message>
    <message>
        <source>Fixed-price project</source>
        <translation>固定价格项目</translation>
    </message>
    <message>
        <source>Per module</source>
        <translation>按单元计费</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>There is no enrollment with id %1.</source>
        <translation>不存在 ID 为 %1 的报名。</translation>
    </message>
    <message>
        <source>A per-module plan needs an enrollment in a course with modules.</source>
        <translation>按单元计费方案需要一个报名了含单元课程的报名。</translation>
    </message>
    <message>
        <source>The plan starting %1 has already been invoiced; set the new plan from a later date.</source>
        <translation>从 %1 开始的计费方案已开具发票；请从更晚的日期设置新计费方案。</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>不存在 ID 为 %1 的计费方案。</translation>
    </message>
    <message>
        <source>The plan “%1” has been invoiced and cannot be removed; set a new plan from a later date instead.</source>
        <translation>计费方案“%1”已开具发票，无法删除；请改为从更晚的日期设置新计费方案。</translation>
    </message>
    <message>
        <source>Choose the day the package was bought.</source>
        <translation>请选择购买课时包的日期。</translation>
    </message>
    <message>
        <source>The enrollment has no package plan in force on %1.</source>
        <translation>该报名在 %1 没有生效的课时包计费方案。</translation>
    </message>
    <message>
        <source>Choose the day the milestone was reached.</source>
        <translation>请选择达成里程碑的日期。</translation>
    </message>
    <message>
        <source>Plan “%1” is not a project plan.</source>
        <translation>计费方案“%1”不是项目计费方案。</translation>
    </message>
    <message>
        <source>Plan “%1” has no milestone “%2”.</source>
        <translation>计费方案“%1”没有里程碑“%2”。</translation>
    </message>
    <message>
        <source>Choose the day the module started.</source>
        <translation>请选择单元开始的日期。</translation>
    </message>
    <message>
        <source>Module %1 is not a module of the enrollment&apos;s course.</source>
        <translation>单元 %1 不属于该报名的课程。</translation>
    </message>
    <message>
        <source>A discount is either for a payer or for a plan: give exactly one of them.</source>
        <translation>折扣要么针对付款人，要么针对计费方案：请只指定其中一个。</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计费方案</translation>
    </message>
    <message>
        <source>Choose the milestone that was reached.</source>
        <translation>请选择已达成的里程碑。</translation>
    </message>
    <message>
        <source>Choose the module that started.</source>
        <translation>请选择已开始的单元。</translation>
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
    <name>PrivacyCommands</name>
    <message>
        <source>Give exactly one of --learner ID or --payer ID.</source>
        <translation>--learner ID 和 --payer ID 只能且必须指定其一。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) about %1 to %2 and %3.</source>
        <translation>
            <numerusform>已将关于 %1 的 %n 条记录导出到 %2 和 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %1 (%n record(s) changed); the records now read “%2”. Issued invoices, credit notes and payments were kept unchanged.</source>
        <translation>
            <numerusform>已清除 %1 的个人数据（更改了 %n 条记录）；这些记录现显示为“%2”。已开具的发票、贷项通知单和付款保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>the learner</source>
        <translation>该学员</translation>
    </message>
    <message>
        <source>the payer</source>
        <translation>该付款人</translation>
    </message>
    <message>
        <source>folder for the JSON and HTML files</source>
        <translation>存放 JSON 和 HTML 文件的文件夹</translation>
    </message>
    <message>
        <source>Export everything about one learner or payer as JSON and an HTML summary (owner only)</source>
        <translation>将某位学员或付款人的全部数据导出为 JSON 和 HTML 摘要（仅限所有者）</translation>
    </message>
    <message>
        <source>the person&apos;s current name, typed again</source>
        <translation>此人的当前姓名，再次输入</translation>
    </message>
    <message>
        <source>Erase one learner&apos;s or payer&apos;s personal data; issued invoices stay (owner only; audited)</source>
        <translation>清除某位学员或付款人的个人数据；已开具的发票保留（仅限所有者；记入审计日志）</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress of %1 — solid: actual, dashed: projected, dotted: planned</source>
        <translation>%1 的进度 — 实线：实际，虚线：预计，点线：计划</translation>
    </message>
    <message>
        <source>Progress in %1 — solid: actual, dashed: projected, dotted: planned</source>
        <translation>%1 中的进度 — 实线：实际，虚线：预计，点线：计划</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %</source>
        <translation>%1（%2）：%3%</translation>
    </message>
    <message>
        <source>%1 (projected)</source>
        <translation>%1（预计）</translation>
    </message>
    <message>
        <source>%1: projected to finish on %2</source>
        <translation>%1：预计于 %2 完成</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1（计划）</translation>
    </message>
    <message>
        <source>%1: planned to finish on %2</source>
        <translation>%1：计划于 %2 完成</translation>
    </message>
    <message>
        <source>Progress — no enrollments to show</source>
        <translation>进度 — 没有可显示的报名</translation>
    </message>
</context>
<context>
    <name>ProgressCommands</name>
    <message>
        <source>give exactly one of --enrollment and --learner</source>
        <translation>--enrollment 和 --learner 只能且必须指定其一</translation>
    </message>
    <message>
        <source>No learner is at risk.</source>
        <translation>没有有风险的学员。</translation>
    </message>
    <message>
        <source>--%1 must be a decimal number such as 0.5 (got “%2”).</source>
        <translation>--%1 必须是小数，例如 0.5（收到的是“%2”）。</translation>
    </message>
    <message>
        <source>--efficiency must be “default” or “calibrated”.</source>
        <translation>--efficiency 必须是“default”或“calibrated”。</translation>
    </message>
    <message>
        <source>Show learning progress of an enrollment or of all a learner&apos;s enrollments</source>
        <translation>显示某个报名或某学员所有报名的学习进度</translation>
    </message>
    <message>
        <source>one enrollment</source>
        <translation>单个报名</translation>
    </message>
    <message>
        <source>every enrollment of this learner</source>
        <translation>该学员的每个报名</translation>
    </message>
    <message>
        <source>List learners at risk, with the reasons</source>
        <translation>列出有风险的学员及原因</translation>
    </message>
    <message>
        <source>write CSV (one row per reason)</source>
        <translation>输出 CSV（每个原因一行）</translation>
    </message>
    <message>
        <source>write the CSV to FILE</source>
        <translation>将 CSV 写入 FILE</translation>
    </message>
    <message>
        <source>Show or change the progress settings (pace window, calibration, at-risk thresholds)</source>
        <translation>显示或更改进度设置（进度节奏窗口、校准、有风险阈值）</translation>
    </message>
    <message>
        <source>which efficiency E is used</source>
        <translation>使用哪种效率 E</translation>
    </message>
    <message>
        <source>recent pace over N weeks (1-104)</source>
        <translation>按最近 N 周计算进度节奏（1-104）</translation>
    </message>
    <message>
        <source>mastery change counted as steady (0-50)</source>
        <translation>视为稳定的掌握度变化（0-50）</translation>
    </message>
    <message>
        <source>calibration smoothing, &gt;0 to 1</source>
        <translation>校准平滑系数，大于 0 且不超过 1</translation>
    </message>
    <message>
        <source>lowest calibrated E</source>
        <translation>最低校准 E</translation>
    </message>
    <message>
        <source>highest calibrated E</source>
        <translation>最高校准 E</translation>
    </message>
    <message>
        <source>assessments before N held minutes are not used for calibration</source>
        <translation>已上课不足 N 分钟之前的评估不用于校准</translation>
    </message>
    <message>
        <source>at risk after N days without a held lesson</source>
        <translation>连续 N 天没有已上课课时即视为有风险</translation>
    </message>
    <message>
        <source>at risk when the projection is N % of the planned duration late</source>
        <translation>预计完成时间比计划时长晚 N% 时视为有风险</translation>
    </message>
    <message>
        <source>at risk when mastery drops N points</source>
        <translation>掌握度下降 N 分时视为有风险</translation>
    </message>
    <message>
        <source>at risk after N missed lessons in a row</source>
        <translation>连续缺课 N 节时视为有风险</translation>
    </message>
    <message>
        <source>--learner is required</source>
        <translation>必须指定 --learner</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>必须指定 --out</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a learner&apos;s progress report for parents as PDF</source>
        <translation>将学员面向家长的进度报告写入 PDF</translation>
    </message>
    <message>
        <source>the learner</source>
        <translation>该学员</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>要写入的 PDF 文件</translation>
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
    <name>ProgressHistoryBuilder</name>
    <message>
        <source>The range starts after today (%1); progress has no future values.</source>
        <translation>范围的开始日期晚于今日（%1）；进度没有未来的数值。</translation>
    </message>
</context>
<context>
    <name>ProgressReportBuilder</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>first assessment</source>
        <translation>首次评估</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1（%2）</translation>
    </message>
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
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date format of the progress report (QLocale format string).</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>进度报告</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>No courses or mentoring to report on yet.</source>
        <translation>尚无可报告的课程或辅导。</translation>
    </message>
    <message>
        <source>Progress so far</source>
        <translation>目前进度</translation>
    </message>
    <message>
        <source>Projected at the recent pace</source>
        <translation>按近期进度节奏预计</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Mastery per topic</source>
        <translation>各主题掌握度</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>掌握度</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>尚无评估。</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Homework: %1</source>
        <translation>作业：%1</translation>
    </message>
    <message>
        <source>Mentor&apos;s notes and homework</source>
        <translation>导师备注与作业</translation>
    </message>
    <message numerus="yes">
        <source>No notes in the last %n day(s).</source>
        <translation>
            <numerusform>最近 %n 天没有备注。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>已上课时长</translation>
    </message>
    <message>
        <source>Time to go (estimate)</source>
        <translation>剩余时间（估计）</translation>
    </message>
    <message>
        <source>Recent pace</source>
        <translation>近期进度节奏</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>每周 %1</translation>
    </message>
    <message>
        <source>no lessons in recent weeks</source>
        <translation>最近几周没有课时</translation>
    </message>
    <message>
        <source>content covered</source>
        <translation>已学内容</translation>
    </message>
    <message>
        <source>no recent pace</source>
        <translation>无近期进度节奏</translation>
    </message>
    <message>
        <source>Projected finish</source>
        <translation>预计完成</translation>
    </message>
    <message>
        <source>no planned end</source>
        <translation>无计划结束日期</translation>
    </message>
    <message numerus="yes">
        <source>%1 (projected %n day(s) later)</source>
        <translation>
            <numerusform>%1（预计推迟 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (projected %n day(s) earlier)</source>
        <translation>
            <numerusform>%1（预计提前 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <source>Learning efficiency used</source>
        <translation>所用学习效率</translation>
    </message>
    <message>
        <source>%1 (calibrated from assessments)</source>
        <translation>%1（根据评估校准）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
</context>
<context>
    <name>ProgressReportPdf</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1（导师：%2）</translation>
    </message>
    <message>
        <source>Progress: %1 % — %2 held, about %3 to go.</source>
        <translation>进度：%1% — 已上课 %2，约剩 %3。</translation>
    </message>
    <message>
        <source>The course content is covered.</source>
        <translation>课程内容已全部完成。</translation>
    </message>
    <message>
        <source>Recent pace: %1 a week; projected to finish on %2.</source>
        <translation>近期进度节奏：每周 %1；预计于 %2 完成。</translation>
    </message>
    <message>
        <source>No lessons in recent weeks, so no projected finish.</source>
        <translation>最近几周没有课时，因此无法预计完成日期。</translation>
    </message>
    <message>
        <source>Planned finish: %1.</source>
        <translation>计划完成：%1。</translation>
    </message>
    <message>
        <source>Mastery per topic</source>
        <translation>各主题掌握度</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>尚无评估。</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>掌握度</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Mentor&apos;s notes</source>
        <translation>导师备注</translation>
    </message>
    <message numerus="yes">
        <source>No notes in the last %n day(s).</source>
        <translation>
            <numerusform>最近 %n 天内没有备注。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressReportRenderer</name>
    <message>
        <source>Printing needs the graphics system; run it from mentordesk-cli or the app.</source>
        <translation>打印需要图形系统；请在 mentordesk-cli 或应用程序中运行。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>无法完成 PDF 的生成。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ProgressService</name>
    <message>
        <source>The pace window must be 1 to 104 weeks (got %1).</source>
        <translation>进度节奏窗口必须为 1 到 104 周（收到的是 %1）。</translation>
    </message>
    <message>
        <source>The steady band must be 0 to 50 points (got %1).</source>
        <translation>稳定区间必须为 0 到 50 分（收到的是 %1）。</translation>
    </message>
    <message>
        <source>The minimum held minutes for calibration must be 0 to 100000 (got %1).</source>
        <translation>校准所需的最少已上课分钟数必须为 0 到 100000（收到的是 %1）。</translation>
    </message>
    <message>
        <source>The idle threshold must be 1 to 365 days (got %1).</source>
        <translation>闲置阈值必须为 1 到 365 天（收到的是 %1）。</translation>
    </message>
    <message>
        <source>The lateness threshold must be 0 to 1000 % (got %1).</source>
        <translation>延迟阈值必须为 0 到 1000%（收到的是 %1）。</translation>
    </message>
    <message>
        <source>The mastery drop threshold must be 1 to 100 points (got %1).</source>
        <translation>掌握度下降阈值必须为 1 到 100 分（收到的是 %1）。</translation>
    </message>
    <message>
        <source>The missed-lessons threshold must be 1 to 100 lessons (got %1).</source>
        <translation>缺课阈值必须为 1 到 100 节课时（收到的是 %1）。</translation>
    </message>
    <message>
        <source>The smoothing must be more than 0 and at most 1 (got %1).</source>
        <translation>平滑系数必须大于 0 且不超过 1（收到的是 %1）。</translation>
    </message>
    <message>
        <source>The lowest calibrated efficiency must be 0.05 to 2 (got %1).</source>
        <translation>最低校准效率必须为 0.05 到 2（收到的是 %1）。</translation>
    </message>
    <message>
        <source>The highest calibrated efficiency must be above the lowest (%1) and at most 2 (got %2).</source>
        <translation>最高校准效率必须高于最低值（%1）且不超过 2（收到的是 %2）。</translation>
    </message>
    <message>
        <source>The enrollment “%1” has no target hours; set them to see its progress.</source>
        <translation>报名“%1”没有目标小时数；请设置后查看其进度。</translation>
    </message>
    <message>
        <source>enrollment</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>There is no enrollment with id “%1”.</source>
        <translation>不存在 ID 为“%1”的报名。</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>course</source>
        <translation>课程</translation>
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
    <name>QuoteCommands</name>
    <message>
        <source>“%1” is not a factor such as 0.8.</source>
        <translation>“%1”不是有效的系数（例如 0.8）。</translation>
    </message>
    <message>
        <source>give --enrollment ID, --course ID or --content-hours N</source>
        <translation>请指定 --enrollment ID、--course ID 或 --content-hours N</translation>
    </message>
    <message>
        <source>give one --plan-terms JSON for each --plan-kind</source>
        <translation>每个 --plan-kind 都需对应一个 --plan-terms JSON</translation>
    </message>
    <message>
        <source>Given plan %1 (%2)</source>
        <translation>指定的计费方案 %1（%2）</translation>
    </message>
    <message>
        <source>%1 min of study needed (%2 lessons over %3 weeks, %4 to %5); every lesson held, no discounts, amounts as the plans state them.</source>
        <translation>需学习 %1 分钟（%3 周内 %2 节课时，%4 至 %5）；假设每节课时均按时上课、无折扣，金额按各计费方案所列计算。</translation>
    </message>
    <message>
        <source>Quote a learner&apos;s goal under each plan, cheapest first (the plan advisor)</source>
        <translation>按各计费方案为学员的目标报价，最便宜的在前（计费方案顾问）</translation>
    </message>
    <message>
        <source>the goal of this enrollment (course, E, hours held)</source>
        <translation>此报名的目标（课程、E、已上课小时数）</translation>
    </message>
    <message>
        <source>the content of this course</source>
        <translation>此课程的内容</translation>
    </message>
    <message>
        <source>or this many content hours</source>
        <translation>或按此内容小时数</translation>
    </message>
    <message>
        <source>efficiency, e.g. 0.8 (default: the enrollment&apos;s, else 0.8)</source>
        <translation>效率，例如 0.8（默认：取该报名的效率，否则为 0.8）</translation>
    </message>
    <message>
        <source>progress to reach (default 100)</source>
        <translation>要达到的进度（默认 100）</translation>
    </message>
    <message>
        <source>time with the mentor per week (default 60)</source>
        <translation>每周与导师的时间（默认 60）</translation>
    </message>
    <message>
        <source>one lesson&apos;s length (default: one lesson a week)</source>
        <translation>单节课时时长（默认：每周一节课时）</translation>
    </message>
    <message>
        <source>first lesson (default today)</source>
        <translation>第一节课时（默认今日）</translation>
    </message>
    <message>
        <source>also quote a plan of this kind (repeatable)…</source>
        <translation>另外按此类计费方案报价（可重复）…</translation>
    </message>
    <message>
        <source>…with these terms (docs/billing.md)</source>
        <translation>…采用以下条款（docs/billing.md）</translation>
    </message>
    <message>
        <source>quote only the plans given, not the offered ones</source>
        <translation>只对指定的计费方案报价，不包括已提供的方案</translation>
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
    <name>QuoteService</name>
    <message>
        <source>There is no enrollment with id %1.</source>
        <translation>不存在 ID 为 %1 的报名。</translation>
    </message>
    <message>
        <source>There is no course with id %1.</source>
        <translation>不存在 ID 为 %1 的课程。</translation>
    </message>
    <message>
        <source>There is no plan to quote: offer plans with “plan offer” or give one for this quote.</source>
        <translation>没有可报价的计费方案：请用“plan offer”提供计费方案，或为本次报价指定一个。</translation>
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
    <name>ReasonText</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>covers your goal %1</source>
        <translation>涵盖你的目标 %1</translation>
    </message>
    <message>
        <source>teaches %1, a prerequisite of your goal %2</source>
        <translation>讲授 %1，这是你的目标 %2 的先修</translation>
    </message>
    <message>
        <source>teaches %1, an earlier prerequisite of your goal %2</source>
        <translation>讲授 %1，这是你的目标 %2 的前置先修</translation>
    </message>
    <message>
        <source>not related to your goals</source>
        <translation>与你的目标无关</translation>
    </message>
    <message>
        <source>fits your level (course level %1, yours %2)</source>
        <translation>符合你的水平（课程等级 %1，你的水平 %2）</translation>
    </message>
    <message>
        <source>above your level (course level %1, yours %2)</source>
        <translation>高于你的水平（课程等级 %1，你的水平 %2）</translation>
    </message>
    <message>
        <source>below your level (course level %1, yours %2)</source>
        <translation>低于你的水平（课程等级 %1，你的水平 %2）</translation>
    </message>
    <message numerus="yes">
        <source>fits your weekly time (about %n week(s) at %1 a week)</source>
        <translation>
            <numerusform>符合你的每周时间（每周 %1，约需 %n 周）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs about %1, more than %2 a week gives in %n week(s)</source>
        <translation>
            <numerusform>约需 %1，超过每周 %2 在 %n 周内所能提供的时间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rated %1 by %n learner(s)</source>
        <translation>
            <numerusform>%n 位学员评分 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>high content quality (%1/10, practicality %2/10)</source>
        <translation>内容质量高（%1/10，实用性 %2/10）</translation>
    </message>
    <message numerus="yes">
        <source>rated only %1 by %n learner(s)</source>
        <translation>
            <numerusform>%n 位学员评分仅为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>lower content quality (%1/10, practicality %2/10)</source>
        <translation>内容质量较低（%1/10，实用性 %2/10）</translation>
    </message>
    <message>
        <source>learners like you rated it highly (predicted %1 stars)</source>
        <translation>与你相似的学员评价很高（预测 %1 星）</translation>
    </message>
    <message>
        <source>learners like you rated it lower (predicted %1 stars)</source>
        <translation>与你相似的学员评价较低（预测 %1 星）</translation>
    </message>
    <message numerus="yes">
        <source>popular: %n learner(s) took it</source>
        <translation>
            <numerusform>热门：%n 位学员学过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>few learners took it so far (%n)</source>
        <translation>
            <numerusform>目前学过的学员较少（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>teaches %1, a prerequisite of your goal %2 (level %3 of 5)</source>
        <translation>讲授 %1，这是你的目标 %2 的先修（等级 %3/5）</translation>
    </message>
    <message>
        <source>expert in %1 (level %2 of 5)</source>
        <translation>精通 %1（等级 %2/5）</translation>
    </message>
    <message>
        <source>knows %1 through %2 (level %3 of 5)</source>
        <translation>通过 %2 掌握 %1（等级 %3/5）</translation>
    </message>
    <message>
        <source>no recorded expertise in %1</source>
        <translation>没有 %1 方面的专长记录</translation>
    </message>
    <message>
        <source>limited expertise in %1 (level %2 of 5)</source>
        <translation>%1 方面专长有限（等级 %2/5）</translation>
    </message>
    <message numerus="yes">
        <source>coaching rated %1 (%2 ratings), %n year(s) of teaching</source>
        <translation>
            <numerusform>辅导评分 %1（%2 条评分），教学 %n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) of teaching</source>
        <translation>
            <numerusform>教学 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>coaching rated %1 (%2 ratings)</source>
        <translation>辅导评分 %1（%2 条评分）</translation>
    </message>
    <message numerus="yes">
        <source>less teaching experience (%n year(s))</source>
        <translation>
            <numerusform>教学经验较少（%n 年）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 free a week in the next %n week(s)</source>
        <translation>
            <numerusform>未来 %n 周内每周空闲 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no free time in the next %n week(s)</source>
        <translation>
            <numerusform>未来 %n 周内没有空闲时间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %1 free a week in the next %n week(s)</source>
        <translation>
            <numerusform>未来 %n 周内每周仅空闲 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>light schedule (%1 % booked)</source>
        <translation>日程宽松（已预订 %1 %）</translation>
    </message>
    <message>
        <source>busy schedule (%1 % booked)</source>
        <translation>日程繁忙（已预订 %1 %）</translation>
    </message>
</context>
<context>
    <name>ReceivablesCommands</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 invoices, %3 credit notes, %4 payments.</source>
        <translation>已写入 %1：%2 张发票、%3 张贷项通知单、%4 笔付款。</translation>
    </message>
    <message>
        <source>the day (default today)</source>
        <translation>日期（默认今日）</translation>
    </message>
    <message>
        <source>What a payer owes and holds as credit (all payers with a balance without --id)</source>
        <translation>付款人的欠款与贷项余额（不带 --id 时列出所有有余额的付款人）</translation>
    </message>
    <message>
        <source>payer id</source>
        <translation>付款人 ID</translation>
    </message>
    <message>
        <source>Export invoices, credit notes and payments as an hledger journal</source>
        <translation>将发票、贷项通知单和付款导出为 hledger 日记账</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>写入 FILE 而非标准输出</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>最后一天</translation>
    </message>
</context>
<context>
    <name>ReceivablesService</name>
    <message>
        <source>There is no payer with id %1.</source>
        <translation>不存在 ID 为 %1 的付款人。</translation>
    </message>
</context>
<context>
    <name>RecommendCommandSupport</name>
    <message>
        <source>a new enquiry</source>
        <translation>新咨询</translation>
    </message>
    <message>
        <source>%1 (level %2, %3 a week; no goals)</source>
        <translation>%1（水平 %2，每周 %3；无目标）</translation>
    </message>
    <message>
        <source>%1 (level %2, %3 a week; goals: %4)</source>
        <translation>%1（水平 %2，每周 %3；目标：%4）</translation>
    </message>
</context>
<context>
    <name>RecommendCommands</name>
    <message>
        <source>collaborative filter: no model yet (no course ratings); content, quality and popularity only</source>
        <translation>协同过滤：尚无模型（没有课程评分）；仅使用内容、质量和热度</translation>
    </message>
    <message numerus="yes">
        <source>collaborative filter: trained just now on %n rating(s)</source>
        <translation>
            <numerusform>协同过滤：刚刚基于 %n 条评分完成训练</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collaborative filter: stored model trained on %n rating(s), stale (run “recommender train”)</source>
        <translation>
            <numerusform>协同过滤：已存储的模型基于 %n 条评分训练，已过期（请运行“recommender train”）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collaborative filter: stored model trained on %n rating(s)</source>
        <translation>
            <numerusform>协同过滤：已存储的模型基于 %n 条评分训练</numerusform>
        </translation>
    </message>
    <message>
        <source>Courses for %1</source>
        <translation>适合 %1 的课程</translation>
    </message>
    <message>
        <source>No course to suggest: every active course is taken.</source>
        <translation>没有可推荐的课程：所有开设中的课程均已学过。</translation>
    </message>
    <message>
        <source>%1. %2 (score %3, %4)</source>
        <translation>%1. %2（得分 %3，%4）</translation>
    </message>
    <message>
        <source>give either --learner or --goals (with --level and --weekly-hours)</source>
        <translation>请提供 --learner 或 --goals（配合 --level 和 --weekly-hours）其中之一</translation>
    </message>
    <message>
        <source>--goals needs --weekly-hours</source>
        <translation>--goals 需要配合 --weekly-hours</translation>
    </message>
    <message>
        <source>Mentors for %1</source>
        <translation>适合 %1 的导师</translation>
    </message>
    <message numerus="yes">
        <source>free time counted over %n week(s) from %1</source>
        <translation>
            <numerusform>空闲时间按自 %1 起的 %n 周计算</numerusform>
        </translation>
    </message>
    <message>
        <source>No mentor teaches in this studio yet.</source>
        <translation>本工作室尚无导师授课。</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (score %3, %4 free a week, %5 % booked, %n active learner(s))</source>
        <translation>
            <numerusform>%1. %2（得分 %3，每周空闲 %4，已预订 %5 %，%n 位在读学员）</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggest courses for a learner: content fit, quality, collaborative filtering, popularity</source>
        <translation>为学员推荐课程：内容匹配、质量、协同过滤、热度</translation>
    </message>
    <message>
        <source>the learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>how many suggestions, 1–100 (default 10)</source>
        <translation>推荐数量，1–100（默认 10）</translation>
    </message>
    <message>
        <source>show the reasons for each suggestion</source>
        <translation>显示每条推荐的理由</translation>
    </message>
    <message>
        <source>blend weights, e.g. content=0.4,quality=0.2,cf=0.2,popularity=0.2</source>
        <translation>混合权重，例如 content=0.4,quality=0.2,cf=0.2,popularity=0.2</translation>
    </message>
    <message>
        <source>Rank the studio&apos;s mentors for a learner or a new enquiry</source>
        <translation>为学员或新咨询对工作室的导师进行排名</translation>
    </message>
    <message>
        <source>goal topics (ids or names) of an enquiry</source>
        <translation>咨询的目标主题（ID 或名称）</translation>
    </message>
    <message>
        <source>the enquiry&apos;s level, 1–5 (default 1)</source>
        <translation>咨询者的水平，1–5（默认 1）</translation>
    </message>
    <message>
        <source>the enquiry&apos;s weekly hours</source>
        <translation>咨询者的每周小时数</translation>
    </message>
    <message>
        <source>how many mentors, 1–100 (default 10)</source>
        <translation>导师数量，1–100（默认 10）</translation>
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
    <message>
        <source>No course ratings yet: nothing to train on.</source>
        <translation>还没有课程评分：没有可用于训练的数据。</translation>
    </message>
    <message numerus="yes">
        <source>The stored model is up to date (%n rating(s)).</source>
        <translation>
            <numerusform>已存储的模型是最新的（%n 条评分）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trained the course recommender on %n rating(s) (%1 learners, %2 courses) in %3 ms.</source>
        <translation>
            <numerusform>已基于 %n 条评分（%1 位学员，%2 门课程）训练课程推荐器，耗时 %3 毫秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>weights of the &quot;blend&quot; row (default cf=0.2,popularity=0.8; content is dropped)</source>
        <translation>&quot;blend&quot; 行的权重（默认 cf=0.2,popularity=0.8；不使用 content）</translation>
    </message>
    <message>
        <source>Train the studio&apos;s course recommender on its course ratings and store it</source>
        <translation>基于工作室的课程评分训练课程推荐器并保存</translation>
    </message>
    <message>
        <source>only when the ratings changed since the last training</source>
        <translation>仅在评分自上次训练后有变化时</translation>
    </message>
    <message>
        <source>Show whether the stored course recommender matches the current ratings</source>
        <translation>显示已存储的课程推荐器是否与当前评分一致</translation>
    </message>
</context>
<context>
    <name>RecommenderService</name>
    <message>
        <source>The exact search limit must be between 1 and 22 topics.</source>
        <translation>精确搜索上限必须在 1 到 22 个主题之间。</translation>
    </message>
    <message>
        <source>The mastery bar must be between 0 and 100 %.</source>
        <translation>掌握度阈值必须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>The number of suggestions must be between 1 and 100.</source>
        <translation>推荐数量必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>There is no learner with id %1.</source>
        <translation>不存在 ID 为 %1 的学员。</translation>
    </message>
    <message>
        <source>The level must be between 1 and 5.</source>
        <translation>水平必须在 1 到 5 之间。</translation>
    </message>
    <message>
        <source>Weekly time must be between 1 minute and 168 hours.</source>
        <translation>每周时间必须在 1 分钟到 168 小时之间。</translation>
    </message>
    <message>
        <source>Give at least one goal topic.</source>
        <translation>请至少给出一个目标主题。</translation>
    </message>
    <message>
        <source>There is no topic “%1”.</source>
        <translation>不存在主题“%1”。</translation>
    </message>
    <message>
        <source>%1 has no goal topics yet; set some before planning a path.</source>
        <translation>%1 尚无目标主题；请先设置后再规划学习路径。</translation>
    </message>
    <message>
        <source>Give the weekly time: %1 has none set.</source>
        <translation>请给出每周时间：%1 尚未设置。</translation>
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
    <name>ReportCatalog</name>
    <message>
        <source>Hours taught per week</source>
        <translation>每周授课小时数</translation>
    </message>
    <message>
        <source>Utilisation against availability</source>
        <translation>相对可用时间的利用率</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>进度随时间变化</translation>
    </message>
    <message>
        <source>Rating trends</source>
        <translation>评分趋势</translation>
    </message>
    <message>
        <source>Learners at risk</source>
        <translation>有风险的学员</translation>
    </message>
    <message>
        <source>Package balances and expiries</source>
        <translation>课时包余额与到期</translation>
    </message>
    <message>
        <source>Revenue per month</source>
        <translation>每月收入</translation>
    </message>
    <message>
        <source>Accounts receivable aging</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <source>The report “%1” needs invoices, payments and packages, which this studio does not store yet. It becomes available once billing is set up.</source>
        <translation>报表“%1”需要发票、付款和课时包数据，而本工作室尚未存储这些数据。设置好计费后即可使用。</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Hours taught per week</source>
        <translation>每周授课小时数</translation>
    </message>
    <message>
        <source>%1, week of %2: %3</source>
        <translation>%1，%2 当周：%3</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>周开始日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Hours taught per week — no lessons were held in this range</source>
        <translation>每周授课小时数 — 此范围内没有已上课的课时</translation>
    </message>
    <message>
        <source>Utilisation against availability</source>
        <translation>相对可用时间的利用率</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已上课</translation>
    </message>
    <message>
        <source>Held and scheduled</source>
        <translation>已上课和已排课</translation>
    </message>
    <message>
        <source>%1: %2 of %3 available (%4 %)</source>
        <translation>%1：%2 / 可用 %3（%4%）</translation>
    </message>
    <message>
        <source>% of available hours</source>
        <translation>可用小时占比（%）</translation>
    </message>
    <message>
        <source>Utilisation — no mentor has weekly availability set</source>
        <translation>利用率 — 没有导师设置了每周可用时间</translation>
    </message>
    <message>
        <source>Average stars per month, by mentor</source>
        <translation>每月平均星级（按导师）</translation>
    </message>
    <message>
        <source>Average stars per month, by course</source>
        <translation>每月平均星级（按课程）</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 stars from %n rating(s)</source>
        <translation>
            <numerusform>%1，%2：%3 星（共 %n 条评分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating trends — no ratings in this range</source>
        <translation>评分趋势 — 此范围内没有评分</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>give exactly one of --learner and --course</source>
        <translation>--learner 和 --course 只能且必须指定其一</translation>
    </message>
    <message>
        <source>first day (default: see docs)</source>
        <translation>第一天（默认：见文档）</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>最后一天（默认：今日）</translation>
    </message>
    <message>
        <source>write CSV to standard output</source>
        <translation>将 CSV 输出到标准输出</translation>
    </message>
    <message>
        <source>write the CSV to FILE</source>
        <translation>将 CSV 写入 FILE</translation>
    </message>
    <message>
        <source>every enrollment of this learner</source>
        <translation>该学员的每个报名</translation>
    </message>
    <message>
        <source>the mean progress of this course&apos;s enrollments</source>
        <translation>此课程所有报名的平均进度</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>(nothing to report)</source>
        <translation>（没有可报告的内容）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>the day (default today)</source>
        <translation>日期（默认为今天）</translation>
    </message>
    <message>
        <source>Accounts receivable by days past due (current, 1-30, 31-60, 61-90, 90+)</source>
        <translation>按逾期天数统计的应收账款（未到期、1-30、31-60、61-90、90+）</translation>
    </message>
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
    <name>ReportCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>结束日期 %1 早于开始日期 %2。</translation>
    </message>
    <message numerus="yes">
        <source>A report covers at most %n year(s); choose a later start date.</source>
        <translation>
            <numerusform>报表最多涵盖 %n 年；请选择较晚的开始日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>所有课程</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>所有导师</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
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
    <name>SearchCommands</name>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <source>Find learners, payers, mentors, courses and topics by name, e-mail or phone</source>
        <translation>按姓名、电子邮件或电话查找学员、付款人、导师、课程和主题</translation>
    </message>
    <message>
        <source>at most N results of each kind (1–%1, default %2)</source>
        <translation>每类最多 N 条结果（1–%1，默认 %2）</translation>
    </message>
</context>
<context>
    <name>SecurityCommands</name>
    <message>
        <source>read the new password from environment variable VAR (default MENTORDESK_NEW_PASSWORD)</source>
        <translation>从环境变量 VAR 读取新密码（默认 MENTORDESK_NEW_PASSWORD）</translation>
    </message>
    <message>
        <source>read the new password from the first line of stdin</source>
        <translation>从 stdin 的第一行读取新密码</translation>
    </message>
    <message>
        <source>--role is owner, mentor or front_desk.</source>
        <translation>--role 取值为 owner、mentor 或 front_desk。</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>没有名为“%1”的账户。</translation>
    </message>
    <message>
        <source>Created the owner account %1; this studio now asks for a login.</source>
        <translation>已创建所有者账户 %1；此工作室现在需要登录。</translation>
    </message>
    <message>
        <source>Added the %1 account %2.</source>
        <translation>已添加%1账户 %2。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 的角色现为%2。</translation>
    </message>
    <message>
        <source>Set a temporary password for %1; it must be changed at the next login.</source>
        <translation>已为 %1 设置临时密码；下次登录时必须更改。</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>已更改 %1 的密码。</translation>
    </message>
    <message>
        <source>give exactly one of --on and --off</source>
        <translation>--on 和 --off 必须且只能指定一个</translation>
    </message>
    <message>
        <source>This studio now asks for a login.</source>
        <translation>此工作室现在需要登录。</translation>
    </message>
    <message>
        <source>This studio no longer asks for a login on this computer.</source>
        <translation>此工作室在这台电脑上不再需要登录。</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>审计日志在第 %1 条记录处损坏：%2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>审计日志完好：已检查 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Create the studio&apos;s first account, its owner, and turn the login on</source>
        <translation>创建工作室的第一个账户（即所有者），并开启登录</translation>
    </message>
    <message>
        <source>owner, mentor or front_desk</source>
        <translation>owner、mentor 或 front_desk</translation>
    </message>
    <message>
        <source>the mentor record (mentor role)</source>
        <translation>对应的导师记录（导师角色）</translation>
    </message>
    <message>
        <source>Add an account (owner only)</source>
        <translation>添加账户（仅限所有者）</translation>
    </message>
    <message>
        <source>List the accounts (owner only)</source>
        <translation>列出账户（仅限所有者）</translation>
    </message>
    <message>
        <source>Change an account&apos;s role (owner only; audited)</source>
        <translation>更改账户的角色（仅限所有者；记入审计日志）</translation>
    </message>
    <message>
        <source>Set a temporary password that must be changed at the next login (owner only)</source>
        <translation>设置下次登录时必须更改的临时密码（仅限所有者）</translation>
    </message>
    <message>
        <source>Change your own password (current one in $MENTORDESK_PASSWORD)</source>
        <translation>更改自己的密码（当前密码放在 $MENTORDESK_PASSWORD 中）</translation>
    </message>
    <message>
        <source>Turn the studio&apos;s login on or off (owner only)</source>
        <translation>开启或关闭工作室的登录（仅限所有者）</translation>
    </message>
    <message>
        <source>ask for a login</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>no login on this computer</source>
        <translation>在这台电脑上无需登录</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain and say where it breaks</source>
        <translation>检查审计日志的哈希链，并指出断裂位置</translation>
    </message>
    <message>
        <source>Browse the audit log, newest first (owner only)</source>
        <translation>浏览审计日志，最新的在前（仅限所有者）</translation>
    </message>
    <message>
        <source>only this account&apos;s entries</source>
        <translation>仅此账户的记录</translation>
    </message>
    <message>
        <source>only actions starting with PREFIX</source>
        <translation>仅以 PREFIX 开头的操作</translation>
    </message>
    <message>
        <source>only this kind of record</source>
        <translation>仅此类记录</translation>
    </message>
    <message>
        <source>at most N entries (default 50)</source>
        <translation>最多 N 条记录（默认 50）</translation>
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
        <translation>该备份中没有 MentorDesk 工作室。</translation>
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
    <message>
        <source>The copy “%1” is not a readable studio: %2</source>
        <translation>副本“%1”不是可读取的工作室文件：%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无结果</translation>
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
    <message>
        <source>The currency stays %1: the studio already has records whose amounts are in %1.</source>
        <translation>货币仍为 %1：工作室已有以 %1 计价的记录。</translation>
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
    <name>TodayRows</name>
    <message>
        <source>%1  %2 · with %3%4</source>
        <translation>%1  %2 · 与 %3%4</translation>
    </message>
    <message>
        <source>%1  %2 · with %3</source>
        <translation>%1  %2 · 与 %3</translation>
    </message>
    <message>
        <source>%1 — %2 (%3): &lt;span style=&quot;color:#c62828&quot;&gt;%4&lt;/span&gt;</source>
        <translation>%1 — %2（%3）：&lt;span style=&quot;color:#c62828&quot;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation>与上周持平</translation>
    </message>
    <message>
        <source>%1 more than last week</source>
        <translation>比上周多 %1</translation>
    </message>
    <message>
        <source>%1 less than last week</source>
        <translation>比上周少 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; held so far this week (%2; last week %3)</source>
        <translation>本周至今已上课 &lt;b&gt;%1&lt;/b&gt;（%2；上周 %3）</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;report:revenue&quot;&gt;Invoiced&lt;/a&gt; %1 this month (last month %2)</source>
        <translation>本月&lt;a href=&quot;report:revenue&quot;&gt;开票&lt;/a&gt; %1（上月 %2）</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;report:revenue&quot;&gt;Received&lt;/a&gt; %1 this month (last month %2)</source>
        <translation>本月&lt;a href=&quot;report:revenue&quot;&gt;已收款&lt;/a&gt; %1（上月 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3, %n day(s) overdue</source>
        <translation>
            <numerusform>%1 %2：%3，逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>%1 — %2: %3 left (until %4) · %5</source>
        <translation>%1 — %2：剩余 %3（有效期至 %4）· %5</translation>
    </message>
    <message>
        <source>%1 — %2: %3 left · %4</source>
        <translation>%1 — %2：剩余 %3 · %4</translation>
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
    <name>mentordesk::AccountDialog</name>
    <message>
        <source>Change Your Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>Create the Owner Account</source>
        <translation>创建所有者账户</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Mentor record:</source>
        <translation>导师记录(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>重复密码(&amp;E)：</translation>
    </message>
    <message>
        <source>Everyone will sign in from now on. The owner may do everything, including adding the other accounts. Keep the password safe: nobody can recover it.</source>
        <translation>从现在起，所有人都需要登录。所有者可以执行所有操作，包括添加其他账户。请妥善保管密码：密码丢失后任何人都无法找回。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The password you signed in with</source>
        <translation>您登录时使用的密码</translation>
    </message>
    <message>
        <source>e.g. anna</source>
        <translation>例如 anna</translation>
    </message>
    <message>
        <source>What this person types to sign in: 2 to 64 letters, digits, dots, dashes, underscores or @</source>
        <translation>此人登录时输入的名称：2 到 64 个字母、数字、点、短横线、下划线或 @</translation>
    </message>
    <message>
        <source>e.g. Anna Berg</source>
        <translation>例如 Anna Berg</translation>
    </message>
    <message>
        <source>The full name shown in the audit log and on the lock screen</source>
        <translation>在审计日志和锁定屏幕上显示的全名</translation>
    </message>
    <message>
        <source>Owner: everything. Mentor: own learners and lessons. Front desk: scheduling and people, no money runs</source>
        <translation>所有者：全部权限。导师：自己的学员和课时。前台：排课和人员管理，不可执行资金操作</translation>
    </message>
    <message>
        <source>The mentor this account teaches as; it sees that mentor&apos;s learners and lessons</source>
        <translation>此账户以哪位导师身份授课；可查看该导师的学员和课时</translation>
    </message>
    <message>
        <source>The person changes it after the first sign-in</source>
        <translation>此人首次登录后需修改密码</translation>
    </message>
    <message>
        <source>Nobody can recover a lost password: keep it safe</source>
        <translation>丢失的密码无法找回：请妥善保管</translation>
    </message>
    <message>
        <source>the same password again</source>
        <translation>再次输入相同密码</translation>
    </message>
</context>
<context>
    <name>mentordesk::AccountTableModel</name>
    <message>
        <source>Has a temporary password that must be changed at the next sign-in.</source>
        <translation>当前为临时密码，下次登录时必须修改。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
</context>
<context>
    <name>mentordesk::AccountsBox</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Change R&amp;ole…</source>
        <translation>更改角色(&amp;O)…</translation>
    </message>
    <message>
        <source>Reset &amp;Password</source>
        <translation>重置密码(&amp;P)</translation>
    </message>
    <message>
        <source>Give the selected account a temporary password that must be changed at its next sign-in.</source>
        <translation>为所选账户设置临时密码，该账户下次登录时必须修改。</translation>
    </message>
    <message>
        <source>Only an owner can see and change the studio&apos;s accounts. You can change your own password under Sign-in.</source>
        <translation>只有所有者可以查看和更改工作室的账户。您可以在“登录”下修改自己的密码。</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>无法读取账户：%1</translation>
    </message>
    <message>
        <source>No accounts yet: everyone works as the studio&apos;s owner. Turn on &quot;Ask everyone to sign in&quot; to create the owner account.</source>
        <translation>尚无账户：所有人都以工作室所有者的身份工作。开启“要求所有人登录”即可创建所有者账户。</translation>
    </message>
    <message>
        <source>Added the %1 account %2. Tell them the temporary password; they choose their own at the first sign-in.</source>
        <translation>已添加%1账户 %2。请将临时密码告知对方；对方首次登录时将自行设置密码。</translation>
    </message>
    <message>
        <source>The role was not changed: %1</source>
        <translation>角色未更改：%1</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 的角色现为%2。</translation>
    </message>
    <message>
        <source>The password was not reset: %1</source>
        <translation>密码未重置：%1</translation>
    </message>
    <message>
        <source>Temporary password for %1: %2 — it is shown only now; %1 must change it at the next sign-in.</source>
        <translation>%1 的临时密码：%2——仅在此时显示；%1 下次登录时必须修改。</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <source>A&amp;dd Account…</source>
        <translation>添加账户(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>mentordesk::AgingModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>超过 90 天</translation>
    </message>
</context>
<context>
    <name>mentordesk::AtRiskTable</name>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>mentordesk::AuditLogBox</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Action starts with (invoice.)</source>
        <translation>操作前缀（invoice.）</translation>
    </message>
    <message>
        <source>Record kind (payment)</source>
        <translation>记录类型（payment）</translation>
    </message>
    <message>
        <source>from any day</source>
        <translation>开始日期不限</translation>
    </message>
    <message>
        <source>to any day</source>
        <translation>结束日期不限</translation>
    </message>
    <message>
        <source>Only entries on or after this day.</source>
        <translation>仅显示此日期当天或之后的条目。</translation>
    </message>
    <message>
        <source>Only entries on or before this day.</source>
        <translation>仅显示此日期当天或之前的条目。</translation>
    </message>
    <message>
        <source>&amp;Verify Audit Log</source>
        <translation>校验审计日志(&amp;V)</translation>
    </message>
    <message>
        <source>Re-check every entry&apos;s hash: any edit or removal made outside MentorDesk shows up as a break.</source>
        <translation>重新校验每个条目的哈希值：在 MentorDesk 之外进行的任何编辑或删除都会显示为断链。</translation>
    </message>
    <message>
        <source>Only an owner can read the audit log.</source>
        <translation>只有所有者可以查看审计日志。</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The audit log could not be checked: %1</source>
        <translation>无法校验审计日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entry(ies) checked).</source>
        <translation>
            <numerusform>审计日志完整（已校验 %n 个条目）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>审计日志在条目 %1 处断开：%2</translation>
    </message>
</context>
<context>
    <name>mentordesk::AuditLogModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>mentordesk::AutomaticBackupForm</name>
    <message>
        <source>Folder for Automatic Backups</source>
        <translation>自动备份文件夹</translation>
    </message>
    <message>
        <source>A folder on another disk or a USB stick</source>
        <translation>另一块磁盘或 U 盘上的文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source> newest copies</source>
        <translation> 个最新副本</translation>
    </message>
    <message>
        <source>Older automatic backups in the folder are deleted.</source>
        <translation>该文件夹中较旧的自动备份会被删除。</translation>
    </message>
    <message>
        <source>A verified copy of the studio goes to the folder below when you close it, and on the schedule below while it is open.</source>
        <translation>关闭工作室时，会将经过验证的副本保存到下方文件夹；打开期间则按下方计划进行备份。</translation>
    </message>
    <message>
        <source>Only when the studio is closed</source>
        <translation>仅在工作室关闭时</translation>
    </message>
    <message>
        <source>Also once a day</source>
        <translation>另外每天一次</translation>
    </message>
    <message numerus="yes">
        <source>Also every %n hour(s)</source>
        <translation>
            <numerusform>另外每 %n 小时一次</numerusform>
        </translation>
    </message>
    <message>
        <source>Backs up in the background while you work; the status bar shows when the last backup was made.</source>
        <translation>在您工作时于后台备份；状态栏会显示上次备份的时间。</translation>
    </message>
    <message>
        <source>Back up a&amp;utomatically whenever the studio is closed</source>
        <translation>每次关闭工作室时自动备份(&amp;U)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Wh&amp;ile open:</source>
        <translation>打开期间(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>mentordesk::BillingExportDialog</name>
    <message>
        <source>Export Invoices</source>
        <translation>导出发票</translation>
    </message>
    <message>
        <source>Invoices and credit notes (CSV)</source>
        <translation>发票和贷项通知单（CSV）</translation>
    </message>
    <message>
        <source>Accounting journal (hledger)</source>
        <translation>会计日记账（hledger）</translation>
    </message>
    <message>
        <source>One row per invoice &amp;line</source>
        <translation>每个发票行一行(&amp;L)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Invoices and credit notes issued in the range (the CSV), or every invoice, credit note and payment dated in it (the journal). The same files as the command line&apos;s “invoice export” and “export journal”.</source>
        <translation>该期间内开具的发票和贷项通知单（CSV），或日期在该期间内的所有发票、贷项通知单和付款（日记账）。与命令行的“invoice export”和“export journal”生成的文件相同。</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>从(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>hledger journal (*.journal);;All files (*)</source>
        <translation>hledger 日记账 (*.journal);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The range must end on or after its first day.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 invoices, %3 credit notes, %4 payments.</source>
        <translation>已写入 %1：%2 张发票、%3 张贷项通知单、%4 笔付款。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 张发票导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for a spreadsheet, or a plain-text hledger journal for your accountant</source>
        <translation>用于电子表格的 CSV，或供会计师使用的纯文本 hledger 日记账</translation>
    </message>
    <message>
        <source>First day of the range, included (YYYY-MM-DD)</source>
        <translation>范围的第一天，包含在内（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Last day of the range, included (YYYY-MM-DD)</source>
        <translation>范围的最后一天，包含在内（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>CSV only: one row per invoice line instead of one row per invoice</source>
        <translation>仅限 CSV：每个发票行一行，而不是每张发票一行</translation>
    </message>
</context>
<context>
    <name>mentordesk::BillingPage</name>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Receivables</source>
        <translation>应收账款(&amp;R)</translation>
    </message>
    <message>
        <source>Billing runs, invoices, payments and credit notes</source>
        <translation>计费运行、发票、付款和贷项通知单</translation>
    </message>
    <message>
        <source>Who owes what, for how long, and reminders</source>
        <translation>谁欠多少、欠了多久，以及催款提醒</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Taxes, attendance rules, invoice numbers and payment terms</source>
        <translation>税费、出勤规则、发票编号和付款条款</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Invoices as CSV or an hledger journal for a date range</source>
        <translation>将某一日期范围内的发票导出为 CSV 或 hledger 日记账</translation>
    </message>
</context>
<context>
    <name>mentordesk::BillingRunDialog</name>
    <message>
        <source>Billing Run</source>
        <translation>计费运行</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Show the drafts this run would make without storing anything</source>
        <translation>显示本次运行将生成的草稿，但不保存任何内容</translation>
    </message>
    <message>
        <source>&amp;Create Drafts</source>
        <translation>创建草稿(&amp;C)</translation>
    </message>
    <message>
        <source>Create or refresh the draft invoices of the month (nothing is issued yet)</source>
        <translation>创建或刷新本月的发票草稿（尚不开具任何发票）</translation>
    </message>
    <message>
        <source>Payer / line</source>
        <translation>付款人 / 明细行</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Choose a month and preview the drafts.</source>
        <translation>请选择月份并预览草稿。</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: %n draft invoice(s), %2 in total.</source>
        <translation>
            <numerusform>%1 预览：%n 张发票草稿，合计 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billed %1: %n draft invoice(s), %2 in total.</source>
        <translation>
            <numerusform>已为 %1 计费：%n 张发票草稿，合计 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to bill in this month.</source>
        <translation>本月已没有可计费的项目。</translation>
    </message>
    <message>
        <source>The month whose held lessons, subscriptions and events are billed</source>
        <translation>要对其中已上课的课时、订阅和活动进行计费的月份</translation>
    </message>
</context>
<context>
    <name>mentordesk::BillingSettingsPanel</name>
    <message>
        <source>Taxes</source>
        <translation>税费</translation>
    </message>
    <message>
        <source>Prices exclude tax (tax is added)</source>
        <translation>价格不含税（另加税费）</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>价格含税</translation>
    </message>
    <message>
        <source>&amp;Prices:</source>
        <translation>价格(&amp;P)：</translation>
    </message>
    <message>
        <source>Tax rates:</source>
        <translation>税率：</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> 小时前</translation>
    </message>
    <message>
        <source>Never late</source>
        <translation>从不算迟取消</translation>
    </message>
    <message>
        <source>&amp;Late cancellation:</source>
        <translation>迟取消(&amp;L)：</translation>
    </message>
    <message>
        <source>Late cancellation &amp;billed (%):</source>
        <translation>迟取消计费比例(%)(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;No-show billed (%):</source>
        <translation>缺席计费比例(%)(&amp;N)：</translation>
    </message>
    <message>
        <source>A billed late cancellation earns a free &amp;make-up lesson (hourly plans)</source>
        <translation>已计费的迟取消可获得一次免费补课（按小时计费方案）(&amp;M)</translation>
    </message>
    <message>
        <source>Lessons cancelled by the mentor are never billed.</source>
        <translation>由导师取消的课时从不计费。</translation>
    </message>
    <message>
        <source>Numbers and terms</source>
        <translation>编号与条款</translation>
    </message>
    <message>
        <source>&amp;Invoice prefix:</source>
        <translation>发票前缀(&amp;I)：</translation>
    </message>
    <message>
        <source>C&amp;redit note prefix:</source>
        <translation>贷项通知单前缀(&amp;R)：</translation>
    </message>
    <message>
        <source>Printed under the totals, e.g. bank details</source>
        <translation>打印在合计下方，例如银行账户信息</translation>
    </message>
    <message>
        <source>Payment &amp;terms note:</source>
        <translation>付款条款说明(&amp;T)：</translation>
    </message>
    <message>
        <source>Days until an invoice is due are set on the Settings page.</source>
        <translation>发票到期天数在“设置”页面中设置。</translation>
    </message>
    <message>
        <source>&amp;Save Billing Settings</source>
        <translation>保存计费设置(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>New rate, e.g. “VAT 19 %”</source>
        <translation>新税率，例如“增值税 19 %”</translation>
    </message>
    <message>
        <source>&amp;Add Rate</source>
        <translation>添加税率(&amp;A)</translation>
    </message>
    <message>
        <source>next number: %1</source>
        <translation>下一个编号：%1</translation>
    </message>
    <message>
        <source>Billing settings saved.</source>
        <translation>计费设置已保存。</translation>
    </message>
    <message>
        <source>Whether the prices in plans already contain tax or tax is added on the invoice</source>
        <translation>计费方案中的价格是否已含税，还是在发票上另行加税</translation>
    </message>
    <message>
        <source>A cancellation less than this many hours before the lesson counts as late (0 = never late)</source>
        <translation>在课时开始前不足此小时数取消即视为迟取消（0 = 从不算迟取消）</translation>
    </message>
    <message>
        <source>Percent of the lesson price billed for a late cancellation, 0–100</source>
        <translation>迟取消时按课时价格计费的百分比，0–100</translation>
    </message>
    <message>
        <source>Percent of the lesson price billed when the learner does not come, 0–100</source>
        <translation>学员缺席时按课时价格计费的百分比，0–100</translation>
    </message>
    <message>
        <source>The learner may book a replacement lesson at no charge after a billed late cancellation</source>
        <translation>已计费的迟取消后，学员可免费预约一节补课</translation>
    </message>
    <message>
        <source>Letters before every invoice number, e.g. INV- gives INV-0042</source>
        <translation>每个发票编号前的字母，例如 INV- 生成 INV-0042</translation>
    </message>
    <message>
        <source>Letters before every credit note number, e.g. CN- gives CN-0007</source>
        <translation>每个贷项通知单编号前的字母，例如 CN- 生成 CN-0007</translation>
    </message>
    <message>
        <source>The new rate in percent, e.g. 19 or 7.5</source>
        <translation>新税率（百分比），例如 19 或 7.5</translation>
    </message>
</context>
<context>
    <name>mentordesk::BlindRatingsCheck</name>
    <message>
        <source>Blind ratings</source>
        <translation>盲评</translation>
    </message>
    <message>
        <source>When on, a mentor sees a learner&apos;s rating only after giving their own assessment of that learner (after the rated lesson, or after the rating).</source>
        <translation>开启后，导师只有在对该学员给出自己的评估之后（在被评分的课时之后，或在评分之后），才能看到该学员的评分。</translation>
    </message>
    <message>
        <source>Feedback settings</source>
        <translation>反馈设置</translation>
    </message>
</context>
<context>
    <name>mentordesk::BuyPackageDialog</name>
    <message>
        <source>Buy Package — %1</source>
        <translation>购买课时包 — %1</translation>
    </message>
    <message>
        <source>Buy Package</source>
        <translation>购买课时包</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>&amp;Bought on:</source>
        <translation>购买日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>课时包：</translation>
    </message>
    <message>
        <source>&amp;Record Purchase</source>
        <translation>记录购买(&amp;R)</translation>
    </message>
    <message>
        <source>No package plan is in force on this day.</source>
        <translation>该日没有生效的课时包计费方案。</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>无到期日</translation>
    </message>
    <message>
        <source>%1 h for %2 under “%3”, %4</source>
        <translation>%1 小时，%2，按“%3”，%4</translation>
    </message>
    <message>
        <source>The day the payer bought the package (YYYY-MM-DD); its validity starts then</source>
        <translation>付款人购买课时包的日期（YYYY-MM-DD）；有效期自该日开始</translation>
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
    <message>
        <source>d MMM</source>
        <comment>start of a week range</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>start of a week range</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>end of a week range</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Too many lessons side by side: choose a mentor.</source>
        <translation>同时段课时过多：请选择一位导师。</translation>
    </message>
    <message>
        <source>Too many lessons side by side: double-click a summary or choose a mentor.</source>
        <translation>同时段课时过多：双击汇总块或选择一位导师。</translation>
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
    <message>
        <source>Include a&amp;rchived</source>
        <translation>包括已归档(&amp;R)</translation>
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
    <message>
        <source>Top&amp;ics:</source>
        <translation>知识点(&amp;I)：</translation>
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
    <message>
        <source>Length (h:mm)</source>
        <translation>时长（h:mm）</translation>
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
    <name>mentordesk::CreditNoteDialog</name>
    <message>
        <source>Credit Invoice %1</source>
        <translation>为发票 %1 开具贷项通知单</translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. “Lessons billed twice”</source>
        <translation>打印在贷项通知单上，例如“课时重复计费”</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Issue Credit Note</source>
        <translation>开具贷项通知单(&amp;I)</translation>
    </message>
    <message>
        <source>Issue a credit note against invoice %1?

The invoice stays as it is; the credit note gets the next credit-note number and cannot be deleted. Whatever it takes off beyond what is still open (balance now %2) becomes the payer&apos;s credit.</source>
        <translation>要为发票 %1 开具贷项通知单吗？

发票本身保持不变；贷项通知单使用下一个贷项通知单编号，且无法删除。超出尚未结清金额（当前余额 %2）的部分将计入付款人预存款。</translation>
    </message>
    <message>
        <source>Credit the &amp;whole invoice (void): the lessons it billed can be billed again</source>
        <translation>贷记整张发票（作废）：其已计费的课时可重新计费(&amp;W)</translation>
    </message>
    <message>
        <source>Credit &amp;selected lines (amounts can be lowered):</source>
        <translation>贷记所选行（金额可调低）(&amp;S)：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷记</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Tick the lines to credit, or credit the whole invoice.</source>
        <translation>请勾选要贷记的行，或贷记整张发票。</translation>
    </message>
    <message>
        <source>Cancels the whole invoice; its lessons become billable again in the next run</source>
        <translation>撤销整张发票；其课时将在下次计费运行中重新计费</translation>
    </message>
    <message>
        <source>Credits only the ticked lines; edit the Credit column to credit less than a line&apos;s amount</source>
        <translation>仅冲减已勾选的行；编辑“贷项”列可冲减少于该行金额的数额</translation>
    </message>
</context>
<context>
    <name>mentordesk::EfficiencySourceBox</name>
    <message>
        <source>E: enrollment&apos;s default</source>
        <translation>E：报名的默认值</translation>
    </message>
    <message>
        <source>E: calibrated from assessments</source>
        <translation>E：根据评估校准</translation>
    </message>
    <message>
        <source>Which efficiency E the progress figures use: each enrollment&apos;s own E, or the E calibrated from the mentor&apos;s mastery assessments (the default E where there are none).</source>
        <translation>进度数据使用哪个效率 E：各报名自身的 E，或根据导师的掌握度评估校准的 E（没有评估时使用默认 E）。</translation>
    </message>
    <message>
        <source>Progress settings</source>
        <translation>进度设置</translation>
    </message>
</context>
<context>
    <name>mentordesk::EnquiryMatchDialog</name>
    <message>
        <source>Tick the topics the enquirer wants to learn to see matching mentors and courses.</source>
        <translation>勾选咨询者想学习的主题，即可查看匹配的导师和课程。</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>正在匹配…</translation>
    </message>
    <message numerus="yes">
        <source>%n goal topic(s), level %1, %2 a week.</source>
        <translation>
            <numerusform>%n 个目标主题，水平 %1，每周 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Match a New Enquiry</source>
        <translation>匹配新咨询</translation>
    </message>
    <message>
        <source>&amp;Goal topics:</source>
        <translation>目标主题(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Level (1–5):</source>
        <translation>水平（1–5）(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Hours a week:</source>
        <translation>每周小时数(&amp;H)：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>No mentors to rank.</source>
        <translation>没有可排名的导师。</translation>
    </message>
    <message>
        <source>No courses to suggest.</source>
        <translation>没有可推荐的课程。</translation>
    </message>
    <message>
        <source>Where the enquirer starts, from 1 (beginner) to 5 (advanced)</source>
        <translation>咨询者的起点水平，从 1（初学）到 5（高级）</translation>
    </message>
    <message>
        <source>Hours per week the enquirer can spend on lessons, e.g. 1.5</source>
        <translation>咨询者每周可用于上课的小时数，例如 1.5</translation>
    </message>
</context>
<context>
    <name>mentordesk::EnrollCourseDialog</name>
    <message>
        <source>Enroll in Course</source>
        <translation>报名课程</translation>
    </message>
    <message>
        <source>Enroll %1 in “%2”?</source>
        <translation>要为 %1 报名“%2”吗？</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>导师(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Who teaches the course; the recommended mentor is preselected</source>
        <translation>由谁教授该课程；已预先选择推荐的导师</translation>
    </message>
    <message>
        <source>The first day of the enrollment (YYYY-MM-DD)</source>
        <translation>报名的第一天（YYYY-MM-DD）</translation>
    </message>
</context>
<context>
    <name>mentordesk::EnrollmentDialog</name>
    <message>
        <source>Enroll Learner</source>
        <translation>学员报名</translation>
    </message>
    <message>
        <source>Edit Enrollment</source>
        <translation>编辑报名</translation>
    </message>
    <message>
        <source>The course title; required for free-form mentoring</source>
        <translation>课程标题；自由形式辅导时必填</translation>
    </message>
    <message>
        <source>E: how much of an hour&apos;s content a lesson hour covers for this learner (0.8 = the studio default). Progress P = min(1, T·E/C).</source>
        <translation>E：对该学员而言，一个课时小时可覆盖多少小时的内容（0.8 = 工作室默认值）。进度 P = min(1, T·E/C)。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>The course&apos;s content hours</source>
        <translation>课程的内容小时数</translation>
    </message>
    <message>
        <source>The hours the plan aims at; leave at the course&apos;s content hours unless agreed otherwise (required for free-form mentoring).</source>
        <translation>计划的目标小时数；除非另有约定，请保持为课程的内容小时数（自由形式辅导时必填）。</translation>
    </message>
    <message>
        <source>Planned end:</source>
        <translation>计划结束：</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>课程(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>导师(&amp;M)：</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>目标(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>报名(&amp;E)</translation>
    </message>
    <message>
        <source>Free-form mentoring (no course)</source>
        <translation>自由形式辅导（无课程）</translation>
    </message>
    <message>
        <source>A course from the catalog, or free-form mentoring with your own title and target hours</source>
        <translation>课程目录中的课程，或使用自定标题和目标小时数的自由辅导</translation>
    </message>
    <message>
        <source>The mentor who teaches this enrollment</source>
        <translation>教授此报名课程的导师</translation>
    </message>
    <message>
        <source>The first day of the enrollment (YYYY-MM-DD)</source>
        <translation>报名的第一天（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Tick when an end date was agreed; progress reports compare against it</source>
        <translation>约定了结束日期时勾选；进度报告将以此为基准进行比较</translation>
    </message>
    <message>
        <source>The agreed last day (YYYY-MM-DD)</source>
        <translation>约定的最后一天（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Effic&amp;iency E:</source>
        <translation>效率 E(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>mentordesk::EnrollmentEventActions</name>
    <message>
        <source>Select an enrollment first.</source>
        <translation>请先选择一个报名。</translation>
    </message>
    <message>
        <source>Buy Pac&amp;kage…</source>
        <translation>购买课时包(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Milestone Reached…</source>
        <translation>已达成里程碑(&amp;M)…</translation>
    </message>
    <message>
        <source>Mo&amp;dule Started…</source>
        <translation>已开始单元(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>mentordesk::EnrollmentMenu</name>
    <message>
        <source>Select an enrollment on the Enrollments tab first.</source>
        <translation>请先在“报名”选项卡中选择一个报名。</translation>
    </message>
    <message>
        <source>Edit Enrollment</source>
        <translation>编辑报名</translation>
    </message>
    <message>
        <source>Cancel Enrollment</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Cancel the enrollment “%1”? Its lessons and invoices stay; no further lessons are billed for it. You can re-activate it later.</source>
        <translation>取消报名“%1”？其课时和发票将保留，之后不再为其计费任何课时。您可以稍后重新激活。</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Enroll this learner in a course, or change the selected enrollment</source>
        <translation>为该学员报名课程，或更改所选报名</translation>
    </message>
    <message>
        <source>&amp;Enroll in a Course…</source>
        <translation>报名课程(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected Enrollment…</source>
        <translation>编辑所选报名(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>完成(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ancel…</source>
        <translation>取消(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Re-activate</source>
        <translation>重新激活(&amp;R)</translation>
    </message>
    <message>
        <source>Record A&amp;ssessment…</source>
        <translation>记录评估(&amp;S)…</translation>
    </message>
    <message>
        <source>Record Ra&amp;ting…</source>
        <translation>记录评分(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>mentordesk::EnrollmentProgressWidget</name>
    <message>
        <source>Progress unavailable: %1</source>
        <translation>进度不可用：%1</translation>
    </message>
    <message>
        <source>No enrollment selected</source>
        <translation>未选择报名</translation>
    </message>
    <message>
        <source>%1 — with %2</source>
        <translation>%1 — 与 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 held, about %2 to go</source>
        <translation>已上课 %1，约还需 %2</translation>
    </message>
    <message>
        <source>%1 held — the content is covered</source>
        <translation>已上课 %1 — 内容已全部覆盖</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>No recent pace, so no projected finish.</source>
        <translation>近期没有进度节奏，因此无法预计完成日期。</translation>
    </message>
    <message>
        <source>Pace %1 a week; projected finish %2.</source>
        <translation>进度节奏为每周 %1；预计完成日期为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Planned for %1: %n day(s) late.</source>
        <translation>
            <numerusform>计划于 %1 完成：晚 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned for %1: %n day(s) early.</source>
        <translation>
            <numerusform>计划于 %1 完成：提前 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned for %1.</source>
        <translation>计划于 %1 完成。</translation>
    </message>
    <message numerus="yes">
        <source>Efficiency: calibrated %1 in use (default %2, from %n assessment(s)).</source>
        <translation>
            <numerusform>效率：正在使用校准值 %1（默认值 %2，基于 %n 次评估）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Efficiency: default %1 in use (calibrated %2 from %n assessment(s)).</source>
        <translation>
            <numerusform>效率：正在使用默认值 %1（基于 %n 次评估的校准值为 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Efficiency: default %1 (no assessments to calibrate from yet).</source>
        <translation>效率：默认值 %1（尚无可用于校准的评估）。</translation>
    </message>
    <message>
        <source>Mastery: no assessments yet.</source>
        <translation>掌握度：尚无评估。</translation>
    </message>
    <message>
        <source>Mastery per topic:</source>
        <translation>各主题掌握度：</translation>
    </message>
</context>
<context>
    <name>mentordesk::ErasePersonDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>清除个人数据</translation>
    </message>
    <message>
        <source>This replaces %1&apos;s name with a pseudonym and clears their contact details, notes, lesson notes, rating comments and assessment notes everywhere. Lessons, attendance and figures stay, without the name. Issued invoices and credit notes are kept unchanged, as the law requires.

This cannot be undone. Export the data first if it may be asked for.</source>
        <translation>这会将 %1 的姓名替换为化名，并清除其在各处的联系方式、备注、课时备注、评分评语和评估备注。课时、出勤和统计数据会保留，但不再包含姓名。已开具的发票和贷项通知单按法律要求保持不变。

此操作无法撤销。如果之后可能有人索取这些数据，请先导出。</translation>
    </message>
    <message>
        <source>This replaces %1&apos;s name with a pseudonym and clears their contact details, address, tax id and notes everywhere, draft invoices included. Issued invoices, credit notes and payments are kept unchanged, as the law requires.

This cannot be undone. Export the data first if it may be asked for.</source>
        <translation>这会将 %1 的姓名替换为化名，并清除其在各处的联系方式、地址、税号和备注，包括草稿发票中的信息。已开具的发票、贷项通知单和付款记录按法律要求保持不变。

此操作无法撤销。如果之后可能有人索取这些数据，请先导出。</translation>
    </message>
    <message>
        <source>Type “%1” to confirm:</source>
        <translation>输入“%1”以确认：</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>The name exactly as shown, to confirm that this person is to be erased</source>
        <translation>按显示内容准确输入姓名，以确认要清除此人</translation>
    </message>
</context>
<context>
    <name>mentordesk::ExpertiseModel</name>
    <message>
        <source>1 — basics</source>
        <translation>1 — 基础</translation>
    </message>
    <message>
        <source>2 — working knowledge</source>
        <translation>2 — 实用水平</translation>
    </message>
    <message>
        <source>3 — solid</source>
        <translation>3 — 扎实</translation>
    </message>
    <message>
        <source>4 — advanced</source>
        <translation>4 — 高级</translation>
    </message>
    <message>
        <source>5 — expert</source>
        <translation>5 — 专家</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
</context>
<context>
    <name>mentordesk::ExportDialog</name>
    <message>
        <source>%1 written…</source>
        <translation>已写入 %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Write the studio&apos;s data to a file: everything as JSON (to keep, or to move to another program), or one list as CSV for a spreadsheet.</source>
        <translation>将工作室的数据写入文件：全部数据导出为 JSON（用于留存，或迁移到其他程序），或将一个列表导出为 CSV 供电子表格使用。</translation>
    </message>
    <message>
        <source>&amp;Whole studio as JSON</source>
        <translation>整个工作室导出为 JSON(&amp;W)</translation>
    </message>
    <message>
        <source>Every table of the studio in one JSON file (format “mentordesk-studio”).</source>
        <translation>将工作室的所有表写入一个 JSON 文件（格式为“mentordesk-studio”）。</translation>
    </message>
    <message>
        <source>One &amp;list as CSV:</source>
        <translation>单个列表导出为 CSV(&amp;L)：</translation>
    </message>
    <message>
        <source>One table as a CSV file with a header row, for Excel, LibreOffice or Numbers.</source>
        <translation>将一个表导出为带标题行的 CSV 文件，适用于 Excel、LibreOffice 或 Numbers。</translation>
    </message>
    <message>
        <source>The list to export as CSV.</source>
        <translation>要导出为 CSV 的列表。</translation>
    </message>
    <message>
        <source>Include &amp;deleted records</source>
        <translation>包括已删除的记录(&amp;D)</translation>
    </message>
    <message>
        <source>Also write records that were deleted (they are kept, marked deleted, for synchronisation).</source>
        <translation>同时写入已删除的记录（这些记录为同步而保留，并标记为已删除）。</translation>
    </message>
    <message>
        <source>Starts the CSV with a byte-order mark so that Excel shows accents and Chinese characters correctly.</source>
        <translation>在 CSV 开头写入字节顺序标记（BOM），使 Excel 能正确显示重音字符和中文。</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Path of the file to write</source>
        <translation>要写入的文件路径</translation>
    </message>
    <message>
        <source>The file to write. An existing file is replaced only when the export succeeds.</source>
        <translation>要写入的文件。仅在导出成功时才会替换现有文件。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) from %1 tables to %2.</source>
        <translation>
            <numerusform>已将 %1 个表中的 %Ln 行导出到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 for E&amp;xcel</source>
        <translation>将文件标记为 UTF-8 以便 Excel 打开(&amp;X)</translation>
    </message>
</context>
<context>
    <name>mentordesk::ExportJob</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>mentordesk::FirstStepsCard</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>入门步骤</translation>
    </message>
    <message>
        <source>Set up your studio in a few minutes. Each step checks itself off as you go.</source>
        <translation>几分钟即可设置好您的工作室。每完成一步都会自动勾选。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide this checklist for this studio (it does not come back)</source>
        <translation>为此工作室隐藏此清单（不会再显示）</translation>
    </message>
    <message>
        <source>Add your first learner</source>
        <translation>添加第一位学员</translation>
    </message>
    <message>
        <source>Name, contacts, payer and weekly hours. Many learners? Use File ▸ Import.</source>
        <translation>姓名、联系方式、付款人和每周小时数。学员很多？请使用“文件 ▸ 导入”。</translation>
    </message>
    <message>
        <source>Add Learner…</source>
        <translation>添加学员…</translation>
    </message>
    <message>
        <source>Open Learners with a new learner form</source>
        <translation>打开“学员”并显示新建学员表单</translation>
    </message>
    <message>
        <source>Schedule a lesson</source>
        <translation>安排课时</translation>
    </message>
    <message>
        <source>Enroll the learner in a course first (Learners ▸ Enrollment), then double-click a free time in the calendar.</source>
        <translation>先为学员报名课程（学员 ▸ 报名），然后在日历中双击空闲时间。</translation>
    </message>
    <message>
        <source>Open Calendar</source>
        <translation>打开日历</translation>
    </message>
    <message>
        <source>Show the calendar to schedule a lesson</source>
        <translation>显示日历以安排课时</translation>
    </message>
    <message>
        <source>Record attendance (optional)</source>
        <translation>记录出勤（可选）</translation>
    </message>
    <message>
        <source>After a lesson, double-click it and record whether it was held; hourly billing counts the minutes held.</source>
        <translation>课时结束后，双击该课时并记录是否已上课；按小时计费会统计已上课的分钟数。</translation>
    </message>
    <message>
        <source>Show the calendar to record what happened in a lesson</source>
        <translation>显示日历以记录课时的情况</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>运行计费</translation>
    </message>
    <message>
        <source>Turn a month of lessons into draft invoices to check and issue.</source>
        <translation>将一个月的课时生成发票草稿，以便核对并开具。</translation>
    </message>
    <message>
        <source>Run Billing…</source>
        <translation>运行计费…</translation>
    </message>
    <message>
        <source>Open Billing and start a billing run</source>
        <translation>打开“计费”并开始计费运行</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>尚未完成</translation>
    </message>
</context>
<context>
    <name>mentordesk::GlobalSearchPopup</name>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
</context>
<context>
    <name>mentordesk::HelpDialog</name>
    <message>
        <source>MentorDesk Help</source>
        <translation>MentorDesk 帮助</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
</context>
<context>
    <name>mentordesk::HourlyPlanEditor</name>
    <message>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>per lesson</source>
        <translation>每课时</translation>
    </message>
    <message>
        <source>&amp;Rate (%1):</source>
        <translation>费率（%1）(&amp;R)：</translation>
    </message>
    <message>
        <source>Billed once, on the first invoice of this plan (0 = none)</source>
        <translation>仅在此计费方案的第一张发票上计费一次（0 = 无）</translation>
    </message>
    <message>
        <source>&amp;One-off fee:</source>
        <translation>一次性费用(&amp;O)：</translation>
    </message>
    <message>
        <source>Lower rate once progress reaches a threshold</source>
        <translation>进度达到阈值后降低费率</translation>
    </message>
    <message>
        <source>Progress &amp;threshold:</source>
        <translation>进度阈值(&amp;T)：</translation>
    </message>
    <message>
        <source>Whether the rate is for 60 minutes held or for each lesson regardless of length</source>
        <translation>费率是按已上课 60 分钟计算，还是不论时长按每节课时计算</translation>
    </message>
    <message>
        <source>Charge the lower rate below once the learner&apos;s progress in the course passes the threshold</source>
        <translation>学员在该课程中的进度超过阈值后，按下方较低费率收费</translation>
    </message>
    <message>
        <source>Progress in percent of the course at which the lower rate starts</source>
        <translation>开始采用较低费率时的课程进度百分比</translation>
    </message>
    <message>
        <source>Dis&amp;counted rate:</source>
        <translation>折扣费率(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportFormatPage</name>
    <message>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>竖线 (|)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic (detected: %1)</source>
        <translation>自动（检测到：%1）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16, little endian</source>
        <translation>UTF-16，小端序</translation>
    </message>
    <message>
        <source>UTF-16, big endian</source>
        <translation>UTF-16，大端序</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252（西欧）</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>检查文件的读取方式</translation>
    </message>
    <message>
        <source>MentorDesk detected the text encoding and the column separator. If the table below looks wrong (broken accents or Chinese characters, everything in one column), choose them here.</source>
        <translation>MentorDesk 已检测出文本编码和列分隔符。如果下表看起来不对（重音字符或中文显示为乱码，或所有内容都挤在一列中），请在此处选择。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>How the bytes of the file become text. Excel on Windows often saves Windows-1252; most other programs save UTF-8.</source>
        <translation>文件的字节如何转换为文本。Windows 上的 Excel 通常保存为 Windows-1252；大多数其他程序保存为 UTF-8。</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>The character between the columns. Spreadsheets set to German or French often use semicolons.</source>
        <translation>列与列之间的字符。设置为德语或法语的电子表格常使用分号。</translation>
    </message>
    <message>
        <source>The file is empty; its first line must name the columns.</source>
        <translation>文件为空；其第一行必须是列名。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the file as %1 with %2 as separator: %n column(s).</source>
        <translation>
            <numerusform>以 %1 编码、%2 作为分隔符读取文件：%n 列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportJob</name>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Storing row %1 of %2…</source>
        <translation>正在保存第 %1 行，共 %2 行…</translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation>正在检查第 %1 行，共 %2 行…</translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Choose the MentorDesk field each column of the file fills. Columns are matched by name where possible; fields marked * are required. Columns set to “Don&apos;t import” are left out.</source>
        <translation>为文件的每一列选择要填入的 MentorDesk 字段。系统会尽量按名称匹配列；标有 * 的字段为必填项。设为“不导入”的列将被忽略。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>The field this column fills, or “Don&apos;t import” to leave it out.</source>
        <translation>此列填入的字段，或选择“不导入”以忽略此列。</translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>（第 %1 列没有名称）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n column(s) will be imported.</source>
        <translation>
            <numerusform>将导入 %n 列中的 %1 列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportPreviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Every row was checked without writing anything. Rows with problems are red; hover one to see why. Fix the file and go back, or skip those rows.</source>
        <translation>已逐行检查，未写入任何内容。有问题的行显示为红色；将鼠标悬停在该行上可查看原因。请修正文件后返回，或跳过这些行。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>只显示有问题的行(&amp;P)</translation>
    </message>
    <message>
        <source>Hide the rows that are ready to import.</source>
        <translation>隐藏可以导入的行。</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows</source>
        <translation>跳过有问题的行(&amp;S)</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the rows with problems. Without this, any problem stops the whole import.</source>
        <translation>导入正常的行，略过有问题的行。不勾选此项时，任何问题都会中止整个导入。</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Rows read: %1 · ready to import: %2 · with problems: %3</source>
        <translation>已读取行数：%1 · 可导入：%2 · 有问题：%3</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is:</source>
        <translation>该文件无法按原样导入：</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>Fix the rows in red, or tick “Skip bad rows” to import only the good ones.</source>
        <translation>请修正红色的行，或勾选“跳过有问题的行”以只导入正常的行。</translation>
    </message>
    <message>
        <source>(The table shows the first %1 good rows.)</source>
        <translation>（表格显示前 %1 个正常行。）</translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportRunPage</name>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>正在取消… 不会导入任何内容。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>All rows are written in one go: if you cancel, nothing is imported.</source>
        <translation>所有行将一次性写入：如果取消，则不会导入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Stop now; the studio stays as it was before the import.</source>
        <translation>立即停止；工作室将保持导入前的状态。</translation>
    </message>
    <message>
        <source>Importing %1 from %2…</source>
        <translation>正在从 %2 导入%1…</translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportSourcePage</name>
    <message>
        <source>Choose what to import</source>
        <translation>选择要导入的内容</translation>
    </message>
    <message>
        <source>Pick the kind of records and the CSV file that holds them.</source>
        <translation>选择记录类型以及包含这些记录的 CSV 文件。</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <source>The kind of records the file contains. Each line of the file becomes one record.</source>
        <translation>文件所含记录的类型。文件的每一行将成为一条记录。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>.csv 或 .txt 文件的路径</translation>
    </message>
    <message>
        <source>A comma-, semicolon-, tab- or pipe-separated file whose first line names the columns.</source>
        <translation>以逗号、分号、制表符或竖线分隔的文件，第一行为列名。</translation>
    </message>
    <message>
        <source>The first line of the file must name the columns; the next step lets you match them to MentorDesk&apos;s fields. Files saved by Excel, LibreOffice or Numbers work, in UTF-8, UTF-16 or Windows encodings. Nothing is written until you confirm the import after the preview.</source>
        <translation>文件的第一行必须是列名；下一步可将这些列与 MentorDesk 的字段对应起来。支持 Excel、LibreOffice 或 Numbers 保存的文件，编码可为 UTF-8、UTF-16 或 Windows 编码。在预览后确认导入之前，不会写入任何内容。</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1”是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>“%1” is larger than 512 MB; split it into smaller files.</source>
        <translation>“%1”大于 512 MB；请将其拆分为较小的文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported.</source>
        <translation>导入失败；未导入任何内容。</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) into %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导入%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were skipped:</source>
        <translation>
            <numerusform>已跳过 %n 个有问题的行：</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>所有行均已导入。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>The studio is as it was before. You can run the import again at any time.</source>
        <translation>工作室保持原样。您可以随时重新导入。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>These problems kept the rows out. Fix them in the file, or import again and tick “Skip bad rows”:</source>
        <translation>以下问题导致这些行未被导入。请在文件中修正，或重新导入并勾选“跳过有问题的行”：</translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <translation>从 CSV 导入</translation>
    </message>
</context>
<context>
    <name>mentordesk::InvoiceDetailView</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines&lt;/b&gt;</source>
        <translation>&lt;b&gt;明细行&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Taxes&lt;/b&gt;</source>
        <translation>&lt;b&gt;税费&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payments and credit notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;付款和贷项通知单&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>开具(&amp;I)…</translation>
    </message>
    <message>
        <source>Give the draft its number and make it final</source>
        <translation>为草稿分配编号并使其定稿</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>记录付款(&amp;P)…</translation>
    </message>
    <message>
        <source>Record money received for this invoice</source>
        <translation>记录此发票的收款</translation>
    </message>
    <message>
        <source>Credit &amp;Note…</source>
        <translation>贷项通知单(&amp;N)…</translation>
    </message>
    <message>
        <source>Cancel the invoice with a credit note (issued invoices never change)</source>
        <translation>用贷项通知单冲销此发票（已开具的发票不可更改）</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the invoice as a PDF document</source>
        <translation>将发票保存为 PDF 文档</translation>
    </message>
    <message>
        <source>No invoice selected</source>
        <translation>未选择发票</translation>
    </message>
    <message>
        <source>Draft invoice for %1</source>
        <translation>%1 的草稿发票</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>贷项通知单 %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>发票 %1</translation>
    </message>
    <message>
        <source>Payer: %1</source>
        <translation>付款人：%1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>状态：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>开具日期：%1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>到期日：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation>净额 %1</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>税额 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;合计 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>已付 %1</translation>
    </message>
    <message>
        <source>Credited %1</source>
        <translation>已冲销 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Balance %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;余额 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Whole invoice</source>
        <translation>整张发票</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/小时</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>免税</translation>
    </message>
    <message>
        <source>Payer credit used</source>
        <translation>已使用付款人预存款</translation>
    </message>
    <message>
        <source>Payment (%1)</source>
        <translation>付款（%1）</translation>
    </message>
    <message>
        <source>%1 received; %2 kept as payer credit</source>
        <translation>已收 %1；%2 留作付款人预存款</translation>
    </message>
    <message>
        <source>Corrects invoice %1</source>
        <translation>更正发票 %1</translation>
    </message>
</context>
<context>
    <name>mentordesk::InvoiceListModel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation>%1（贷项通知单）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>mentordesk::InvoicesPanel</name>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Only invoices in this state</source>
        <translation>只显示处于此状态的发票</translation>
    </message>
    <message>
        <source>Only this payer&apos;s invoices</source>
        <translation>只显示此付款人的发票</translation>
    </message>
    <message>
        <source>Every payer</source>
        <translation>所有付款人</translation>
    </message>
    <message>
        <source>&amp;Billing Run…</source>
        <translation>计费运行(&amp;B)…</translation>
    </message>
    <message>
        <source>Preview and create the draft invoices of a month</source>
        <translation>预览并创建某个月的草稿发票</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n 张发票</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice matches these filters.
Choose “Any status” and “Every payer”.</source>
        <translation>没有符合这些筛选条件的发票。
请选择“任意状态”和“所有付款人”。</translation>
    </message>
    <message>
        <source>No invoices yet.
Give enrollments a plan, then use “Billing Run…” to make the drafts of a month.</source>
        <translation>还没有发票。
请为报名设置计费方案，然后使用“计费运行…”生成某个月的草稿。</translation>
    </message>
    <message>
        <source>Issue Invoice</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <source>Issue the draft for %1 over %2?

It gets the next invoice number and can no longer be changed; mistakes are corrected with a credit note.</source>
        <translation>要开具 %1 的 %2 草稿发票吗？

开具后将分配下一个发票编号，且不能再更改；如有错误，需通过贷项通知单更正。</translation>
    </message>
    <message>
        <source>Issued invoice %1 to %2.</source>
        <translation>已向 %2 开具发票 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Billing run for %1: %n draft invoice(s).</source>
        <translation>
            <numerusform>%1 的计费运行：%n 张草稿发票。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1 for %2.</source>
        <translation>已为 %2 记录 %1。</translation>
    </message>
    <message>
        <source>Issued credit note %1.</source>
        <translation>已开具贷项通知单 %1。</translation>
    </message>
    <message>
        <source>Export Invoice as PDF</source>
        <translation>将发票导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue &amp;All Drafts…</source>
        <translation>开具所有草稿(&amp;A)…</translation>
    </message>
    <message>
        <source>Issue every draft invoice of a month at once</source>
        <translation>一次性开具某个月的所有草稿发票</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n invoice(s) of %1.</source>
        <translation>
            <numerusform>已开具 %1 的 %n 张发票。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::IssueDraftsDialog</name>
    <message>
        <source>Issue All Drafts</source>
        <translation>开具所有草稿</translation>
    </message>
    <message>
        <source>Billing &amp;month:</source>
        <translation>计费月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Issue All</source>
        <translation>全部开具(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %n Invoice(s)</source>
        <translation>
            <numerusform>开具 %n 张发票(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no draft invoices. Run billing for a month first.</source>
        <translation>没有草稿发票。请先为某个月执行计费运行。</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n draft invoice(s) of %1 over %2 in total today?

Each gets the next invoice number and can no longer be changed; mistakes are corrected with credit notes. If one cannot be issued, none is.</source>
        <translation>
            <numerusform>要在今天开具 %1 的 %n 张草稿发票（共计 %2）吗？

每张发票都将分配下一个发票编号，且不能再更改；如有错误，需通过贷项通知单更正。只要有一张无法开具，就全部不开具。</numerusform>
        </translation>
    </message>
    <message>
        <source>The billing month whose drafts are all issued (numbered and locked)</source>
        <translation>要开具其全部草稿（编号并锁定）的计费月份</translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerBillingMenu</name>
    <message>
        <source>Billing &amp;Plan…</source>
        <translation>计费方案(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quote…</source>
        <translation>报价(&amp;Q)…</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>The selected enrollment&apos;s billing plan, or a quote for this learner</source>
        <translation>所选报名的计费方案，或为此学员报价</translation>
    </message>
    <message>
        <source>Billing &amp;Plan of Selected Enrollment…</source>
        <translation>所选报名的计费方案(&amp;P)…</translation>
    </message>
    <message>
        <source>Billing Plan</source>
        <translation>计费方案</translation>
    </message>
    <message>
        <source>Select an enrollment on the Enrollments tab first.</source>
        <translation>请先在“报名”选项卡中选择一个报名。</translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerBrowser</name>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Make the learner active again</source>
        <translation>使该学员恢复为活跃状态</translation>
    </message>
    <message>
        <source>Hide the learner from lists and schedules; history stays (Delete)</source>
        <translation>在列表和日程中隐藏该学员；历史记录保留（Delete）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>The learner takes lessons again</source>
        <translation>该学员重新开始上课</translation>
    </message>
    <message>
        <source>The learner takes a break</source>
        <translation>该学员暂停上课</translation>
    </message>
    <message>
        <source>No learners yet — add one with &lt;b&gt;New Learner&lt;/b&gt; (Ctrl+N) or import a CSV file.</source>
        <translation>还没有学员 — 使用&lt;b&gt;新建学员&lt;/b&gt;（Ctrl+N）添加，或导入 CSV 文件。</translation>
    </message>
    <message>
        <source>No learners match the search and filters. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;</source>
        <translation>没有符合搜索和筛选条件的学员。&lt;a href=&quot;clear&quot;&gt;清除筛选&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln 位学员</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加%1。</translation>
    </message>
    <message>
        <source>Saved the changes.</source>
        <translation>已保存更改。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复%1。</translation>
    </message>
    <message>
        <source>Archive Learner</source>
        <translation>归档学员</translation>
    </message>
    <message>
        <source>Archive %1? Archived learners are hidden from lists and schedules; their lessons, invoices and progress stay. You can restore them at any time.</source>
        <translation>要归档%1吗？已归档的学员不会显示在列表和日程中；其课时、发票和进度均会保留。您可以随时恢复。</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>已归档%1。</translation>
    </message>
    <message>
        <source>Paused %1.</source>
        <translation>已暂停%1。</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>已恢复上课：%1。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Learner actions</source>
        <translation>学员操作</translation>
    </message>
    <message>
        <source>New Learner</source>
        <translation>新建学员</translation>
    </message>
    <message>
        <source>Add a learner (Ctrl+N)</source>
        <translation>添加学员（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected learner (F2 or Enter)</source>
        <translation>编辑所选学员（F2 或 Enter）</translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerDetailPane</name>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>未成年</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1（%2 岁）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>每周 %1</translation>
    </message>
    <message>
        <source>may be contacted directly</source>
        <translation>可直接联系</translation>
    </message>
    <message>
        <source>photos may be used</source>
        <translation>可使用照片</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>No payer</source>
        <translation>无付款人</translation>
    </message>
    <message>
        <source>No primary mentor</source>
        <translation>无主要导师</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>还没有目标</translation>
    </message>
    <message>
        <source>%1 (free-form)</source>
        <translation>%1（自由格式）</translation>
    </message>
    <message>
        <source>Select a learner to see their profile, goals, enrollments and lessons.</source>
        <translation>选择一位学员以查看其资料、目标、报名和课时。</translation>
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
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>Weekly time</source>
        <translation>每周时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意事项</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Primary mentor</source>
        <translation>主要导师</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Enrollments (%1)</source>
        <translation>报名（%1）</translation>
    </message>
    <message>
        <source>Recent lessons</source>
        <translation>最近课时</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Double-click a course to open it</source>
        <translation>双击课程即可打开</translation>
    </message>
    <message>
        <source>No lessons before today</source>
        <translation>今天之前没有课时</translation>
    </message>
    <message>
        <source>Double-click a lesson to open it</source>
        <translation>双击课时即可打开</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>推荐</translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerDialog</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>No payer is called “%1”. Choose one from the suggestions, or clear the field.</source>
        <translation>没有名为“%1”的付款人。请从建议中选择一个，或清空此字段。</translation>
    </message>
    <message>
        <source>Edit Learner — %1</source>
        <translation>编辑学员 — %1</translation>
    </message>
    <message>
        <source>New Learner</source>
        <translation>新建学员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>出生年份(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>水平(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Weekly time:</source>
        <translation>每周时间(&amp;W)：</translation>
    </message>
    <message>
        <source>Primary &amp;mentor:</source>
        <translation>主导师(&amp;M)：</translation>
    </message>
    <message>
        <source>Pa&amp;yer:</source>
        <translation>付款人(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>同意事项：</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Full name, e.g. Wang Xiaoming</source>
        <translation>全名，例如 王小明</translation>
    </message>
    <message>
        <source>Required. Shown in lists, the calendar and on invoices.</source>
        <translation>必填。显示在列表、日历和发票上。</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Learners under 18 are marked as minors.</source>
        <translation>未满 18 岁的学员会被标记为未成年人。</translation>
    </message>
    <message>
        <source>1 — Beginner</source>
        <translation>1 — 入门</translation>
    </message>
    <message>
        <source>2 — Elementary</source>
        <translation>2 — 初级</translation>
    </message>
    <message>
        <source>3 — Intermediate</source>
        <translation>3 — 中级</translation>
    </message>
    <message>
        <source>4 — Upper intermediate</source>
        <translation>4 — 中高级</translation>
    </message>
    <message>
        <source>5 — Advanced</source>
        <translation>5 — 高级</translation>
    </message>
    <message>
        <source>The learner&apos;s skill level S, used by progress and recommendations.</source>
        <translation>学员的技能水平 S，用于进度和推荐。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Hours per week the learner can spend on lessons and practice.</source>
        <translation>学员每周可用于上课和练习的小时数。</translation>
    </message>
    <message>
        <source>No primary mentor</source>
        <translation>无主导师</translation>
    </message>
    <message>
        <source>Type to find a payer (optional)</source>
        <translation>输入以查找付款人（可选）</translation>
    </message>
    <message>
        <source>Who pays for this learner&apos;s lessons: a parent, a company or the learner.</source>
        <translation>由谁支付该学员的课时费用：家长、公司或学员本人。</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. exam, online</source>
        <translation>以逗号分隔，例如 exam, online</translation>
    </message>
    <message>
        <source>May be contacted directly</source>
        <translation>可直接联系</translation>
    </message>
    <message>
        <source>Photos may be used</source>
        <translation>可使用照片</translation>
    </message>
    <message>
        <source>Anything worth remembering about this learner</source>
        <translation>关于该学员值得记住的任何事项</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add Learner</source>
        <translation>添加学员(&amp;A)</translation>
    </message>
    <message>
        <source>The mentor who usually teaches this learner; a mentor account sees its own learners</source>
        <translation>通常教授此学员的导师；导师账户可查看自己的学员</translation>
    </message>
    <message>
        <source>The learner (or a parent) agreed to be contacted by e-mail or phone</source>
        <translation>学员（或家长）同意通过电子邮件或电话联系</translation>
    </message>
    <message>
        <source>The learner (or a parent) agreed to photos being taken and shown</source>
        <translation>学员（或家长）同意拍摄并展示照片</translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerFeedbackBox</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No ratings or assessments yet.</source>
        <translation>尚无评分或评估。</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>尚无评分。</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) hidden until you record an assessment of this learner (blind mode).</source>
        <translation>
            <numerusform>%n 条评分已隐藏，需先记录对此学员的评估后才可查看（盲评模式）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Record &amp;Rating…</source>
        <translation>记录评分(&amp;R)…</translation>
    </message>
    <message>
        <source>Record the learner&apos;s rating of a course, a mentor or a lesson</source>
        <translation>记录学员对课程、导师或课时的评分</translation>
    </message>
    <message>
        <source>Record &amp;Assessment…</source>
        <translation>记录评估(&amp;A)…</translation>
    </message>
    <message>
        <source>Record how well the learner masters a topic (0–100 %)</source>
        <translation>记录学员对某个主题的掌握程度（0–100 %）</translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerFeedbackModel</name>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（由 %2）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Mastery %1 %</source>
        <translation>掌握度 %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s) of 5</source>
        <translation>
            <numerusform>%n 星（满分 5 星）</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Stars / mastery</source>
        <translation>星级 / 掌握度</translation>
    </message>
    <message>
        <source>Comment / note</source>
        <translation>评语 / 备注</translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerFilterBar</name>
    <message>
        <source>Search name, e-mail, phone or tag</source>
        <translation>搜索姓名、电子邮件、电话或标签</translation>
    </message>
    <message>
        <source>Filters the list as you type</source>
        <translation>输入时即筛选列表</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Active and paused</source>
        <translation>活跃和暂停</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>所有学员</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>导师(&amp;M)：</translation>
    </message>
    <message>
        <source>Any mentor</source>
        <translation>任意导师</translation>
    </message>
    <message>
        <source>Show learners with this status only</source>
        <translation>仅显示此状态的学员</translation>
    </message>
    <message>
        <source>Show only the learners whose primary mentor this is</source>
        <translation>仅显示以此导师为主导师的学员</translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerListModel</name>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>水平</translation>
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
        <source>Weekly time</source>
        <translation>每周时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerMasteryView</name>
    <message>
        <source>rising</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>first assessment</source>
        <translation>首次评估</translation>
    </message>
    <message>
        <source>Mastery per topic: no assessments yet.</source>
        <translation>各主题掌握度：尚无评估。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Mastery per topic</source>
        <translation>各主题掌握度</translation>
    </message>
    <message numerus="yes">
        <source>course: %1 of %n topic(s) assessed</source>
        <translation>
            <numerusform>课程：%n 个主题中已评估 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2 % %3</source>
        <translation>%1：%2%（%3）</translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerProgressTab</name>
    <message>
        <source>Progress Report</source>
        <translation>进度报告</translation>
    </message>
    <message>
        <source>Progress report %1.pdf</source>
        <translation>进度报告 %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Progress report (PDF)…</source>
        <translation>进度报告（PDF）…</translation>
    </message>
    <message>
        <source>A printable report for parents: progress, the chart, mastery and the mentor&apos;s notes.</source>
        <translation>供家长查看的可打印报告：进度、图表、掌握度以及导师备注。</translation>
    </message>
    <message>
        <source>No enrollments with a course or target hours yet, so there is no progress to show. Enroll the learner in a course to follow their progress here.</source>
        <translation>尚无关联课程或目标小时数的报名，因此没有可显示的进度。为学员报名课程后，即可在此跟踪其进度。</translation>
    </message>
    <message>
        <source>Progress uses the calibrated efficiency E where assessments allow it (studio setting on the Reports page).</source>
        <translation>在评估数据允许时，进度使用校准后的效率 E（工作室设置，位于“报告”页面）。</translation>
    </message>
    <message>
        <source>Progress uses each enrollment&apos;s default efficiency E (studio setting on the Reports page).</source>
        <translation>进度使用每项报名的默认效率 E（工作室设置，位于“报告”页面）。</translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnersPage</name>
    <message>
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Match Enquiry…</source>
        <translation>匹配咨询…</translation>
    </message>
</context>
<context>
    <name>mentordesk::LearningPathModel</name>
    <message>
        <source>%1
Teaches: %2</source>
        <translation>%1
教授内容：%2</translation>
    </message>
    <message>
        <source>%1
Teaches: %2
Some prerequisites are not covered by the plan.</source>
        <translation>%1
教授内容：%2
部分先修条件未被该计划涵盖。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
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
    <message>
        <source>%1 %2 %3–%4</source>
        <comment>weekday date start–end</comment>
        <translation>%1 %2 %3–%4</translation>
    </message>
    <message>
        <source>%1: %2 already teaches another lesson then.</source>
        <translation>%1：%2 在该时段已在教授另一节课。</translation>
    </message>
    <message>
        <source>%1: %2 already has another lesson then.</source>
        <translation>%1：%2 在该时段已有另一节课。</translation>
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
    <message>
        <source>Keep the lesson open; it stays on Today&apos;s list</source>
        <translation>保持课时未结状态；它会留在今日列表中</translation>
    </message>
    <message>
        <source>The lesson took place; billed by its actual minutes</source>
        <translation>课时已进行；按实际分钟数计费</translation>
    </message>
    <message>
        <source>Cancelled early enough: not billed</source>
        <translation>已提前足够时间取消：不计费</translation>
    </message>
    <message>
        <source>Cancelled after the studio&apos;s deadline: billed at the late-cancellation percent</source>
        <translation>在工作室规定期限后取消：按迟取消百分比计费</translation>
    </message>
    <message>
        <source>Billed at the no-show percent</source>
        <translation>按缺席百分比计费</translation>
    </message>
    <message>
        <source>Never billed</source>
        <translation>从不计费</translation>
    </message>
    <message>
        <source>Only when this learner&apos;s attendance differs from the lesson&apos;s (a group lesson)</source>
        <translation>仅当此学员的出勤与课时的出勤不同时（小组课时）</translation>
    </message>
    <message>
        <source>Rat&amp;e this lesson…</source>
        <translation>为此课时评分(&amp;E)…</translation>
    </message>
    <message>
        <source>Record an attendee&apos;s rating of this lesson (the learner selected under “Each learner” in group lessons)</source>
        <translation>记录参加者对此课时的评分（小组课时中为在“每位学员”下选择的学员）</translation>
    </message>
    <message>
        <source>Act&amp;ual minutes:</source>
        <translation>实际分钟数(&amp;U)：</translation>
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
    <message>
        <source>End the series after a number of lessons</source>
        <translation>在达到一定课时数后结束该系列</translation>
    </message>
    <message>
        <source>End the series on a date</source>
        <translation>在某个日期结束该系列</translation>
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
    <message numerus="yes">
        <source>The new time clashes with %n booked lesson(s). Tick “Save anyway” to move it despite the clashes, or choose another time.</source>
        <translation>
            <numerusform>新时间与 %n 节已预约的课时冲突。勾选“仍然保存”以忽略冲突改期，或选择其他时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel the Rest of the Series…</source>
        <translation>取消该系列的剩余课时(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>mentordesk::LockScreen</name>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>This studio asks everyone to sign in. Another mentor can sign in here to switch user.</source>
        <translation>本工作室要求所有人登录。其他导师可在此登录以切换用户。</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>Your account&apos;s username, as the owner set it up</source>
        <translation>您账户的用户名，由所有者设置</translation>
    </message>
    <message>
        <source>Your password; letters are case-sensitive</source>
        <translation>您的密码；字母区分大小写</translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Backing up the studio…</source>
        <translation>正在备份工作室…</translation>
    </message>
    <message>
        <source>Automatic Backup Failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>The studio was not backed up: %1

Check the backup folder in Settings.</source>
        <translation>工作室未能备份：%1

请在设置中检查备份文件夹。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录为 %1（%2）</translation>
    </message>
    <message>
        <source>&amp;Lock / Switch User</source>
        <translation>锁定 / 切换用户(&amp;L)</translation>
    </message>
    <message>
        <source>Locked. Sign in to go on, or let another mentor sign in.</source>
        <translation>已锁定。请登录以继续，或让其他导师登录。</translation>
    </message>
    <message>
        <source>Match a New &amp;Enquiry…</source>
        <translation>匹配新咨询(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Command-Line Reference</source>
        <translation>命令行参考(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File Formats</source>
        <translation>文件格式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Security and Sign-in</source>
        <translation>安全与登录(&amp;S)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replaces the open studio by a verified backup (owners only).</source>
        <translation>用经过验证的备份替换当前打开的工作室（仅限所有者）。</translation>
    </message>
    <message>
        <source>Open and sign in to the studio to restore first.</source>
        <translation>请先打开并登录要恢复的工作室。</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>A studio cannot be restored from itself.</source>
        <translation>工作室不能从自身恢复。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>%1

The studio file was not changed, but it could not be opened again: %2</source>
        <translation>%1

工作室文件未被更改，但无法再次打开：%2</translation>
    </message>
    <message>
        <source>The backup was restored but cannot be opened: %1

The previous studio is kept as %2.</source>
        <translation>备份已恢复，但无法打开：%1

之前的工作室已保留为 %2。</translation>
    </message>
    <message>
        <source>Restored from %1. The previous studio is kept as %2.</source>
        <translation>已从 %1 恢复。之前的工作室已保留为 %2。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>MentorDesk backups (*.mentordesk-backup *.backup *.mentordesk);;All files (*)</source>
        <translation>MentorDesk 备份 (*.mentordesk-backup *.backup *.mentordesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Encrypted Backup</source>
        <translation>加密备份</translation>
    </message>
    <message>
        <source>This backup is encrypted. &amp;Passphrase:</source>
        <translation>此备份已加密。口令(&amp;P)：</translation>
    </message>
    <message>
        <source>The passphrase given when the backup was made</source>
        <translation>创建备份时设置的口令</translation>
    </message>
    <message>
        <source>Cannot Restore This Backup</source>
        <translation>无法恢复此备份</translation>
    </message>
    <message>
        <source>%1

The open studio was not changed.</source>
        <translation>%1

打开的工作室未被更改。</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>%1

The studio was not changed and is open again.</source>
        <translation>%1

工作室未被更改，已重新打开。</translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>No automatic backup yet</source>
        <translation>尚无自动备份</translation>
    </message>
    <message>
        <source>Automatic backups go to %1.</source>
        <translation>自动备份保存到 %1。</translation>
    </message>
    <message>
        <source>The last automatic backup failed: %1</source>
        <translation>上次自动备份失败：%1</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
</context>
<context>
    <name>mentordesk::MentorAvailabilityEditor</name>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>No weekly availability yet. Add the times this mentor can teach.</source>
        <translation>尚无每周可用时间。请添加该导师可以授课的时间。</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>每周 %1</translation>
    </message>
    <message>
        <source>From (studio time)</source>
        <translation>开始（工作室时间）</translation>
    </message>
    <message>
        <source>Until (studio time; 00:00 means midnight)</source>
        <translation>结束（工作室时间；00:00 表示午夜）</translation>
    </message>
    <message>
        <source>Add Slot</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected slot</source>
        <translation>移除所选时段</translation>
    </message>
    <message>
        <source>The weekday of the new availability slot</source>
        <translation>新可用时段的星期几</translation>
    </message>
</context>
<context>
    <name>mentordesk::MentorBrowser</name>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Make the mentor active again</source>
        <translation>使该导师重新变为活跃</translation>
    </message>
    <message>
        <source>Hide the mentor from lists and new schedules; history stays (Delete)</source>
        <translation>在列表和新排课中隐藏该导师；历史记录保留（Delete）</translation>
    </message>
    <message>
        <source>No mentors yet — add the people who teach with &lt;b&gt;New Mentor&lt;/b&gt; (Ctrl+N).</source>
        <translation>尚无导师 — 使用&lt;b&gt;新建导师&lt;/b&gt;（Ctrl+N）添加授课人员。</translation>
    </message>
    <message>
        <source>No mentors match the search. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;</source>
        <translation>没有与搜索匹配的导师。&lt;a href=&quot;clear&quot;&gt;清除筛选条件&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Added the mentor.</source>
        <translation>已添加导师。</translation>
    </message>
    <message>
        <source>Saved the changes.</source>
        <translation>已保存更改。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Archive %1? They are the primary mentor of %n active learner(s), who keep them until you choose another mentor. Lessons and history stay.</source>
        <translation>
            <numerusform>要归档 %1 吗？其为 %n 位活跃学员的主导师，在您选择其他导师之前，这些学员仍保留该导师。课时和历史记录将保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive %1? Archived mentors are hidden from lists and new schedules; lessons and history stay.</source>
        <translation>要归档 %1 吗？已归档的导师会在列表和新排课中隐藏；课时和历史记录将保留。</translation>
    </message>
    <message>
        <source>Archive Mentor</source>
        <translation>归档导师</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>已归档 %1。</translation>
    </message>
    <message>
        <source>Mentor actions</source>
        <translation>导师操作</translation>
    </message>
    <message>
        <source>New Mentor</source>
        <translation>新建导师</translation>
    </message>
    <message>
        <source>Add a mentor (Ctrl+N)</source>
        <translation>添加导师（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected mentor (F2 or Enter)</source>
        <translation>编辑所选导师（F2 或 Enter）</translation>
    </message>
    <message>
        <source>Search name, e-mail or phone</source>
        <translation>搜索姓名、电子邮件或电话</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Active mentors</source>
        <translation>活跃导师</translation>
    </message>
    <message>
        <source>Archived mentors</source>
        <translation>已归档导师</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>所有导师</translation>
    </message>
    <message>
        <source>Show active or archived mentors, or both</source>
        <translation>显示在用或已归档的导师，或两者</translation>
    </message>
</context>
<context>
    <name>mentordesk::MentorDetailPane</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>每小时 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n active learner(s)</source>
        <translation>
            <numerusform>%n 位活跃学员</numerusform>
        </translation>
    </message>
    <message>
        <source>None (the calendar picks one)</source>
        <translation>无（由日历自动选择）</translation>
    </message>
    <message>
        <source>Select a mentor to see their profile, expertise and weekly availability.</source>
        <translation>选择一位导师以查看其简介、专长和每周可用时间。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
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
        <source>Teaching for</source>
        <translation>教龄</translation>
    </message>
    <message>
        <source>Default rate</source>
        <translation>默认费率</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Calendar colour</source>
        <translation>日历颜色</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>个人简介</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用时间</translation>
    </message>
</context>
<context>
    <name>mentordesk::MentorDialog</name>
    <message>
        <source>Calendar Colour</source>
        <translation>日历颜色</translation>
    </message>
    <message>
        <source>Edit Mentor — %1</source>
        <translation>编辑导师 — %1</translation>
    </message>
    <message>
        <source>New Mentor</source>
        <translation>新建导师</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Years teaching:</source>
        <translation>教龄(&amp;Y)：</translation>
    </message>
    <message>
        <source>Default ra&amp;te:</source>
        <translation>默认费率(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Biography:</source>
        <translation>个人简介(&amp;B)：</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Required. Shown on the calendar and on invoices.</source>
        <translation>必填。显示在日历和发票上。</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Owners and mentors teach; the front desk schedules and bills.</source>
        <translation>所有者和导师负责授课；前台负责排课和计费。</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Hourly rate used when an enrollment&apos;s plan names no rate of its own</source>
        <translation>当报名的计费方案未指定费率时使用的小时费率</translation>
    </message>
    <message>
        <source>#rrggbb, e.g. #3d7ed1</source>
        <translation>#rrggbb，例如 #3d7ed1</translation>
    </message>
    <message>
        <source>The mentor&apos;s colour in the calendar</source>
        <translation>该导师在日历中的颜色</translation>
    </message>
    <message>
        <source>Choose a colour…</source>
        <translation>选择颜色…</translation>
    </message>
    <message>
        <source>A few sentences about the mentor, shown to learners and families</source>
        <translation>关于该导师的几句介绍，向学员和家庭展示</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add Mentor</source>
        <translation>添加导师(&amp;A)</translation>
    </message>
    <message>
        <source>Whole years of teaching experience; the mentor matcher weighs it</source>
        <translation>完整的教学经验年数；导师匹配会参考此项</translation>
    </message>
</context>
<context>
    <name>mentordesk::MentorExpertiseEditor</name>
    <message>
        <source>No expertise recorded yet. Choose a topic and a level below and press Add.</source>
        <translation>尚未记录专长。请在下方选择主题和水平，然后点击“添加”。</translation>
    </message>
    <message>
        <source>A topic this mentor can teach</source>
        <translation>该导师可以教授的主题</translation>
    </message>
    <message>
        <source>How well the mentor can teach it</source>
        <translation>该导师教授此主题的水平</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected topic from this mentor&apos;s expertise</source>
        <translation>从该导师的专长中移除所选主题</translation>
    </message>
    <message>
        <source>Double-click a level to change it</source>
        <translation>双击水平即可更改</translation>
    </message>
</context>
<context>
    <name>mentordesk::MentorListModel</name>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>%1 / h</source>
        <translation>%1/小时</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Years teaching</source>
        <translation>教龄</translation>
    </message>
    <message>
        <source>Default rate</source>
        <translation>默认费率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>mentordesk::MentorsPage</name>
    <message>
        <source>Mentors</source>
        <translation>导师</translation>
    </message>
</context>
<context>
    <name>mentordesk::MessageBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>mentordesk::MilestoneReachedDialog</name>
    <message>
        <source>Milestone Reached — %1</source>
        <translation>已达成里程碑 — %1</translation>
    </message>
    <message>
        <source>Milestone Reached</source>
        <translation>已达成里程碑</translation>
    </message>
    <message>
        <source>Choose a milestone…</source>
        <translation>选择里程碑…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计费方案</translation>
    </message>
    <message>
        <source>The next billing run bills the milestone&apos;s share of the project price.</source>
        <translation>下次计费运行将按该里程碑在项目价格中所占的份额计费。</translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation>里程碑(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Reached on:</source>
        <translation>达成日期(&amp;R)：</translation>
    </message>
    <message>
        <source>The project milestone the learner reached; its share is billed in the next run</source>
        <translation>学员达到的项目里程碑；其对应份额将在下次计费运行中计费</translation>
    </message>
    <message>
        <source>The day it was reached (YYYY-MM-DD); decides the billing month</source>
        <translation>达到的日期（YYYY-MM-DD）；决定计费月份</translation>
    </message>
    <message>
        <source>Mar&amp;k Reached</source>
        <translation>标记为已达成(&amp;K)</translation>
    </message>
</context>
<context>
    <name>mentordesk::ModelRetrainer</name>
    <message>
        <source>Retraining the rating model…</source>
        <translation>正在重新训练评分模型…</translation>
    </message>
    <message numerus="yes">
        <source>Rating model retrained on %n rating(s) in %1 ms.</source>
        <translation>
            <numerusform>评分模型已基于 %n 条评分重新训练，耗时 %1 毫秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>No course ratings yet: no rating model to train.</source>
        <translation>尚无课程评分：没有可训练的评分模型。</translation>
    </message>
    <message>
        <source>The rating model is up to date.</source>
        <translation>评分模型已是最新。</translation>
    </message>
    <message>
        <source>The rating model could not be retrained: %1</source>
        <translation>无法重新训练评分模型：%1</translation>
    </message>
</context>
<context>
    <name>mentordesk::ModulePlanEditor</name>
    <message>
        <source>For modules without a price of their own (empty = none)</source>
        <translation>用于没有单独定价的单元（留空 = 无）</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Own price</source>
        <translation>单独价格</translation>
    </message>
    <message>
        <source>Each module of the course is billed when the learner starts it. The course&apos;s modules and their prices are taken when the plan is saved.</source>
        <translation>课程的每个单元在学员开始学习时计费。保存计费方案时，将采用课程当时的单元及其价格。</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>单元(&amp;M)：</translation>
    </message>
    <message>
        <source>Default module &amp;price (%1):</source>
        <translation>默认单元价格（%1）(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>mentordesk::ModuleStartedDialog</name>
    <message>
        <source>Module Started — %1</source>
        <translation>单元已开始 — %1</translation>
    </message>
    <message>
        <source>Module Started</source>
        <translation>单元已开始</translation>
    </message>
    <message>
        <source>Choose a module…</source>
        <translation>选择单元…</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>The next billing run bills the module&apos;s price.</source>
        <translation>下次计费运行将按该单元的价格计费。</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>单元(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Record Start</source>
        <translation>记录开始(&amp;R)</translation>
    </message>
    <message>
        <source>The course module the learner started; its price is billed in the next run</source>
        <translation>学员开始的课程单元；其价格将在下次计费运行中计费</translation>
    </message>
    <message>
        <source>The day the module started (YYYY-MM-DD); decides the billing month</source>
        <translation>单元开始的日期（YYYY-MM-DD）；决定计费月份</translation>
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
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>choose a mentor.</source>
        <translation>请选择导师。</translation>
    </message>
    <message numerus="yes">
        <source>The lesson clashes with %n booked lesson(s). Tick “Save anyway” to schedule it despite the clashes, or choose another time.</source>
        <translation>
            <numerusform>该课时与 %n 节已预约的课时冲突。勾选“仍然保存”以忽略冲突进行安排，或选择其他时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>排课(&amp;H)</translation>
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
    <message>
        <source>Everyone &amp;signs in (a computer shared by several people)</source>
        <translation>所有人都需登录（多人共用一台电脑）(&amp;S)</translation>
    </message>
    <message>
        <source>Untick on your own computer if you work alone: the studio then opens without a password. You can turn sign-in on later in Settings.</source>
        <translation>如果您独自在自己的电脑上工作，请取消勾选：这样打开工作室时无需密码。之后可在设置中开启登录。</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>登录：</translation>
    </message>
    <message>
        <source>Your username as the studio&apos;s owner (you can add mentors&apos; accounts later).</source>
        <translation>您作为工作室所有者的用户名（之后可以添加导师账户）。</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Owner &amp;username:</source>
        <translation>所有者用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>再次输入相同的密码</translation>
    </message>
</context>
<context>
    <name>mentordesk::PackagePlanEditor</name>
    <message>
        <source>&amp;Price of a package (%1):</source>
        <translation>课时包价格（%1）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Time in a package:</source>
        <translation>课时包包含时长(&amp;T)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>不过期</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>Never warn</source>
        <translation>从不提醒</translation>
    </message>
    <message>
        <source>&amp;Warn at or below:</source>
        <translation>低于或等于此值时提醒(&amp;W)：</translation>
    </message>
    <message>
        <source>Wait for a new package</source>
        <translation>等待新的课时包</translation>
    </message>
    <message>
        <source>Bill the extra time at the overage rate</source>
        <translation>按超额费率对超出的时间计费</translation>
    </message>
    <message>
        <source>When &amp;used up:</source>
        <translation>用完时(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Overage per hour:</source>
        <translation>每小时超额费用(&amp;O)：</translation>
    </message>
    <message>
        <source>Minutes of lessons one package buys, e.g. 600 for 10 hours</source>
        <translation>一个课时包可购买的课时分钟数，例如 600 表示 10 小时</translation>
    </message>
    <message>
        <source>Days from the purchase until unused time expires (0 = never)</source>
        <translation>从购买起到未用时间过期的天数（0 = 永不过期）</translation>
    </message>
    <message>
        <source>Minutes left at which Today lists the package as running low (0 = never)</source>
        <translation>剩余分钟数低于此值时，今日页面将该课时包列为即将用完（0 = 从不）</translation>
    </message>
    <message>
        <source>What happens to lessons after the package&apos;s time is used up</source>
        <translation>课时包时间用完后课时如何处理</translation>
    </message>
</context>
<context>
    <name>mentordesk::PackagesTable</name>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计费方案</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>已购</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expired: %1 forfeited</source>
        <translation>已过期：作废 %1</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>余额不足</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>无到期日</translation>
    </message>
</context>
<context>
    <name>mentordesk::PayerBrowser</name>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Make the payer active again</source>
        <translation>使该付款人重新变为活跃</translation>
    </message>
    <message>
        <source>Hide the payer from lists; invoices and history stay (Delete)</source>
        <translation>在列表中隐藏该付款人；发票和历史记录保留（Delete）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payer(s)</source>
        <translation>
            <numerusform>%Ln 位付款人</numerusform>
        </translation>
    </message>
    <message>
        <source>No payers yet — add one with &lt;b&gt;New Payer&lt;/b&gt; (Ctrl+N). A payer is whoever pays: a parent, a company or the learner.</source>
        <translation>尚无付款人 — 使用&lt;b&gt;新建付款人&lt;/b&gt;（Ctrl+N）添加。付款人即付款的一方：家长、公司或学员本人。</translation>
    </message>
    <message>
        <source>No payers match the search. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;</source>
        <translation>没有与搜索匹配的付款人。&lt;a href=&quot;clear&quot;&gt;清除筛选条件&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Saved the changes.</source>
        <translation>已保存更改。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>Archive Payer</source>
        <translation>归档付款人</translation>
    </message>
    <message>
        <source>Archive %1? Archived payers are hidden from lists and cannot be chosen for new learners; their invoices and history stay. You can restore them at any time.</source>
        <translation>要归档 %1 吗？已归档的付款人会在列表中隐藏，且不能为新学员选择；其发票和历史记录将保留。您可以随时恢复。</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>已归档 %1。</translation>
    </message>
    <message>
        <source>Payer actions</source>
        <translation>付款人操作</translation>
    </message>
    <message>
        <source>New Payer</source>
        <translation>新建付款人</translation>
    </message>
    <message>
        <source>Add a payer (Ctrl+N)</source>
        <translation>添加付款人（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected payer (F2 or Enter)</source>
        <translation>编辑所选付款人（F2 或 Enter）</translation>
    </message>
    <message>
        <source>Search name, e-mail or phone</source>
        <translation>搜索姓名、电子邮件或电话</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Active payers</source>
        <translation>活跃付款人</translation>
    </message>
    <message>
        <source>Archived payers</source>
        <translation>已归档付款人</translation>
    </message>
    <message>
        <source>All payers</source>
        <translation>所有付款人</translation>
    </message>
    <message>
        <source>Show active or archived payers, or both</source>
        <translation>显示在用或已归档的付款人，或两者</translation>
    </message>
</context>
<context>
    <name>mentordesk::PayerDetailPane</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Select a payer to see their contact details and the learners they pay for.</source>
        <translation>选择一位付款人，查看其联系方式及其付费的学员。</translation>
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
        <source>Invoice language</source>
        <translation>发票语言</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>Pays for %n learner(s)</source>
        <translation>
            <numerusform>为 %n 位学员付费</numerusform>
        </translation>
    </message>
    <message>
        <source>No learners yet. Add one with “Add Learner…”, or choose this payer in a learner&apos;s profile.</source>
        <translation>尚无学员。可通过“添加学员…”添加，或在学员资料中选择此付款人。</translation>
    </message>
    <message>
        <source>Add a learner paid for by this payer</source>
        <translation>添加由此付款人付费的学员</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Double-click a learner to open their profile</source>
        <translation>双击学员以打开其资料</translation>
    </message>
    <message>
        <source>&amp;Discounts…</source>
        <translation>折扣(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Add Learner…</source>
        <translation>添加学员(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>mentordesk::PayerDialog</name>
    <message>
        <source>Edit Payer — %1</source>
        <translation>编辑付款人 — %1</translation>
    </message>
    <message>
        <source>New Payer</source>
        <translation>新建付款人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Invoice &amp;language:</source>
        <translation>发票语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>税号(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. Wang family, or a company name</source>
        <translation>例如：王家，或公司名称</translation>
    </message>
    <message>
        <source>Required. Printed on invoices.</source>
        <translation>必填。将打印在发票上。</translation>
    </message>
    <message>
        <source>Where invoices are sent</source>
        <translation>发票的发送地址</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Postal address for invoices</source>
        <translation>发票邮寄地址</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>The language of this payer&apos;s invoices and reminders</source>
        <translation>此付款人的发票和催款提醒所用的语言</translation>
    </message>
    <message>
        <source>Only for companies that need it on invoices</source>
        <translation>仅适用于需要在发票上注明税号的公司</translation>
    </message>
    <message>
        <source>Payment habits, contact preferences…</source>
        <translation>付款习惯、联系偏好…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;dd Payer</source>
        <translation>添加付款人(&amp;D)</translation>
    </message>
</context>
<context>
    <name>mentordesk::PayerDiscountDialog</name>
    <message>
        <source>Discounts — %1</source>
        <translation>折扣 — %1</translation>
    </message>
    <message>
        <source>Payer Discounts</source>
        <translation>付款人折扣</translation>
    </message>
    <message>
        <source>A payer discount applies to everything the payer is billed from the next billing run on, as a line of its own on each invoice. Invoices already created keep their lines.</source>
        <translation>付款人折扣自下次计费运行起适用于向该付款人计费的所有项目，并在每张发票上单独列为一行。已创建的发票保留原有明细行。</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add a discount</source>
        <translation>添加折扣</translation>
    </message>
    <message>
        <source>e.g. Family discount</source>
        <translation>例如：家庭折扣</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Fixed amount (%1)</source>
        <translation>固定金额（%1）</translation>
    </message>
    <message>
        <source>e.g. 10 or 25.00</source>
        <translation>例如：10 或 25.00</translation>
    </message>
    <message>
        <source>&amp;Add Discount</source>
        <translation>添加折扣(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name on invoice:</source>
        <translation>发票上的名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>Name on invoice</source>
        <translation>发票上的名称</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No discounts for this payer.</source>
        <translation>该付款人没有折扣。</translation>
    </message>
    <message>
        <source>Remove Discount</source>
        <translation>移除折扣</translation>
    </message>
    <message>
        <source>Remove the discount “%1”? Later billing runs no longer apply it.</source>
        <translation>要移除折扣“%1”吗？之后的计费运行将不再应用此折扣。</translation>
    </message>
    <message>
        <source>A percentage off every invoice line, or a fixed amount off each invoice</source>
        <translation>每条发票明细按百分比折扣，或每张发票减免固定金额</translation>
    </message>
</context>
<context>
    <name>mentordesk::PayerListModel</name>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
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
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>发票语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>mentordesk::PayerPicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mentordesk::PayersPage</name>
    <message>
        <source>Payers</source>
        <translation>付款人</translation>
    </message>
</context>
<context>
    <name>mentordesk::PaymentDialog</name>
    <message>
        <source>Record Payment for %1</source>
        <translation>为 %1 登记付款</translation>
    </message>
    <message>
        <source>Bank reference, receipt number… (optional)</source>
        <translation>银行流水号、收据编号…（可选）</translation>
    </message>
    <message>
        <source>Balance due: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>应付余额：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>付款日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>金额（%1）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>付款方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation>登记付款(&amp;R)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>在线支付</translation>
    </message>
    <message>
        <source>Payer credit</source>
        <translation>付款人预存款</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>The day the money arrived (YYYY-MM-DD)</source>
        <translation>收到款项的日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Amount received in %1, e.g. 120.50; anything above the balance is kept as the payer&apos;s credit</source>
        <translation>收到的金额（%1），例如 120.50；超出余额的部分将作为付款人预存款保留</translation>
    </message>
    <message>
        <source>How the payer paid</source>
        <translation>付款人的付款方式</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>参考号(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>mentordesk::PersonalDataButton</name>
    <message>
        <source>Export personal data to folder</source>
        <translation>将个人数据导出到文件夹</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人数据</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>已保存 %1 和 %2。</translation>
    </message>
    <message>
        <source>The personal data was erased. The records now read “%1”; issued invoices were kept unchanged.</source>
        <translation>个人数据已清除。记录现显示为“%1”；已开具的发票保持不变。</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>导出个人数据…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>清除个人数据…</translation>
    </message>
</context>
<context>
    <name>mentordesk::PlanEditorDialog</name>
    <message>
        <source>Billing Plan — %1</source>
        <translation>计费方案 — %1</translation>
    </message>
    <message>
        <source>Billing Plan</source>
        <translation>计费方案</translation>
    </message>
    <message>
        <source>Select a plan to start from its terms</source>
        <translation>选择一个方案，以其条款为起点</translation>
    </message>
    <message>
        <source>Remove Plan</source>
        <translation>移除方案</translation>
    </message>
    <message>
        <source>Remove the plan “%1” starting %2? Plans already invoiced cannot be removed.</source>
        <translation>要移除自 %2 起生效的方案“%1”吗？已开具发票的方案无法移除。</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>方案历史</translation>
    </message>
    <message>
        <source>&amp;Save Plan</source>
        <translation>保存方案(&amp;S)</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新方案</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Empty: the kind&apos;s name</source>
        <translation>留空：使用类型名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The plan applies to lessons from this day until the next plan starts</source>
        <translation>该方案适用于从此日起、直到下一个方案开始前的课时</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Not taxed</source>
        <translation>不征税</translation>
    </message>
    <message>
        <source>Add a &amp;discount:</source>
        <translation>添加折扣(&amp;D)：</translation>
    </message>
    <message>
        <source>Shown on the invoice, e.g. “Sibling discount”</source>
        <translation>显示在发票上，例如“兄弟姐妹折扣”</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <source>Studio Plan</source>
        <translation>工作室计费方案</translation>
    </message>
    <message>
        <source>How the learner pays: by the hour, a subscription, prepaid packages, a fixed-price project or per module</source>
        <translation>学员的付费方式：按小时、订阅、预付课时包、固定价格项目或按单元</translation>
    </message>
    <message>
        <source>The tax added to (or included in) this plan&apos;s prices; rates are set on Billing ▸ Settings</source>
        <translation>此计费方案价格中加收（或已含）的税费；税率在“计费 ▸ 设置”中设置</translation>
    </message>
    <message>
        <source>Take a percentage or a fixed amount off every invoice of this plan</source>
        <translation>对此计费方案的每张发票按百分比或固定金额减免</translation>
    </message>
    <message>
        <source>Percent off the plan&apos;s lines, or a fixed amount in the studio currency off each invoice</source>
        <translation>对方案明细按百分比折扣，或每张发票减免以工作室币种计的固定金额</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>例如 10</translation>
    </message>
    <message>
        <source>Percent (e.g. 10 or 12.5) or an amount in %1 (e.g. 25.00)</source>
        <translation>百分比（例如 10 或 12.5）或以 %1 计的金额（例如 25.00）</translation>
    </message>
    <message>
        <source>Remove P&amp;lan</source>
        <translation>移除计费方案(&amp;L)</translation>
    </message>
    <message>
        <source>Ta&amp;x rate:</source>
        <translation>税率(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>mentordesk::PlanHistoryModel</name>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Prepaid package</source>
        <translation>预付课时包</translation>
    </message>
    <message>
        <source>Fixed-price project</source>
        <translation>固定价格项目</translation>
    </message>
    <message>
        <source>Per module</source>
        <translation>按单元</translation>
    </message>
    <message>
        <source>Hourly / per lesson</source>
        <translation>按小时 / 按课时</translation>
    </message>
    <message>
        <source>%1 per lesson</source>
        <translation>每课时 %1</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>每小时 %1</translation>
    </message>
    <message>
        <source>%1, then %2 from %3 % progress</source>
        <translation>%1，进度达到 %3% 后为 %2</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>每周 %1</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>每月 %1</translation>
    </message>
    <message>
        <source>%1, unlimited</source>
        <translation>%1，不限课时</translation>
    </message>
    <message>
        <source>%1, %2 included</source>
        <translation>%1，含 %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n milestone(s)</source>
        <translation>
            <numerusform>%1，分 %n 个里程碑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 个单元</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
</context>
<context>
    <name>mentordesk::PlanTermsEditor</name>
    <message>
        <source>Enter a percentage such as 12.5 (at most two decimals).</source>
        <translation>请输入百分比，例如 12.5（最多两位小数）。</translation>
    </message>
    <message>
        <source>Exact minutes</source>
        <translation>精确分钟数</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Up</source>
        <translation>向上</translation>
    </message>
    <message>
        <source>To the nearest</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>向下</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>An amount in %1, e.g. %2</source>
        <translation>以 %1 计的金额，例如 %2</translation>
    </message>
    <message>
        <source>Each lesson&apos;s minutes are rounded to a multiple of this before billing</source>
        <translation>每个课时的分钟数在计费前舍入为此值的倍数</translation>
    </message>
    <message>
        <source>Which way the minutes are rounded</source>
        <translation>分钟数的舍入方向</translation>
    </message>
    <message>
        <source>Minutes, e.g. 600 for 10 hours</source>
        <translation>分钟数，例如 600 表示 10 小时</translation>
    </message>
    <message>
        <source>Round eac&amp;h lesson:</source>
        <translation>每节课取整(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>mentordesk::ProjectPlanEditor</name>
    <message>
        <source>&amp;Project price (%1):</source>
        <translation>项目价格（%1）(&amp;P)：</translation>
    </message>
    <message>
        <source>Milestones are percentages of the price</source>
        <translation>里程碑按价格的百分比计</translation>
    </message>
    <message>
        <source>Milestones are amounts</source>
        <translation>里程碑按金额计</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>A percentage of the price, or an amount</source>
        <translation>价格的百分比或金额</translation>
    </message>
    <message>
        <source>Due date as YYYY-MM-DD, or empty to bill when the milestone is marked reached</source>
        <translation>到期日，格式为 YYYY-MM-DD；留空则在里程碑标记为已达成时计费</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <source>Remove Milestone</source>
        <translation>移除里程碑</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>里程碑(&amp;M)：</translation>
    </message>
    <message>
        <source>Enter the due date as YYYY-MM-DD, or leave it empty.</source>
        <translation>请按 YYYY-MM-DD 格式输入到期日，或留空。</translation>
    </message>
    <message>
        <source>How the Share column of each milestone is read: percent of the project price, or an amount</source>
        <translation>各里程碑“份额”列的解读方式：项目价格的百分比，或金额</translation>
    </message>
    <message>
        <source>Spl&amp;it:</source>
        <translation>拆分(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>mentordesk::QuoteDialog</name>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>An enrollment of this learner</source>
        <translation>该学员的一项报名</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>一门课程</translation>
    </message>
    <message>
        <source>Hours of content</source>
        <translation>内容小时数</translation>
    </message>
    <message>
        <source>&amp;Enrollment:</source>
        <translation>报名(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>课程(&amp;C)：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Content &amp;hours:</source>
        <translation>内容小时数(&amp;H)：</translation>
    </message>
    <message>
        <source>Efficiency E: how much of an hour of content a learner covers in an hour</source>
        <translation>效率 E：学员每上一小时课能完成多少小时的内容</translation>
    </message>
    <message>
        <source>E&amp;fficiency:</source>
        <translation>效率(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Target progress:</source>
        <translation>目标进度(&amp;T)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Weekly time:</source>
        <translation>每周时间(&amp;W)：</translation>
    </message>
    <message>
        <source>One lesson a week</source>
        <translation>每周一个课时</translation>
    </message>
    <message>
        <source>&amp;Lesson length:</source>
        <translation>课时时长(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Starting:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>报价(&amp;Q)</translation>
    </message>
    <message>
        <source>This learner has no enrollment to quote.</source>
        <translation>该学员没有可报价的报名。</translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation>请选择一门课程。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of lessons needed: %n week(s), %2 lesson(s), until %3.</source>
        <translation>
            <numerusform>所需课时 %1：%n 周，%2 个课时，至 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Content %1 at efficiency %2 %, target progress %3 %; %4 already studied.</source>
        <translation>内容 %1，效率 %2%，目标进度 %3%；已学习 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%1 a week in %n lesson(s) of %2, from %3.</source>
        <translation>
            <numerusform>每周 %1，分 %n 个课时，每个课时 %2，自 %3 起。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lesson is held as scheduled; no discounts; amounts as the plans state them (before tax when the studio prices net).</source>
        <translation>每个课时均按排课上课；无折扣；金额按计费方案所列（工作室按净价定价时为税前金额）。</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>假设条件：</translation>
    </message>
    <message>
        <source>What the quote covers: an existing enrollment, a course from the catalog, or a number of content hours</source>
        <translation>报价涵盖的内容：现有报名、目录中的课程，或若干内容小时数</translation>
    </message>
    <message>
        <source>The learner&apos;s enrollment whose remaining content is quoted</source>
        <translation>要对其剩余内容报价的学员报名</translation>
    </message>
    <message>
        <source>The course whose content hours are quoted</source>
        <translation>要对其内容小时数报价的课程</translation>
    </message>
    <message>
        <source>Hours of course content to cover, before efficiency</source>
        <translation>需涵盖的课程内容小时数（未计效率）</translation>
    </message>
    <message>
        <source>How much of the content the learner should finish, in percent</source>
        <translation>学员应完成的内容比例（百分比）</translation>
    </message>
    <message>
        <source>Lesson minutes per week the learner plans, e.g. 120</source>
        <translation>学员计划的每周课时分钟数，例如 120</translation>
    </message>
    <message>
        <source>Minutes of one lesson; per-lesson prices use it (0 = the weekly time in one lesson)</source>
        <translation>单个课时的分钟数；按课时计价时使用（0 = 每周时间作为一个课时）</translation>
    </message>
    <message>
        <source>When lessons would start (YYYY-MM-DD); subscriptions and package validity count from here</source>
        <translation>课时开始日期（YYYY-MM-DD）；订阅和课时包有效期从此日起算</translation>
    </message>
    <message>
        <source>Q&amp;uote for:</source>
        <translation>报价对象(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>mentordesk::QuoteOptionsModel</name>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n 个周期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n 个课时包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice line(s)</source>
        <translation>
            <numerusform>%n 行发票明细</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计费方案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Billed as</source>
        <translation>计费方式</translation>
    </message>
</context>
<context>
    <name>mentordesk::ReceivablesPanel</name>
    <message>
        <source>Copied the reminder.</source>
        <translation>已复制催款提醒。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open balances by days past due&lt;/b&gt; (as of %1)</source>
        <translation>&lt;b&gt;按逾期天数划分的未结余额&lt;/b&gt;（截至 %1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open balances by days past due&lt;/b&gt;</source>
        <translation>&lt;b&gt;按逾期天数划分的未结余额&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Overdue invoices&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;逾期发票&lt;/b&gt;（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reminder&lt;/b&gt; (in the payer&apos;s invoice language)</source>
        <translation>&lt;b&gt;催款提醒&lt;/b&gt;（使用付款人的发票语言）</translation>
    </message>
    <message>
        <source>&amp;Copy Reminder</source>
        <translation>复制催款提醒(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the subject and text to paste into an e-mail</source>
        <translation>复制主题和正文，以便粘贴到电子邮件中</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>没有逾期款项。</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>收件人：%1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
</context>
<context>
    <name>mentordesk::RecommendationsPanel</name>
    <message>
        <source>Looking for suggestions…</source>
        <translation>正在查找建议…</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>无建议：%1</translation>
    </message>
    <message>
        <source>Add goal topics to get suggestions.</source>
        <translation>添加目标主题以获取建议。</translation>
    </message>
    <message>
        <source>The studio has no mentors yet.</source>
        <translation>工作室还没有导师。</translation>
    </message>
    <message>
        <source>No learning path: %1</source>
        <translation>无学习路径：%1</translation>
    </message>
    <message>
        <source>Not enrolled: %1</source>
        <translation>未报名：%1</translation>
    </message>
    <message>
        <source>Enrolled in “%1”.</source>
        <translation>已报名“%1”。</translation>
    </message>
    <message>
        <source>Select a learner to see suggestions.</source>
        <translation>选择一位学员以查看建议。</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>学习路径</translation>
    </message>
    <message>
        <source>&amp;Enroll…</source>
        <translation>报名(&amp;E)…</translation>
    </message>
    <message>
        <source>Enroll the learner in the selected course</source>
        <translation>为该学员报名所选课程</translation>
    </message>
    <message>
        <source>Plan for &amp;weeks:</source>
        <translation>规划周数(&amp;W)：</translation>
    </message>
    <message>
        <source>No course to suggest: every active course is taken.</source>
        <translation>没有可建议的课程：所有有效课程均已报名。</translation>
    </message>
    <message>
        <source>How many weeks ahead the learning path is planned</source>
        <translation>学习路径向前规划的周数</translation>
    </message>
</context>
<context>
    <name>mentordesk::RecordAssessmentDialog</name>
    <message>
        <source>Record Assessment</source>
        <translation>记录评估</translation>
    </message>
    <message>
        <source>%1 (%2, since %3)</source>
        <translation>%1（%2，自 %3 起）</translation>
    </message>
    <message>
        <source>No enrollment (any topic)</source>
        <translation>无报名（任意主题）</translation>
    </message>
    <message>
        <source>The enrollment the assessment belongs to; its course gives the topics</source>
        <translation>评估所属的报名；其课程提供主题</translation>
    </message>
    <message>
        <source>The topic whose mastery you assessed</source>
        <translation>你评估掌握度的主题</translation>
    </message>
    <message>
        <source>Drag to set the mastery, or type it in the box</source>
        <translation>拖动以设置掌握度，或在框中输入</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>How well the learner masters the topic: 0 % (not at all) to 100 % (fully)</source>
        <translation>学员对主题的掌握程度：0%（完全未掌握）到 100%（完全掌握）</translation>
    </message>
    <message>
        <source>You assess in your own name</source>
        <translation>你以自己的名义进行评估</translation>
    </message>
    <message>
        <source>Who assessed the learner; the enrollment&apos;s mentor unless chosen otherwise</source>
        <translation>评估该学员的人；除非另行选择，默认为报名的导师</translation>
    </message>
    <message>
        <source>What you observed (optional; shown in the progress report)</source>
        <translation>你的观察（可选；显示在进度报告中）</translation>
    </message>
    <message>
        <source>When you assessed the learner (studio time zone); not in the future</source>
        <translation>你评估学员的时间（工作室时区）；不能是将来时间</translation>
    </message>
    <message>
        <source>Learner:</source>
        <translation>学员：</translation>
    </message>
    <message>
        <source>&amp;Enrollment:</source>
        <translation>报名(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>M&amp;astery:</source>
        <translation>掌握度(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>导师(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Save Assessment</source>
        <translation>保存评估(&amp;S)</translation>
    </message>
    <message>
        <source>The course has no topics</source>
        <translation>该课程没有主题</translation>
    </message>
    <message>
        <source>Choose a topic…</source>
        <translation>选择主题…</translation>
    </message>
</context>
<context>
    <name>mentordesk::RecordRatingDialog</name>
    <message>
        <source>Record Rating</source>
        <translation>记录评分</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>A mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>A lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>What the learner rates: one of their courses, one of their mentors or a lesson they attended</source>
        <translation>学员评分的对象：其某门课程、某位导师或其上过的某个课时</translation>
    </message>
    <message>
        <source>Rating the same course, mentor or lesson again replaces the learner&apos;s earlier rating of it.</source>
        <translation>再次对同一课程、导师或课时评分，将替换该学员之前对其的评分。</translation>
    </message>
    <message>
        <source>Choose 1–5 stars</source>
        <translation>选择 1–5 星</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>很好</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>1 star (poor) to 5 stars (excellent); type a digit to choose</source>
        <translation>1 星（差）到 5 星（优秀）；输入数字即可选择</translation>
    </message>
    <message>
        <source>What the learner said (optional)</source>
        <translation>学员的反馈（可选）</translation>
    </message>
    <message>
        <source>When the learner gave the rating (studio time zone); not in the future</source>
        <translation>学员给出评分的时间（工作室时区）；不能是将来时间</translation>
    </message>
    <message>
        <source>Learner:</source>
        <translation>学员：</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>评分对象(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>具体对象(&amp;W)：</translation>
    </message>
    <message>
        <source>S&amp;tars:</source>
        <translation>星级(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>评语(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Save Rating</source>
        <translation>保存评分(&amp;S)</translation>
    </message>
    <message>
        <source>The learner has no course enrollments</source>
        <translation>该学员没有课程报名</translation>
    </message>
    <message>
        <source>The learner has no mentor yet</source>
        <translation>该学员尚无导师</translation>
    </message>
    <message numerus="yes">
        <source>No attended lessons in the last %n day(s)</source>
        <translation>
            <numerusform>过去 %n 天内没有已上课的课时</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a course…</source>
        <translation>选择课程…</translation>
    </message>
    <message>
        <source>Choose a mentor…</source>
        <translation>选择导师…</translation>
    </message>
    <message>
        <source>Choose a lesson…</source>
        <translation>选择课时…</translation>
    </message>
</context>
<context>
    <name>mentordesk::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Progress report (PDF)…</source>
        <translation>进度报告（PDF）…</translation>
    </message>
    <message>
        <source>By mentor</source>
        <translation>按导师</translation>
    </message>
    <message>
        <source>By course (most rated)</source>
        <translation>按课程（评分最多）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>A/R aging</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>课时包</translation>
    </message>
    <message>
        <source>All enrollments</source>
        <translation>全部报名</translation>
    </message>
    <message>
        <source>This report has no chart to export.</source>
        <translation>此报表没有可导出的图表。</translation>
    </message>
    <message>
        <source>This report has no data to export.</source>
        <translation>此报表没有可导出的数据。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>进度报告</translation>
    </message>
    <message>
        <source>Progress report %1.pdf</source>
        <translation>进度报告 %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>First day of the report range, included</source>
        <translation>报告范围的第一天（含）</translation>
    </message>
    <message>
        <source>Last day of the report range, included</source>
        <translation>报告范围的最后一天（含）</translation>
    </message>
    <message>
        <source>Type or pick the learner whose progress is charted</source>
        <translation>输入或选择要绘制进度图表的学员</translation>
    </message>
    <message>
        <source>One of the learner&apos;s enrollments, or all of them</source>
        <translation>学员的某个报名，或全部报名</translation>
    </message>
    <message>
        <source>Group the ratings by mentor or by course</source>
        <translation>按导师或按课程对评分分组</translation>
    </message>
    <message>
        <source>&amp;Default range</source>
        <translation>默认范围(&amp;D)</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>mentordesk::RestoreConfirmDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace the open studio “%1” with this backup?&lt;/b&gt;</source>
        <translation>&lt;b&gt;用此备份替换打开的工作室“%1”吗？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <source>Studio in the backup:</source>
        <translation>备份中的工作室：</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>写入时间：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation>%1，已加密</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n 位学员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 个课时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n 张发票</numerusform>
        </translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <source>Intact (integrity check passed), schema version %1</source>
        <translation>完好（完整性检查通过），架构版本 %1</translation>
    </message>
    <message>
        <source>Everything in the open studio is replaced by the backup: changes made since the backup was written are lost. The studio is closed first, and the current file is kept as a safety copy named “%1.before-restore-&lt;date&gt;” in the same folder. With sign-in on, the restored studio asks for a sign-in with its own accounts.</source>
        <translation>打开的工作室中的所有内容都将被备份替换：备份写入后所做的更改将丢失。工作室会先关闭，当前文件将作为安全副本保留在同一文件夹中，名为“%1.before-restore-&lt;date&gt;”。如果启用了登录，恢复后的工作室将要求使用其自身的账户登录。</translation>
    </message>
    <message>
        <source>&amp;Restore and Replace</source>
        <translation>恢复并替换(&amp;R)</translation>
    </message>
    <message>
        <source>Closes the studio, keeps a safety copy, restores the backup and opens it.</source>
        <translation>关闭工作室，保留安全副本，恢复备份并将其打开。</translation>
    </message>
</context>
<context>
    <name>mentordesk::SearchHitDelegate</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
</context>
<context>
    <name>mentordesk::SearchHitModel</name>
    <message>
        <source>Draft invoice</source>
        <translation>草稿发票</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
</context>
<context>
    <name>mentordesk::SecuritySettingsForm</name>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Off: whoever uses this computer works as the studio&apos;s owner. On: everyone signs in with their own account and sees only what their role allows.</source>
        <translation>关闭：使用这台电脑的任何人都以工作室所有者身份操作。开启：每个人都用自己的账户登录，并且只能看到其角色允许的内容。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Minutes without use before the window locks, on this computer (only while sign-in is on).</source>
        <translation>在这台电脑上窗口闲置多少分钟后锁定（仅在开启登录时有效）。</translation>
    </message>
    <message>
        <source>C&amp;hange Password…</source>
        <translation>更改密码(&amp;H)…</translation>
    </message>
    <message>
        <source>Only an owner can turn sign-in on or off.</source>
        <translation>只有所有者可以开启或关闭登录。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>已以 %1（%2）身份登录。</translation>
    </message>
    <message>
        <source>Nobody is signed in: you work as the studio&apos;s owner.</source>
        <translation>当前无人登录：您以工作室所有者身份操作。</translation>
    </message>
    <message>
        <source>Created the owner account %1; everyone signs in from now on.</source>
        <translation>已创建所有者账户 %1；从现在起所有人都需登录。</translation>
    </message>
    <message>
        <source>Sign-in was not turned on: %1</source>
        <translation>未能开启登录：%1</translation>
    </message>
    <message>
        <source>Everyone signs in from now on.</source>
        <translation>从现在起所有人都需登录。</translation>
    </message>
    <message>
        <source>Sign-in was not turned off: %1</source>
        <translation>未能关闭登录：%1</translation>
    </message>
    <message>
        <source>Sign-in is off: whoever uses this computer works as the owner.</source>
        <translation>登录已关闭：使用这台电脑的任何人都以所有者身份操作。</translation>
    </message>
    <message>
        <source>Turn Sign-in Off</source>
        <translation>关闭登录</translation>
    </message>
    <message>
        <source>Without sign-in, whoever uses this computer can see and change everything as the owner. Turn sign-in off?</source>
        <translation>不启用登录时，使用这台电脑的任何人都能以所有者身份查看和更改所有内容。要关闭登录吗？</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>您的密码已更改。</translation>
    </message>
    <message>
        <source>Minutes without use before the window locks (0 = never)</source>
        <translation>无操作多少分钟后锁定窗口（0 = 从不）</translation>
    </message>
    <message>
        <source>Every account signs in with its username and password when the studio opens</source>
        <translation>打开工作室时，每个账户都需使用用户名和密码登录</translation>
    </message>
    <message>
        <source>Ask everyone to si&amp;gn in</source>
        <translation>要求所有人登录(&amp;G)</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>闲置锁定：</translation>
    </message>
</context>
<context>
    <name>mentordesk::SessionLock</name>
    <message numerus="yes">
        <source>The window locked after %n minute(s) without use. Sign in to go on; what you were typing is kept.</source>
        <translation>
            <numerusform>窗口闲置 %n 分钟后已锁定。请登录以继续；您正在输入的内容会保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>工作室</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Store the studio settings (Ctrl+S).</source>
        <translation>保存工作室设置（Ctrl+S）。</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the changes and show the saved settings again.</source>
        <translation>放弃更改，重新显示已保存的设置。</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages on this computer. Invoices use each payer&apos;s own invoice language.</source>
        <translation>此电脑上菜单、页面和消息所用的语言。发票使用各付款人自己的发票语言。</translation>
    </message>
    <message>
        <source>Applies at once and is remembered on this computer.</source>
        <translation>立即生效，并在此电脑上保留。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Write a complete, verified copy of the studio to a file of your choice — on a USB stick or another disk — while it stays open.</source>
        <translation>在工作室保持打开的同时，将其完整且经过校验的副本写入您选择的文件（可位于 U 盘或其他磁盘上）。</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose where to save a copy of the studio file.</source>
        <translation>选择工作室文件副本的保存位置。</translation>
    </message>
    <message>
        <source>Not saved: please correct the field marked in red.</source>
        <translation>未保存：请更正标红的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Back Up Studio</source>
        <translation>备份工作室</translation>
    </message>
    <message>
        <source>MentorDesk studios (*.mentordesk);;All files (*)</source>
        <translation>MentorDesk 工作室 (*.mentordesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Restore fro&amp;m Backup…</source>
        <translation>从备份恢复(&amp;M)…</translation>
    </message>
    <message>
        <source>Replace the open studio by a backup, after checking the backup (File ▸ Restore from Backup…).</source>
        <translation>先检查备份，再用它替换打开的工作室（文件 ▸ 从备份恢复…）。</translation>
    </message>
</context>
<context>
    <name>mentordesk::StudioPlansPanel</name>
    <message>
        <source>Studio plans</source>
        <translation>工作室计费方案</translation>
    </message>
    <message>
        <source>The plans the studio offers. A quote compares a learner&apos;s goal under each of them.</source>
        <translation>工作室提供的计费方案。报价会比较学员的目标在各方案下的情况。</translation>
    </message>
    <message>
        <source>&amp;Offer a Plan…</source>
        <translation>提供计费方案(&amp;O)…</translation>
    </message>
    <message>
        <source>Offered “%1”.</source>
        <translation>已提供“%1”。</translation>
    </message>
    <message>
        <source>Remove Plan</source>
        <translation>移除计费方案</translation>
    </message>
    <message>
        <source>Stop offering “%1”? Quotes no longer compare it.</source>
        <translation>要停止提供“%1”吗？报价将不再比较此方案。</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>已移除“%1”。</translation>
    </message>
    <message>
        <source>Remov&amp;e Plan</source>
        <translation>移除计费方案(&amp;E)</translation>
    </message>
</context>
<context>
    <name>mentordesk::StudioSettingsForm</name>
    <message>
        <source>Studio &amp;name:</source>
        <translation>工作室名称(&amp;N)：</translation>
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
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Street, postcode and city, as printed on invoices</source>
        <translation>街道、邮编和城市，与发票上打印的一致</translation>
    </message>
    <message>
        <source>The postal address printed on invoices.</source>
        <translation>打印在发票上的邮寄地址。</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>税号(&amp;T)：</translation>
    </message>
    <message>
        <source>VAT or tax number, if you have one</source>
        <translation>增值税号或纳税人识别号（如有）</translation>
    </message>
    <message>
        <source>Printed on invoices when set.</source>
        <translation>设置后将打印在发票上。</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>The studio&apos;s contact address, printed on invoices.</source>
        <translation>工作室的联系邮箱，将打印在发票上。</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>The studio&apos;s phone number, printed on invoices.</source>
        <translation>工作室的电话号码，将打印在发票上。</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Formats:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>How dates, numbers and amounts are written (for example 1,234.50 or 1.234,50).</source>
        <translation>日期、数字和金额的书写格式（例如 1,234.50 或 1.234,50）。</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Lesson times are shown in this time zone. Type part of a name, such as Berlin or Shanghai, to find it.</source>
        <translation>课时时间按此时区显示。输入名称的一部分（如 Berlin 或 Shanghai）即可查找。</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>例如：Europe/Berlin</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Due on receipt</source>
        <translation>收到即付</translation>
    </message>
    <message>
        <source>Days between an invoice&apos;s date and its due date.</source>
        <translation>发票日期与到期日之间的天数。</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>每周起始日(&amp;W)：</translation>
    </message>
    <message>
        <source>The first day of the week in the calendar and in weekly reports.</source>
        <translation>日历和周报中每周的第一天。</translation>
    </message>
    <message>
        <source>The currency cannot change any more: the studio already has mentors, payers, learners, courses or lessons whose amounts are in %1.</source>
        <translation>货币已无法更改：工作室中已有以 %1 计价的导师、付款人、学员、课程或课时。</translation>
    </message>
    <message>
        <source>ISO 4217 code of the currency you bill in, such as EUR or CNY. It can only be changed while the studio has no records.</source>
        <translation>计费所用货币的 ISO 4217 代码，例如 EUR 或 CNY。仅当工作室中没有任何记录时才能更改。</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Pa&amp;yment terms:</source>
        <translation>付款期限(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>mentordesk::SubscriptionPlanEditor</name>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>weeks start on %1</source>
        <translation>每周从 %1 开始</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Fee per period (%1):</source>
        <translation>每周期费用（%1）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Unlimited</source>
        <translation>不限(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Included per period:</source>
        <translation>每周期包含(&amp;I)：</translation>
    </message>
    <message>
        <source>Per hour beyond the included time</source>
        <translation>超出包含时间后的每小时费用</translation>
    </message>
    <message>
        <source>&amp;Overage per hour:</source>
        <translation>超额每小时费用(&amp;O)：</translation>
    </message>
    <message>
        <source>Unused time lapses</source>
        <translation>未用时间作废</translation>
    </message>
    <message>
        <source>Carries over, capped</source>
        <translation>结转，设上限</translation>
    </message>
    <message>
        <source>Carries over one period</source>
        <translation>结转一个周期</translation>
    </message>
    <message>
        <source>&amp;Rollover:</source>
        <translation>结转(&amp;R)：</translation>
    </message>
    <message>
        <source>Paused from</source>
        <translation>暂停开始</translation>
    </message>
    <message>
        <source>to (inclusive)</source>
        <translation>至（含）</translation>
    </message>
    <message>
        <source>Dates as YYYY-MM-DD; paused days pay no fee and include no time</source>
        <translation>日期格式为 YYYY-MM-DD；暂停期间不收费，也不包含时间</translation>
    </message>
    <message>
        <source>Add Pause</source>
        <translation>添加暂停</translation>
    </message>
    <message>
        <source>Remove Pause</source>
        <translation>移除暂停</translation>
    </message>
    <message>
        <source>Enter the time included per period, or tick Unlimited.</source>
        <translation>请输入每周期包含的时间，或勾选“不限”。</translation>
    </message>
    <message>
        <source>Enter the pause&apos;s dates as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式输入暂停日期。</translation>
    </message>
    <message>
        <source>How often the fee is billed</source>
        <translation>费用的计费频率</translation>
    </message>
    <message>
        <source>The first day of a weekly period</source>
        <translation>每周周期的第一天</translation>
    </message>
    <message>
        <source>Lesson minutes the fee covers each period, e.g. 480 for 8 hours</source>
        <translation>每个周期费用涵盖的课时分钟数，例如 480 表示 8 小时</translation>
    </message>
    <message>
        <source>No cap on lesson time: the fee covers every lesson of the period</source>
        <translation>课时时间不设上限：费用涵盖该周期的所有课时</translation>
    </message>
    <message>
        <source>What happens to included time the learner did not use</source>
        <translation>学员未用完的包含时间如何处理</translation>
    </message>
    <message>
        <source>At most this many unused minutes carry over</source>
        <translation>最多结转这么多未用分钟数</translation>
    </message>
    <message>
        <source>A period that starts or ends mid-way pays only for its days</source>
        <translation>周期中途开始或结束时，只按其实际天数付费</translation>
    </message>
    <message>
        <source>Prorate partial periods &amp;by days</source>
        <translation>按天数按比例计算不完整周期(&amp;B)</translation>
    </message>
    <message>
        <source>P&amp;auses:</source>
        <translation>暂停(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>mentordesk::SuggestionModel</name>
    <message>
        <source>but %1</source>
        <translation>但 %1</translation>
    </message>
    <message>
        <source>%1 (but: %2)</source>
        <translation>%1（但：%2）</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>Free a week</source>
        <translation>每周空闲</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>mentordesk::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>The Today page could not be loaded: %1</source>
        <translation>无法加载“今日”页面：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 另有 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the &lt;a href=&quot;report:at_risk&quot;&gt;at-risk report&lt;/a&gt;.</source>
        <translation>
            <numerusform>… 另有 %n 位，请查看&lt;a href=&quot;report:at_risk&quot;&gt;有风险报表&lt;/a&gt;。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still scheduled this week</source>
        <translation>本周仍有 %1 已排课</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;report:hours&quot;&gt;Hours per mentor per week&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;report:hours&quot;&gt;每位导师每周小时数&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Today&apos;s lessons (%1)</source>
        <translation>今日课时（%1）</translation>
    </message>
    <message>
        <source>Tomorrow (%1)</source>
        <translation>明日（%1）</translation>
    </message>
    <message>
        <source>Awaiting attendance (%1)</source>
        <translation>待记录出勤（%1）</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>At risk (%1)</source>
        <translation>有风险（%1）</translation>
    </message>
    <message>
        <source>Hours this week</source>
        <translation>本周小时数</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>No lessons today.</source>
        <translation>今日没有课时。</translation>
    </message>
    <message>
        <source>No lessons tomorrow.</source>
        <translation>明日没有课时。</translation>
    </message>
    <message>
        <source>Every past lesson is recorded.</source>
        <translation>所有过去的课时均已记录。</translation>
    </message>
    <message>
        <source>Checking every learner&apos;s progress…</source>
        <translation>正在检查每位学员的进度…</translation>
    </message>
    <message>
        <source>The at-risk list could not be computed: %1</source>
        <translation>无法计算有风险名单：%1</translation>
    </message>
    <message>
        <source>No learner is at risk.</source>
        <translation>没有有风险的学员。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;receivables:&quot;&gt;%n overdue invoice(s)&lt;/a&gt;: %1</source>
        <translation>
            <numerusform>&lt;a href=&quot;receivables:&quot;&gt;%n 张逾期发票&lt;/a&gt;：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue invoices.</source>
        <translation>没有逾期发票。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;report:packages&quot;&gt;Low package balances&lt;/a&gt;:</source>
        <translation>&lt;a href=&quot;report:packages&quot;&gt;课时包余额不足&lt;/a&gt;：</translation>
    </message>
    <message>
        <source>Today&apos;s lessons</source>
        <translation>今日课时</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>Awaiting attendance</source>
        <translation>待记录出勤</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>mentordesk::TopicChecklist</name>
    <message>
        <source>Filter topics</source>
        <translation>筛选主题</translation>
    </message>
    <message>
        <source>Tick the topics the learner wants to learn</source>
        <translation>勾选学员想学习的主题</translation>
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
