// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/widgets/ErasePersonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

ErasePersonDialog::ErasePersonDialog(const QString& name, bool learner, QWidget* parent)
    : QDialog(parent)
    , m_name(name)
{
    setWindowTitle(tr("Erase personal data"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setText(
        learner ? tr("This replaces %1's name with a pseudonym and clears their contact details, notes, lesson notes, "
                     "rating comments and assessment notes everywhere. Lessons, attendance and figures stay, without "
                     "the name. Issued invoices and credit notes are kept unchanged, as the law requires.\n\n"
                     "This cannot be undone. Export the data first if it may be asked for.")
                      .arg(name)
                : tr("This replaces %1's name with a pseudonym and clears their contact details, address, tax id "
                     "and notes everywhere, draft invoices included. Issued invoices, credit notes and payments are "
                     "kept unchanged, as the law requires.\n\nThis cannot be undone. Export the data first if it "
                     "may be asked for.")
                      .arg(name));
    text->setMinimumWidth(420);
    auto* prompt = new QLabel(tr("Type “%1” to confirm:").arg(name), this);
    prompt->setTextFormat(Qt::PlainText);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("confirmName"));
    m_edit->setPlaceholderText(name);
    m_edit->setToolTip(tr("The name exactly as shown, to confirm that this person is to be erased"));
    prompt->setBuddy(m_edit);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* erase = m_buttons->addButton(tr("Erase"), QDialogButtonBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("erase"));
    erase->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_buttons);
    connect(m_edit, &QLineEdit::textChanged, this, [this, erase] { erase->setEnabled(canErase()); });
    connect(erase, &QPushButton::clicked, this, [this] {
        if (canErase()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ErasePersonDialog::typedName() const
{
    return m_edit->text().trimmed();
}

bool ErasePersonDialog::canErase() const
{
    return !m_name.trimmed().isEmpty() && typedName().compare(m_name.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace mentordesk
