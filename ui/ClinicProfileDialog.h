#pragma once

#include "ClinicProfile.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace als {

class Settings;

// Staff set who reads the requests: the clinic's name, how to reach it, its hours, how and how soon requests are
// answered, and who to ask about personal data. Opened only behind the staff passphrase. What IT deployed for every
// account shows as the starting point and says so; Save writes this account's own profile.
class ClinicProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClinicProfileDialog)

public:
    ClinicProfileDialog(Settings &settings, QWidget *parent = nullptr);
    ~ClinicProfileDialog() override;

    // Shows the dialog; true if staff saved a changed profile into the settings.
    static bool edit(Settings &settings, QWidget *parent);

    ClinicProfile profile() const;  // as typed now

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Part { Name, Phone, Email, Address, Hours, ReplyBy, ReplyWithin, Privacy };
    void retranslate();
    void changed();
    // The rules, field by field: empty when the profile may be saved.
    QHash<Part, QString> problems() const;
    void showProblems(const QHash<Part, QString> &problems, bool all);
    QWidget *input(Part part) const;

    Settings &m_settings;
    ClinicProfile m_loaded;
    QLabel *m_fromSystem = nullptr;
    QLabel *m_intro = nullptr;
    QHash<Part, QLabel *> m_labels;
    QHash<Part, QLabel *> m_errors;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_hours = nullptr;
    QLineEdit *m_replyBy = nullptr;
    QLineEdit *m_replyWithin = nullptr;
    QLineEdit *m_privacy = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace als
