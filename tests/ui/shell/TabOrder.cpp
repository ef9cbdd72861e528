// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/TabOrder.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QWizard>

namespace mentordesk::test {

namespace {

constexpr int kRowTolerance = 4; ///< Pixels two widgets must overlap vertically to share a row.

/// The widget the user sees for focus stop `w`: the spin box around its line edit (its focus proxy).
QWidget* owner(QWidget* w, QWidget* root)
{
    for (QWidget* p = w->parentWidget(); p != nullptr && p != root; p = p->parentWidget()) {
        if (p->focusProxy() == w) {
            return p;
        }
    }
    return w;
}

QRect rectIn(QWidget* w, QWidget* root)
{
    QWidget* shown = owner(w, root);
    return {shown->mapTo(root, QPoint(0, 0)), shown->size()};
}

/// True when `b` comes before `a` in reading order (so `b` after `a` in the tab order is wrong).
bool readsBefore(const QRect& b, const QRect& a)
{
    const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    if (overlap > kRowTolerance) {
        return b.center().x() < a.left();
    }
    // Why the column test: a form in two columns (or a list beside a form) is read column by column.
    return b.center().y() < a.center().y() && b.left() < a.right() - kRowTolerance;
}

QString formLabel(QWidget* w)
{
    if (QWidget* p = w->parentWidget(); p != nullptr) {
        for (QFormLayout* form : p->findChildren<QFormLayout*>()) {
            if (auto* label = qobject_cast<QLabel*>(form->labelForField(w)); label != nullptr) {
                return label->text();
            }
        }
    }
    return {};
}

/// A button of the dialog's button box or of a QWizard: these close the dialog and come last.
bool isClosingButton(QWidget* w)
{
    if (qobject_cast<QAbstractButton*>(w) == nullptr) {
        return false;
    }
    if (auto* wizard = qobject_cast<QWizard*>(w->window()); wizard != nullptr) {
        for (int b = QWizard::BackButton; b < QWizard::NButtons; ++b) {
            if (wizard->button(static_cast<QWizard::WizardButton>(b)) == w) {
                return true;
            }
        }
    }
    for (QWidget* p = w->parentWidget(); p != nullptr && !p->isWindow(); p = p->parentWidget()) {
        if (qobject_cast<QDialogButtonBox*>(p) != nullptr) {
            return true;
        }
    }
    return false;
}

/// Something to type into or choose in (not a button, list, table or tab bar).
bool isInputField(QWidget* w)
{
    return qobject_cast<QLineEdit*>(w) != nullptr || qobject_cast<QAbstractSpinBox*>(w) != nullptr ||
           qobject_cast<QComboBox*>(w) != nullptr || qobject_cast<QCheckBox*>(w) != nullptr ||
           qobject_cast<QRadioButton*>(w) != nullptr || qobject_cast<QPlainTextEdit*>(w) != nullptr ||
           (qobject_cast<QTextEdit*>(w) != nullptr && !static_cast<QTextEdit*>(w)->isReadOnly());
}

/// The widgets Tab should stop at, like QWidget::focusNextPrevChild chooses them.
QList<QWidget*> tabStops(QWidget* root)
{
    QList<QWidget*> stops;
    int guard = 0; // a broken chain must fail the test, not hang it
    for (QWidget* w = root->nextInFocusChain(); w != root && ++guard < 100000; w = w->nextInFocusChain()) {
        if (w->window() == root && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->focusProxy() == nullptr &&
            w->isVisible() && w->isEnabled()) {
            stops.append(w);
        }
    }
    return stops;
}

QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] != u'&') {
                return text[i + 1].toLower();
            }
            ++i;
        }
    }
    return {};
}

} // namespace

QList<QWidget*> tabStopsIn(QWidget* container)
{
    QList<QWidget*> stops;
    for (QWidget* w : tabStops(container->window())) {
        if (container->isAncestorOf(w)) {
            stops.append(w);
        }
    }
    return stops;
}

QWidget* firstInReadingOrder(const QList<QWidget*>& widgets)
{
    QWidget* first = nullptr;
    for (QWidget* w : widgets) {
        if (first == nullptr || readsBefore(rectIn(w, w->window()), rectIn(first, first->window()))) {
            first = w;
        }
    }
    return first;
}

bool otherOfGroupReached(QWidget* w, const QList<QWidget*>& reached)
{
    auto* button = qobject_cast<QAbstractButton*>(w);
    if (button == nullptr || (!button->autoExclusive() && button->group() == nullptr)) {
        return false;
    }
    return std::any_of(reached.cbegin(), reached.cend(), [button](QWidget* r) {
        auto* other = qobject_cast<QAbstractButton*>(r);
        return other != nullptr && other != button &&
               (button->group() != nullptr ? other->group() == button->group()
                                           : other->autoExclusive() && other->parentWidget() == button->parentWidget());
    });
}

QWidget* pressTab()
{
    QWidget* before = QApplication::focusWidget();
    if (before == nullptr) {
        return nullptr;
    }
    QTest::keyClick(before, Qt::Key_Tab);
    QWidget* now = QApplication::focusWidget();
    // Why: Tab first walks the sections of a date box (day, month, year) or the links of a label.
    const bool walksInside = qobject_cast<QDateTimeEdit*>(owner(before, before->window())) != nullptr ||
                             qobject_cast<QLabel*>(before) != nullptr;
    for (int step = 0; walksInside && now == before && step < 20; ++step) {
        QTest::keyClick(now, Qt::Key_Tab);
        now = QApplication::focusWidget();
    }
    return now;
}

QString describeWidget(QWidget* w)
{
    QWidget* shown = w->window() != nullptr ? owner(w, w->window()) : w;
    QString text = formLabel(shown);
    if (auto* button = qobject_cast<QAbstractButton*>(shown); button != nullptr && text.isEmpty()) {
        text = button->text();
    } else if (auto* edit = qobject_cast<QLineEdit*>(shown); edit != nullptr && text.isEmpty()) {
        text = edit->placeholderText();
    } else if (auto* box = qobject_cast<QGroupBox*>(shown); box != nullptr && text.isEmpty()) {
        text = box->title();
    }
    if (text.isEmpty()) {
        text = shown->toolTip().left(40);
    }
    const QPoint at = shown->mapTo(shown->window(), QPoint(0, 0));
    return QStringLiteral("%1 '%2' [%3] at (%4,%5)")
        .arg(QString::fromLatin1(shown->metaObject()->className()), shown->objectName(), text)
        .arg(at.x())
        .arg(at.y());
}

QStringList tabOrderProblems(QWidget* root)
{
    QStringList problems;
    root->show();
    QApplication::setActiveWindow(root);
    QApplication::processEvents();
    const QList<QWidget*> stops = tabStops(root);
    if (stops.isEmpty()) {
        return problems;
    }

    // The expected first stop: the first field in reading order (buttons of the box only if nothing else).
    QWidget* first = nullptr;
    for (QWidget* w : stops) {
        if (isInputField(owner(w, root)) && (first == nullptr || readsBefore(rectIn(w, root), rectIn(first, root)))) {
            first = w;
        }
    }
    QWidget* readingFirst = nullptr;
    for (QWidget* w : stops) {
        if (!isClosingButton(w) &&
            (readingFirst == nullptr || readsBefore(rectIn(w, root), rectIn(readingFirst, root)))) {
            readingFirst = w;
        }
    }
    QWidget* opened = QApplication::focusWidget();
    // The first field, or the list or tab bar above it (where the dialog starts), may have the focus.
    if (first != nullptr && opened != first && opened != readingFirst) {
        problems.append(
            QStringLiteral("opens with the focus on %1, not on the first field %2")
                .arg(opened != nullptr ? describeWidget(opened) : QStringLiteral("nothing"), describeWidget(first)));
    }
    if (opened == nullptr || opened->window() != root) {
        stops.first()->setFocus(Qt::TabFocusReason);
        opened = QApplication::focusWidget();
    }

    // One cycle of Tab presses from the widget focused at opening.
    QList<QWidget*> cycle{opened};
    const qsizetype limit = stops.size() * 2 + 5;
    for (qsizetype press = 0; press < limit && stops.size() > 1; ++press) {
        QWidget* before = QApplication::focusWidget();
        QWidget* now = pressTab();
        if (now == before) {
            problems.append(QStringLiteral("Tab does not leave %1 (it keeps the Tab key: a focus trap)")
                                .arg(describeWidget(before)));
            break;
        }
        if (now == opened) {
            break;
        }
        if (cycle.contains(now)) {
            problems.append(QStringLiteral("Tab cycles without returning to %1; it comes back to %2")
                                .arg(describeWidget(opened), describeWidget(now)));
            break;
        }
        cycle.append(now);
    }
    for (QWidget* w : stops) {
        if (!cycle.contains(w) && !otherOfGroupReached(w, cycle)) {
            problems.append(QStringLiteral("never reached by Tab: %1").arg(describeWidget(w)));
        }
    }

    // Reading order, from the first field on; the closing buttons come after every field.
    if (readingFirst != nullptr && cycle.contains(readingFirst)) {
        const qsizetype start = cycle.indexOf(readingFirst);
        QList<QWidget*> ordered = cycle.mid(start) + cycle.mid(0, start);
        QWidget* previous = nullptr;
        QWidget* firstButton = nullptr;
        for (QWidget* w : ordered) {
            // A scroll area holding other stops has no place of its own in the reading order.
            if (std::any_of(stops.cbegin(), stops.cend(), [w](QWidget* s) { return w->isAncestorOf(s); })) {
                continue;
            }
            const bool closing = isClosingButton(w);
            if (!closing && firstButton != nullptr) {
                problems.append(
                    QStringLiteral("%1 comes after the button %2").arg(describeWidget(w), describeWidget(firstButton)));
            } else if (previous != nullptr && readsBefore(rectIn(w, root), rectIn(previous, root)) &&
                       (closing == isClosingButton(previous))) {
                problems.append(QStringLiteral("%1 comes after %2, which is below or right of it")
                                    .arg(describeWidget(w), describeWidget(previous)));
            }
            if (closing && firstButton == nullptr) {
                firstButton = w;
            }
            previous = w;
        }
    }
    return problems;
}

QStringList mnemonicClashes(QWidget* root)
{
    QMap<QChar, QStringList> byLetter;
    const auto add = [&byLetter](const QString& text) {
        if (const QChar letter = mnemonic(text); !letter.isNull()) {
            byLetter[letter].append(text);
        }
    };
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->window() != root->window() || !w->isVisibleTo(root)) {
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            add(button->text());
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            add(box->title());
        } else if (auto* label = qobject_cast<QLabel*>(w); label != nullptr && label->buddy() != nullptr) {
            add(label->text());
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs->tabText(i));
            }
        }
    }
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1) {
            clashes.append(QStringLiteral("'%1': %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
        }
    }
    return clashes;
}

} // namespace mentordesk::test
