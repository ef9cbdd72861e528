// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"
#include "privacy/PersonalDataExport.h"

#include <QToolButton>
#include <functional>

class QAction;

namespace mentordesk {

class StudioSession;

/// "Personal data ▾" on the learner and payer detail panes: Export personal data… (JSON + HTML into a
/// folder) and Erase personal data… (after typing the name again). Hidden for roles that may not.
class PersonalDataButton final : public QToolButton
{
    Q_OBJECT

public:
    PersonalDataButton(StudioSession& session, PersonKind kind, QWidget* parent = nullptr);

    /// The person the actions apply to (empty id: disabled).
    void setPerson(const Id& id, const QString& name);

    /// Exports into `dir`; returns the two files written.
    [[nodiscard]] Result<QStringList> exportTo(const QString& dir);
    /// Erases with `typedName` as the confirmation; emits erased() and notifies the session.
    [[nodiscard]] Result<ErasureReport> erase(const QString& typedName);

    [[nodiscard]] QAction* exportAction() const { return m_export; }
    [[nodiscard]] QAction* eraseAction() const { return m_erase; }
    /// Replace the folder picker / the confirmation dialog (tests). A null result or empty text cancels.
    void setFolderPrompt(std::function<QString()> prompt) { m_askFolder = std::move(prompt); }
    void setConfirmationPrompt(std::function<QString(const QString& name)> prompt) { m_askName = std::move(prompt); }
    /// Where results are reported (tests); default a message box.
    void setReporter(std::function<void(const QString& message, bool error)> report) { m_report = std::move(report); }

signals:
    void erased(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void runExport();
    void runErase();

    StudioSession& m_session;
    PersonKind m_kind;
    Id m_id;
    QString m_name;
    QAction* m_export = nullptr;
    QAction* m_erase = nullptr;
    std::function<QString()> m_askFolder;
    std::function<QString(const QString&)> m_askName;
    std::function<void(const QString&, bool)> m_report;
};

} // namespace mentordesk
