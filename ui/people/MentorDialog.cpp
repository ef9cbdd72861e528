// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/MentorDialog.h"

#include "common/Formatter.h"
#include "models/MentorListModel.h"
#include "money/Money.h"
#include "people/MentorService.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace mentordesk {

MentorDialog::MentorDialog(Database& db, const Clock& clock, const Formatter& format, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_format(format)
{
    setObjectName(QStringLiteral("MentorDialog"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (MentorRole role : {MentorRole::Mentor, MentorRole::Owner, MentorRole::FrontDesk}) {
        m_role->addItem(QString(), static_cast<int>(role));
    }
    m_years = new QSpinBox(this);
    m_years->setObjectName(QStringLiteral("yearsTeaching"));
    m_years->setRange(0, 80);
    m_rate = new QLineEdit(this);
    m_rate->setObjectName(QStringLiteral("defaultRate"));
    m_rate->setAlignment(Qt::AlignRight);
    m_currency = new QLabel(m_format.currency().code(), this);
    auto* rateBox = new QWidget(this);
    auto* rateLayout = new QHBoxLayout(rateBox);
    rateLayout->setContentsMargins(0, 0, 0, 0);
    rateLayout->addWidget(m_rate, 1);
    rateLayout->addWidget(m_currency);
    m_color = new QLineEdit(this);
    m_color->setObjectName(QStringLiteral("color"));
    m_color->setMaxLength(7);
    m_swatch = new QToolButton(this);
    auto* colorBox = new QWidget(this);
    auto* colorLayout = new QHBoxLayout(colorBox);
    colorLayout->setContentsMargins(0, 0, 0, 0);
    colorLayout->addWidget(m_color, 1);
    colorLayout->addWidget(m_swatch);
    m_bio = new QPlainTextEdit(this);
    m_bio->setObjectName(QStringLiteral("bio"));
    m_bio->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<QPair<QString, QWidget*>> rows = {
        {QStringLiteral("name"), m_name},
        {QStringLiteral("email"), m_email},
        {QStringLiteral("phone"), m_phone},
        {QStringLiteral("role"), m_role},
        {QStringLiteral("years_teaching"), m_years},
        {QStringLiteral("default_rate"), rateBox},
        {QStringLiteral("color"), colorBox},
        {QStringLiteral("bio"), m_bio},
    };
    for (const auto& [key, field] : rows) {
        auto* label = new QLabel(this);
        label->setBuddy(field == rateBox ? static_cast<QWidget*>(m_rate)
                                         : (field == colorBox ? static_cast<QWidget*>(m_color) : field));
        m_labels.append(label);
        form->addRow(label, m_errors.wrap(key, field));
    }
    // Errors name the inner inputs' keys; focus goes to the line edits, not their containers.
    m_errors.add(QStringLiteral("default_rate"), m_rate, m_errors.labelFor(QStringLiteral("default_rate")));
    m_errors.add(QStringLiteral("color"), m_color, m_errors.labelFor(QStringLiteral("color")));
    QLabel* general = FieldErrorMap::createMessageLabel(this);
    m_errors.setGeneralLabel(general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MentorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MentorDialog::reject);
    connect(m_swatch, &QToolButton::clicked, this, &MentorDialog::chooseColor);
    connect(m_color, &QLineEdit::textChanged, this, &MentorDialog::updateSwatch);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    QWidget* order[] = {m_name, m_email, m_phone, m_role, m_years, m_rate, m_color, m_swatch, m_bio, m_buttons};
    for (std::size_t i = 1; i < std::size(order); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }
    resize(520, 500);
    updateSwatch();
    retranslate();
    m_name->setFocus();
}

void MentorDialog::setMentor(const Mentor& mentor)
{
    m_mentor = mentor;
    m_editing = true;
    m_name->setText(mentor.name);
    m_email->setText(mentor.email);
    m_phone->setText(mentor.phone);
    m_role->setCurrentIndex(std::max(0, m_role->findData(static_cast<int>(mentor.role))));
    m_years->setValue(mentor.yearsTeaching);
    QString rate = Money(mentor.defaultRateMinor, m_format.currency()).toPlainString();
    rate.replace(u'.', m_format.locale().decimalPoint());
    m_rate->setText(rate);
    m_color->setText(mentor.color);
    m_bio->setPlainText(mentor.bio);
    retranslate();
}

Result<MentorInput> MentorDialog::input() const
{
    MentorInput in;
    in.name = m_name->text();
    in.email = m_email->text();
    in.phone = m_phone->text();
    in.role = static_cast<MentorRole>(m_role->currentData().toInt());
    in.yearsTeaching = m_years->value();
    in.bio = m_bio->toPlainText();
    in.color = m_color->text().trimmed();
    QString rate = m_rate->text().trimmed().remove(u' ').remove(QChar(0x00a0));
    if (!rate.isEmpty()) {
        const QLocale& locale = m_format.locale();
        if (rate.contains(locale.decimalPoint())) {
            // Why: typed as the studio locale writes amounts ("1.234,50"); Money::parse wants "1234.50".
            rate.remove(locale.groupSeparator()).replace(locale.decimalPoint(), QStringLiteral("."));
        } else if (locale.groupSeparator() != QStringLiteral(".")) {
            rate.remove(locale.groupSeparator());
        }
        auto amount = Money::parse(rate, m_format.currency(), QStringLiteral("default_rate"));
        if (!amount) {
            return fail(amount.error());
        }
        in.defaultRateMinor = amount->minorUnits();
    }
    return in;
}

bool MentorDialog::save()
{
    m_errors.clear();
    auto in = input();
    if (!in) {
        m_errors.show(in.error());
        return false;
    }
    MentorService service(m_db, m_clock);
    auto saved = m_editing ? service.edit(m_mentor.meta.id, *in, m_mentor.meta.version) : service.create(*in);
    if (!saved) {
        m_errors.show(saved.error());
        return false;
    }
    m_mentor = *saved;
    m_editing = true;
    m_savedId = saved->meta.id;
    emit mentorSaved(m_savedId);
    return true;
}

void MentorDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

void MentorDialog::chooseColor()
{
    const QColor initial = QColor::fromString(m_color->text().trimmed());
    const QColor chosen =
        QColorDialog::getColor(initial.isValid() ? initial : QColor(0x3d, 0x7e, 0xd1), this, tr("Calendar Colour"));
    if (chosen.isValid()) {
        m_color->setText(chosen.name());
    }
}

void MentorDialog::updateSwatch()
{
    QPixmap pixmap(16, 16);
    const QColor color = QColor::fromString(m_color->text().trimmed());
    pixmap.fill(color.isValid() ? color : QColor(Qt::transparent));
    if (!color.isValid()) {
        QPainter painter(&pixmap);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(0, 0, 15, 15);
    }
    m_swatch->setIcon(QIcon(pixmap));
}

void MentorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void MentorDialog::retranslate()
{
    m_years->setToolTip(tr("Whole years of teaching experience; the mentor matcher weighs it"));
    setWindowTitle(m_editing ? tr("Edit Mentor — %1").arg(m_mentor.name) : tr("New Mentor"));
    const QStringList captions = {tr("&Name:"),           tr("&E-mail:"),       tr("&Phone:"),  tr("&Role:"),
                                  tr("&Years teaching:"), tr("Default ra&te:"), tr("&Colour:"), tr("&Biography:")};
    for (qsizetype i = 0; i < captions.size() && i < m_labels.size(); ++i) {
        m_labels[i]->setText(captions[i]);
    }
    for (int i = 0; i < m_role->count(); ++i) {
        m_role->setItemText(i, MentorListModel::roleText(static_cast<MentorRole>(m_role->itemData(i).toInt())));
    }
    m_name->setPlaceholderText(tr("Full name"));
    m_name->setToolTip(tr("Required. Shown on the calendar and on invoices."));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone->setPlaceholderText(tr("Optional"));
    m_role->setToolTip(tr("Owners and mentors teach; the front desk schedules and bills."));
    m_years->setSuffix(tr(" years"));
    m_rate->setPlaceholderText(
        Money::zero(m_format.currency()).toPlainString().replace(u'.', m_format.locale().decimalPoint()));
    m_rate->setToolTip(tr("Hourly rate used when an enrollment's plan names no rate of its own"));
    m_color->setPlaceholderText(tr("#rrggbb, e.g. #3d7ed1"));
    m_color->setToolTip(tr("The mentor's colour in the calendar"));
    m_swatch->setToolTip(tr("Choose a colour…"));
    m_bio->setPlaceholderText(tr("A few sentences about the mentor, shown to learners and families"));
    if (QPushButton* save = m_buttons->button(QDialogButtonBox::Save)) {
        save->setText(m_editing ? tr("&Save") : tr("&Add Mentor"));
    }
}

} // namespace mentordesk
