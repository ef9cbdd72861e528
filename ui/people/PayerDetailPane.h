// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace mentordesk {

class DetailForm;
class PersonalDataButton;
class StudioSession;

/// The right-hand side of the payers page: contact, invoice settings, notes and the learners the
/// payer pays for (double-click opens a learner).
class PayerDetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit PayerDetailPane(StudioSession& session, QWidget* parent = nullptr);

    void showPayer(const Id& id);
    [[nodiscard]] Id payerId() const { return m_id; }
    void refresh() { showPayer(m_id); }
    [[nodiscard]] DetailForm* form() const { return m_form; }
    [[nodiscard]] QTreeWidget* learners() const { return m_learners; }
    [[nodiscard]] QString title() const;

signals:
    /// The user wants to add a learner paid for by payer `id`.
    void addLearnerRequested(const QString& payerId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    StudioSession& m_session;
    Id m_id;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    PersonalDataButton* m_personalData = nullptr;
    QLabel* m_badges = nullptr;
    DetailForm* m_form = nullptr;
    QLabel* m_learnersHeading = nullptr;
    QTreeWidget* m_learners = nullptr;
    QLabel* m_noLearners = nullptr;
    QPushButton* m_addLearner = nullptr;
};

} // namespace mentordesk
