<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AtRiskRules</name>
    <message numerus="yes">
        <source>No lesson held for %n day(s) (threshold %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projected to finish on %1, %n day(s) after the planned end %2 (%3 % late; threshold %4 %).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mastery of topic %1 fell from %2 % to %3 % (threshold %4 points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) in a row cancelled or missed by the learner (threshold %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceRules</name>
    <message>
        <source>The late-cancellation notice must be between 0 and 720 hours (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share billed for a late cancellation must be between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share billed for a no-show must be between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillableLesson</name>
    <message>
        <source>A billed lesson needs its lesson id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1 has no start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1: planned minutes must be between 1 and 1440 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1: actual minutes must be between 0 and 1440 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1: progress must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingMath</name>
    <message>
        <source>The amount is too large to be represented exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogCommands</name>
    <message>
        <source>rows per page (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added topic %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed topic %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now requires “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer requires “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (prerequisites shown above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no topics yet; add one with “topic add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --hours or --minutes, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added course %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived course %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored course %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the topics with --topic (repeatable), or --clear to remove them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the module&apos;s length with --minutes or --hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added module %1 (%2) at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --price or --no-price, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed the module; the course has %n module(s) now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Moved the module to position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic name (unique, ignoring case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area: programming, maths, music, languages or any short text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the topic covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the course covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level, 1 = beginner … 5 = expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content hours C as a decimal, e.g. 30 or 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content time as minutes (90), 1:30 or 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content quality Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practicality U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length as minutes (90), 1:30 or 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length in hours as a decimal, e.g. 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price in the studio currency, e.g. 45.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the module&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a topic (only the options given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a topic with its prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter by name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a topic nothing refers to any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the topic that has the prerequisite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prerequisite topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a topic requires another (cycles are refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a prerequisite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the prerequisite tree (--json: nodes and edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this topic and what it requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a topic of the course (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a module, in order (repeatable); content time defaults to their sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a course with its topics and modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a course (only the options given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a course with its topics and modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter by title or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only courses covering this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include archived courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only archived courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive a course (kept; no new enrollments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore an archived course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the topics of a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a topic (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insert at this position (default: last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a module to a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a module (only the options given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a module; the later ones move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a module to another position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new position, from 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: mentordesk-cli [--db FILE] [--json] &lt;noun&gt; &lt;verb&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:
  --db FILE   studio database (default: $MENTORDESK_DB, then ~/.local/share/mentordesk/studio.mentordesk)
  --json      machine-readable output (errors too) on stdout
  --help      help for any command, e.g. mentordesk-cli learner add --help
Exit codes: 0 success, 1 invalid input or refused, 2 usage error, 3 storage/IO failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mentordesk-cli %1 &lt;verb&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: --db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: unknown command “%1 %2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: unknown command “%1”; run mentordesk-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: MENTORDESK_NOW must be an ISO-8601 time such as 2026-01-15T10:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1 for “%2 %3”; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required for “%2 %3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Create one with “mentordesk-cli init” or “mentordesk-cli demo”, or pass --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>(%1 of %2 shown; use --offset and --limit for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictChecker</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mentor %2 already teaches another lesson then (lesson %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: learner %2 already attends another lesson then (lesson %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The lesson clashes with %n other lesson(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  - series lesson on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseModuleService</name>
    <message>
        <source>There is no course module with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no course with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position must be between 1 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseModuleSpec</name>
    <message>
        <source>Write a module as TITLE:MINUTES or TITLE:MINUTES:PRICE (got “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseQualityModel</name>
    <message>
        <source>Course quality weights must not be negative and must not all be zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseService</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no course with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course “%1” is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course “%1” is not archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseValidator</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content time must be more than 0 and at most 10,000 hours (got %1 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practicality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module “%1” must last more than 0 minutes and at most 10,000 hours (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of the module “%1” must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of the module “%1” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content time must be more than 0 minutes, or the course needs modules whose minutes can be added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules add up to %1 minutes, more than the 10,000 hours a course may have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>The CSV text could not be read further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is never closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV output failed earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the CSV output: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>“%1” is not a supported ISO 4217 currency code (for example EUR, USD, CNY, JPY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1; delimiter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported into %1; nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Fix them, or use --skip-bad-rows to import the %1 good rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) with errors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview (first %n row(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expected an entity and a file, e.g. “import csv payers payers.csv”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding “%1”; use auto, utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delimiter “%1”; use auto, comma, semicolon, tab or pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one entity, e.g. “export csv payers”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import records from a CSV file (entity: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check and preview only; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the good rows even when some rows have errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text encoding (default auto: BOM, else UTF-8, else Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field delimiter (default auto-detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also export deleted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole studio as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one table as CSV (entity: %1, or any table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start with a UTF-8 byte-order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a MentorDesk studio (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a MentorDesk studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer MentorDesk (schema %2; this version knows up to %3). It was not opened or changed; please update MentorDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no studio file at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record this device in the studio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studio database reported an error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studio database could not prepare a query: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed by someone else since it was opened (now version %1). Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studio database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecimalText</name>
    <message>
        <source>“%1” is not a plain decimal number (write it like 0.75).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is far too large for an efficiency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” hours is more than the 10,000 hours allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours is not a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <source>--scale must be “small” or “design”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo studio %1: %2 mentors, %3 learners, %4 courses, %5 lessons, %6 ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo studio in a new file (deterministic for a given seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small (3 mentors, 40 learners, 25 courses, 1 year; default) or design (15 mentors, 2,000 learners, 200 courses, 10 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years of lesson history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo&apos;s “today” (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no progress output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo studio can only be generated into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners must be between 0 and 100,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses must be between 1 and 2,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years must be between 1 and 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo studio was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; the demo studio is only created in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo studio could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStudio</name>
    <message>
        <source>Creating the demo studio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>MentorDesk — studio manager for mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the studio database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo studio (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PNG of every page to DIR and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size WxH (e.g. 1366x768).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discount</name>
    <message>
        <source>A discount needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount needs a name to show on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percent discount must be between 0.01 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed discount must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan discount needs the plan it applies to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountApplier</name>
    <message>
        <source>Discount %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentCommands</name>
    <message>
        <source>give --course, or --title and --target-hours for free-form mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled in “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --planned-end or --no-planned-end, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status; use active, paused, completed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment “%1” is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title (default: the course title; required without a course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>efficiency as a decimal, 0.05–2.0 (default 0.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target hours (default: the course&apos;s content hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course id (omit for free-form mentoring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll a learner in a course or in free-form mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this learner&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this course&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this mentor&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, paused, completed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows per page (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand over to this mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the planned end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an enrollment&apos;s plan (only the options given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause, complete, cancel or re-activate an enrollment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mentor with id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor %1 is archived; restore them before enrolling learners with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-form mentoring needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency must be between 0.05 and 2.0, that is 50 to 2000 per mille (got %1 per mille).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-form mentoring needs target hours greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target time must be more than 0 and at most 10,000 hours (got %1 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end (%1) must not be before the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner already has an active enrollment in “%1” (%2); pause, complete or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no learner with id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner %1 is archived; restore them before enrolling them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no course with id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course “%1” is archived and takes no new enrollments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enrollment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment “%1” already has the status “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationHarness</name>
    <message>
        <source>There are no ratings to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of folds must be between 2 and 20 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list length k must be between 1 and 1000 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation was cancelled after fold %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRepository</name>
    <message>
        <source>There is no table “%1” in the studio; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackCommands</name>
    <message>
        <source>give exactly one of --lesson, --mentor and --course</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced the earlier rating %1 (%n star(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved rating %1 (%n star(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded assessment %1 (%2 % mastery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a learner&apos;s rating of a lesson, mentor or course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner who rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate this (attended) lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate this mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment, up to 2000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List ratings, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings by this learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings of this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings of this mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings of this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows per page (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a mentor&apos;s assessment of a learner&apos;s mastery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessing mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mastery in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learner&apos;s enrollment it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note, up to 2000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of the assessment (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a learner&apos;s assessments, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackService</name>
    <message>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lesson with id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner did not take part in this lesson, so cannot rate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not attend this lesson (it is recorded as “%2”), so cannot rate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enrollment with id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment %1 belongs to %2, not to this learner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderMapping</name>
    <message>
        <source>The columns “%1” and “%2” both mean %3; keep only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required column %1 is missing (accepted headers: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HourlyPlan</name>
    <message>
        <source>The progress threshold must be between 0.1 % and 100 % (got %1 ‰).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discounted rate must be lower than the plan&apos;s rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HourlyPricer</name>
    <message>
        <source>Make-up credits must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 is not an hourly plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImporterRegistry</name>
    <message>
        <source>Importing %1 is not available yet; only %2 can be imported so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KFoldSplitter</name>
    <message>
        <source>The number of folds must be between 2 and the number of ratings (%1); got %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerCommands</name>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary mentor id (&quot;&quot; for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payer id (&quot;&quot; for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year of birth (&quot;&quot; for unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill level, 1 beginner … 5 advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill level, 1 beginner … 5 advanced (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time available per week in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time available per week in minutes (default 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time available per week in hours, e.g. 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated tags (&quot;&quot; for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learner (or guardian) agrees to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learner (or guardian) agrees to photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw the contact consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw the photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weekly-hours must be a number of hours such as 1.5 (got “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --weekly-minutes or --weekly-hours, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 and --no-%1 contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added learner %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be active, paused, archived or all, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one or more --topic options, or --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals set: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a learner&apos;s details (only the options given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one learner with goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List learners (active and paused unless --status says otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these statuses (repeatable or comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only learners of this mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only learners of this payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter by name, e-mail, phone or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows per page (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive a learner (kept for history, hidden from lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived learner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore an archived learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored learner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause an active learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused learner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume a paused learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed learner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a learner&apos;s goal topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal topic id (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove all goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerService</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly available minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mentor with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor “%1” is archived; choose an active mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer “%1” is archived; choose an active payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no learner with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner “%1” is archived; restore them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner “%1” is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner “%1” is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner “%1” is not archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner “%1” is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonChecks</name>
    <message>
        <source>Lesson %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency must be between 0.05 and 2.0 (got %1 ‰).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hours must be between 1 minute and 10,000 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonCommandSupport</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass --allow-conflict to schedule it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: scheduled despite a clash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule even when the mentor or a learner is busy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonCommands</name>
    <message>
        <source>lesson id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled lesson %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --start, --minutes or --mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved lesson %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded lesson %1 at %2 as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be “learner” or “mentor” (got “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled lesson %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded lesson %1 at %2 as a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an attendance status (held, no_show, cancelled_by_learner, late_cancel or clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated attendance of lesson %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --notes or --homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated notes of lesson %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a lesson status (scheduled, held, cancelled_by_learner, late_cancel, no_show, cancelled_by_mentor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor who teaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollment of an attendee (repeat for a group lesson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local start time in the studio time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned minutes, 1–1440 (default 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a one-off or group lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never bill this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a scheduled lesson (or change its length or mentor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitute mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a lesson as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual minutes (default: planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>homework given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a scheduled lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learner cancelled too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the learner did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one attendee&apos;s status in a group lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held, no_show, cancelled_by_learner, late_cancel or clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a lesson&apos;s notes or homework (any time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List lessons in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day (studio time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day, inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this mentor&apos;s lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only lessons this learner attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only lessons of this enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only lessons of this series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these statuses (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows per page (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a time slot for clashes without scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendee to check (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonRecordingService</name>
    <message>
        <source>The lesson has not started yet; it can be recorded once it has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson was recorded as “%1”; it cannot be recorded as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a learner&apos;s cancellation can be late; a mentor&apos;s cancellation never is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a scheduled lesson can be cancelled; this one was recorded as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a scheduled lesson can be marked as a no-show; this one was recorded as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentor cancels the whole lesson, not one attendee; cancel the lesson instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner %1 does not attend this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the lesson as held before recording who attended it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson was recorded as “%1”; its attendees cannot cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonSeriesCommands</name>
    <message numerus="yes">
        <source>Created series %1 with %n lesson(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to change; give at least one of --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weekday must be mon … sun or 1 … 7 (got “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n scheduled lesson(s); new series %1 has these lessons:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended the series before %1 and removed %n scheduled lesson(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last possible date (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of weekly dates, 1–1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a weekly series of lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor who teaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollment of an attendee (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first lesson, studio time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned minutes (default 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every N weeks, 1–52 (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave out this date (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never bill these lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a series from one lesson on (this and following)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first lesson to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new local start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new interval in weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a series and remove its scheduled lessons from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first date to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave one date out of a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a skipped date back into a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a series&apos; rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonSeriesService</name>
    <message>
        <source>Give either a last date or a number of lessons for the series, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first date to cancel from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date of this series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson on %1 was already recorded as “%2”; it cannot be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the skipped date to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a skipped date of this series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series has no lessons left to copy the attendees from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lesson series with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonService</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson was already held; its time can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson was recorded as “%1”; schedule a new lesson instead of moving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lesson with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonStatus</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by mentor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonValidator</name>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mentor with id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor %1 is archived and cannot teach new lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson needs at least one attendee (an enrollment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson can have at most %1 attendees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enrollment with id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment %1 of %2 is completed; only active or paused enrollments can have lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment %1 of %2 was cancelled; only active or paused enrollments can have lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice; each learner attends a lesson once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixFactorization</name>
    <message>
        <source>The number of factors must be between 1 and 500 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of epochs must be between 1 and 1000 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate must be above 0 and at most 1 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regularisation must be between 0 and 10 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial spread must be between 0 and 1 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no ratings to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was cancelled after epoch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved model is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a MentorDesk matrix factorisation model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model was saved by a newer MentorDesk (format %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorAbilityModel</name>
    <message>
        <source>Mentor ability weights must not be negative, must not all be zero, and the half-saturation years must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorCommands</name>
    <message>
        <source>%1 (level %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role in the studio (default mentor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years of teaching experience, 0-80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default hourly rate in the studio currency, e.g. 45.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar colour (empty for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be owner, mentor or front_desk, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added mentor %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived mentor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored mentor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise in %1 set to level %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one or more --slot options, or --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mentor (or owner, or front-desk staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a mentor&apos;s details (only the options given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one mentor with expertise and weekly availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter by name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include archived mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only archived mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows per page (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive a mentor (kept, hidden from lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore an archived mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a mentor&apos;s level (1-5) in a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 basics … 5 expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a mentor&apos;s expertise in a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a mentor&apos;s weekly availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weekly slot, e.g. &quot;mon 09:00-12:00&quot; (repeatable; days mon…sun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove all slots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorService</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be owner, mentor or front desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default hourly rate must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour; write it as #rrggbb, for example #3a7bd5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mentor with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor “%1” is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor “%1” is not archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor “%1” has no expertise recorded for the topic %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version of the studio database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studio database has schema %1, newer than the %2 this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema step %1 is out of order (expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the studio before upgrading it, so it was not upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the studio to schema %1 (%2) failed and was rolled back: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>“%1” is not a duration; write minutes (90), hours:minutes (1:30) or 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes is longer than the 10,000 hours allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleBilling</name>
    <message>
        <source>Plan %1 is not a per-module plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day to bill up to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a module of this plan, or is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A started module needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModulePlan</name>
    <message>
        <source>A per-module plan needs the course&apos;s modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each module needs its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each module needs its own position, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module&apos;s minutes must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module “%1” has no price and the plan has no default module price.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large to be represented exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not an amount; write digits with an optional &apos;.&apos; and at most %n decimal(s), for example 12.50.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageLedger</name>
    <message>
        <source>Each package needs its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package needs its purchase date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package must hold between 1 minute and 10,000 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1: used minutes must be between 0 and its %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day to report balances for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 is not a package plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagePlan</name>
    <message>
        <source>A package must hold between 1 minute and 10,000 hours (got %1 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package&apos;s validity must be between 0 (no expiry) and 3660 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low-balance warning must be between 0 and the package&apos;s minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayerCommands</name>
    <message>
        <source>full name or company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail for invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of invoices (default en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax id (companies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added payer %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived payer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored payer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a payer (parent, guardian, company or the learner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a payer&apos;s details (only the options given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List payers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter by name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include archived payers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only archived payers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows per page (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive a payer (kept, hidden from lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore an archived payer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayerService</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice language must be “en” (English) or “zh_CN” (Simplified Chinese), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer “%1” is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer “%1” is not archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>A plan needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs the date it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscription cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a plan kind; use hourly, subscription, package, project or module.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTimeline</name>
    <message>
        <source>Two plans share the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another plan of this enrollment already takes effect on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressEvaluator</name>
    <message>
        <source>The reference date is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course content must be more than 0 minutes (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The efficiency must be between 50 and 2000 per mille (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pace window must be between 1 and 104 weeks (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson on %1 has %2 minutes; a lesson lasts 0 to 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mastery of %1 % on %2 is outside 0–100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectBilling</name>
    <message>
        <source>Plan %1 is not a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day to bill up to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a milestone of this project, or is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPlan</name>
    <message>
        <source>A project needs between 1 and 100 milestones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each milestone needs its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each milestone needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone&apos;s share must be between 0.01 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestones&apos; shares add up to %1 %; they must add up to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestones&apos; amounts must add up to the project&apos;s price.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteAdvisor</name>
    <message>
        <source>Give at least one plan to quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target progress must be between 0.1 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours already studied must be between 0 and 10,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly time must be between 1 minute and 168 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson must last at most 24 hours and divide the weekly time evenly (0 = one lesson a week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 24 hours a week needs several lessons; give the length of one lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the first lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal needs %1 lessons; the advisor plans at most %2. Choose longer lessons or a nearer target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteCoster</name>
    <message>
        <source>Unknown plan kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 would need more than %2 packages for this goal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingTarget</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsFileReader</name>
    <message>
        <source>Cannot open the ratings file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 3 or 4 fields (user, item, rating[, timestamp]), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rating “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp “%1” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsFileWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommenderCommands</name>
    <message>
        <source>warning: line %1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>warning: %n more bad line(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings found in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ratings, %3 users, %4 items; %5-fold cross-validation, top-%6 lists, relevant = rating ≥ %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown shape “%1”; use movielens100k or planted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 ratings (%2 users, %3 items) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validate matrix factorisation against baselines on a ratings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user,item,rating[,timestamp] CSV or whitespace-separated (MovieLens u.data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-validation folds, 2–20 (default 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length of the top-k lists, 1–1000 (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed of the fold split (default 42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latent factors, 1–500 (default 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training epochs, 1–1000 (default 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a synthetic ratings file (MovieLens-100k-shaped or planted factors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data set shape (default movielens100k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generator seed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundingRule</name>
    <message>
        <source>The rounding increment must be 1, 5, 10, 15, 30 or 60 minutes (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a rounding direction; use up, nearest or down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesOccurrences</name>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesPlanner</name>
    <message>
        <source>The first lesson of the series needs a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval in weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series needs an end: a last date or a number of lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date %1 is before the first lesson on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series would have more than %1 lessons; choose an earlier last date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a date of this series, which meets on %2 every %n week(s) from %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson on %1 would start at %2, a time that does not exist in %3 (daylight saving time skips it). Choose another time or skip that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date of the series is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesSplitter</name>
    <message>
        <source>Interval in weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new start time is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a last date or a number of lessons for the series, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson is not part of a series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson was recorded as “%1”; start the change at a scheduled lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioBackup</name>
    <message>
        <source>Cannot open the copy “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy “%1” failed its integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the studio file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be flushed to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be moved into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioCommands</name>
    <message>
        <source>studio name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency (default EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locale for dates and money (default en_US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone (default UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface language (default en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax id printed on invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>studio e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>studio phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days until an invoice is due (default 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day of the week, 1 = Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the studio “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty studio database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the studio&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the studio&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioExporter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing called “%1” to export; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioService</name>
    <message>
        <source>Studio name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (use an IANA name such as Europe/Berlin or Asia/Shanghai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a locale (use a name such as en_US, de_DE or zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be “en” (English) or “zh_CN” (Simplified Chinese), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds the studio “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no studio yet; create one first (mentordesk-cli init).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioTimeZone</name>
    <message>
        <source>Studio time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not a known time zone (expected an IANA id such as Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not exist in the time zone %3 (the clocks skip that hour for daylight saving time). Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a local date and time written YYYY-MM-DD HH:MM (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a time written HH:MM (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionPlan</name>
    <message>
        <source>Included minutes must be between 0 (unlimited) and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unlimited subscription has no unused minutes to roll over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capped rollover needs a cap between 1 and %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the week must be 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause needs a first and a last day, the last not before the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionPricer</name>
    <message>
        <source>Choose the period to bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled-over minutes must be between 0 and 10,000 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 is not a subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1 on %2 is outside the period %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <source>The tag “%1” contains a comma; commas separate tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The tag “%1” is too long (at most %n characters).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many tags (at most %n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaxCalculator</name>
    <message>
        <source>Tax rate %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the studio&apos;s tax rates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxRate</name>
    <message>
        <source>A tax rate needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate needs a name (for example VAT 19 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate must be between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tax mode; use exclusive or inclusive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is not valid UTF-16: it has an odd number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-16: unpaired surrogate at byte %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (first bad byte at offset %1). Try the encoding windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown text encoding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicService</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a topic named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no topic with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no topic with id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a topic by its name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no topic named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic “%1” is still in use and was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) cover it (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner goal(s) name it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor expertise entry(ies) list it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prerequisite link(s) connect it to other topics.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove those references first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic cannot require itself (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already requires “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot require “%2”: that would make a cycle %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not require “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (expected name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a record id (expected a UUID such as 3f2c8a4e-1b2d-4c5e-9f60-7a8b9c0d1e2f).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyAvailability</name>
    <message>
        <source>The weekday of an availability slot must be 1 (Monday) to 7 (Sunday), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An availability slot must lie within one day (00:00 to 24:00); %1 to %2 minutes after midnight does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The availability slot %1 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The availability slots %1 and %2 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an availability slot; write a weekday and a time range such as “mon 09:00-12:00”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The availability slot “%1” must end after it starts, within one day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::MainWindow</name>
    <message>
        <source>%1 — MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Studio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Studio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Studio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search learners, payers, courses… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show for that item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk studios (*.mentordesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;A local-first studio manager for independent mentors and small tutoring studios: learners, lessons, billing, progress and recommendations, on your own computer.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::NewStudioDialog</name>
    <message>
        <source>New Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Harbour Lights Music Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name printed on invoices and shown in the title bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code of the currency you bill in. It cannot be changed once invoices exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson times are shown in this time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface; each payer can still get invoices in their own language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studio is one file. Keep it on a local disk, not on a network share or a sync folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk studios (*.mentordesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the studio file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another file name, or open it with File ▸ Open Studio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentordesk::WelcomeWidget</name>
    <message>
        <source>Welcome to MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your learners, lessons, invoices and their progress in one place, on this computer. Start a studio of your own, or look around the demo studio first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new studio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing studio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent studios (double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
