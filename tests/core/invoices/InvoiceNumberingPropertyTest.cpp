// SPDX-License-Identifier: GPL-3.0-or-later
#include "BillingFixture.h"
#include "TestStudio.h"
#include "billing/BillingRun.h"
#include "invoices/InvoiceRepository.h"
#include "invoices/InvoiceService.h"
#include "storage/Statement.h"

#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

namespace mentordesk::test {

namespace {
InvoiceFilter draftsOfJanuary()
{
    InvoiceFilter f;
    f.period = QStringLiteral("2026-01");
    return f;
}
} // namespace

/// A studio where each attempt adds a payer with one billed lesson, then tries to issue a draft while a
/// failure may be injected (a trigger aborting the issuing UPDATE, or the payer-credit payment).
class InvoiceNumberingProperty : public StudioTest
{
protected:
    void addPayerWithLesson(int index)
    {
        BillingFixture f(db(), clock());
        if (mentor.isEmpty()) {
            mentor = f.mentor(QStringLiteral("Mentor"));
        }
        const Id payer = f.payer(QStringLiteral("Payer %1").arg(index, 3, 10, QLatin1Char('0')));
        const Id e = f.enrollment(f.learner(QStringLiteral("Learner %1").arg(index), payer), mentor);
        HourlyPlan h;
        h.rateMinor = 1000 + index;
        f.plan(e, QDate(2026, 1, 1), h);
        f.lesson(e, QDate(2026, 1, 5), 45 + index);
    }

    Id mentor;
};

RC_GTEST_FIXTURE_PROP(InvoiceNumberingProperty, IssueAttemptsWithFailuresNeverLeaveGapsOrDuplicates, ())
{
    const int count = *rc::gen::inRange(1, 12);
    const auto attempts = *rc::gen::container<std::vector<std::pair<bool, int>>>(
        count, rc::gen::pair(rc::gen::arbitrary<bool>(), rc::gen::inRange(0, 2)));
    BillingFixture f(db(), clock());
    int index = 0;
    for (const auto& [injectFailure, failurePoint] : attempts) {
        addPayerWithLesson(++index);
        RC_ASSERT(BillingRun(db(), clock()).run(QStringLiteral("2026-01")).has_value());
        auto drafts = InvoiceService(db(), clock()).list(draftsOfJanuary());
        RC_ASSERT(drafts.has_value());
        Id target;
        for (const Invoice& i : drafts->items) {
            if (!i.issued) {
                target = i.meta.id;
                break;
            }
        }
        RC_ASSERT(!target.isEmpty());
        if (injectFailure) {
            f.exec(failurePoint % 2 == 0
                       ? QStringLiteral("CREATE TEMP TRIGGER injected BEFORE UPDATE ON invoices WHEN NEW.status = "
                                        "'issued' BEGIN SELECT RAISE(ABORT, 'injected'); END")
                       : QStringLiteral("CREATE TEMP TRIGGER injected BEFORE UPDATE OF next_number ON invoice_series "
                                        "BEGIN SELECT RAISE(ABORT, 'injected'); END"));
        }
        auto issued = InvoiceService(db(), clock()).issue(target, QDate(2026, 2, 1));
        RC_ASSERT(issued.has_value() != injectFailure);
        if (injectFailure) {
            f.exec(QStringLiteral("DROP TRIGGER injected"));
        }
    }
    InvoiceFilter filter;
    filter.kind = InvoiceKind::Invoice;
    filter.issuedFrom = QDate(2000, 1, 1);
    auto all = InvoiceService(db(), clock()).list(filter, {0, 10000});
    RC_ASSERT(all.has_value());
    std::vector<qint64> numbers;
    for (const Invoice& i : all->items) {
        numbers.push_back(i.number.value_or(-1));
        RC_ASSERT(i.grandTotal == i.linesTotal + i.taxTotal); // no tax rate: the lines are the total
    }
    std::sort(numbers.begin(), numbers.end());
    for (std::size_t n = 0; n < numbers.size(); ++n) {
        RC_ASSERT(numbers[n] == static_cast<qint64>(n) + 1);
    }
    const auto successes = std::count_if(attempts.begin(), attempts.end(), [](const auto& a) { return !a.first; });
    RC_ASSERT(static_cast<std::ptrdiff_t>(numbers.size()) == successes);
}

} // namespace mentordesk::test
