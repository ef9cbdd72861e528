// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportFormatPage.h"

#include "importexport/CsvParser.h"
#include "importexport/ImportWizard.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

QString delimiterLabel(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return ImportFormatPage::tr("Comma (,)");
    case u';':
        return ImportFormatPage::tr("Semicolon (;)");
    case u'\t':
        return ImportFormatPage::tr("Tab");
    case u'|':
        return ImportFormatPage::tr("Pipe (|)");
    default:
        return QString(delimiter);
    }
}

} // namespace

ImportFormatPage::ImportFormatPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_encodingLabel(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_delimiterLabel(new QLabel(this))
    , m_delimiter(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_error(new QLabel(this))
    , m_sample(new QTableWidget(this))
{
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_encodingLabel->setBuddy(m_encoding);
    m_delimiterLabel->setBuddy(m_delimiter);
    m_detected->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setTabKeyNavigation(false);
    m_sample->setSelectionMode(QAbstractItemView::NoSelection);
    m_sample->verticalHeader()->hide();
    m_sample->horizontalHeader()->setDefaultSectionSize(140);
    m_sample->setWordWrap(false);

    auto* form = new QFormLayout;
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(m_delimiterLabel, m_delimiter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_error);
    layout->addWidget(m_sample, 1);
    setTabOrder(m_encoding, m_delimiter);
    setTabOrder(m_delimiter, m_sample);

    const auto changed = [this] {
        if (!m_filling) {
            refresh();
        }
    };
    connect(m_encoding, &QComboBox::currentIndexChanged, this, changed);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, changed);
    fillChoices();
    retranslate();
}

void ImportFormatPage::fillChoices()
{
    m_filling = true;
    const QVariant encoding = m_encoding->currentData();
    const QVariant delimiter = m_delimiter->currentData();
    m_encoding->clear();
    m_encoding->addItem(m_autoEncoding.isEmpty() ? tr("Automatic") : tr("Automatic (detected: %1)").arg(m_autoEncoding),
                        static_cast<int>(TextEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), static_cast<int>(TextEncoding::Utf8));
    m_encoding->addItem(tr("UTF-16, little endian"), static_cast<int>(TextEncoding::Utf16Le));
    m_encoding->addItem(tr("UTF-16, big endian"), static_cast<int>(TextEncoding::Utf16Be));
    m_encoding->addItem(tr("Windows-1252 (Western European)"), static_cast<int>(TextEncoding::Windows1252));
    m_delimiter->clear();
    m_delimiter->addItem(m_autoDelimiter.isNull() ? tr("Automatic")
                                                  : tr("Automatic (detected: %1)").arg(delimiterLabel(m_autoDelimiter)),
                         QString());
    for (const QChar c : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
        m_delimiter->addItem(delimiterLabel(c), QString(c));
    }
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(encoding)));
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(delimiter)));
    m_filling = false;
}

void ImportFormatPage::retranslate()
{
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("MentorDesk detected the text encoding and the column separator. If the table below looks "
                   "wrong (broken accents or Chinese characters, everything in one column), choose them here."));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encoding->setToolTip(tr("How the bytes of the file become text. Excel on Windows often saves "
                              "Windows-1252; most other programs save UTF-8."));
    m_delimiterLabel->setText(tr("&Separator:"));
    m_delimiter->setToolTip(tr("The character between the columns. Spreadsheets set to German or French "
                               "often use semicolons."));
    fillChoices();
    if (m_ok) {
        refresh();
    }
}

void ImportFormatPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ImportFormatPage::initializePage()
{
    const ImportPlan& plan = m_wizard.plan();
    auto detected = TextDecoder::decode(plan.bytes, TextEncoding::Auto);
    m_autoEncoding = detected ? detected->encoding : QString();
    m_autoDelimiter = detected ? CsvParser::detectDelimiter(detected->text) : QChar();
    fillChoices();
    refresh();
}

void ImportFormatPage::setEncoding(TextEncoding encoding)
{
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(static_cast<int>(encoding))));
}

void ImportFormatPage::setDelimiter(QChar delimiter)
{
    m_delimiter->setCurrentIndex(
        std::max(0, m_delimiter->findData(delimiter.isNull() ? QString() : QString(delimiter))));
}

QString ImportFormatPage::detectedText() const
{
    return m_detected->text();
}

QString ImportFormatPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ImportFormatPage::isComplete() const
{
    return m_ok;
}

void ImportFormatPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_sample->clear();
    m_sample->setRowCount(0);
    m_sample->setColumnCount(0);
    m_ok = false;
    emit completeChanged();
}

void ImportFormatPage::refresh()
{
    ImportPlan& plan = m_wizard.plan();
    plan.encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
    const QString chosen = m_delimiter->currentData().toString();
    plan.delimiter = chosen.isEmpty() ? QChar() : chosen.front();
    auto decoded = TextDecoder::decode(plan.bytes, plan.encoding);
    if (!decoded) {
        m_detected->clear();
        showError(decoded.error().message);
        return;
    }
    const QChar delimiter = plan.delimiter.isNull() ? CsvParser::detectDelimiter(decoded->text) : plan.delimiter;
    plan.detectedEncoding = decoded->encoding;
    plan.detectedDelimiter = delimiter;
    auto records = CsvParser::parseAll(decoded->text, delimiter, kSampleRecords);
    if (!records) {
        showError(records.error().message);
        return;
    }
    if (records->isEmpty()) {
        showError(tr("The file is empty; its first line must name the columns."));
        return;
    }
    const QStringList header = records->constFirst().fields;
    if (header != plan.header) {
        plan.mapping.clear();
    }
    plan.header = header;
    plan.firstRow = records->size() > 1 ? records->at(1).fields : QStringList();
    m_detected->setText(
        tr("Reading the file as %1 with %2 as separator: %n column(s).", nullptr, static_cast<int>(header.size()))
            .arg(decoded->encoding, delimiterLabel(delimiter).toLower()));
    m_error->hide();

    m_sample->clear();
    m_sample->setColumnCount(static_cast<int>(header.size()));
    m_sample->setHorizontalHeaderLabels(header);
    m_sample->setRowCount(static_cast<int>(records->size() - 1));
    for (qsizetype r = 1; r < records->size(); ++r) {
        const QStringList& fields = records->at(r).fields;
        for (qsizetype c = 0; c < fields.size() && c < header.size(); ++c) {
            QString text = fields[c];
            m_sample->setItem(static_cast<int>(r - 1), static_cast<int>(c),
                              new QTableWidgetItem(text.replace(u'\n', u' ')));
        }
    }
    m_ok = true;
    emit completeChanged();
}

} // namespace mentordesk
