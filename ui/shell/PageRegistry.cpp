// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/PageRegistry.h"

#include "demo/DemoGenerator.h"
#include "shell/StudioSession.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace mentordesk {

QList<PageInfo> pageCatalog()
{
    return {todayPageInfo(),   learnersPageInfo(), payersPageInfo(),  mentorsPageInfo(), calendarPageInfo(),
            coursesPageInfo(), billingPageInfo(),  reportsPageInfo(), settingsPageInfo()};
}

QString demoStudioPath()
{
    const QString fromEnv = qEnvironmentVariable("MENTORDESK_DEMO_DB");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/mentordesk/demo.mentordesk");
}

bool createDemoStudio(const QString& path, const Clock& clock, QWidget* parent)
{
    QProgressDialog progress(QApplication::translate("DemoStudio", "Creating the demo studio…"),
                             QApplication::translate("DemoStudio", "Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    std::atomic<int> percent{0};
    std::atomic<bool> cancelled{false};
    QFutureWatcher<Result<DemoSummary>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &progress, [&] { progress.setValue(percent.load()); });
    timer.start(100);
    // Why: generation writes through its own connection on a worker thread (a connection belongs to
    // the thread that opened it); the GUI keeps painting and can cancel.
    watcher.setFuture(QtConcurrent::run([&] {
        return DemoGenerator::createFile(path, clock, DemoOptions{}, [&](int p) {
            percent = p;
            return !cancelled.load();
        });
    }));
    loop.exec();
    timer.stop();
    progress.setValue(100);
    const Result<DemoSummary> result = watcher.result();
    if (!result) {
        if (!cancelled) {
            QMessageBox::warning(parent, QApplication::translate("DemoStudio", "Demo studio"), result.error().message);
        }
        return false;
    }
    return QFileInfo::exists(path);
}

} // namespace mentordesk
