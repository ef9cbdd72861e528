// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/MentorExpertiseEditor.h"

#include "courses/TopicService.h"
#include "models/ExpertiseModel.h"
#include "people/MentorService.h"
#include "people/widgets/FieldErrorMap.h"
#include "people/widgets/LevelDelegate.h"
#include "people/widgets/RecordTable.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace mentordesk {

MentorExpertiseEditor::MentorExpertiseEditor(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new ExpertiseModel(this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setObjectName(QStringLiteral("expertiseTable"));
    m_view->setModel(m_model);
    configureRecordTable(m_view);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setItemDelegateForColumn(ExpertiseModel::Level, new LevelDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(ExpertiseModel::Topic, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->resizeSection(ExpertiseModel::Level,
                                              m_view->fontMetrics().horizontalAdvance(u'M') * 14);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("expertiseTopic"));
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topic->setMinimumContentsLength(12);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("expertiseLevel"));
    for (int level = 1; level <= 5; ++level) {
        m_level->addItem(QString(), level);
    }
    m_level->setCurrentIndex(2);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_error = FieldErrorMap::createMessageLabel(this);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_topic, 1);
    addRow->addWidget(m_level);
    addRow->addWidget(m_add);
    addRow->addSpacing(12);
    addRow->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_error);

    // Why: queued, so the model is reset after the view has finished committing the editor.
    connect(
        m_model, &ExpertiseModel::levelEdited, this,
        [this](const QString& topicId, int level) { setLevel(topicId, level); }, Qt::QueuedConnection);
    connect(m_add, &QPushButton::clicked, this,
            [this] { addExpertise(m_topic->currentData().toString(), m_level->currentData().toInt()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            removeExpertise(current.data(ExpertiseModel::TopicIdRole).toString());
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_remove->setEnabled(m_editable && m_view->currentIndex().isValid()); });
    retranslate();
}

void MentorExpertiseEditor::setMentor(const Id& id, bool editable)
{
    m_mentorId = id;
    m_editable = editable;
    m_error->hide();
    load();
}

void MentorExpertiseEditor::load()
{
    QList<Expertise> rows;
    if (!m_mentorId.isEmpty()) {
        auto expertise = MentorService(m_session.db(), m_session.clock()).expertise(m_mentorId);
        if (expertise) {
            rows = *expertise;
        } else {
            report(expertise.error().message);
        }
    }
    m_model->setExpertise(rows);
    m_view->setEditTriggers(m_editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                             QAbstractItemView::SelectedClicked
                                       : QAbstractItemView::NoEditTriggers);
    m_empty->setVisible(rows.isEmpty());
    m_view->setVisible(!rows.isEmpty());
    loadTopicChoices();
    for (QWidget* w : {static_cast<QWidget*>(m_topic), static_cast<QWidget*>(m_level), static_cast<QWidget*>(m_add)}) {
        w->setEnabled(m_editable && m_topic->count() > 0);
    }
    m_remove->setEnabled(m_editable && m_view->currentIndex().isValid());
}

void MentorExpertiseEditor::loadTopicChoices()
{
    QSet<Id> known;
    for (const Expertise& e : m_model->expertise()) {
        known.insert(e.topicId);
    }
    m_topic->clear();
    auto topics = TopicService(m_session.db(), m_session.clock()).list({}, {0, 10000});
    if (!topics) {
        return;
    }
    for (const Topic& topic : std::as_const(topics->items)) {
        if (!known.contains(topic.meta.id)) {
            m_topic->addItem(topic.name, topic.meta.id);
        }
    }
}

bool MentorExpertiseEditor::report(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    return error.isEmpty();
}

QString MentorExpertiseEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool MentorExpertiseEditor::addExpertise(const Id& topicId, int level)
{
    return setLevel(topicId, level);
}

bool MentorExpertiseEditor::setLevel(const Id& topicId, int level)
{
    auto saved = MentorService(m_session.db(), m_session.clock()).setExpertise(m_mentorId, topicId, level);
    if (!saved) {
        return report(saved.error().message);
    }
    report({});
    load();
    emit expertiseChanged();
    return true;
}

bool MentorExpertiseEditor::removeExpertise(const Id& topicId)
{
    auto removed = MentorService(m_session.db(), m_session.clock()).removeExpertise(m_mentorId, topicId);
    if (!removed) {
        return report(removed.error().message);
    }
    report({});
    load();
    emit expertiseChanged();
    return true;
}

void MentorExpertiseEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MentorExpertiseEditor::retranslate()
{
    m_empty->setText(tr("No expertise recorded yet. Choose a topic and a level below and press Add."));
    for (int i = 0; i < m_level->count(); ++i) {
        m_level->setItemText(i, ExpertiseModel::levelText(m_level->itemData(i).toInt()));
    }
    m_topic->setToolTip(tr("A topic this mentor can teach"));
    m_level->setToolTip(tr("How well the mentor can teach it"));
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected topic from this mentor's expertise"));
    m_view->setToolTip(tr("Double-click a level to change it"));
    m_model->retranslate();
}

} // namespace mentordesk
