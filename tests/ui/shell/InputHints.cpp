// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/InputHints.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTextEdit>

namespace mentordesk::test {

namespace {

/// The form label of `w`, if a QFormLayout holds it.
QString formLabel(QWidget* w)
{
    for (QWidget* p = w->parentWidget(); p != nullptr; p = p->parentWidget()) {
        for (QFormLayout* form : p->findChildren<QFormLayout*>()) {
            if (auto* label = qobject_cast<QLabel*>(form->labelForField(w)); label != nullptr) {
                return label->text();
            }
        }
        break;
    }
    return {};
}

bool hasHint(QWidget* w)
{
    if (!w->toolTip().trimmed().isEmpty()) {
        return true;
    }
    if (auto* e = qobject_cast<QLineEdit*>(w)) {
        return !e->placeholderText().trimmed().isEmpty();
    }
    if (auto* e = qobject_cast<QPlainTextEdit*>(w)) {
        return !e->placeholderText().trimmed().isEmpty();
    }
    if (auto* e = qobject_cast<QTextEdit*>(w)) {
        return !e->placeholderText().trimmed().isEmpty();
    }
    if (auto* c = qobject_cast<QComboBox*>(w)) {
        return !c->placeholderText().trimmed().isEmpty() ||
               (c->lineEdit() != nullptr && !c->lineEdit()->placeholderText().trimmed().isEmpty());
    }
    return false;
}

bool isEditableInput(QWidget* w)
{
    if (auto* e = qobject_cast<QLineEdit*>(w)) {
        // Why: the line edit of a spin or combo box is part of its box, which is checked itself.
        QWidget* parent = e->parentWidget();
        if (qobject_cast<QAbstractSpinBox*>(parent) != nullptr || qobject_cast<QComboBox*>(parent) != nullptr) {
            return false;
        }
        return !e->isReadOnly();
    }
    if (auto* s = qobject_cast<QAbstractSpinBox*>(w)) {
        return !s->isReadOnly();
    }
    if (auto* e = qobject_cast<QPlainTextEdit*>(w)) {
        return !e->isReadOnly();
    }
    if (auto* e = qobject_cast<QTextEdit*>(w)) {
        return !e->isReadOnly();
    }
    return qobject_cast<QComboBox*>(w) != nullptr || qobject_cast<QCheckBox*>(w) != nullptr ||
           qobject_cast<QRadioButton*>(w) != nullptr;
}

} // namespace

QStringList inputsWithoutHint(QWidget* root)
{
    QStringList missing;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !isEditableInput(w) || hasHint(w)) {
            continue;
        }
        QString text;
        if (auto* box = qobject_cast<QAbstractButton*>(w)) {
            text = box->text();
        }
        missing.append(QStringLiteral("%1 '%2' [%3%4] in %5")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), formLabel(w), text,
                                QString::fromLatin1(w->parentWidget()->metaObject()->className())));
    }
    return missing;
}

} // namespace mentordesk::test
