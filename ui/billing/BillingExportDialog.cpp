// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingExportDialog.h"

#include "billing/EnrollmentPlanLookup.h"
#include "billing/FieldErrorDisplay.h"
#include "invoices/InvoiceCsvExporter.h"
#include "invoices/JournalExporter.h"
#include "shell/StudioSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace mentordesk {

BillingExportDialog::BillingExportDialog(StudioSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("BillingExportDialog"));
    setWindowTitle(tr("Export Invoices"));
    const QDate today = EnrollmentPlanLookup::today(session);
    m_format = new QComboBox(this);
    m_format->setToolTip(tr("CSV for a spreadsheet, or a plain-text hledger journal for your accountant"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Invoices and credit notes (CSV)"), static_cast<int>(Format::InvoicesCsv));
    m_format->addItem(tr("Accounting journal (hledger)"), static_cast<int>(Format::Journal));
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_from->setToolTip(tr("First day of the range, included (YYYY-MM-DD)"));
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setToolTip(tr("Last day of the range, included (YYYY-MM-DD)"));
    m_to->setObjectName(QStringLiteral("exportTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_lines = new QCheckBox(tr("One row per invoice &line"), this);
    m_lines->setToolTip(tr("CSV only: one row per invoice line instead of one row per invoice"));
    m_lines->setObjectName(QStringLiteral("exportLines"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* error = new QLabel(this);
    error->setObjectName(QStringLiteral("exportError"));
    m_errors = std::make_unique<FieldErrorDisplay>(error);
    m_errors->addField(QStringLiteral("file"), nullptr, tr("File"));
    m_errors->addField(QStringLiteral("from"), m_from, tr("From"));
    m_errors->addField(QStringLiteral("to"), m_to, tr("To"));

    auto* note = new QLabel(tr("Invoices and credit notes issued in the range (the CSV), or every invoice, credit "
                               "note and payment dated in it (the journal). The same files as the command line's "
                               "“invoice export” and “export journal”."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("F&rom:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(QString(), m_lines);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportWithFileDialog(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_lines->setEnabled(format() == Format::InvoicesCsv); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

BillingExportDialog::~BillingExportDialog() = default;

void BillingExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

BillingExportDialog::Format BillingExportDialog::format() const
{
    return static_cast<Format>(m_format->currentData().toInt());
}

bool BillingExportDialog::exportWithFileDialog()
{
    const bool journal = format() == Format::Journal;
    const QString name =
        QStringLiteral("%1_%2-%3.%4")
            .arg(journal ? QStringLiteral("journal") : QStringLiteral("invoices"),
                 m_from->date().toString(QStringLiteral("yyyyMMdd")), m_to->date().toString(QStringLiteral("yyyyMMdd")),
                 journal ? QStringLiteral("journal") : QStringLiteral("csv"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Invoices"), QDir(dir).filePath(name),
                                                      journal ? tr("hledger journal (*.journal);;All files (*)")
                                                              : tr("CSV files (*.csv);;All files (*)"));
    return !path.isEmpty() && exportTo(path);
}

bool BillingExportDialog::exportTo(const QString& path)
{
    m_errors->clear();
    m_status->clear();
    auto written = write(path);
    if (!written) {
        m_errors->show(written.error());
        return false;
    }
    m_status->setText(*written);
    return true;
}

Result<QString> BillingExportDialog::write(const QString& path)
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (from > to) {
        return fail(Error::invalid(QStringLiteral("to"), tr("The range must end on or after its first day.")));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(
            Error::invalid(QStringLiteral("file"),
                           tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    }
    QString done;
    if (format() == Format::Journal) {
        auto stats = JournalExporter(m_session.db(), m_session.clock()).write(file, from, to);
        if (!stats) {
            return fail(stats.error());
        }
        done = tr("Wrote %1: %2 invoices, %3 credit notes, %4 payments.")
                   .arg(QDir::toNativeSeparators(path))
                   .arg(stats->invoices)
                   .arg(stats->creditNotes)
                   .arg(stats->payments);
    } else {
        InvoiceFilter filter;
        filter.issuedFrom = from;
        filter.issuedTo = to;
        auto count = InvoiceCsvExporter(m_session.db(), m_session.clock()).write(file, filter, m_lines->isChecked());
        if (!count) {
            return fail(count.error());
        }
        done = tr("Exported %n invoice(s) to %1.", nullptr, *count).arg(QDir::toNativeSeparators(path));
    }
    if (!file.commit()) {
        return fail(
            Error::invalid(QStringLiteral("file"),
                           tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    }
    return done;
}

QString BillingExportDialog::statusText() const
{
    return m_status->text();
}

QString BillingExportDialog::errorText() const
{
    return m_errors->text();
}

QString BillingExportDialog::errorField() const
{
    return m_errors->field();
}

} // namespace mentordesk
