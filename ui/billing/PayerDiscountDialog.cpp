// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PayerDiscountDialog.h"

#include "billing/FieldErrorDisplay.h"
#include "billing/PayerDiscountService.h"
#include "billing/PlanTermsEditor.h"
#include "money/Money.h"
#include "people/PayerService.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

PayerDiscountDialog::PayerDiscountDialog(StudioSession& session, const Id& payerId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_payerId(payerId)
{
    setObjectName(QStringLiteral("PayerDiscountDialog"));
    auto payer = PayerService(session.db(), session.clock()).get(payerId);
    setWindowTitle(payer ? tr("Discounts — %1").arg(payer->name) : tr("Payer Discounts"));
    auto* intro = new QLabel(
        tr("A payer discount applies to everything the payer is billed from the next billing run on, as a line "
           "of its own on each invoice. Invoices already created keep their lines."),
        this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("payerDiscounts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Discount"), tr("Value")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(110);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeDiscount"));
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_remove->setEnabled(m_list->currentItem() != nullptr); });

    auto* addBox = new QGroupBox(tr("Add a discount"), this);
    m_label = new QLineEdit(addBox);
    m_label->setObjectName(QStringLiteral("discountLabel"));
    m_label->setPlaceholderText(tr("e.g. Family discount"));
    m_kind = new QComboBox(addBox);
    m_kind->setToolTip(tr("A percentage off every invoice line, or a fixed amount off each invoice"));
    m_kind->setObjectName(QStringLiteral("discountKind"));
    m_kind->addItem(tr("Percent"), true);
    m_kind->addItem(tr("Fixed amount (%1)").arg(session.format().currency().code()), false);
    m_value = new QLineEdit(addBox);
    m_value->setObjectName(QStringLiteral("discountValue"));
    m_value->setPlaceholderText(tr("e.g. 10 or 25.00"));
    auto* add = new QPushButton(tr("&Add Discount"), addBox);
    add->setObjectName(QStringLiteral("addDiscount"));
    connect(add, &QPushButton::clicked, this, [this] { addDiscount(); });
    auto* form = new QFormLayout(addBox);
    form->addRow(tr("&Name on invoice:"), m_label);
    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_kind);
    valueRow->addWidget(m_value, 1);
    auto* valueLabel = new QLabel(tr("&Value:"), addBox);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, valueRow);
    form->addRow(QString(), add);

    auto* error = new QLabel(this);
    error->setObjectName(QStringLiteral("payerDiscountError"));
    m_errors = std::make_unique<FieldErrorDisplay>(error);
    m_errors->addField(QStringLiteral("value"), m_value, tr("Value"));
    m_errors->addField(QStringLiteral("label"), m_label, tr("Name on invoice"));
    m_errors->addField(QStringLiteral("id"), m_list, tr("Discount"));
    m_errors->addField(QStringLiteral("payer_id"), m_list, tr("Payer"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow);
    layout->addWidget(addBox);
    layout->addWidget(error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    reload();
}

PayerDiscountDialog::~PayerDiscountDialog() = default;

QString PayerDiscountDialog::valueText(const StoredDiscount& d, StudioSession& session)
{
    return d.percent ? tr("%1 %").arg(PlanTermsEditor::percentText(d.value)) : session.format().money(d.value);
}

void PayerDiscountDialog::reload()
{
    m_list->clear();
    auto discounts = PayerDiscountService(m_session.db(), m_session.clock()).discountsOf(m_payerId);
    for (const StoredDiscount& d : discounts ? *discounts : QList<StoredDiscount>{}) {
        auto* item = new QTreeWidgetItem(m_list, {d.label, valueText(d, m_session)});
        item->setData(0, kIdRole, d.meta.id);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(m_list, {tr("No discounts for this payer.")});
        none->setFlags(Qt::NoItemFlags);
    }
    m_remove->setEnabled(false);
}

bool PayerDiscountDialog::addDiscount()
{
    m_errors->clear();
    const bool percent = m_kind->currentData().toBool();
    const QString text = m_value->text().trimmed();
    const auto parse = [&]() -> Result<qint64> {
        if (percent) {
            return PlanTermsEditor::parsePercentBp(text, QStringLiteral("value"));
        }
        auto money = Money::parse(text, m_session.format().currency(), QStringLiteral("value"));
        if (!money) {
            return fail(money.error());
        }
        return money->minorUnits();
    };
    const Result<qint64> value = parse();
    if (!value) {
        m_errors->show(value.error());
        return false;
    }
    auto added =
        PayerDiscountService(m_session.db(), m_session.clock()).add(m_payerId, m_label->text(), percent, *value);
    if (!added) {
        m_errors->show(added.error());
        return false;
    }
    m_label->clear();
    m_value->clear();
    reload();
    m_session.notifyDataChanged();
    return true;
}

bool PayerDiscountDialog::removeSelected(bool confirm)
{
    m_errors->clear();
    QTreeWidgetItem* item = m_list->currentItem();
    const Id id = item ? item->data(0, kIdRole).toString() : Id();
    if (id.isEmpty()) {
        return false;
    }
    if (confirm && QMessageBox::question(
                       this, tr("Remove Discount"),
                       tr("Remove the discount “%1”? Later billing runs no longer apply it.").arg(item->text(0))) !=
                       QMessageBox::Yes) {
        return false;
    }
    if (auto ok = PayerDiscountService(m_session.db(), m_session.clock()).remove(id); !ok) {
        m_errors->show(ok.error());
        return false;
    }
    reload();
    m_session.notifyDataChanged();
    return true;
}

QString PayerDiscountDialog::errorText() const
{
    return m_errors->text();
}

QString PayerDiscountDialog::errorField() const
{
    return m_errors->field();
}

} // namespace mentordesk
