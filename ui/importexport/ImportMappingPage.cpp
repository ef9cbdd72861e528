// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportMappingPage.h"

#include "importexport/HeaderMapping.h"
#include "importexport/ImportWizard.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mentordesk {

ImportMappingPage::ImportMappingPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("mapping"));
    m_table->setColumnCount(3);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    retranslate();
}

void ImportMappingPage::retranslate()
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the MentorDesk field each column of the file fills. Columns are matched by name where "
                   "possible; fields marked * are required. Columns set to “Don't import” are left out."));
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Import as")});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QComboBox* box = fieldBox(row)) {
            const QString key = box->currentData().toString();
            const QSignalBlocker block(box);
            fillFieldBox(box);
            box->setCurrentIndex(std::max(0, box->findData(key)));
        }
    }
    mappingChanged();
}

void ImportMappingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ImportMappingPage::fillFieldBox(QComboBox* box) const
{
    box->clear();
    box->addItem(tr("Don't import"), QString());
    for (const ColumnSpec& c : m_wizard.plan().columns) {
        box->addItem(c.required ? tr("%1 *").arg(c.key) : c.key, c.key);
    }
    box->setToolTip(tr("The field this column fills, or “Don't import” to leave it out."));
}

void ImportMappingPage::initializePage()
{
    ImportPlan& plan = m_wizard.plan();
    if (plan.mapping.size() != plan.header.size()) {
        const HeaderMapping automatic(plan.header, plan.columns);
        plan.mapping.clear();
        for (const int column : automatic.columnOfCell()) {
            plan.mapping.append(column >= 0 ? plan.columns[column].key : QString());
        }
    }
    rebuild();
}

void ImportMappingPage::rebuild()
{
    const ImportPlan& plan = m_wizard.plan();
    m_table->setRowCount(static_cast<int>(plan.header.size()));
    QWidget* previous = nullptr;
    for (int row = 0; row < plan.header.size(); ++row) {
        const QString name = plan.header[row].trimmed();
        auto* file = new QTableWidgetItem(name.isEmpty() ? tr("(column %1 has no name)").arg(row + 1) : name);
        m_table->setItem(row, FileColumn, file);
        auto* example = new QTableWidgetItem(plan.firstRow.value(row).simplified());
        example->setToolTip(plan.firstRow.value(row));
        m_table->setItem(row, ExampleColumn, example);
        auto* box = new QComboBox(m_table);
        box->setObjectName(QStringLiteral("field%1").arg(row));
        fillFieldBox(box);
        box->setCurrentIndex(std::max(0, box->findData(plan.mapping.value(row))));
        connect(box, &QComboBox::currentIndexChanged, this, [this, row, box] {
            m_wizard.plan().mapping[row] = box->currentData().toString();
            mappingChanged();
        });
        m_table->setCellWidget(row, FieldColumn, box);
        if (previous) {
            setTabOrder(previous, box);
        }
        previous = box;
    }
    mappingChanged();
}

QComboBox* ImportMappingPage::fieldBox(int cell) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(cell, FieldColumn));
}

void ImportMappingPage::setMapping(int cell, const QString& key)
{
    if (QComboBox* box = fieldBox(cell)) {
        box->setCurrentIndex(std::max(0, box->findData(key)));
    }
}

QString ImportMappingPage::problemText() const
{
    return m_problems.join(u'\n');
}

void ImportMappingPage::mappingChanged()
{
    const ImportPlan& plan = m_wizard.plan();
    m_problems.clear();
    if (!plan.header.isEmpty()) {
        const HeaderMapping check(plan.header, plan.columns, plan.mapping);
        for (const Error& e : check.errors()) {
            m_problems.append(e.message);
        }
    }
    if (m_problems.isEmpty()) {
        qsizetype mapped = 0;
        for (const QString& key : plan.mapping) {
            mapped += key.isEmpty() ? 0 : 1;
        }
        m_status->setStyleSheet(QString());
        m_status->setText(
            tr("%1 of %n column(s) will be imported.", nullptr, static_cast<int>(plan.header.size())).arg(mapped));
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_status->setText(m_problems.join(u'\n'));
    }
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_problems.isEmpty() && !m_wizard.plan().header.isEmpty();
}

} // namespace mentordesk
