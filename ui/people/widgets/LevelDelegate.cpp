// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/widgets/LevelDelegate.h"

#include "models/ExpertiseModel.h"

#include <QComboBox>

namespace mentordesk {

QWidget* LevelDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto* combo = new QComboBox(parent);
    for (int level = 1; level <= 5; ++level) {
        combo->addItem(ExpertiseModel::levelText(level), level);
    }
    // Why: choosing from the popup commits at once instead of waiting for the editor to lose focus.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<LevelDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void LevelDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (combo) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
    }
}

void LevelDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    }
}

} // namespace mentordesk
