<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>Currency</name>
    <message>
        <source>“%1” is not a supported ISO 4217 currency code (for example EUR, USD, CNY, JPY).</source>
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
</context>
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>MentorDesk — studio manager for mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PNGs of every page to DIR and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk</source>
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
    <name>mentordesk::MainWindow</name>
    <message>
        <source>%1 — MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
