// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressSettingsRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>

namespace mentordesk {

namespace {

const QString kEfficiency = QStringLiteral("progress.efficiency");
const QString kPaceWindow = QStringLiteral("progress.pace_window_weeks");
const QString kSteadyBand = QStringLiteral("progress.mastery_steady_band");
const QString kSmoothing = QStringLiteral("progress.calibration.smoothing");
const QString kMinEfficiency = QStringLiteral("progress.calibration.min_efficiency");
const QString kMaxEfficiency = QStringLiteral("progress.calibration.max_efficiency");
const QString kMinHeld = QStringLiteral("progress.calibration.min_held_minutes");
const QString kIdleDays = QStringLiteral("progress.risk.idle_days");
const QString kLatePercent = QStringLiteral("progress.risk.late_percent");
const QString kMasteryDrop = QStringLiteral("progress.risk.mastery_drop_points");
const QString kMissed = QStringLiteral("progress.risk.missed_in_a_row");

void readInt(const QHash<QString, QString>& values, const QString& key, int& target)
{
    bool ok = false;
    const int v = values.value(key).toInt(&ok);
    if (ok) {
        target = v;
    }
}

void readDouble(const QHash<QString, QString>& values, const QString& key, double& target)
{
    bool ok = false;
    const double v = values.value(key).toDouble(&ok);
    if (ok) {
        target = v;
    }
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

ProgressSettingsRepository::ProgressSettingsRepository(Database& db)
    : m_db(db)
{}

QList<QPair<QString, QString>> ProgressSettingsRepository::toPairs(const ProgressPreferences& p)
{
    const ProgressSettings& m = p.model;
    return {{kEfficiency, efficiencySourceName(p.efficiency)},
            {kPaceWindow, QString::number(m.paceWindowWeeks)},
            {kSteadyBand, QString::number(m.masterySteadyBand)},
            {kSmoothing, number(m.calibration.smoothing)},
            {kMinEfficiency, number(m.calibration.minEfficiency)},
            {kMaxEfficiency, number(m.calibration.maxEfficiency)},
            {kMinHeld, QString::number(m.calibration.minHeldMinutes)},
            {kIdleDays, QString::number(m.risk.idleDays)},
            {kLatePercent, QString::number(m.risk.latePercent)},
            {kMasteryDrop, QString::number(m.risk.masteryDropPoints)},
            {kMissed, QString::number(m.risk.missedInARow)}};
}

Result<ProgressPreferences> ProgressSettingsRepository::load()
{
    auto s = m_db.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'progress.%'"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QHash<QString, QString> values;
    while (s->next()) {
        values.insert(s->text(0), s->text(1));
    }
    ProgressPreferences p;
    p.efficiency = efficiencySourceFromName(values.value(kEfficiency)).value_or(EfficiencySource::Default);
    ProgressSettings& m = p.model;
    readInt(values, kPaceWindow, m.paceWindowWeeks);
    readInt(values, kSteadyBand, m.masterySteadyBand);
    readDouble(values, kSmoothing, m.calibration.smoothing);
    readDouble(values, kMinEfficiency, m.calibration.minEfficiency);
    readDouble(values, kMaxEfficiency, m.calibration.maxEfficiency);
    readInt(values, kMinHeld, m.calibration.minHeldMinutes);
    readInt(values, kIdleDays, m.risk.idleDays);
    readInt(values, kLatePercent, m.risk.latePercent);
    readInt(values, kMasteryDrop, m.risk.masteryDropPoints);
    readInt(values, kMissed, m.risk.missedInARow);
    return p;
}

Result<void> ProgressSettingsRepository::save(const ProgressPreferences& preferences)
{
    for (const auto& [key, value] : toPairs(preferences)) {
        auto s = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        if (!s) {
            return fail(s.error());
        }
        s->bind(key).bind(value);
        if (auto ok = s->exec(); !ok) {
            return ok;
        }
    }
    return {};
}

} // namespace mentordesk
