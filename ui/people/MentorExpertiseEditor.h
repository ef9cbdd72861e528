// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace mentordesk {

class ExpertiseModel;
class StudioSession;

/// A mentor's expertise: topics with a level 1–5. Adding, removing and changing a level are saved at
/// once through MentorService; a refusal is shown below the table and nothing changes.
class MentorExpertiseEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit MentorExpertiseEditor(StudioSession& session, QWidget* parent = nullptr);

    /// Shows the expertise of mentor `id` (editing is disabled for an archived mentor).
    void setMentor(const Id& id, bool editable);
    /// Adds (or re-levels) `topicId` at `level`. False when the service refused.
    bool addExpertise(const Id& topicId, int level);
    bool setLevel(const Id& topicId, int level);
    bool removeExpertise(const Id& topicId);
    [[nodiscard]] ExpertiseModel* model() const { return m_model; }
    [[nodiscard]] QComboBox* topicChoice() const { return m_topic; }
    [[nodiscard]] QComboBox* levelChoice() const { return m_level; }
    [[nodiscard]] QString errorText() const;

signals:
    /// The mentor's expertise was saved.
    void expertiseChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void loadTopicChoices();
    bool report(const QString& error);
    void retranslate();

    StudioSession& m_session;
    Id m_mentorId;
    bool m_editable = false;
    ExpertiseModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_topic = nullptr;
    QComboBox* m_level = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace mentordesk
