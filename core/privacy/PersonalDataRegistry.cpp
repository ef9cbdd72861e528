// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/PersonalDataRegistry.h"

namespace mentordesk {

namespace {

using V = ErasureAssignment::Value;

ErasureAssignment clear(const QString& column)
{
    return {column, V::Given, QStringLiteral("")};
}

ErasureAssignment set(const QString& column, const QVariant& value)
{
    return {column, V::Given, value};
}

// clang-format off
const QString kLearnerEnrollments = QStringLiteral("SELECT id FROM enrollments WHERE learner_id = ?");
const QString kLearnerPlans = QStringLiteral("SELECT id FROM plans WHERE enrollment_id IN (SELECT id FROM enrollments WHERE learner_id = ?)");
const QString kPayerInvoices = QStringLiteral("SELECT id FROM invoices WHERE payer_id = ?");
const QString kLearnerPayer = QStringLiteral("SELECT payer_id FROM learners WHERE id = ?");
const QString kDraftInvoices = QStringLiteral("SELECT id FROM invoices WHERE status = 'draft'");
// clang-format on

QString in(const QString& column, const QString& subquery)
{
    return column + QStringLiteral(" IN (") + subquery + QStringLiteral(")");
}

QList<PersonalTable> learnerTables()
{
    const QString noText = PersonalDataRegistry::tr("ids, dates and numbers only; nothing personal to erase");
    return {
        {PersonKind::Learner,
         QStringLiteral("learners"),
         PersonalDataRegistry::tr("Learner"),
         QStringLiteral("id = ?"),
         {},
         {{{{QStringLiteral("name"), V::Pseudonym, {}},
            clear(QStringLiteral("email")),
            clear(QStringLiteral("phone")),
            clear(QStringLiteral("notes")),
            clear(QStringLiteral("tags")),
            set(QStringLiteral("birth_year"), QVariant()),
            set(QStringLiteral("consent_contact"), 0),
            set(QStringLiteral("consent_photos"), 0),
            set(QStringLiteral("status"), QStringLiteral("archived"))},
           {},
           {}}},
         {}},
        {PersonKind::Learner,
         QStringLiteral("learner_goals"),
         PersonalDataRegistry::tr("Goals"),
         QStringLiteral("learner_id = ?"),
         {},
         {},
         noText},
        {PersonKind::Learner,
         QStringLiteral("enrollments"),
         PersonalDataRegistry::tr("Enrollments"),
         QStringLiteral("learner_id = ?"),
         {},
         {{{}, {QStringLiteral("title")}, {}}},
         {}},
        {PersonKind::Learner,
         QStringLiteral("lesson_attendees"),
         PersonalDataRegistry::tr("Lesson attendance"),
         QStringLiteral("learner_id = ?"),
         {},
         {},
         noText},
        // Notes of lessons the learner had alone are about them: cleared. Group lessons keep their notes,
        // with the learner's name taken out.
        {PersonKind::Learner,
         QStringLiteral("lessons"),
         PersonalDataRegistry::tr("Lessons"),
         in(QStringLiteral("id"), QStringLiteral("SELECT lesson_id FROM lesson_attendees WHERE learner_id = ?")),
         {},
         {{{clear(QStringLiteral("notes")), clear(QStringLiteral("homework"))},
           {},
           QStringLiteral("NOT EXISTS (SELECT 1 FROM lesson_attendees o WHERE o.lesson_id = lessons.id "
                          "AND o.learner_id <> ? AND o.deleted_at IS NULL)")},
          {{}, {QStringLiteral("notes"), QStringLiteral("homework"), QStringLiteral("location")}, {}}},
         {}},
        {PersonKind::Learner,
         QStringLiteral("ratings"),
         PersonalDataRegistry::tr("Ratings"),
         QStringLiteral("learner_id = ?"),
         {},
         {{{clear(QStringLiteral("comment"))}, {}, {}}},
         PersonalDataRegistry::tr("the stars stay (anonymous) so mentor and course ratings keep their counts")},
        {PersonKind::Learner,
         QStringLiteral("assessments"),
         PersonalDataRegistry::tr("Assessments"),
         QStringLiteral("learner_id = ?"),
         {},
         {{{clear(QStringLiteral("note"))}, {}, {}}},
         PersonalDataRegistry::tr("mastery figures stay (anonymous)")},
        {PersonKind::Learner,
         QStringLiteral("plans"),
         PersonalDataRegistry::tr("Plans"),
         in(QStringLiteral("enrollment_id"), kLearnerEnrollments),
         {},
         {{{}, {QStringLiteral("label"), QStringLiteral("terms")}, {}}},
         {}},
        {PersonKind::Learner,
         QStringLiteral("discounts"),
         PersonalDataRegistry::tr("Plan discounts"),
         in(QStringLiteral("plan_id"), kLearnerPlans),
         {},
         {{{}, {QStringLiteral("label")}, {}}},
         {}},
        {PersonKind::Learner,
         QStringLiteral("package_purchases"),
         PersonalDataRegistry::tr("Packages bought"),
         in(QStringLiteral("enrollment_id"), kLearnerEnrollments),
         {},
         {},
         noText},
        {PersonKind::Learner,
         QStringLiteral("milestone_states"),
         PersonalDataRegistry::tr("Milestones reached"),
         in(QStringLiteral("plan_id"), kLearnerPlans),
         {},
         {},
         noText},
        {PersonKind::Learner,
         QStringLiteral("module_starts"),
         PersonalDataRegistry::tr("Modules started"),
         in(QStringLiteral("enrollment_id"), kLearnerEnrollments),
         {},
         {},
         noText},
        {PersonKind::Learner,
         QStringLiteral("invoice_lines"),
         PersonalDataRegistry::tr("Invoice lines"),
         QStringLiteral("learner_id = ? OR ") + in(QStringLiteral("enrollment_id"), kLearnerEnrollments) +
             QStringLiteral(" OR ") + in(QStringLiteral("plan_id"), kLearnerPlans),
         {},
         {{{},
           {QStringLiteral("description"), QStringLiteral("group_label"), QStringLiteral("args")},
           in(QStringLiteral("invoice_id"), kDraftInvoices)}},
         PersonalDataRegistry::tr("lines of issued invoices are retained by law and immutable")},
        // The payments and credit of the learner's payer: only what names the learner is theirs.
        {PersonKind::Learner,
         QStringLiteral("payments"),
         PersonalDataRegistry::tr("Payments by their payer"),
         in(QStringLiteral("payer_id"), kLearnerPayer),
         {QStringLiteral("id"), QStringLiteral("paid_on"), QStringLiteral("reference")},
         {{{}, {QStringLiteral("reference")}, {}, true}},
         PersonalDataRegistry::tr("payments are accounting records retained by law: only a reference that names "
                                  "the person is replaced by “[erased]”")},
        {PersonKind::Learner,
         QStringLiteral("payer_credits"),
         PersonalDataRegistry::tr("Credit of their payer"),
         in(QStringLiteral("payer_id"), kLearnerPayer),
         {QStringLiteral("id"), QStringLiteral("entry_date"), QStringLiteral("note")},
         {{{}, {QStringLiteral("note")}, {}, true}},
         PersonalDataRegistry::tr("the credit ledger is an accounting record retained by law: only a note that "
                                  "names the person is replaced by “[erased]”")},
        {PersonKind::Learner,
         QStringLiteral("billed_sources"),
         PersonalDataRegistry::tr("What was billed"),
         in(QStringLiteral("enrollment_id"), kLearnerEnrollments) + QStringLiteral(" OR ") +
             in(QStringLiteral("plan_id"), kLearnerPlans),
         {},
         {},
         noText},
    };
}

QList<PersonalTable> payerTables()
{
    const QString noText = PersonalDataRegistry::tr("ids, dates and numbers only; nothing personal to erase");
    const QString drafts = QStringLiteral("status = 'draft'");
    return {
        {PersonKind::Payer,
         QStringLiteral("payers"),
         PersonalDataRegistry::tr("Payer"),
         QStringLiteral("id = ?"),
         {},
         {{{{QStringLiteral("name"), V::Pseudonym, {}},
            clear(QStringLiteral("email")),
            clear(QStringLiteral("phone")),
            clear(QStringLiteral("address")),
            clear(QStringLiteral("tax_id")),
            clear(QStringLiteral("notes")),
            {QStringLiteral("archived_at"), V::Now, {}}},
           {},
           {}}},
         {}},
        // The learners they pay for: only who they are (their own data is the learner's to export).
        {PersonKind::Payer,
         QStringLiteral("learners"),
         PersonalDataRegistry::tr("Learners paid for"),
         QStringLiteral("payer_id = ?"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status")},
         {{{}, {QStringLiteral("notes")}, {}}},
         PersonalDataRegistry::tr("the learners stay; only mentions of the payer in their notes are removed")},
        {PersonKind::Payer,
         QStringLiteral("discounts"),
         PersonalDataRegistry::tr("Discounts"),
         QStringLiteral("payer_id = ?"),
         {},
         {{{}, {QStringLiteral("label")}, {}}},
         {}},
        {PersonKind::Payer,
         QStringLiteral("invoices"),
         PersonalDataRegistry::tr("Invoices and credit notes"),
         QStringLiteral("payer_id = ?"),
         {},
         {{{{QStringLiteral("payer_name"), V::Pseudonym, {}},
            clear(QStringLiteral("payer_address")),
            clear(QStringLiteral("payer_tax_id"))},
           {QStringLiteral("reason")},
           drafts}},
         PersonalDataRegistry::tr(
             "issued invoices and credit notes keep the payer's name, address and tax id: retained by law and "
             "immutable")},
        {PersonKind::Payer,
         QStringLiteral("invoice_lines"),
         PersonalDataRegistry::tr("Invoice lines"),
         in(QStringLiteral("invoice_id"), kPayerInvoices),
         {},
         {{{},
           {QStringLiteral("description"), QStringLiteral("group_label"), QStringLiteral("args")},
           in(QStringLiteral("invoice_id"), kDraftInvoices)}},
         PersonalDataRegistry::tr("lines of issued invoices are retained by law and immutable")},
        {PersonKind::Payer,
         QStringLiteral("invoice_taxes"),
         PersonalDataRegistry::tr("Invoice taxes"),
         in(QStringLiteral("invoice_id"), kPayerInvoices),
         {},
         {},
         noText},
        {PersonKind::Payer,
         QStringLiteral("billed_sources"),
         PersonalDataRegistry::tr("What was billed"),
         in(QStringLiteral("invoice_id"), kPayerInvoices),
         {},
         {},
         noText},
        {PersonKind::Payer,
         QStringLiteral("payments"),
         PersonalDataRegistry::tr("Payments"),
         QStringLiteral("payer_id = ? OR ") + in(QStringLiteral("invoice_id"), kPayerInvoices),
         {},
         {{{}, {QStringLiteral("reference")}, {}, true}},
         PersonalDataRegistry::tr("payments are accounting records retained by law: only a reference that names "
                                  "the person is replaced by “[erased]”")},
        {PersonKind::Payer,
         QStringLiteral("payer_credits"),
         PersonalDataRegistry::tr("Payer credit"),
         QStringLiteral("payer_id = ? OR ") + in(QStringLiteral("invoice_id"), kPayerInvoices),
         {},
         {{{}, {QStringLiteral("note")}, {}, true}},
         PersonalDataRegistry::tr("the credit ledger is an accounting record retained by law: only a note that "
                                  "names the person is replaced by “[erased]”")},
    };
}

} // namespace

QList<PersonalTable> PersonalDataRegistry::entries()
{
    return learnerTables() + payerTables();
}

QString PersonalDataRegistry::erasedMarker()
{
    return QStringLiteral("[erased]");
}

QList<PersonalTable> PersonalDataRegistry::entriesFor(PersonKind kind)
{
    return kind == PersonKind::Learner ? learnerTables() : payerTables();
}

} // namespace mentordesk
