// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseDialog.h"

#include "courses/CourseFormSaver.h"
#include "courses/CourseModulesEditor.h"
#include "models/CourseListModel.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace mentordesk {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
const QString kTitle = QStringLiteral("title");
const QString kDescription = QStringLiteral("description");
const QString kLevel = QStringLiteral("level");
const QString kContent = QStringLiteral("content_minutes");
const QString kQuality = QStringLiteral("quality");
const QString kPracticality = QStringLiteral("practicality");
const QString kTopics = QStringLiteral("topics");
const QString kModules = QStringLiteral("modules");
} // namespace

CourseDialog::CourseDialog(StudioSession& session, const QList<Topic>& topics, const Course* existing, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("CourseDialog"));
    if (existing) {
        m_existing = *existing;
    }
    buildForm();
    for (const Topic& t : topics) {
        auto* item = new QListWidgetItem(t.area.isEmpty() ? t.name : tr("%1 (%2)", "topic (area)").arg(t.name, t.area),
                                         m_topics);
        item->setData(kIdRole, t.meta.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(t.description);
    }
    if (m_existing) {
        load(*m_existing);
    }
    retranslate();
    resize(760, 720);
}

CourseDialog::~CourseDialog() = default;

QLabel* CourseDialog::errorLabel(const QString& name)
{
    auto* label = new QLabel(this);
    label->setObjectName(name + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setVisible(false);
    m_errors.insert(name, label);
    return label;
}

void CourseDialog::buildForm()
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(kTitle);
    m_title->setMaxLength(200);
    m_level = new QComboBox(this);
    m_level->setObjectName(kLevel);
    for (int level = 1; level <= 5; ++level) {
        m_level->addItem(QString(), level);
    }
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("contentHours"));
    m_hours->setRange(0, 10000);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("contentMinutes"));
    m_minutes->setRange(0, 59);
    m_minutes->setSingleStep(15);
    m_quality = new QSpinBox(this);
    m_quality->setObjectName(kQuality);
    m_quality->setRange(1, 10);
    m_quality->setValue(7);
    m_practicality = new QSpinBox(this);
    m_practicality->setObjectName(kPracticality);
    m_practicality->setRange(1, 10);
    m_practicality->setValue(7);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(kDescription);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_topicFilter = new QLineEdit(this);
    m_topicFilter->setObjectName(QStringLiteral("topicFilter"));
    m_topicFilter->setClearButtonEnabled(true);
    m_topics = new QListWidget(this);
    m_topics->setObjectName(kTopics);
    m_topics->setMaximumHeight(130);
    m_topics->setUniformItemSizes(true);
    m_modules = new CourseModulesEditor(m_session.format().currency(), m_session.format().locale(), this);
    m_contentHint = new QLabel(this);
    m_contentHint->setWordWrap(true);
    m_contentHint->setEnabled(false);
    m_generalError = errorLabel(QStringLiteral("general"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto* content = new QHBoxLayout;
    content->addWidget(m_hours);
    content->addWidget(m_minutes);
    content->addWidget(m_contentHint, 1);
    auto* scores = new QHBoxLayout;
    scores->addWidget(m_quality);
    m_labels.insert(kPracticality, new QLabel(this));
    scores->addWidget(m_labels.value(kPracticality));
    scores->addWidget(m_practicality);
    scores->addStretch(1);
    auto* topicBox = new QVBoxLayout;
    topicBox->addWidget(m_topicFilter);
    topicBox->addWidget(m_topics);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addField = [&](const QString& key, QWidget* field) {
        m_labels.insert(key + QStringLiteral("#form"), new QLabel(this));
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(errorLabel(key));
        form->addRow(m_labels.value(key + QStringLiteral("#form")), box);
        m_labels.value(key + QStringLiteral("#form"))->setBuddy(field);
    };
    const auto addLayout = [&](const QString& key, QLayout* fields, QWidget* buddy) {
        m_labels.insert(key + QStringLiteral("#form"), new QLabel(this));
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addLayout(fields);
        box->addWidget(errorLabel(key));
        form->addRow(m_labels.value(key + QStringLiteral("#form")), box);
        m_labels.value(key + QStringLiteral("#form"))->setBuddy(buddy);
    };
    addField(kTitle, m_title);
    addField(kLevel, m_level);
    addLayout(kContent, content, m_hours);
    addLayout(kQuality, scores, m_quality);
    addField(kDescription, m_description);
    addLayout(kTopics, topicBox, m_topicFilter);
    addField(kModules, m_modules);
    m_errors.remove(kModules); // module errors are shown by the editor itself
    m_errors.insert(kPracticality, m_errors.value(kQuality));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CourseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CourseDialog::reject);
    connect(m_topicFilter, &QLineEdit::textChanged, this, &CourseDialog::filterTopics);
    const QList<QWidget*> order = {m_title,        m_level,       m_hours,       m_minutes, m_quality,
                                   m_practicality, m_description, m_topicFilter, m_topics,  m_modules->table()};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }
}

void CourseDialog::retranslate()
{
    setWindowTitle(m_existing ? tr("Edit Course — %1").arg(m_existing->title) : tr("New Course"));
    m_labels.value(kTitle + QStringLiteral("#form"))->setText(tr("&Title:"));
    m_labels.value(kLevel + QStringLiteral("#form"))->setText(tr("&Level:"));
    m_labels.value(kContent + QStringLiteral("#form"))->setText(tr("&Content time:"));
    m_labels.value(kQuality + QStringLiteral("#form"))->setText(tr("&Quality (Q):"));
    m_labels.value(kPracticality)->setText(tr("&Practicality (U):"));
    m_labels.value(kPracticality)->setBuddy(m_practicality);
    m_labels.value(kDescription + QStringLiteral("#form"))->setText(tr("&Description:"));
    m_labels.value(kTopics + QStringLiteral("#form"))->setText(tr("Top&ics:"));
    m_labels.value(kModules + QStringLiteral("#form"))->setText(tr("&Modules:"));
    m_title->setPlaceholderText(tr("e.g. Python for beginners"));
    m_title->setToolTip(tr("The course name learners and payers see (at most 200 characters)"));
    for (int i = 0; i < m_level->count(); ++i) {
        m_level->setItemText(i, CourseListModel::levelName(i + 1));
    }
    m_level->setToolTip(tr("The level the course starts from"));
    m_hours->setSuffix(tr(" h"));
    m_minutes->setSuffix(tr(" min"));
    m_hours->setToolTip(tr("Content time C: how long the course takes at full speed"));
    m_minutes->setToolTip(m_hours->toolTip());
    m_contentHint->setText(tr("0 h 0 min = the sum of the modules"));
    m_quality->setToolTip(tr("Quality Q, 1 (poor) to 10 (excellent)"));
    m_practicality->setToolTip(tr("Practicality U, 1 (theory) to 10 (directly applicable)"));
    m_description->setPlaceholderText(tr("What the course covers and who it is for"));
    m_topicFilter->setPlaceholderText(tr("Filter topics…"));
    m_topics->setToolTip(tr("Tick the topics this course teaches"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void CourseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void CourseDialog::load(const Course& course)
{
    m_title->setText(course.title);
    m_level->setCurrentIndex(std::clamp(course.level, 1, 5) - 1);
    m_hours->setValue(course.contentMinutes / 60);
    m_minutes->setValue(course.contentMinutes % 60);
    m_quality->setValue(course.quality);
    m_practicality->setValue(course.practicality);
    m_description->setPlainText(course.description);
    for (const Id& id : course.topics) {
        setTopicChecked(id, true);
    }
    m_modules->setModules(course.modules);
}

void CourseDialog::setTopicChecked(const Id& id, bool checked)
{
    for (int i = 0; i < m_topics->count(); ++i) {
        if (m_topics->item(i)->data(kIdRole).toString() == id) {
            m_topics->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void CourseDialog::filterTopics(const QString& text)
{
    for (int i = 0; i < m_topics->count(); ++i) {
        QListWidgetItem* item = m_topics->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

CourseForm CourseDialog::collect(bool& ok)
{
    CourseForm form;
    form.course.title = m_title->text();
    form.course.description = m_description->toPlainText();
    form.course.level = m_level->currentData().toInt();
    form.course.contentMinutes = m_hours->value() * 60 + m_minutes->value();
    form.course.quality = m_quality->value();
    form.course.practicality = m_practicality->value();
    for (int i = 0; i < m_topics->count(); ++i) {
        if (m_topics->item(i)->checkState() == Qt::Checked) {
            form.topics.append(m_topics->item(i)->data(kIdRole).toString());
        }
    }
    auto modules = m_modules->inputs();
    ok = modules.has_value();
    if (!modules) {
        showError(modules.error());
        return form;
    }
    form.modules = *modules;
    form.moduleIds = m_modules->moduleIds();
    return form;
}

bool CourseDialog::save()
{
    clearErrors();
    bool ok = false;
    const CourseForm form = collect(ok);
    if (!ok) {
        return false;
    }
    CourseFormSaver saver(m_session.db(), m_session.clock());
    auto saved = m_existing ? saver.update(*m_existing, form) : saver.create(form);
    if (!saved) {
        showError(saved.error());
        return false;
    }
    m_saved = *saved;
    m_session.notifyDataChanged();
    return true;
}

void CourseDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

void CourseDialog::showError(const Error& error)
{
    if (error.field.startsWith(kModules)) {
        m_modules->showError(error.field, error.message);
        return;
    }
    QLabel* label = m_errors.value(error.field, m_generalError);
    label->setText(error.message);
    label->setVisible(true);
    static const QHash<QString, QString> kFocus = {{kTitle, kTitle},     {kLevel, kLevel},
                                                   {kQuality, kQuality}, {kPracticality, kPracticality},
                                                   {kTopics, kTopics},   {kDescription, kDescription}};
    if (QWidget* field = findChild<QWidget*>(kFocus.value(error.field, QStringLiteral("-")))) {
        field->setFocus();
    } else if (error.field == kContent) {
        m_hours->setFocus();
    }
}

void CourseDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->setVisible(false);
    }
    m_modules->clearError();
}

QString CourseDialog::errorFor(const QString& fieldKey) const
{
    if (fieldKey.startsWith(kModules)) {
        return m_modules->errorText();
    }
    const QLabel* label = m_errors.value(fieldKey, nullptr);
    return label ? label->text() : QString();
}

} // namespace mentordesk
