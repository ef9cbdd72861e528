// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "people/AvailabilitySlot.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimeEdit;

namespace mentordesk {

class StudioSession;

/// A mentor's weekly availability as a list of slots ("Mon 09:00–12:00") with a row to add one.
/// Every change saves the whole week through MentorService::setAvailability; overlapping or
/// malformed slots are refused there and the message is shown below the list.
class MentorAvailabilityEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit MentorAvailabilityEditor(StudioSession& session, QWidget* parent = nullptr);

    void setMentor(const Id& id, bool editable);
    /// Adds a slot and saves. False (with the reason shown) when refused.
    bool addSlot(const AvailabilitySlot& slot);
    /// Removes the slot at `row` and saves.
    bool removeSlot(int row);
    [[nodiscard]] const QList<AvailabilitySlot>& weekSlots() const { return m_slots; }
    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QString errorText() const;
    /// "Mon 09:00–12:00" in the current locale.
    [[nodiscard]] static QString slotText(const AvailabilitySlot& slot);

signals:
    void availabilityChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    bool store(const QList<AvailabilitySlot>& week);
    void fill();
    void retranslate();

    StudioSession& m_session;
    Id m_mentorId;
    bool m_editable = false;
    QList<AvailabilitySlot> m_slots;
    QListWidget* m_list = nullptr;
    QLabel* m_total = nullptr;
    QComboBox* m_weekday = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QLabel* m_dash = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace mentordesk
