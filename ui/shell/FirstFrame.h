// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <functional>

class QWidget;

namespace mentordesk {

/// Runs work once `window` has painted its first frame (or after a fallback delay when it never
/// paints, e.g. started minimised), in the order it was asked for; asked after that frame, soon.
///
/// Why: work the first frame does not show (the window icon, decoded from PNGs with the image-format
/// plugins; the first page's data) would otherwise delay the moment the window appears
/// (docs/benchmarks.md, start-up). The start-up probe asks first, so it times the frame alone.
class FirstFrame final : public QObject
{
    Q_OBJECT

public:
    static void after(QWidget* window, std::function<void()> work);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FirstFrame(QWidget* window);
    void runAll();

    QWidget* m_window;
    QList<std::function<void()>> m_work;
    bool m_painted = false;
    bool m_done = false;
};

} // namespace mentordesk
