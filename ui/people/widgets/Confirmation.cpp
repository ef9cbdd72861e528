// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/widgets/Confirmation.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace mentordesk {

Confirmation askWithMessageBox(QWidget* parent)
{
    return [guard = QPointer<QWidget>(parent)](const QString& title, const QString& text, const QString& acceptText) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, guard.data());
        QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == accept;
    };
}

} // namespace mentordesk
