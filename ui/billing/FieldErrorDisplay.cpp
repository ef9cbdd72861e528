// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/FieldErrorDisplay.h"

#include "billing/PlanTermsEditor.h"

#include <QLabel>

namespace mentordesk {

FieldErrorDisplay::FieldErrorDisplay(QLabel* label)
    : m_label(label)
{
    m_label->setWordWrap(true);
    m_label->setStyleSheet(QStringLiteral("color: #b02020"));
    m_label->hide();
}

void FieldErrorDisplay::addField(const QString& key, QWidget* widget, const QString& label)
{
    if (m_fallback.isEmpty()) {
        m_fallback = key;
    }
    m_fields.insert(key, Entry{widget, label});
}

void FieldErrorDisplay::show(const Error& error)
{
    clear();
    m_field = m_fields.contains(error.field) ? error.field : m_fallback;
    const Entry entry = m_fields.value(m_field);
    m_label->setText(entry.label.isEmpty() ? error.message : tr("%1: %2").arg(entry.label, error.message));
    m_label->show();
    if (entry.widget) {
        PlanTermsEditor::markWidget(entry.widget, error.message);
        entry.widget->setFocus();
    }
}

void FieldErrorDisplay::clear()
{
    for (const Entry& entry : std::as_const(m_fields)) {
        PlanTermsEditor::markWidget(entry.widget, {});
    }
    m_field.clear();
    m_label->clear();
    m_label->hide();
}

QString FieldErrorDisplay::text() const
{
    return m_label->text();
}

} // namespace mentordesk
