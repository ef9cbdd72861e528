// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace mentordesk {

/// The "caption: value" rows of a detail pane. Values wrap (long and Chinese names never widen the
/// pane), can be selected with the mouse, and may be links ("payer:<id>") reported by linkActivated().
class DetailForm final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailForm(QWidget* parent = nullptr);

    /// Adds a row named `key` (not shown) and returns its value label.
    QLabel* addRow(const QString& key);
    /// Sets the translated caption of row `key`.
    void setCaption(const QString& key, const QString& caption);
    /// Shows plain `text`; an empty text shows a dash.
    void setValue(const QString& key, const QString& text);
    /// Shows `text` as a link to `href`; an empty text shows `emptyText` (or a dash) instead.
    void setLink(const QString& key, const QString& text, const QString& href, const QString& emptyText = {});
    /// Shows already escaped rich text.
    void setRichValue(const QString& key, const QString& html);
    /// The value shown in row `key`, as plain text.
    [[nodiscard]] QString value(const QString& key) const;

    /// A small coloured label ("Active", "Minor") as rich text; `text` is escaped.
    [[nodiscard]] static QString badgeHtml(const QString& text, const QString& background,
                                           const QString& foreground = QStringLiteral("#1f1f1f"));

signals:
    void linkActivated(const QString& href);

private:
    QFormLayout* m_layout = nullptr;
    QHash<QString, QLabel*> m_captions;
    QHash<QString, QLabel*> m_values;
};

} // namespace mentordesk
