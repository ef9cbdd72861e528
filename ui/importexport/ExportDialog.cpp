// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ExportDialog.h"

#include "common/Clock.h"
#include "importexport/EntityNames.h"
#include "importexport/ExportJob.h"
#include "importexport/StudioExporter.h"
#include "shell/StudioSession.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr int kCancelWaitMs = 30000;

QString fileSafe(QString name)
{
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    for (QChar& c : name) {
        if (bad.contains(c) || c.unicode() < 0x20) {
            c = u'_';
        }
    }
    return name.simplified().isEmpty() ? QStringLiteral("studio") : name.simplified();
}
} // namespace

ExportDialog::ExportDialog(StudioSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_job(new ExportJob(session.path(), session.clock(), this))
    , m_intro(new QLabel(this))
    , m_json(new QRadioButton(this))
    , m_csv(new QRadioButton(this))
    , m_entity(new QComboBox(this))
    , m_includeDeleted(new QCheckBox(this))
    , m_bom(new QCheckBox(this))
    , m_fileLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_export(new QPushButton(this))
{
    m_job->setActor(session.db().actor());
    setObjectName(QStringLiteral("exportDialog"));
    m_intro->setWordWrap(true);
    m_json->setChecked(true);
    for (const QString& entity : StudioExporter::csvEntities()) {
        m_entity->addItem(EntityNames::label(entity), entity);
    }
    m_path->setClearButtonEnabled(true);
    m_fileLabel->setBuddy(m_path);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_export->setDefault(true);
    m_buttons->addButton(m_export, QDialogButtonBox::AcceptRole);

    auto* csvRow = new QHBoxLayout;
    csvRow->addWidget(m_csv);
    csvRow->addWidget(m_entity, 1);
    auto* what = new QVBoxLayout;
    what->addWidget(m_json);
    what->addLayout(csvRow);
    what->addWidget(m_includeDeleted);
    what->addWidget(m_bom);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_fileLabel, fileRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(what);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setTabOrder(m_json, m_csv);
    setTabOrder(m_csv, m_entity);
    setTabOrder(m_entity, m_includeDeleted);
    setTabOrder(m_includeDeleted, m_bom);
    setTabOrder(m_bom, m_path);
    setTabOrder(m_path, m_browse);

    connect(m_json, &QRadioButton::toggled, this, &ExportDialog::formatChanged);
    connect(m_entity, &QComboBox::currentIndexChanged, this, [this] {
        m_csv->setChecked(true);
        formatChanged();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_job, &ExportJob::bytesWritten, this, [this](qint64 bytes) {
        m_progress->setFormat(tr("%1 written…").arg(m_session.format().locale().formattedDataSize(bytes)));
    });
    connect(m_job, &ExportJob::finished, this, &ExportDialog::exportFinished);
    resize(560, 360);
    retranslate();
    formatChanged();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export"));
    m_intro->setText(tr("Write the studio's data to a file: everything as JSON (to keep, or to move to another "
                        "program), or one list as CSV for a spreadsheet."));
    m_json->setText(tr("&Whole studio as JSON"));
    m_json->setToolTip(tr("Every table of the studio in one JSON file (format “mentordesk-studio”)."));
    m_csv->setText(tr("One &list as CSV:"));
    m_csv->setToolTip(tr("One table as a CSV file with a header row, for Excel, LibreOffice or Numbers."));
    for (int i = 0; i < m_entity->count(); ++i) {
        m_entity->setItemText(i, EntityNames::label(m_entity->itemData(i).toString()));
    }
    m_entity->setToolTip(tr("The list to export as CSV."));
    m_includeDeleted->setText(tr("Include &deleted records"));
    m_includeDeleted->setToolTip(tr("Also write records that were deleted (they are kept, marked deleted, "
                                    "for synchronisation)."));
    m_bom->setText(tr("Mark the file as UTF-8 for E&xcel"));
    m_bom->setToolTip(tr("Starts the CSV with a byte-order mark so that Excel shows accents and Chinese "
                         "characters correctly."));
    m_fileLabel->setText(tr("&Save to:"));
    m_path->setPlaceholderText(tr("Path of the file to write"));
    m_path->setToolTip(tr("The file to write. An existing file is replaced only when the export succeeds."));
    m_browse->setText(tr("&Browse…"));
    m_export->setText(tr("&Export"));
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

QString ExportDialog::suggestedPath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath();
    }
    const QString date = m_session.clock().nowUtc().date().toString(Qt::ISODate);
    const QString base = fileSafe(m_session.settings().name);
    const QString name = m_json->isChecked()
                             ? QStringLiteral("%1 %2.json").arg(base, date)
                             : QStringLiteral("%1 %2 %3.csv").arg(base, m_entity->currentData().toString(), date);
    return QDir(dir).filePath(name);
}

void ExportDialog::formatChanged()
{
    m_bom->setEnabled(m_csv->isChecked());
    if (!m_pathEdited) {
        m_path->setText(QDir::toNativeSeparators(suggestedPath()));
    } else if (const QString path = targetPath(); !path.isEmpty()) {
        // Keep the user's folder and name; fix the extension to the format.
        const QFileInfo info(path);
        const QString extension = m_json->isChecked() ? QStringLiteral("json") : QStringLiteral("csv");
        if (info.suffix().compare(extension, Qt::CaseInsensitive) != 0 &&
            (info.suffix() == u"json" || info.suffix() == u"csv")) {
            m_path->setText(QDir::toNativeSeparators(info.dir().filePath(info.completeBaseName() + u'.' + extension)));
        }
    }
}

void ExportDialog::chooseJson()
{
    m_json->setChecked(true);
}

void ExportDialog::chooseCsv(const QString& entity)
{
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(entity)));
    m_csv->setChecked(true);
}

void ExportDialog::setTargetPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_pathEdited = true;
}

QString ExportDialog::targetPath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString ExportDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void ExportDialog::browse()
{
    const QString filter =
        m_json->isChecked() ? tr("JSON files (*.json);;All files (*)") : tr("CSV files (*.csv);;All files (*)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), targetPath(), filter);
    if (!path.isEmpty()) {
        setTargetPath(path);
    }
}

void ExportDialog::showStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_status->setText(text);
    m_status->show();
}

bool ExportDialog::startExport()
{
    if (m_job->isRunning()) {
        return false;
    }
    const QString target = targetPath();
    if (target.isEmpty()) {
        showStatus(tr("Choose the file to write."), true);
        m_path->setFocus();
        return false;
    }
    if (!QFileInfo(target).absoluteDir().exists()) {
        showStatus(tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(QFileInfo(target).path())), true);
        m_path->setFocus();
        return false;
    }
    ExportRequest request;
    request.target = target;
    request.entity = m_csv->isChecked() ? m_entity->currentData().toString() : QString();
    request.includeDeleted = m_includeDeleted->isChecked();
    request.bom = m_csv->isChecked() && m_bom->isChecked();
    m_status->hide();
    m_progress->setFormat(tr("Exporting…"));
    m_progress->show();
    m_export->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Cancel"));
    return m_job->start(request);
}

void ExportDialog::exportFinished()
{
    m_progress->hide();
    m_export->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    const auto& result = m_job->result();
    if (!result) {
        showStatus(result.error().message, true);
        return;
    }
    const QString path = QDir::toNativeSeparators(targetPath());
    showStatus(m_csv->isChecked()
                   ? tr("Exported %Ln row(s) to %1.", nullptr, static_cast<int>(result->rows)).arg(path)
                   : tr("Exported %Ln row(s) from %1 tables to %2.", nullptr, static_cast<int>(result->rows))
                         .arg(result->tables)
                         .arg(path),
               false);
}

void ExportDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->wait(kCancelWaitMs);
        return; // the first Cancel stops the export; Close then closes
    }
    QDialog::reject();
}

} // namespace mentordesk
