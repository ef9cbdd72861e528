// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportSourcePage.h"

#include "importexport/EntityNames.h"
#include "importexport/ImportWizard.h"
#include "importexport/ImporterRegistry.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;
} // namespace

ImportSourcePage::ImportSourcePage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_entityLabel(new QLabel(this))
    , m_entity(new QComboBox(this))
    , m_fileLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_entity->setObjectName(QStringLiteral("entity"));
    m_path->setObjectName(QStringLiteral("file"));
    m_path->setClearButtonEnabled(true);
    m_entityLabel->setBuddy(m_entity);
    m_fileLabel->setBuddy(m_path);
    for (const QString& entity : ImporterRegistry::availableEntities()) {
        m_entity->addItem(EntityNames::label(entity), entity);
    }
    m_hint->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_entityLabel, m_entity);
    form->addRow(m_fileLabel, fileRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addSpacing(12);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    setTabOrder(m_entity, m_path);
    setTabOrder(m_path, m_browse);

    connect(m_browse, &QPushButton::clicked, this, &ImportSourcePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        emit completeChanged();
    });
    retranslate();
}

void ImportSourcePage::retranslate()
{
    setTitle(tr("Choose what to import"));
    setSubTitle(tr("Pick the kind of records and the CSV file that holds them."));
    m_entityLabel->setText(tr("&Records:"));
    m_entity->setToolTip(tr("The kind of records the file contains. Each line of the file becomes one record."));
    for (int i = 0; i < m_entity->count(); ++i) {
        m_entity->setItemText(i, EntityNames::label(m_entity->itemData(i).toString()));
    }
    m_fileLabel->setText(tr("&File:"));
    m_path->setPlaceholderText(tr("Path of a .csv or .txt file"));
    m_path->setToolTip(tr("A comma-, semicolon-, tab- or pipe-separated file whose first line names the columns."));
    m_browse->setText(tr("Bro&wse…"));
    m_hint->setText(tr("The first line of the file must name the columns; the next step lets you match them to "
                       "MentorDesk's fields. Files saved by Excel, LibreOffice or Numbers work, in UTF-8, UTF-16 or "
                       "Windows encodings. Nothing is written until you confirm the import after the preview."));
}

void ImportSourcePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ImportSourcePage::setEntity(const QString& entity)
{
    const int index = m_entity->findData(entity);
    if (index >= 0) {
        m_entity->setCurrentIndex(index);
    }
}

QString ImportSourcePage::entity() const
{
    return m_entity->currentData().toString();
}

void ImportSourcePage::setFilePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ImportSourcePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ImportSourcePage::isComplete() const
{
    return m_entity->count() > 0 && !m_path->text().trimmed().isEmpty();
}

void ImportSourcePage::browse()
{
    const QString start = m_path->text().trimmed().isEmpty() ? QDir::homePath() : m_path->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), start,
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty()) {
        setFilePath(path);
    }
}

void ImportSourcePage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

bool ImportSourcePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        showError(tr("There is no file “%1”.").arg(shown));
        return false;
    }
    if (!info.isFile()) {
        showError(tr("“%1” is a folder, not a file.").arg(shown));
        return false;
    }
    if (info.size() > kMaxFileBytes) {
        showError(tr("“%1” is larger than 512 MB; split it into smaller files.").arg(shown));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read “%1”: %2").arg(shown, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    auto importer = ImporterRegistry::create(entity(), m_wizard.session().db(), m_wizard.session().clock());
    if (!importer) {
        showError(importer.error().message);
        return false;
    }
    ImportPlan& plan = m_wizard.plan();
    if (plan.entity != entity() || plan.path != path || plan.bytes != bytes) {
        plan.mapping.clear(); // a new file or entity: map again
    }
    plan.entity = entity();
    plan.columns = (*importer)->columns();
    plan.path = path;
    plan.bytes = bytes;
    m_error->hide();
    return true;
}

} // namespace mentordesk
