// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/AuditFilter.h"

#include <QGroupBox>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mentordesk {

class AuditLogModel;
class StudioSession;

/// The audit log on the Security settings (owner only): filters by account, action prefix, record kind
/// and date range (days in the studio's time zone), newest first, more rows fetched while scrolling,
/// and "Verify Audit Log", which re-checks the whole hash chain.
class AuditLogBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit AuditLogBox(StudioSession& session, QWidget* parent = nullptr);

    /// Shows or hides the browser for the session's actor and reloads it.
    void refresh();
    /// The filter the editors describe.
    [[nodiscard]] AuditFilter filter() const;
    /// Runs the chain check; returns (and shows) "intact (N entries)" or the first broken entry.
    QString verify();

    [[nodiscard]] AuditLogModel* model() const { return m_model; }
    [[nodiscard]] QLineEdit* actorFilter() const { return m_actor; }
    [[nodiscard]] QLineEdit* actionFilter() const { return m_action; }
    [[nodiscard]] QLineEdit* entityFilter() const { return m_entity; }
    [[nodiscard]] QDateEdit* fromDate() const { return m_from; }
    [[nodiscard]] QDateEdit* toDate() const { return m_to; }
    [[nodiscard]] QPushButton* verifyButton() const { return m_verify; }
    [[nodiscard]] QLabel* notice() const { return m_notice; }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void reload();

    StudioSession& m_session;
    AuditLogModel* m_model;
    QLabel* m_notice;
    QWidget* m_browser;
    QLineEdit* m_actor;
    QLineEdit* m_action;
    QLineEdit* m_entity;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableView* m_table;
    QPushButton* m_verify;
    QLabel* m_result;
};

} // namespace mentordesk
