// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../invoices/BillingFixture.h"
#include "TestStudio.h"

#include <QStringList>
#include <memory>

namespace mentordesk::test {

/// A studio with one family whose personal data turns up everywhere it can: payer Quentin Zabrowski
/// pays for Zelda Zabrowski, who has a solo and a group lesson (with Max Other), a plan, a discount,
/// a rating, an assessment, an issued January invoice with a payment (its reference names them), a
/// payer-credit entry whose note names them and a February draft.
class PrivacyTest : public StudioTest
{
protected:
    void SetUp() override;

    /// Runs `sql` with `values`, failing the test on error.
    void exec(const QString& sql, const QVariantList& values = {});
    /// The first column of the first row as text.
    QString text(const QString& sql, const QVariantList& values = {});
    qint64 number(const QString& sql, const QVariantList& values = {});
    /// The strings that identify Zelda and Quentin (names, e-mails, phones, notes, address).
    static QStringList personalStrings();
    /// Every issued invoice, credit note, their lines and taxes, and the payments and credit entries
    /// (without their erasable reference / note), dumped as text.
    QString retainedInvoiceData();

    std::unique_ptr<BillingFixture> f;
    Id payer, otherPayer, mentor, learner, other, enrollment, otherEnrollment, soloLesson, groupLesson;
    Id januaryInvoice;
};

} // namespace mentordesk::test
