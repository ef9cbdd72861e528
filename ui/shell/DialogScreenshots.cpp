// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DialogScreenshots.h"

#include "feedback/RecordAssessmentDialog.h"
#include "feedback/RecordRatingDialog.h"
#include "importexport/ImportJob.h"
#include "importexport/ImportSourcePage.h"
#include "importexport/ImportWizard.h"
#include "people/EnrollmentDialog.h"
#include "search/GlobalSearchPopup.h"
#include "shell/HelpDialog.h"
#include "shell/MainWindow.h"
#include "shell/RestoreConfirmDialog.h"
#include "shell/StudioSession.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/StudioBackup.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPainter>
#include <QTemporaryDir>
#include <QTimer>

namespace mentordesk {

namespace {

constexpr int kJobTimeoutMs = 30000;

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
    }
}

/// A small learners file as a studio might bring it from a spreadsheet, with typical mistakes.
QByteArray sampleLearners()
{
    return QByteArrayLiteral("Name,Level,Hours per week,Status,Notes\n"
                             "Mia Hoffmann,2,1.5,active,Prefers Saturdays\n"
                             "Jonas Weber,12,1,active,\n"
                             "Lea Fischer,1,abc,active,\n"
                             ",3,1,active,Sister of Lea\n"
                             "Emil Wagner,3,2,gone,\n"
                             "Sofia Becker,1,1,active,\n"
                             "Noah Schulz,2,0.5,paused,Exam in June\n");
}

void searchShot(MainWindow& window, const QString& file)
{
    auto* field = window.findChild<QLineEdit*>(QStringLiteral("globalSearch"));
    auto* popup = window.findChild<GlobalSearchPopup*>();
    if (!field || !popup) {
        return;
    }
    field->setFocus();
    field->setText(QStringLiteral("ch"));
    popup->searchNow();
    settle();
    QPixmap shot = window.grab();
    QAbstractItemView* list = popup->popup();
    if (list->isVisible()) {
        // The popup is a window of its own: paint it where it opens, right-aligned under the field (the
        // offscreen platform's small virtual screen would push it elsewhere).
        QPainter painter(&shot);
        painter.drawPixmap(field->mapTo(&window, QPoint(field->width() - list->width(), field->height())),
                           list->grab());
    }
    shot.save(file);
    list->hide();
    field->clear();
}

void importShot(MainWindow& window, const QString& file)
{
    QTemporaryDir temp;
    const QString csv = temp.filePath(QStringLiteral("learners.csv"));
    QFile out(csv);
    if (!temp.isValid() || !out.open(QIODevice::WriteOnly) || out.write(sampleLearners()) < 0) {
        return;
    }
    out.close();
    ImportWizard wizard(*window.session(), &window);
    wizard.resize(960, 640);
    wizard.show();
    wizard.sourcePage()->setEntity(QStringLiteral("learners"));
    wizard.sourcePage()->setFilePath(csv);
    for (int step = ImportWizard::SourcePage; step < ImportWizard::PreviewPage; ++step) {
        wizard.next();
    }
    if (wizard.currentId() != ImportWizard::PreviewPage) {
        return;
    }
    if (wizard.job().isRunning()) {
        QEventLoop loop;
        QObject::connect(&wizard.job(), &ImportJob::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(kJobTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    settle();
    wizard.grab().save(file);
    wizard.reject();
}

void enrollShot(MainWindow& window, const QString& file)
{
    auto first = window.session()->db().prepare(
        QStringLiteral("SELECT id FROM learners WHERE deleted_at IS NULL AND status = 'active' ORDER BY id LIMIT 1"));
    if (!first || !first->exec() || !first->next()) {
        return;
    }
    EnrollmentDialog dialog(*window.session(), first->text(0), &window);
    dialog.show();
    settle();
    dialog.grab().save(file);
    dialog.reject();
}

/// The feedback dialogs for the first learner in an active course enrollment, partly filled in.
void feedbackShots(MainWindow& window, const QString& ratingFile, const QString& assessmentFile)
{
    auto first = window.session()->db().prepare(
        QStringLiteral("SELECT learner_id, id, course_id FROM enrollments WHERE deleted_at IS NULL AND "
                       "status = 'active' AND course_id IS NOT NULL ORDER BY learner_id LIMIT 1"));
    if (!first || !first->exec() || !first->next()) {
        return;
    }
    const Id learner = first->text(0);
    const Id enrollment = first->text(1);
    const Id course = first->text(2);
    RecordRatingDialog rating(*window.session(), learner, &window);
    rating.preselect(RatingTarget::Course, course);
    rating.starsBox()->setCurrentIndex(rating.starsBox()->findData(4));
    rating.show();
    settle();
    rating.grab().save(ratingFile);
    rating.reject();
    RecordAssessmentDialog assessment(*window.session(), learner, enrollment, &window);
    assessment.topicBox()->setCurrentIndex(std::min(1, assessment.topicBox()->count() - 1));
    assessment.show();
    settle();
    assessment.grab().save(assessmentFile);
    assessment.reject();
}

void helpShot(MainWindow& window, const QString& file)
{
    HelpDialog dialog(QStringLiteral("user-guide.md"), &window);
    dialog.show();
    settle();
    dialog.grab().save(file);
    dialog.reject();
}

void restoreShot(MainWindow& window, const QString& file)
{
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("studio-20261120-083000.mentordesk-backup"));
    if (!StudioBackup::backup(window.session()->db(), backup)) {
        return;
    }
    auto summary = window.inspectBackup(backup);
    if (!summary) {
        return;
    }
    RestoreConfirmDialog dialog(backup, *summary, window.session()->settings().name, window.session()->path(),
                                window.session()->format(), &window);
    dialog.show();
    settle();
    dialog.grab().save(file);
    dialog.reject();
}

} // namespace

void DialogScreenshots::save(MainWindow& window, const QString& dir, const QString& language)
{
    if (!window.session()) {
        return;
    }
    searchShot(window, QDir(dir).filePath(QStringLiteral("%1-search.png").arg(language)));
    importShot(window, QDir(dir).filePath(QStringLiteral("%1-import-preview.png").arg(language)));
    enrollShot(window, QDir(dir).filePath(QStringLiteral("%1-enroll.png").arg(language)));
    feedbackShots(window, QDir(dir).filePath(QStringLiteral("%1-rating.png").arg(language)),
                  QDir(dir).filePath(QStringLiteral("%1-assessment.png").arg(language)));
    helpShot(window, QDir(dir).filePath(QStringLiteral("%1-help.png").arg(language)));
    restoreShot(window, QDir(dir).filePath(QStringLiteral("%1-restore-confirm.png").arg(language)));
}

} // namespace mentordesk
