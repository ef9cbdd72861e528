// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

class StudioSession;

/// The printable progress report for parents (A4 PDF) from the desktop: `write` uses the shared
/// ProgressReportBuilder and ProgressReportRenderer (ui/render), as the learner's Progress tab and
/// `mentordesk-cli progress report` do. `bodyHtml` is the report's text as HTML for previews.
class ProgressReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReportPdf)

public:
    /// Writes the report of `learnerId` to `path` (replacing it). Invalid ("learner") for an unknown
    /// learner; Storage when the file cannot be written.
    [[nodiscard]] static Result<void> write(StudioSession& session, const QString& learnerId, const QString& path);
    /// The text part as HTML (after the chart), for tests and previews.
    [[nodiscard]] static Result<QString> bodyHtml(StudioSession& session, const QString& learnerId);
};

} // namespace mentordesk
