// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QVBoxLayout;

namespace mentordesk {

/// One card of the Today page: a title, rows of rich text with links ("learner:ID", "lesson:ID",
/// "mentor:ID", "report:CODE"), an empty-state line and an optional footer.
class TodayCard final : public QFrame
{
    Q_OBJECT

public:
    explicit TodayCard(const QString& objectName, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    /// Shown (greyed) while the card has no rows.
    void setEmptyText(const QString& text);
    void clearRows();
    /// Appends a row; `html` is rich text whose links emit linkActivated().
    void addRow(const QString& html);
    /// A line under the rows (e.g. "12 more…"); empty hides it.
    void setFooter(const QString& html);

    [[nodiscard]] QString title() const;
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] const QList<QLabel*>& rows() const { return m_rows; }
    [[nodiscard]] bool showsEmptyText() const;
    [[nodiscard]] QString footer() const;

signals:
    void linkActivated(const QString& href);

private:
    QLabel* makeLabel(const QString& html);

    QLabel* m_title = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_footer = nullptr;
    QVBoxLayout* m_rowsLayout = nullptr;
    QList<QLabel*> m_rows;
};

} // namespace mentordesk
