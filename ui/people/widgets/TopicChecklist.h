// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace mentordesk {

/// Several topics chosen from a checkable list with a filter field above it (learning goals).
class TopicChecklist final : public QWidget
{
    Q_OBJECT

public:
    explicit TopicChecklist(QWidget* parent = nullptr);

    /// The topics offered, as (id, name), in display order.
    void setTopics(const QList<QPair<Id, QString>>& topics);
    void setCheckedIds(const QList<Id>& ids);
    [[nodiscard]] QList<Id> checkedIds() const;
    [[nodiscard]] QListWidget* list() const { return m_list; }

signals:
    void checkedChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFilter(const QString& text);
    void retranslate();

    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace mentordesk
