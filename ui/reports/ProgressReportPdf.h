// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

class StudioSession;

/// The printable progress report for parents (A4 PDF): the studio and learner, each enrollment's
/// progress, time held and to go, pace and projected finish against the plan, the progress chart
/// (drawn as vectors), mastery per topic and the mentor's notes (assessment notes and the notes of
/// the lessons held in the last 90 days). Needs QtWidgets for the chart, so it is desktop-only.
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
