// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace mentordesk {

/// Shown when no studio is open: create one, open one, try the demo, or reopen a recent one.
class WelcomeWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWidget(QWidget* parent = nullptr);
    void setRecentStudios(const QStringList& paths);

signals:
    void newStudioRequested();
    void openStudioRequested();
    void demoStudioRequested();
    void recentStudioRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_demo = nullptr;
    QLabel* m_recentLabel = nullptr;
    QListWidget* m_recent = nullptr;
};

} // namespace mentordesk
