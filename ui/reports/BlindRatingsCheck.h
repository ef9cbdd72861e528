// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCheckBox>

namespace mentordesk {

class StudioSession;

/// The studio setting "blind ratings": a mentor sees a learner's rating only after giving their own
/// assessment of that learner (FeedbackService::ratingsSeenBy). Toggling stores it.
class BlindRatingsCheck final : public QCheckBox
{
    Q_OBJECT

public:
    explicit BlindRatingsCheck(StudioSession& session, QWidget* parent = nullptr);

    /// Shows the stored setting.
    void reload();
    void retranslate();
    /// Stores the setting; false with a message box when it could not be stored.
    bool choose(bool blind);

private:
    StudioSession& m_session;
};

} // namespace mentordesk
