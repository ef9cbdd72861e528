// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace mentordesk {

class StudioSession;

/// The studio setting "which efficiency E progress figures use": the enrollment's default E or the
/// E calibrated from the mentor's mastery assessments. Choosing stores it (ProgressService) and
/// tells the pages that the data changed.
class EfficiencySourceBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit EfficiencySourceBox(StudioSession& session, QWidget* parent = nullptr);

    /// Shows the stored setting.
    void reload();
    void retranslate();
    /// Stores `calibrated` (true) or the default E (false); false with a message box when refused.
    bool choose(bool calibrated);

private:
    StudioSession& m_session;
};

} // namespace mentordesk
