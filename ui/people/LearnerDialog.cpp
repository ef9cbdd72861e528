// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/LearnerDialog.h"

#include "common/Clock.h"
#include "courses/TopicService.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "people/PayerService.h"
#include "people/widgets/PayerPicker.h"
#include "people/widgets/TopicChecklist.h"
#include "storage/Transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr int kUnknownYear = 1899; // the spin box's "Unknown" value, below the valid range
enum LabelIndex
{
    NameLabel,
    EmailLabel,
    PhoneLabel,
    BirthYearLabel,
    LevelLabel,
    WeeklyLabel,
    MentorLabel,
    PayerLabel,
    TagsLabel,
    ConsentLabel,
    GoalsLabel,
    NotesLabel,
    LabelCount
};
} // namespace

LearnerDialog::LearnerDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("LearnerDialog"));
    buildFields();
    layOut();
    loadChoices();
    retranslate();
    m_name->setFocus();
}

void LearnerDialog::buildFields()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_birthYear = new QSpinBox(this);
    m_birthYear->setObjectName(QStringLiteral("birthYear"));
    m_birthYear->setRange(kUnknownYear, m_clock.nowUtc().date().year());
    m_birthYear->setValue(kUnknownYear);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    for (int level = 1; level <= 5; ++level) {
        m_level->addItem(QString(), level);
    }
    m_weeklyHours = new QDoubleSpinBox(this);
    m_weeklyHours->setObjectName(QStringLiteral("weeklyHours"));
    m_weeklyHours->setRange(0, 168);
    m_weeklyHours->setDecimals(2);
    m_weeklyHours->setSingleStep(0.5);
    m_weeklyHours->setValue(1);
    m_mentor = new QComboBox(this);
    m_mentor->setObjectName(QStringLiteral("mentor"));
    m_payer = new PayerPicker(m_db, m_clock, this);
    m_payer->setObjectName(QStringLiteral("payer"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_consentContact = new QCheckBox(this);
    m_consentContact->setObjectName(QStringLiteral("consentContact"));
    m_consentPhotos = new QCheckBox(this);
    m_consentPhotos->setObjectName(QStringLiteral("consentPhotos"));
    m_goals = new TopicChecklist(this);
    m_goals->setObjectName(QStringLiteral("goals"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_generalError = FieldErrorMap::createMessageLabel(this);
    m_errors.setGeneralLabel(m_generalError);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LearnerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LearnerDialog::reject);
    for (int i = 0; i < LabelCount; ++i) {
        m_labels.append(new QLabel(this));
    }
}

void LearnerDialog::layOut()
{
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [&](LabelIndex label, const QString& key, QWidget* field) {
        m_labels[label]->setBuddy(field);
        form->addRow(m_labels[label], m_errors.wrap(key, field));
    };
    row(NameLabel, QStringLiteral("name"), m_name);
    row(EmailLabel, QStringLiteral("email"), m_email);
    row(PhoneLabel, QStringLiteral("phone"), m_phone);
    row(BirthYearLabel, QStringLiteral("birth_year"), m_birthYear);
    row(LevelLabel, QStringLiteral("level"), m_level);
    row(WeeklyLabel, QStringLiteral("weekly_minutes"), m_weeklyHours);
    row(MentorLabel, QStringLiteral("mentor_id"), m_mentor);
    row(PayerLabel, QStringLiteral("payer_id"), m_payer);
    row(TagsLabel, QStringLiteral("tags"), m_tags);
    auto* consents = new QVBoxLayout;
    consents->addWidget(m_consentContact);
    consents->addWidget(m_consentPhotos);
    form->addRow(m_labels[ConsentLabel], consents);

    auto* right = new QVBoxLayout;
    m_labels[GoalsLabel]->setBuddy(m_goals);
    right->addWidget(m_labels[GoalsLabel]);
    right->addWidget(m_errors.wrap(QStringLiteral("goals"), m_goals), 3);
    m_labels[NotesLabel]->setBuddy(m_notes);
    right->addWidget(m_labels[NotesLabel]);
    right->addWidget(m_errors.wrap(QStringLiteral("notes"), m_notes), 2);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addSpacing(12);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);

    QWidget* order[] = {m_name,          m_email,  m_phone,         m_birthYear, m_level,
                        m_weeklyHours,   m_mentor, m_payer,         m_tags,      m_consentContact,
                        m_consentPhotos, m_goals,  m_goals->list(), m_notes,     m_buttons};
    for (std::size_t i = 1; i < std::size(order); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }
    resize(760, 520);
}

void LearnerDialog::loadChoices()
{
    m_mentor->addItem(QString(), QString());
    if (auto mentors = MentorService(m_db, m_clock).list({}, {0, 10000}); mentors) {
        for (const Mentor& mentor : std::as_const(mentors->items)) {
            m_mentor->addItem(mentor.name, mentor.meta.id);
        }
    }
    QList<QPair<Id, QString>> topics;
    if (auto all = TopicService(m_db, m_clock).list({}, {0, 10000}); all) {
        for (const Topic& topic : std::as_const(all->items)) {
            topics.append({topic.meta.id, topic.name});
        }
    }
    m_goals->setTopics(topics);
}

void LearnerDialog::setLearner(const Learner& learner)
{
    m_learner = learner;
    m_editing = true;
    m_name->setText(learner.name);
    m_email->setText(learner.email);
    m_phone->setText(learner.phone);
    m_birthYear->setValue(learner.birthYear.value_or(kUnknownYear));
    m_level->setCurrentIndex(m_level->findData(learner.level));
    m_weeklyHours->setValue(learner.weeklyMinutes / 60.0);
    int mentorIndex = m_mentor->findData(learner.mentorId);
    if (mentorIndex < 0 && !learner.mentorId.isEmpty()) {
        // An archived mentor is not offered for new choices but stays selectable for this learner.
        if (auto mentor = MentorService(m_db, m_clock).get(learner.mentorId); mentor) {
            m_mentor->addItem(tr("%1 (archived)").arg(mentor->name), mentor->meta.id);
            mentorIndex = m_mentor->count() - 1;
        }
    }
    m_mentor->setCurrentIndex(std::max(0, mentorIndex));
    QString payerName;
    if (!learner.payerId.isEmpty()) {
        if (auto payer = PayerService(m_db, m_clock).get(learner.payerId); payer) {
            payerName = payer->name;
        }
    }
    m_payer->setPayer(learner.payerId, payerName);
    m_tags->setText(learner.tags.join(QStringLiteral(", ")));
    m_consentContact->setChecked(learner.consentContact);
    m_consentPhotos->setChecked(learner.consentPhotos);
    m_notes->setPlainText(learner.notes);
    QList<Id> goalIds;
    if (auto goals = LearnerService(m_db, m_clock).goals(learner.meta.id); goals) {
        for (const LearnerGoal& goal : std::as_const(*goals)) {
            goalIds.append(goal.topicId);
        }
    }
    m_goals->setCheckedIds(goalIds);
    retranslate();
}

void LearnerDialog::setPayer(const Id& payerId, const QString& name)
{
    m_payer->setPayer(payerId, name);
}

LearnerInput LearnerDialog::input() const
{
    LearnerInput in;
    in.name = m_name->text();
    in.email = m_email->text();
    in.phone = m_phone->text();
    if (m_birthYear->value() != kUnknownYear) {
        in.birthYear = m_birthYear->value();
    }
    in.level = m_level->currentData().toInt();
    in.weeklyMinutes = static_cast<int>(std::lround(m_weeklyHours->value() * 60.0));
    in.mentorId = m_mentor->currentData().toString();
    in.payerId = m_payer->payerId();
    in.tags = m_tags->text().split(u',', Qt::SkipEmptyParts);
    in.consentContact = m_consentContact->isChecked();
    in.consentPhotos = m_consentPhotos->isChecked();
    in.notes = m_notes->toPlainText();
    return in;
}

bool LearnerDialog::save()
{
    m_errors.clear();
    if (m_payer->isUnresolved() && !m_payer->resolveTypedName()) {
        m_errors.showMessage(QStringLiteral("payer_id"),
                             tr("No payer is called “%1”. Choose one from the suggestions, or clear the field.")
                                 .arg(m_payer->text().trimmed()));
        return false;
    }
    const LearnerInput in = input();
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        m_errors.show(tx.error());
        return false;
    }
    LearnerService service(m_db, m_clock);
    auto saved = m_editing ? service.edit(m_learner.meta.id, in, m_learner.meta.version) : service.create(in);
    if (!saved) {
        m_errors.show(saved.error());
        return false; // the transaction rolls back
    }
    if (auto goals = service.setGoals(saved->meta.id, m_goals->checkedIds()); !goals) {
        m_errors.show(goals.error());
        return false;
    }
    if (auto ok = tx->commit(); !ok) {
        m_errors.show(ok.error());
        return false;
    }
    m_learner = *saved;
    m_editing = true;
    m_savedId = saved->meta.id;
    emit learnerSaved(m_savedId);
    return true;
}

void LearnerDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

void LearnerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void LearnerDialog::retranslate()
{
    setWindowTitle(m_editing ? tr("Edit Learner — %1").arg(m_learner.name) : tr("New Learner"));
    m_labels[NameLabel]->setText(tr("&Name:"));
    m_labels[EmailLabel]->setText(tr("&E-mail:"));
    m_labels[PhoneLabel]->setText(tr("&Phone:"));
    m_labels[BirthYearLabel]->setText(tr("&Birth year:"));
    m_labels[LevelLabel]->setText(tr("&Level:"));
    m_labels[WeeklyLabel]->setText(tr("&Weekly time:"));
    m_labels[MentorLabel]->setText(tr("Primary &mentor:"));
    m_labels[PayerLabel]->setText(tr("Pa&yer:"));
    m_labels[TagsLabel]->setText(tr("&Tags:"));
    m_labels[ConsentLabel]->setText(tr("Consent:"));
    m_labels[GoalsLabel]->setText(tr("&Goals:"));
    m_labels[NotesLabel]->setText(tr("N&otes:"));
    m_name->setPlaceholderText(tr("Full name, e.g. Wang Xiaoming"));
    m_name->setToolTip(tr("Required. Shown in lists, the calendar and on invoices."));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone->setPlaceholderText(tr("Optional"));
    m_birthYear->setSpecialValueText(tr("Unknown"));
    m_birthYear->setToolTip(tr("Learners under 18 are marked as minors."));
    const QStringList levels = {tr("1 — Beginner"), tr("2 — Elementary"), tr("3 — Intermediate"),
                                tr("4 — Upper intermediate"), tr("5 — Advanced")};
    for (int i = 0; i < levels.size() && i < m_level->count(); ++i) {
        m_level->setItemText(i, levels[i]);
    }
    m_level->setToolTip(tr("The learner's skill level S, used by progress and recommendations."));
    m_weeklyHours->setSuffix(tr(" h"));
    m_weeklyHours->setToolTip(tr("Hours per week the learner can spend on lessons and practice."));
    m_mentor->setItemText(0, tr("No primary mentor"));
    m_mentor->setToolTip(tr("The mentor who usually teaches this learner; a mentor account sees its own learners"));
    m_payer->setPlaceholderText(tr("Type to find a payer (optional)"));
    m_payer->setToolTip(tr("Who pays for this learner's lessons: a parent, a company or the learner."));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. exam, online"));
    m_consentContact->setText(tr("May be contacted directly"));
    m_consentPhotos->setText(tr("Photos may be used"));
    m_consentContact->setToolTip(tr("The learner (or a parent) agreed to be contacted by e-mail or phone"));
    m_consentPhotos->setToolTip(tr("The learner (or a parent) agreed to photos being taken and shown"));
    m_notes->setPlaceholderText(tr("Anything worth remembering about this learner"));
    if (QPushButton* save = m_buttons->button(QDialogButtonBox::Save)) {
        save->setText(m_editing ? tr("&Save") : tr("&Add Learner"));
    }
}

} // namespace mentordesk
