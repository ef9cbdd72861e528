<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>Too many failed logins: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed logins: try again in %n second.</numerusform>
            <numerusform>Too many failed logins: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
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
    <name>BillingCharts</name>
    <message numerus="yes">
        <source>%1: %2 from %n payer(s)</source>
        <translation>
            <numerusform>%1: %2 from %n payer</numerusform>
            <numerusform>%1: %2 from %n payers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillingCommands</name>
    <message numerus="yes">
        <source>Preview of %1: %n draft invoice(s), %2 %3 in total; nothing was stored.</source>
        <translation>
            <numerusform>Preview of %1: %n draft invoice, %2 %3 in total; nothing was stored.</numerusform>
            <numerusform>Preview of %1: %n draft invoices, %2 %3 in total; nothing was stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billed %1: %n draft invoice(s), %2 %3 in total.</source>
        <translation>
            <numerusform>Billed %1: %n draft invoice, %2 %3 in total.</numerusform>
            <numerusform>Billed %1: %n draft invoices, %2 %3 in total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillingRun</name>
    <message numerus="yes">
        <source>%1 has no payer; %n line(s) of %2 were not billed.</source>
        <translation>
            <numerusform>%1 has no payer; %n line of %2 were not billed.</numerusform>
            <numerusform>%1 has no payer; %n lines of %2 were not billed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarSummary</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <comment>a block standing for lessons at the same time</comment>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) at the same time</source>
        <translation>
            <numerusform>%n lesson at the same time</numerusform>
            <numerusform>%n lessons at the same time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
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
    <name>EnrollmentBiller</name>
    <message numerus="yes">
        <source>%1: %n lesson(s) wait for a new prepaid package.</source>
        <translation>
            <numerusform>%1: %n lesson wait for a new prepaid package.</numerusform>
            <numerusform>%1: %n lessons wait for a new prepaid package.</numerusform>
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
    <name>InvoiceCommands</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Exported %n invoice to %1.</numerusform>
            <numerusform>Exported %n invoices to %1.</numerusform>
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
    <name>MatcherRows</name>
    <message numerus="yes">
        <source>%n course(s), %1 of a %2 budget; reaches %3 of %4 goals; done by %5</source>
        <translation>
            <numerusform>%n course, %1 of a %2 budget; reaches %3 of %4 goals; done by %5</numerusform>
            <numerusform>%n courses, %1 of a %2 budget; reaches %3 of %4 goals; done by %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rating model trained %1 on %n rating(s); ratings changed since, retraining in the background.</source>
        <translation>
            <numerusform>Rating model trained %1 on %n rating; ratings changed since, retraining in the background.</numerusform>
            <numerusform>Rating model trained %1 on %n ratings; ratings changed since, retraining in the background.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rating model trained %1 on %n rating(s).</source>
        <translation>
            <numerusform>Rating model trained %1 on %n rating.</numerusform>
            <numerusform>Rating model trained %1 on %n ratings.</numerusform>
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
    <name>PasswordHasher</name>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathCommands</name>
    <message numerus="yes">
        <source>%1 of %2 goals reached; %3 of the %4 budget (%5 a week for %n week(s)); %6</source>
        <translation>
            <numerusform>%1 of %2 goals reached; %3 of the %4 budget (%5 a week for %n week); %6</numerusform>
            <numerusform>%1 of %2 goals reached; %3 of the %4 budget (%5 a week for %n weeks); %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalDataService</name>
    <message numerus="yes">
        <source>%1 still has %n upcoming lesson(s); cancel them before erasing.</source>
        <translation>
            <numerusform>%1 still has %n upcoming lesson; cancel them before erasing.</numerusform>
            <numerusform>%1 still has %n upcoming lessons; cancel them before erasing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) still name %1 as their payer; choose another payer or archive them first.</source>
        <translation>
            <numerusform>%n learner still name %1 as their payer; choose another payer or archive them first.</numerusform>
            <numerusform>%n learners still name %1 as their payer; choose another payer or archive them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyCommands</name>
    <message numerus="yes">
        <source>Exported %n record(s) about %1 to %2 and %3.</source>
        <translation>
            <numerusform>Exported %n record about %1 to %2 and %3.</numerusform>
            <numerusform>Exported %n records about %1 to %2 and %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %1 (%n record(s) changed); the records now read “%2”. Issued invoices, credit notes and payments were kept unchanged.</source>
        <translation>
            <numerusform>Erased the personal data of %1 (%n record changed); the records now read “%2”. Issued invoices, credit notes and payments were kept unchanged.</numerusform>
            <numerusform>Erased the personal data of %1 (%n records changed); the records now read “%2”. Issued invoices, credit notes and payments were kept unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressCommands</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressReportBuilder</name>
    <message numerus="yes">
        <source>No notes in the last %n day(s).</source>
        <translation>
            <numerusform>No notes in the last %n day.</numerusform>
            <numerusform>No notes in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (projected %n day(s) later)</source>
        <translation>
            <numerusform>%1 (projected %n day later)</numerusform>
            <numerusform>%1 (projected %n days later)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (projected %n day(s) earlier)</source>
        <translation>
            <numerusform>%1 (projected %n day earlier)</numerusform>
            <numerusform>%1 (projected %n days earlier)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressReportPdf</name>
    <message numerus="yes">
        <source>No notes in the last %n day(s).</source>
        <translation>
            <numerusform>No notes in the last %n day.</numerusform>
            <numerusform>No notes in the last %n days.</numerusform>
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
    <name>ReasonText</name>
    <message numerus="yes">
        <source>fits your weekly time (about %n week(s) at %1 a week)</source>
        <translation>
            <numerusform>fits your weekly time (about %n week at %1 a week)</numerusform>
            <numerusform>fits your weekly time (about %n weeks at %1 a week)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs about %1, more than %2 a week gives in %n week(s)</source>
        <translation>
            <numerusform>needs about %1, more than %2 a week gives in %n week</numerusform>
            <numerusform>needs about %1, more than %2 a week gives in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rated %1 by %n learner(s)</source>
        <translation>
            <numerusform>rated %1 by %n learner</numerusform>
            <numerusform>rated %1 by %n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rated only %1 by %n learner(s)</source>
        <translation>
            <numerusform>rated only %1 by %n learner</numerusform>
            <numerusform>rated only %1 by %n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>popular: %n learner(s) took it</source>
        <translation>
            <numerusform>popular: %n learner took it</numerusform>
            <numerusform>popular: %n learners took it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>few learners took it so far (%n)</source>
        <translation>
            <numerusform>few learners took it so far (%n)</numerusform>
            <numerusform>few learners took it so far (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>coaching rated %1 (%2 ratings), %n year(s) of teaching</source>
        <translation>
            <numerusform>coaching rated %1 (%2 ratings), %n year of teaching</numerusform>
            <numerusform>coaching rated %1 (%2 ratings), %n years of teaching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) of teaching</source>
        <translation>
            <numerusform>%n year of teaching</numerusform>
            <numerusform>%n years of teaching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>less teaching experience (%n year(s))</source>
        <translation>
            <numerusform>less teaching experience (%n year)</numerusform>
            <numerusform>less teaching experience (%n years)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 free a week in the next %n week(s)</source>
        <translation>
            <numerusform>%1 free a week in the next %n week</numerusform>
            <numerusform>%1 free a week in the next %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no free time in the next %n week(s)</source>
        <translation>
            <numerusform>no free time in the next %n week</numerusform>
            <numerusform>no free time in the next %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %1 free a week in the next %n week(s)</source>
        <translation>
            <numerusform>only %1 free a week in the next %n week</numerusform>
            <numerusform>only %1 free a week in the next %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendCommands</name>
    <message numerus="yes">
        <source>collaborative filter: trained just now on %n rating(s)</source>
        <translation>
            <numerusform>collaborative filter: trained just now on %n rating</numerusform>
            <numerusform>collaborative filter: trained just now on %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collaborative filter: stored model trained on %n rating(s), stale (run “recommender train”)</source>
        <translation>
            <numerusform>collaborative filter: stored model trained on %n rating, stale (run “recommender train”)</numerusform>
            <numerusform>collaborative filter: stored model trained on %n ratings, stale (run “recommender train”)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collaborative filter: stored model trained on %n rating(s)</source>
        <translation>
            <numerusform>collaborative filter: stored model trained on %n rating</numerusform>
            <numerusform>collaborative filter: stored model trained on %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>free time counted over %n week(s) from %1</source>
        <translation>
            <numerusform>free time counted over %n week from %1</numerusform>
            <numerusform>free time counted over %n weeks from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (score %3, %4 free a week, %5 % booked, %n active learner(s))</source>
        <translation>
            <numerusform>%1. %2 (score %3, %4 free a week, %5 % booked, %n active learner)</numerusform>
            <numerusform>%1. %2 (score %3, %4 free a week, %5 % booked, %n active learners)</numerusform>
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
    <message numerus="yes">
        <source>The stored model is up to date (%n rating(s)).</source>
        <translation>
            <numerusform>The stored model is up to date (%n rating).</numerusform>
            <numerusform>The stored model is up to date (%n ratings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trained the course recommender on %n rating(s) (%1 learners, %2 courses) in %3 ms.</source>
        <translation>
            <numerusform>Trained the course recommender on %n rating (%1 learners, %2 courses) in %3 ms.</numerusform>
            <numerusform>Trained the course recommender on %n ratings (%1 learners, %2 courses) in %3 ms.</numerusform>
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
    <name>ReportCharts</name>
    <message numerus="yes">
        <source>%1, %2: %3 stars from %n rating(s)</source>
        <translation>
            <numerusform>%1, %2: %3 stars from %n rating</numerusform>
            <numerusform>%1, %2: %3 stars from %n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message numerus="yes">
        <source>A report covers at most %n year(s); choose a later start date.</source>
        <translation>
            <numerusform>A report covers at most %n year; choose a later start date.</numerusform>
            <numerusform>A report covers at most %n years; choose a later start date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityCommands</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry(ies) checked.</numerusform>
            <numerusform>The audit log is intact: %n entry(ies) checked.</numerusform>
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
    <name>TodayRows</name>
    <message numerus="yes">
        <source>%1 %2: %3, %n day(s) overdue</source>
        <translation>
            <numerusform>%1 %2: %3, %n day overdue</numerusform>
            <numerusform>%1 %2: %3, %n days overdue</numerusform>
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
    <name>mentordesk::AccountDialog</name>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::AuditLogBox</name>
    <message numerus="yes">
        <source>The audit log is intact (%n entry(ies) checked).</source>
        <translation>
            <numerusform>The audit log is intact (%n entry(ies) checked).</numerusform>
            <numerusform>The audit log is intact (%n entry(ies) checked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::AutomaticBackupForm</name>
    <message numerus="yes">
        <source>Also every %n hour(s)</source>
        <translation>
            <numerusform>Also every %n hour</numerusform>
            <numerusform>Also every %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::BillingExportDialog</name>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Exported %n invoice to %1.</numerusform>
            <numerusform>Exported %n invoices to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::BillingRunDialog</name>
    <message numerus="yes">
        <source>Preview of %1: %n draft invoice(s), %2 in total.</source>
        <translation>
            <numerusform>Preview of %1: %n draft invoice, %2 in total.</numerusform>
            <numerusform>Preview of %1: %n draft invoices, %2 in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billed %1: %n draft invoice(s), %2 in total.</source>
        <translation>
            <numerusform>Billed %1: %n draft invoice, %2 in total.</numerusform>
            <numerusform>Billed %1: %n draft invoices, %2 in total.</numerusform>
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
    <name>mentordesk::EnquiryMatchDialog</name>
    <message numerus="yes">
        <source>%n goal topic(s), level %1, %2 a week.</source>
        <translation>
            <numerusform>%n goal topic, level %1, %2 a week.</numerusform>
            <numerusform>%n goal topics, level %1, %2 a week.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::EnrollmentProgressWidget</name>
    <message numerus="yes">
        <source>Planned for %1: %n day(s) late.</source>
        <translation>
            <numerusform>Planned for %1: %n day late.</numerusform>
            <numerusform>Planned for %1: %n days late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned for %1: %n day(s) early.</source>
        <translation>
            <numerusform>Planned for %1: %n day early.</numerusform>
            <numerusform>Planned for %1: %n days early.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Efficiency: calibrated %1 in use (default %2, from %n assessment(s)).</source>
        <translation>
            <numerusform>Efficiency: calibrated %1 in use (default %2, from %n assessment).</numerusform>
            <numerusform>Efficiency: calibrated %1 in use (default %2, from %n assessments).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Efficiency: default %1 in use (calibrated %2 from %n assessment(s)).</source>
        <translation>
            <numerusform>Efficiency: default %1 in use (calibrated %2 from %n assessment).</numerusform>
            <numerusform>Efficiency: default %1 in use (calibrated %2 from %n assessments).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) from %1 tables to %2.</source>
        <translation>
            <numerusform>Exported %Ln row from %1 tables to %2.</numerusform>
            <numerusform>Exported %Ln rows from %1 tables to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportFormatPage</name>
    <message numerus="yes">
        <source>Reading the file as %1 with %2 as separator: %n column(s).</source>
        <translation>
            <numerusform>Reading the file as %1 with %2 as separator: %n column.</numerusform>
            <numerusform>Reading the file as %1 with %2 as separator: %n columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportMappingPage</name>
    <message numerus="yes">
        <source>%1 of %n column(s) will be imported.</source>
        <translation>
            <numerusform>%1 of %n column will be imported.</numerusform>
            <numerusform>%1 of %n columns will be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ImportSummaryPage</name>
    <message numerus="yes">
        <source>Imported %n record(s) into %1.</source>
        <translation>
            <numerusform>Imported %n record into %1.</numerusform>
            <numerusform>Imported %n records into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were skipped:</source>
        <translation>
            <numerusform>%n row with problems were skipped:</numerusform>
            <numerusform>%n rows with problems were skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::InvoicesPanel</name>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billing run for %1: %n draft invoice(s).</source>
        <translation>
            <numerusform>Billing run for %1: %n draft invoice.</numerusform>
            <numerusform>Billing run for %1: %n draft invoices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %n invoice(s) of %1.</source>
        <translation>
            <numerusform>Issued %n invoice of %1.</numerusform>
            <numerusform>Issued %n invoices of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::IssueDraftsDialog</name>
    <message numerus="yes">
        <source>&amp;Issue %n Invoice(s)</source>
        <translation>
            <numerusform>&amp;Issue %n Invoice</numerusform>
            <numerusform>&amp;Issue %n Invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n draft invoice(s) of %1 over %2 in total today?

Each gets the next invoice number and can no longer be changed; mistakes are corrected with credit notes. If one cannot be issued, none is.</source>
        <translation>
            <numerusform>Issue %n draft invoice of %1 over %2 in total today?

Each gets the next invoice number and can no longer be changed; mistakes are corrected with credit notes. If one cannot be issued, none is.</numerusform>
            <numerusform>Issue %n draft invoices of %1 over %2 in total today?

Each gets the next invoice number and can no longer be changed; mistakes are corrected with credit notes. If one cannot be issued, none is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerBrowser</name>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln learner</numerusform>
            <numerusform>%Ln learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerFeedbackBox</name>
    <message numerus="yes">
        <source>%n rating(s) hidden until you record an assessment of this learner (blind mode).</source>
        <translation>
            <numerusform>%n rating hidden until you record an assessment of this learner (blind mode).</numerusform>
            <numerusform>%n ratings hidden until you record an assessment of this learner (blind mode).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerFeedbackModel</name>
    <message numerus="yes">
        <source>%n star(s) of 5</source>
        <translation>
            <numerusform>%n star of 5</numerusform>
            <numerusform>%n stars of 5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::LearnerMasteryView</name>
    <message numerus="yes">
        <source>course: %1 of %n topic(s) assessed</source>
        <translation>
            <numerusform>course: %1 of %n topic assessed</numerusform>
            <numerusform>course: %1 of %n topics assessed</numerusform>
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
    <message numerus="yes">
        <source>The new time clashes with %n booked lesson(s). Tick “Save anyway” to move it despite the clashes, or choose another time.</source>
        <translation>
            <numerusform>The new time clashes with %n booked lesson. Tick “Save anyway” to move it despite the clashes, or choose another time.</numerusform>
            <numerusform>The new time clashes with %n booked lessons. Tick “Save anyway” to move it despite the clashes, or choose another time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::MentorBrowser</name>
    <message numerus="yes">
        <source>Archive %1? They are the primary mentor of %n active learner(s), who keep them until you choose another mentor. Lessons and history stay.</source>
        <translation>
            <numerusform>Archive %1? They are the primary mentor of %n active learner, who keep them until you choose another mentor. Lessons and history stay.</numerusform>
            <numerusform>Archive %1? They are the primary mentor of %n active learners, who keep them until you choose another mentor. Lessons and history stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::MentorDetailPane</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active learner(s)</source>
        <translation>
            <numerusform>%n active learner</numerusform>
            <numerusform>%n active learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ModelRetrainer</name>
    <message numerus="yes">
        <source>Rating model retrained on %n rating(s) in %1 ms.</source>
        <translation>
            <numerusform>Rating model retrained on %n rating in %1 ms.</numerusform>
            <numerusform>Rating model retrained on %n ratings in %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::NewLessonDialog</name>
    <message numerus="yes">
        <source>The lesson clashes with %n booked lesson(s). Tick “Save anyway” to schedule it despite the clashes, or choose another time.</source>
        <translation>
            <numerusform>The lesson clashes with %n booked lesson. Tick “Save anyway” to schedule it despite the clashes, or choose another time.</numerusform>
            <numerusform>The lesson clashes with %n booked lessons. Tick “Save anyway” to schedule it despite the clashes, or choose another time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::PayerBrowser</name>
    <message numerus="yes">
        <source>%Ln payer(s)</source>
        <translation>
            <numerusform>%Ln payer</numerusform>
            <numerusform>%Ln payers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::PayerDetailPane</name>
    <message numerus="yes">
        <source>Pays for %n learner(s)</source>
        <translation>
            <numerusform>Pays for %n learner</numerusform>
            <numerusform>Pays for %n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::PlanHistoryModel</name>
    <message numerus="yes">
        <source>%1 in %n milestone(s)</source>
        <translation>
            <numerusform>%1 in %n milestone</numerusform>
            <numerusform>%1 in %n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::PlanTermsEditor</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minutes</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::QuoteDialog</name>
    <message numerus="yes">
        <source>%1 of lessons needed: %n week(s), %2 lesson(s), until %3.</source>
        <translation>
            <numerusform>%1 of lessons needed: %n week, %2 lesson, until %3.</numerusform>
            <numerusform>%1 of lessons needed: %n weeks, %2 lessons, until %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a week in %n lesson(s) of %2, from %3.</source>
        <translation>
            <numerusform>%1 a week in %n lesson of %2, from %3.</numerusform>
            <numerusform>%1 a week in %n lessons of %2, from %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::QuoteOptionsModel</name>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n period</numerusform>
            <numerusform>%n periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice line(s)</source>
        <translation>
            <numerusform>%n invoice line</numerusform>
            <numerusform>%n invoice lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::ReceivablesPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;Overdue invoices&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;Overdue invoices&lt;/b&gt; (%n)</numerusform>
            <numerusform>&lt;b&gt;Overdue invoices&lt;/b&gt; (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::RecordRatingDialog</name>
    <message numerus="yes">
        <source>No attended lessons in the last %n day(s)</source>
        <translation>
            <numerusform>No attended lessons in the last %n day</numerusform>
            <numerusform>No attended lessons in the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::RestoreConfirmDialog</name>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::SessionLock</name>
    <message numerus="yes">
        <source>The window locked after %n minute(s) without use. Sign in to go on; what you were typing is kept.</source>
        <translation>
            <numerusform>The window locked after %n minute without use. Sign in to go on; what you were typing is kept.</numerusform>
            <numerusform>The window locked after %n minutes without use. Sign in to go on; what you were typing is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::TodayPage</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the &lt;a href=&quot;report:at_risk&quot;&gt;at-risk report&lt;/a&gt;.</source>
        <translation>
            <numerusform>… and %n more in the &lt;a href=&quot;report:at_risk&quot;&gt;at-risk report&lt;/a&gt;.</numerusform>
            <numerusform>… and %n more in the &lt;a href=&quot;report:at_risk&quot;&gt;at-risk report&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;receivables:&quot;&gt;%n overdue invoice(s)&lt;/a&gt;: %1</source>
        <translation>
            <numerusform>&lt;a href=&quot;receivables:&quot;&gt;%n overdue invoice&lt;/a&gt;: %1</numerusform>
            <numerusform>&lt;a href=&quot;receivables:&quot;&gt;%n overdue invoices&lt;/a&gt;: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
