// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/widgets/RecordTable.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace mentordesk {

namespace {

/// Splits a splitter by share once it is shown with its real width, then removes itself.
// Why: before that, the widgets' size hints would give the list nearly all the room.
class InitialSplit final : public QObject
{
public:
    InitialSplit(int listShare, QSplitter* splitter)
        : QObject(splitter)
        , m_listShare(listShare)
    {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* splitter = qobject_cast<QSplitter*>(watched);
        const bool sized = event->type() == QEvent::Resize || event->type() == QEvent::Show;
        if (splitter && sized && splitter->isVisible() && splitter->width() > 0) {
            const int width = splitter->width();
            splitter->setSizes({width * m_listShare / 100, width * (100 - m_listShare) / 100});
            splitter->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }

private:
    int m_listShare;
};

} // namespace

void configureRecordTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setSortingEnabled(false); // ordered by name in core; the lists are paged
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView* header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void widenColumnsToHeaders(QTableView* view)
{
    QHeaderView* header = view->horizontalHeader();
    QAbstractItemModel* model = view->model();
    if (!model) {
        return;
    }
    const QFontMetrics metrics = header->fontMetrics();
    const int padding = 2 * metrics.horizontalAdvance(u'M');
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString text = model->headerData(column, Qt::Horizontal).toString();
        const int needed = metrics.horizontalAdvance(text) + padding;
        if (header->sectionSize(column) < needed) {
            header->resizeSection(column, needed);
        }
    }
}

void rememberSplitter(QSplitter* splitter, const QString& settingsKey, int listShare)
{
    const QByteArray state = QSettings().value(settingsKey).toByteArray();
    if (state.isEmpty() || !splitter->restoreState(state)) {
        splitter->installEventFilter(new InitialSplit(listShare, splitter));
    }
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, settingsKey] { QSettings().setValue(settingsKey, splitter->saveState()); });
}

void selectRecordRow(QTableView* view, int row, int column)
{
    QItemSelectionModel* selection = view->selectionModel();
    if (row < 0 || row >= view->model()->rowCount()) {
        selection->clearCurrentIndex();
        view->clearSelection();
        return;
    }
    const QModelIndex index = view->model()->index(row, column);
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index, QAbstractItemView::EnsureVisible);
}

} // namespace mentordesk
