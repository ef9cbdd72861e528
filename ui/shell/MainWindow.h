// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

namespace mentordesk {

class Clock;
class Database;

/// The main window: assembles pages and actions; owns no business logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& db, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
