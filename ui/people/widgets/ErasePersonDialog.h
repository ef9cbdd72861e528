// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace mentordesk {

/// Asks for the person's name to be typed again before their personal data is erased. The Erase
/// button stays disabled until the text matches (ignoring case and surrounding spaces).
class ErasePersonDialog final : public QDialog
{
    Q_OBJECT

public:
    ErasePersonDialog(const QString& name, bool learner, QWidget* parent = nullptr);

    [[nodiscard]] QString typedName() const;
    [[nodiscard]] QLineEdit* nameEdit() const { return m_edit; }
    [[nodiscard]] bool canErase() const;

private:
    QString m_name;
    QLineEdit* m_edit = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mentordesk
