// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>
#include <optional>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace mentordesk {

/// "Repeat weekly" options of the new-lesson dialog: every N weeks, until a date or for a number of
/// lessons, with dates to skip (holidays). The options show once "Repeat weekly" is ticked; unticked = a
/// one-off lesson.
class LessonRepeatEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit LessonRepeatEditor(const QLocale& locale, QWidget* parent = nullptr);

    /// The first lesson's date: the "until" default and the first date that can be skipped.
    void setFirstDate(const QDate& date);
    [[nodiscard]] bool repeats() const;
    void setRepeats(bool repeat);
    [[nodiscard]] int intervalWeeks() const;
    void setIntervalWeeks(int weeks);
    /// Exactly one of untilDate() / count() is set while repeating.
    [[nodiscard]] QDate untilDate() const;
    [[nodiscard]] std::optional<int> count() const;
    void setUntil(const QDate& date);
    void setCount(int count);
    [[nodiscard]] QList<QDate> skippedDates() const;
    void addSkippedDate(const QDate& date);
    /// Shows an error under the options (field keys "every", "until", "count", "skip").
    void showError(const QString& message);
    [[nodiscard]] QString errorText() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateEnabled();

    QLocale m_locale;
    QCheckBox* m_repeat = nullptr;
    QGroupBox* m_body = nullptr;
    QSpinBox* m_every = nullptr;
    QRadioButton* m_untilRadio = nullptr;
    QRadioButton* m_countRadio = nullptr;
    QDateEdit* m_until = nullptr;
    QSpinBox* m_count = nullptr;
    QDateEdit* m_skipDate = nullptr;
    QPushButton* m_addSkip = nullptr;
    QPushButton* m_removeSkip = nullptr;
    QListWidget* m_skipped = nullptr;
    QLabel* m_everyLabel = nullptr;
    QLabel* m_skipLabel = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace mentordesk
