// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SearchHitModel.h"

#include "search/KindIcons.h"

#include <QHash>

namespace mentordesk {

SearchHitModel::SearchHitModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void SearchHitModel::setHits(const QList<SearchHit>& hits, const QString& emptyText)
{
    // Group by kind, kinds in the order of their best hit; keep the order within a kind.
    QStringList kindOrder;
    QHash<QString, QList<SearchHit>> byKind;
    for (const SearchHit& h : hits) {
        if (!byKind.contains(h.kind)) {
            kindOrder.append(h.kind);
        }
        byKind[h.kind].append(h);
    }
    beginResetModel();
    m_hits.clear();
    m_hits.reserve(hits.size());
    for (const QString& kind : std::as_const(kindOrder)) {
        m_hits.append(byKind.value(kind));
    }
    m_emptyText = emptyText;
    endResetModel();
}

void SearchHitModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_emptyText.clear();
    endResetModel();
}

const SearchHit* SearchHitModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits[row] : nullptr;
}

int SearchHitModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return m_hits.isEmpty() && !m_emptyText.isEmpty() ? 1 : static_cast<int>(m_hits.size());
}

Qt::ItemFlags SearchHitModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || m_hits.isEmpty()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SearchHitModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (m_hits.isEmpty()) {
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(m_emptyText) : QVariant();
    }
    const SearchHit& h = m_hits.at(index.row());
    // Why: a draft invoice has no number yet; it is found by its payer's name.
    const QString title = h.title.isEmpty() && h.kind == u"invoice" ? tr("Draft invoice") : h.title;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return title;
    case Qt::ToolTipRole:
        return h.subtitle.isEmpty() ? title : tr("%1 — %2").arg(title, h.subtitle);
    case Qt::DecorationRole:
        return KindIcons::icon(h.kind);
    case Qt::AccessibleDescriptionRole:
    case KindLabelRole:
        return kindLabel(h.kind);
    case KindRole:
        return h.kind;
    case IdRole:
        return h.id;
    case SubtitleRole:
        return h.subtitle;
    case ArchivedRole:
        return h.archived;
    case FirstOfKindRole:
        return index.row() == 0 || m_hits.at(index.row() - 1).kind != h.kind;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchHitModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, QByteArrayLiteral("kind"));
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(SubtitleRole, QByteArrayLiteral("subtitle"));
    names.insert(KindLabelRole, QByteArrayLiteral("kindLabel"));
    names.insert(ArchivedRole, QByteArrayLiteral("archived"));
    names.insert(FirstOfKindRole, QByteArrayLiteral("firstOfKind"));
    return names;
}

QString SearchHitModel::kindLabel(const QString& kind)
{
    if (kind == u"learner") {
        return tr("Learner");
    }
    if (kind == u"payer") {
        return tr("Payer");
    }
    if (kind == u"mentor") {
        return tr("Mentor");
    }
    if (kind == u"course") {
        return tr("Course");
    }
    if (kind == u"topic") {
        return tr("Topic");
    }
    if (kind == u"invoice") {
        return tr("Invoice");
    }
    return kind;
}

} // namespace mentordesk
