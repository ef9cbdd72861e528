<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AtRiskRules</name>
    <message numerus="yes">
        <source>No lesson held for %n day(s) (threshold %1).</source>
        <translation>
            <numerusform>No lesson held for %n day (threshold %1).</numerusform>
            <numerusform>No lesson held for %n days (threshold %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projected to finish on %1, %n day(s) after the planned end %2 (%3 % late; threshold %4 %).</source>
        <translation>
            <numerusform>Projected to finish on %1, %n day after the planned end %2 (%3 % late; threshold %4 %).</numerusform>
            <numerusform>Projected to finish on %1, %n days after the planned end %2 (%3 % late; threshold %4 %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) in a row cancelled or missed by the learner (threshold %1).</source>
        <translation>
            <numerusform>%n lesson in a row cancelled or missed by the learner (threshold %1).</numerusform>
            <numerusform>%n lessons in a row cancelled or missed by the learner (threshold %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogCommands</name>
    <message numerus="yes">
        <source>Removed the module; the course has %n module(s) now.</source>
        <translation>
            <numerusform>Removed the module; the course has %n module now.</numerusform>
            <numerusform>Removed the module; the course has %n modules now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictChecker</name>
    <message numerus="yes">
        <source>The lesson clashes with %n other lesson(s):</source>
        <translation>
            <numerusform>The lesson clashes with %n other lesson:</numerusform>
            <numerusform>The lesson clashes with %n other lessons:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message numerus="yes">
        <source>Imported %n row(s) into %1.</source>
        <translation>
            <numerusform>Imported %n row into %1.</numerusform>
            <numerusform>Imported %n rows into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported into %1; nothing was written.</source>
        <translation>
            <numerusform>Dry run: %n row would be imported into %1; nothing was written.</numerusform>
            <numerusform>Dry run: %n rows would be imported into %1; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Fix them, or use --skip-bad-rows to import the %1 good rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has errors. Fix it, or use --skip-bad-rows to import the %1 good rows.</numerusform>
            <numerusform>Nothing was imported: %n rows have errors. Fix them, or use --skip-bad-rows to import the %1 good rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) with errors.</source>
        <translation>
            <numerusform>Skipped %n row with errors.</numerusform>
            <numerusform>Skipped %n rows with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview (first %n row(s)):</source>
        <translation>
            <numerusform>Preview (first %n row):</numerusform>
            <numerusform>Preview (first %n rows):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n row of %1 to %2.</numerusform>
            <numerusform>Exported %n rows of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecimalText</name>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s).</source>
        <translation>
            <numerusform>“%1” has more than %n decimal.</numerusform>
            <numerusform>“%1” has more than %n decimals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollmentPicker</name>
    <message numerus="yes">
        <source>%1 has %n active enrollment(s) that fit (%2); add a course column or the enrollment id.</source>
        <translation>
            <numerusform>%1 has %n active enrollment that fit (%2); add a course column or the enrollment id.</numerusform>
            <numerusform>%1 has %n active enrollments that fit (%2); add a course column or the enrollment id.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackCommands</name>
    <message numerus="yes">
        <source>Replaced the earlier rating %1 (%n star(s)).</source>
        <translation>
            <numerusform>Replaced the earlier rating %1 (%n star).</numerusform>
            <numerusform>Replaced the earlier rating %1 (%n stars).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved rating %1 (%n star(s)).</source>
        <translation>
            <numerusform>Saved rating %1 (%n star).</numerusform>
            <numerusform>Saved rating %1 (%n stars).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonIcsCommands</name>
    <message numerus="yes">
        <source>Exported %n lesson(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n lesson of %1 to %2.</numerusform>
            <numerusform>Exported %n lessons of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonImporter</name>
    <message numerus="yes">
        <source>The lesson clashes with %n other lesson(s): %1. Allow conflicts to import it anyway.</source>
        <translation>
            <numerusform>The lesson clashes with %n other lesson: %1. Allow conflicts to import it anyway.</numerusform>
            <numerusform>The lesson clashes with %n other lessons: %1. Allow conflicts to import it anyway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonSeriesCommands</name>
    <message numerus="yes">
        <source>Created series %1 with %n lesson(s):</source>
        <translation>
            <numerusform>Created series %1 with %n lesson:</numerusform>
            <numerusform>Created series %1 with %n lessons:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n scheduled lesson(s); new series %1 has these lessons:</source>
        <translation>
            <numerusform>Replaced %n scheduled lesson; new series %1 has these lessons:</numerusform>
            <numerusform>Replaced %n scheduled lessons; new series %1 has these lessons:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended the series before %1 and removed %n scheduled lesson(s).</source>
        <translation>
            <numerusform>Ended the series before %1 and removed %n scheduled lesson.</numerusform>
            <numerusform>Ended the series before %1 and removed %n scheduled lessons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>“%1” is not an amount; write digits with an optional &apos;.&apos; and at most %n decimal(s), for example 12.50.</source>
        <translation>
            <numerusform>“%1” is not an amount; write digits with an optional &apos;.&apos; and at most %n decimal, for example 12.5.</numerusform>
            <numerusform>“%1” is not an amount; write digits with an optional &apos;.&apos; and at most %n decimals, for example 12.50.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingImporter</name>
    <message numerus="yes">
        <source>The comment is too long (at most %n characters).</source>
        <translation>
            <numerusform>The comment is too long (at most %n characters).</numerusform>
            <numerusform>The comment is too long (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommenderCommands</name>
    <message numerus="yes">
        <source>warning: %n more bad line(s) skipped</source>
        <translation>
            <numerusform>warning: %n more bad line skipped</numerusform>
            <numerusform>warning: %n more bad lines skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceIndex</name>
    <message numerus="yes">
        <source>%n payers are called “%1”; write the id of the one you mean (%2).</source>
        <translation>
            <numerusform>%n payers are called “%1”; write the id of the one you mean (%2).</numerusform>
            <numerusform>%n payers are called “%1”; write the id of the one you mean (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentors are called “%1”; write the id of the one you mean (%2).</source>
        <translation>
            <numerusform>%n mentors are called “%1”; write the id of the one you mean (%2).</numerusform>
            <numerusform>%n mentors are called “%1”; write the id of the one you mean (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learners are called “%1”; write the id of the one you mean (%2).</source>
        <translation>
            <numerusform>%n learners are called “%1”; write the id of the one you mean (%2).</numerusform>
            <numerusform>%n learners are called “%1”; write the id of the one you mean (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courses are titled “%1”; write the id of the one you mean (%2).</source>
        <translation>
            <numerusform>%n courses are titled “%1”; write the id of the one you mean (%2).</numerusform>
            <numerusform>%n courses are titled “%1”; write the id of the one you mean (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics are called “%1”; write the id of the one you mean (%2).</source>
        <translation>
            <numerusform>%n topics are called “%1”; write the id of the one you mean (%2).</numerusform>
            <numerusform>%n topics are called “%1”; write the id of the one you mean (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesPlanner</name>
    <message numerus="yes">
        <source>%1 is not a date of this series, which meets on %2 every %n week(s) from %3.</source>
        <translation>
            <numerusform>%1 is not a date of this series, which meets on %2 every %n week from %3.</numerusform>
            <numerusform>%1 is not a date of this series, which meets on %2 every %n weeks from %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message numerus="yes">
        <source>The tag “%1” is too long (at most %n characters).</source>
        <translation>
            <numerusform>The tag “%1” is too long (at most %n character).</numerusform>
            <numerusform>The tag “%1” is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many tags (at most %n).</source>
        <translation>
            <numerusform>Too many tags (at most %n).</numerusform>
            <numerusform>Too many tags (at most %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicService</name>
    <message numerus="yes">
        <source>%n course(s) cover it (%1).</source>
        <translation>
            <numerusform>%n course covers it (%1).</numerusform>
            <numerusform>%n courses cover it (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner goal(s) name it.</source>
        <translation>
            <numerusform>%n learner goal names it.</numerusform>
            <numerusform>%n learner goals name it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor expertise entry(ies) list it.</source>
        <translation>
            <numerusform>%n mentor expertise entry lists it.</numerusform>
            <numerusform>%n mentor expertise entries list it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prerequisite link(s) connect it to other topics.</source>
        <translation>
            <numerusform>%n prerequisite link connects it to other topics.</numerusform>
            <numerusform>%n prerequisite links connect it to other topics.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::CalendarPage</name>
    <message numerus="yes">
        <source>%n lesson(s) shown</source>
        <translation>
            <numerusform>%n lesson shown</numerusform>
            <numerusform>%n lessons shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lesson(s) to %1.</source>
        <translation>
            <numerusform>Exported %n lesson to %1.</numerusform>
            <numerusform>Exported %n lessons to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::CourseDetailView</name>
    <message numerus="yes">
        <source>%n enrollment(s)</source>
        <translation>
            <numerusform>%n enrollment</numerusform>
            <numerusform>%n enrollments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Modules (%n)</source>
        <translation>
            <numerusform>Modules (%n)</numerusform>
            <numerusform>Modules (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::LessonConflictList</name>
    <message numerus="yes">
        <source>⚠ %n clash(es) with lessons already booked:</source>
        <translation>
            <numerusform>⚠ %n clash with lessons already booked:</numerusform>
            <numerusform>⚠ %n clashes with lessons already booked:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::LessonRescheduleTab</name>
    <message numerus="yes">
        <source>Moved this and %n following lesson(s).</source>
        <translation>
            <numerusform>Moved this and %n following lesson.</numerusform>
            <numerusform>Moved this and %n following lessons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n scheduled lesson(s) of the series.</source>
        <translation>
            <numerusform>Removed %n scheduled lesson of the series.</numerusform>
            <numerusform>Removed %n scheduled lessons of the series.</numerusform>
        </translation>
    </message>
</context>
</TS>
