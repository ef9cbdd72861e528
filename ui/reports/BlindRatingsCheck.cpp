// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/BlindRatingsCheck.h"

#include "feedback/FeedbackService.h"
#include "shell/StudioSession.h"

#include <QMessageBox>

namespace mentordesk {

BlindRatingsCheck::BlindRatingsCheck(StudioSession& session, QWidget* parent)
    : QCheckBox(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("blindRatings"));
    retranslate();
    reload();
    connect(this, &QCheckBox::clicked, this, [this](bool checked) { choose(checked); });
}

void BlindRatingsCheck::retranslate()
{
    setText(tr("Blind ratings"));
    setToolTip(tr("When on, a mentor sees a learner's rating only after giving their own assessment of that "
                  "learner (after the rated lesson, or after the rating)."));
}

void BlindRatingsCheck::reload()
{
    auto prefs = FeedbackService(m_session.db(), m_session.clock()).preferences();
    const QSignalBlocker block(this);
    setChecked(prefs && prefs->blindRatings);
}

bool BlindRatingsCheck::choose(bool blind)
{
    FeedbackService service(m_session.db(), m_session.clock());
    FeedbackPreferences p;
    p.blindRatings = blind;
    auto saved = service.savePreferences(p);
    if (!saved) {
        QMessageBox::warning(this, tr("Feedback settings"), saved.error().message);
    }
    reload();
    return saved.has_value();
}

} // namespace mentordesk
