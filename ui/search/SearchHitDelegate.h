// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace mentordesk {

/// Paints a search hit in two lines: the kind's icon, the title (greyed and marked when archived)
/// and its subtitle; the first hit of each kind carries the kind's name on the right and a line
/// above it, so the list reads as groups. Every row has the same height (the popup sizes by row 0).
class SearchHitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace mentordesk
