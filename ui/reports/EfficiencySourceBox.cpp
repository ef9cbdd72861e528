// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/EfficiencySourceBox.h"

#include "progress/ProgressService.h"
#include "shell/StudioSession.h"

#include <QMessageBox>

namespace mentordesk {

EfficiencySourceBox::EfficiencySourceBox(StudioSession& session, QWidget* parent)
    : QComboBox(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("efficiencySource"));
    addItem(QString(), false);
    addItem(QString(), true);
    retranslate();
    reload();
    connect(this, &QComboBox::activated, this, [this](int index) { choose(itemData(index).toBool()); });
}

void EfficiencySourceBox::retranslate()
{
    setItemText(0, tr("E: enrollment's default"));
    setItemText(1, tr("E: calibrated from assessments"));
    setToolTip(tr("Which efficiency E the progress figures use: each enrollment's own E, or the E calibrated "
                  "from the mentor's mastery assessments (the default E where there are none)."));
}

void EfficiencySourceBox::reload()
{
    auto prefs = ProgressService(m_session.db(), m_session.clock()).preferences();
    const QSignalBlocker block(this);
    setCurrentIndex(prefs && prefs->efficiency == EfficiencySource::Calibrated ? 1 : 0);
}

bool EfficiencySourceBox::choose(bool calibrated)
{
    ProgressService service(m_session.db(), m_session.clock());
    auto prefs = service.preferences();
    if (prefs) {
        prefs->efficiency = calibrated ? EfficiencySource::Calibrated : EfficiencySource::Default;
        prefs = service.savePreferences(*prefs);
    }
    if (!prefs) {
        QMessageBox::warning(this, tr("Progress settings"), prefs.error().message);
        reload();
        return false;
    }
    reload();
    m_session.notifyDataChanged();
    return true;
}

} // namespace mentordesk
