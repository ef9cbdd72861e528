// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/SearchHitDelegate.h"

#include "models/SearchHitModel.h"

#include <QApplication>
#include <QPainter>

namespace mentordesk {

namespace {
constexpr int kIconSize = 24;
constexpr int kPadding = 8;

QFont smallFont(const QFont& font)
{
    QFont small = font;
    if (font.pointSizeF() > 0) {
        small.setPointSizeF(font.pointSizeF() * 0.85);
    } else if (font.pixelSize() > 0) {
        small.setPixelSize(std::max(8, font.pixelSize() * 85 / 100));
    }
    return small;
}
} // namespace

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index);
    const QFont small = smallFont(option.font);
    const int text = QFontMetrics(option.font).height() + QFontMetrics(small).height() + 2;
    return {320, std::max(kIconSize, text) + 2 * 6};
}

void SearchHitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background and selection only; the text is painted below.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.62);

    const QString kind = index.data(SearchHitModel::KindRole).toString();
    if (kind.isEmpty()) { // the "no matches" row
        painter->setPen(dim);
        painter->setFont(option.font);
        painter->drawText(r.adjusted(kPadding, 0, -kPadding, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          index.data(Qt::DisplayRole).toString());
        painter->restore();
        return;
    }
    if (index.data(SearchHitModel::FirstOfKindRole).toBool() && index.row() > 0) {
        QColor line = option.palette.color(QPalette::Mid);
        line.setAlphaF(0.6);
        painter->setPen(line);
        painter->drawLine(r.topLeft() + QPoint(kPadding, 0), r.topRight() - QPoint(kPadding, 0));
    }

    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(r.left() + kPadding, r.top() + (r.height() - kIconSize) / 2, kIconSize, kIconSize);
    icon.paint(painter, iconRect);

    const QFont small = smallFont(option.font);
    const QFontMetrics fm(option.font);
    const QFontMetrics smallFm(small);
    int right = r.right() - kPadding;
    if (index.data(SearchHitModel::FirstOfKindRole).toBool()) {
        const QString label = index.data(SearchHitModel::KindLabelRole).toString();
        const int w = smallFm.horizontalAdvance(label);
        painter->setFont(small);
        painter->setPen(dim);
        painter->drawText(QRect(right - w, r.top(), w, r.height()), Qt::AlignVCenter | Qt::AlignRight, label);
        right -= w + kPadding;
    }
    const int left = iconRect.right() + kPadding;
    const int width = std::max(0, right - left);
    const int top = r.top() + (r.height() - fm.height() - smallFm.height() - 2) / 2;

    const bool archived = index.data(SearchHitModel::ArchivedRole).toBool();
    const QString title = archived ? tr("%1 (archived)").arg(index.data(Qt::DisplayRole).toString())
                                   : index.data(Qt::DisplayRole).toString();
    painter->setFont(option.font);
    painter->setPen(archived ? dim : text);
    painter->drawText(QRect(left, top, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(title, Qt::ElideRight, width));
    const QString subtitle = index.data(SearchHitModel::SubtitleRole).toString();
    if (!subtitle.isEmpty()) {
        painter->setFont(small);
        painter->setPen(dim);
        painter->drawText(QRect(left, top + fm.height() + 2, width, smallFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          smallFm.elidedText(subtitle, Qt::ElideRight, width));
    }
    painter->restore();
}

} // namespace mentordesk
