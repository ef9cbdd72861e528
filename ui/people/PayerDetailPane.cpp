// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/PayerDetailPane.h"

#include "billing/PayerDiscountDialog.h"
#include "models/LearnerListModel.h"
#include "models/PayerListModel.h"
#include "people/LearnerService.h"
#include "people/PayerService.h"
#include "people/widgets/DetailForm.h"
#include "people/widgets/PersonalDataButton.h"
#include "shell/StudioSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

PayerDetailPane::PayerDetailPane(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);

    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_badges = new QLabel(content);
    m_badges->setTextFormat(Qt::RichText);
    m_form = new DetailForm(content);
    for (const char* key : {"email", "phone", "address", "invoice_language", "tax_id", "notes"}) {
        m_form->addRow(QString::fromLatin1(key));
    }
    m_learnersHeading = new QLabel(content);
    QFont bold = m_learnersHeading->font();
    bold.setBold(true);
    m_learnersHeading->setFont(bold);
    m_addLearner = new QPushButton(content);
    m_addLearner->setObjectName(QStringLiteral("addLearner"));
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_learnersHeading, 1);
    heading->addWidget(m_addLearner);
    m_learners = new QTreeWidget(content);
    m_learners->setObjectName(QStringLiteral("payerLearners"));
    m_learners->setColumnCount(3);
    m_learners->setRootIsDecorated(false);
    m_learners->setUniformRowHeights(true);
    m_learners->setTextElideMode(Qt::ElideRight);
    m_learners->header()->setStretchLastSection(false);
    m_learners->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_learners->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_noLearners = new QLabel(content);
    m_noLearners->setWordWrap(true);

    m_personalData = new PersonalDataButton(session, PersonKind::Payer, content);
    connect(m_personalData, &PersonalDataButton::erased, this, [this] { refresh(); });
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    auto* discounts = new QPushButton(tr("&Discounts…"), content);
    discounts->setObjectName(QStringLiteral("payerDiscountsButton"));
    connect(discounts, &QPushButton::clicked, this, [this] { PayerDiscountDialog(m_session, m_id, window()).exec(); });
    titleRow->addWidget(discounts, 0, Qt::AlignTop);
    titleRow->addWidget(m_personalData, 0, Qt::AlignTop);
    contentLayout->addLayout(titleRow);
    contentLayout->addWidget(m_badges);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_form);
    contentLayout->addSpacing(12);
    contentLayout->addLayout(heading);
    contentLayout->addWidget(m_noLearners);
    contentLayout->addWidget(m_learners, 1);
    m_stack->addWidget(content);

    connect(m_learners, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_session.requestNavigation(QStringLiteral("learner"), item->data(0, kIdRole).toString());
    });
    connect(m_addLearner, &QPushButton::clicked, this, [this] { emit addLearnerRequested(m_id); });
    retranslate();
}

QString PayerDetailPane::title() const
{
    return m_stack->currentIndex() == 1 ? m_title->text() : QString();
}

void PayerDetailPane::showPayer(const Id& id)
{
    m_id = id;
    m_learners->clear();
    auto payer = id.isEmpty() ? Result<Payer>(fail(Error::notFound({})))
                              : PayerService(m_session.db(), m_session.clock()).get(id);
    if (!payer) {
        m_id.clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    m_title->setText(payer->name);
    m_personalData->setPerson(payer->meta.id, payer->name);
    m_badges->setText(payer->isArchived() ? DetailForm::badgeHtml(tr("Archived"), QStringLiteral("#e4e4e4"))
                                          : QString());
    m_badges->setVisible(payer->isArchived());
    m_form->setValue(QStringLiteral("email"), payer->email);
    m_form->setValue(QStringLiteral("phone"), payer->phone);
    m_form->setValue(QStringLiteral("address"), payer->address);
    m_form->setValue(QStringLiteral("invoice_language"), PayerListModel::languageText(payer->invoiceLanguage));
    m_form->setValue(QStringLiteral("tax_id"), payer->taxId);
    m_form->setValue(QStringLiteral("notes"), payer->notes);
    if (auto learners = LearnerService(m_session.db(), m_session.clock()).learnersOfPayer(payer->meta.id); learners) {
        for (const Learner& learner : std::as_const(*learners)) {
            auto* item = new QTreeWidgetItem(m_learners);
            item->setText(0, learner.name);
            item->setToolTip(0, learner.name);
            item->setData(0, kIdRole, learner.meta.id);
            item->setText(1, LearnerListModel::statusText(learner.status));
            item->setText(2, tr("Level %1").arg(learner.level));
        }
    }
    m_learners->setVisible(m_learners->topLevelItemCount() > 0);
    m_noLearners->setVisible(m_learners->topLevelItemCount() == 0);
    m_addLearner->setEnabled(!payer->isArchived());
    m_stack->setCurrentIndex(1);
    retranslate();
}

void PayerDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_id.isEmpty()) {
            retranslate();
        } else {
            showPayer(m_id);
        }
    }
    QWidget::changeEvent(event);
}

void PayerDetailPane::retranslate()
{
    m_empty->setText(tr("Select a payer to see their contact details and the learners they pay for."));
    m_form->setCaption(QStringLiteral("email"), tr("E-mail"));
    m_form->setCaption(QStringLiteral("phone"), tr("Phone"));
    m_form->setCaption(QStringLiteral("address"), tr("Address"));
    m_form->setCaption(QStringLiteral("invoice_language"), tr("Invoice language"));
    m_form->setCaption(QStringLiteral("tax_id"), tr("Tax id"));
    m_form->setCaption(QStringLiteral("notes"), tr("Notes"));
    m_learnersHeading->setText(tr("Pays for %n learner(s)", "", m_learners->topLevelItemCount()));
    m_noLearners->setText(tr("No learners yet. Add one with “Add Learner…”, or choose this payer in a learner's "
                             "profile."));
    m_addLearner->setText(tr("&Add Learner…"));
    m_addLearner->setToolTip(tr("Add a learner paid for by this payer"));
    m_learners->setHeaderLabels({tr("Learner"), tr("Status"), tr("Level")});
    m_learners->setToolTip(tr("Double-click a learner to open their profile"));
}

} // namespace mentordesk
