// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace mentordesk {

/// Runs work once `window` has painted its first frame (or after a fallback delay when it never
/// paints, e.g. started minimised).
///
/// Why: work the first frame does not show (the window icon, decoded from PNGs with the image-format
/// plugins) would otherwise delay the moment the window appears (docs/benchmarks.md, start-up).
class FirstFrame final : public QObject
{
    Q_OBJECT

public:
    static void after(QWidget* window, std::function<void()> work);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FirstFrame(QWidget* window, std::function<void()> work);
    void runOnce();

    QWidget* m_window;
    std::function<void()> m_work;
    bool m_done = false;
};

} // namespace mentordesk
