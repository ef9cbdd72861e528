// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace mentordesk {

/// One row explaining the block colours: a swatch and the name of each lesson status.
class CalendarLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarLegend(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QList<QLabel*> m_names;
};

} // namespace mentordesk
