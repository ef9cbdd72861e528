// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace mentordesk {

/// A slim bar above a list that reports what just happened ("Archived Wang Fang." [Undo]) or what went
/// wrong, without a modal box. Information hides itself after a while; errors stay until closed.
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);

    /// Shows `text`; with `undo`, an Undo button runs it once (and hides the bar).
    void showInfo(const QString& text, std::function<void()> undo = {});
    void showError(const QString& text);
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool canUndo() const { return static_cast<bool>(m_undo); }
    /// Runs the pending undo action, as the Undo button does.
    void undo();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setTone(bool error);

    QLabel* m_label = nullptr;
    QPushButton* m_undoButton = nullptr;
    QToolButton* m_closeButton = nullptr;
    QTimer* m_hideTimer = nullptr;
    std::function<void()> m_undo;
};

} // namespace mentordesk
