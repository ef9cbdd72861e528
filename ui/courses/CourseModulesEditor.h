// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "courses/Course.h"
#include "money/Currency.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mentordesk {

/// The modules table of the course dialog: title, length and optional price per row, with buttons to
/// add, remove and move rows. Lengths accept "90", "1:30" or "1h30m"; prices are typed in major units
/// with the locale's decimal separator.
class CourseModulesEditor final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Length,
        Price,
        ColumnCount
    };

    CourseModulesEditor(const Currency& currency, const QLocale& locale, QWidget* parent = nullptr);

    void setModules(const QList<CourseModule>& modules);
    /// Appends an empty row (or one with these values) and starts editing its title.
    void addRow(const QString& title = {}, const QString& length = {}, const QString& price = {});
    void removeCurrentRow();
    /// Moves the current row up (-1) or down (+1).
    void moveCurrentRow(int delta);
    [[nodiscard]] int rowCount() const;
    /// Ids of the existing modules in row order (empty for new rows).
    [[nodiscard]] QList<Id> moduleIds() const;
    /// The rows as inputs; parse errors name "modules[i].minutes" / "modules[i].price_minor".
    [[nodiscard]] Result<QList<CourseModuleInput>> inputs() const;
    /// Shows `message` under the table and selects the cell named by `fieldKey` ("modules[2].minutes").
    void showError(const QString& fieldKey, const QString& message);
    void clearError();
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QTableWidget* table() const { return m_table; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    [[nodiscard]] QString cellText(int row, int column) const;
    void setRow(int row, const Id& id, const QString& title, const QString& length, const QString& price);

    Currency m_currency;
    QLocale m_locale;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace mentordesk
