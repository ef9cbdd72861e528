// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/SuggestionTable.h"

#include "matcher/MatcherRows.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace mentordesk {

SuggestionTable::SuggestionTable(SuggestionModel::Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_model(new SuggestionModel(kind, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(SuggestionModel::Rank, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SuggestionModel::Score, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SuggestionModel::Detail, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SuggestionModel::Name, QHeaderView::Interactive);
    header->resizeSection(SuggestionModel::Name, 190);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 5);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_explanation);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showCurrent();
        emit currentChanged(currentId());
    });
    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex& index) { emit rowActivated(index.data(SuggestionModel::IdRole).toString()); });
}

void SuggestionTable::setRows(const QList<SuggestionRow>& rows)
{
    m_model->setRows(rows);
    if (!rows.isEmpty()) {
        m_view->setCurrentIndex(m_model->index(0, SuggestionModel::Name));
    }
    showCurrent();
    emit currentChanged(currentId());
}

void SuggestionTable::setEmptyText(const QString& text)
{
    m_emptyText = text;
    showCurrent();
}

Id SuggestionTable::currentId() const
{
    const SuggestionRow* row = currentRow();
    return row != nullptr ? row->id : Id();
}

const SuggestionRow* SuggestionTable::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        return nullptr;
    }
    return &m_model->rows().at(current.row());
}

void SuggestionTable::showCurrent()
{
    const SuggestionRow* row = currentRow();
    if (row != nullptr) {
        m_explanation->setText(MatcherRows::explanationHtml(*row));
    } else {
        m_explanation->setText(m_model->rowCount() == 0 ? m_emptyText.toHtmlEscaped() : QString());
    }
}

} // namespace mentordesk
