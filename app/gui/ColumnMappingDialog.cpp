#include "ColumnMappingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString delimiterName(QChar delimiter)
{
    if (delimiter == u',')
        return ColumnMappingDialog::tr("comma (,)");
    if (delimiter == u';')
        return ColumnMappingDialog::tr("semicolon (;)");
    if (delimiter == u'\t')
        return ColumnMappingDialog::tr("tab");
    if (delimiter == u'|')
        return ColumnMappingDialog::tr("bar (|)");
    return QString(delimiter);
}

constexpr int previewRows = 5;

} // namespace

AccountColumnMapping ColumnMappingDialog::guess(const CsvTable &head)
{
    auto find = [&head](const QStringList &names) {
        const int column = head.column(names);
        return column >= 0 ? head.header.at(column) : QString();
    };
    AccountColumnMapping m;
    m.userName = find({ u"username"_s, u"user name"_s, u"login"_s, u"user"_s, u"user_login"_s, u"account"_s,
                        u"benutzername"_s, u"email"_s, u"e-mail"_s });
    m.displayName = find({ u"display name"_s, u"full name"_s, u"name"_s, u"displayname"_s });
    if (m.displayName.isEmpty()) {
        m.firstName = find({ u"first name"_s, u"firstname"_s, u"given name"_s });
        m.lastName = find({ u"last name"_s, u"lastname"_s, u"surname"_s, u"family name"_s });
    }
    m.email = find({ u"email"_s, u"e-mail"_s, u"mail"_s, u"email address"_s });
    if (m.email == m.userName)
        m.email.clear();
    m.role = find({ u"role"_s, u"roles"_s, u"access"_s, u"permission"_s, u"group"_s, u"profile"_s });
    m.mfa = find({ u"mfa"_s, u"2fa"_s, u"two factor"_s, u"2sv"_s, u"two-step"_s });
    m.lastLogin
        = find({ u"last login"_s, u"last sign in"_s, u"last sign-in"_s, u"last seen"_s, u"lastlogin"_s });
    m.lastPasswordChange = find({ u"password changed"_s, u"last password change"_s, u"password change"_s });
    m.created = find({ u"created"_s, u"registered"_s, u"created at"_s, u"date created"_s });
    m.active = find({ u"active"_s, u"status"_s, u"enabled"_s, u"state"_s });
    return m;
}

ColumnMappingDialog::ColumnMappingDialog(const CsvTable &head, const AccountColumnMapping &mapping,
                                         QWidget *parent)
    : QDialog(parent)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"columnMappingDialog"_s);
    setWindowTitle(tr("Match the Columns"));

    auto *intro = new QLabel(tr("Storefort does not know this kind of file. Say which column holds what; "
                                "only the user name is needed. Storefort remembers your choice for "
                                "this system."),
                             this);
    intro->setWordWrap(true);
    auto *detected = new QLabel(tr("Columns are separated by a %1; the text is read as %2.")
                                    .arg(delimiterName(head.delimiter), head.encoding),
                                this);
    detected->setObjectName(u"mappingDetected"_s);

    // The first rows, as the file has them.
    auto *preview = new QTableWidget(this);
    preview->setObjectName(u"mappingPreview"_s);
    preview->setAccessibleName(tr("The first rows of the file"));
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview->setColumnCount(int(head.header.size()));
    preview->setHorizontalHeaderLabels(head.header);
    const int rows = int(std::min<qsizetype>(previewRows, head.records.size()));
    preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const QStringList &fields = head.records.at(r).fields;
        for (int c = 0; c < fields.size() && c < head.header.size(); ++c)
            preview->setItem(r, c, new QTableWidgetItem(fields.at(c)));
    }
    preview->verticalHeader()->hide();
    preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    preview->setMinimumHeight(preview->horizontalHeader()->sizeHint().height()
                              + preview->verticalHeader()->defaultSectionSize() * (previewRows + 1));

    const AccountColumnMapping start = mapping.userName.isEmpty() ? guess(head) : mapping;
    const struct
    {
        QString AccountColumnMapping::*member;
        QString label;
        QString tip;
        const char16_t *name;
    } fields[] = {
        { &AccountColumnMapping::userName, tr("&User name (needed):"), tr("The name used to sign in"),
          u"mapUserName" },
        { &AccountColumnMapping::displayName, tr("&Name shown:"), tr("The person's full name"),
          u"mapDisplayName" },
        { &AccountColumnMapping::firstName, tr("&First name:"),
          tr("Used with the last name when the file has no full name"), u"mapFirstName" },
        { &AccountColumnMapping::lastName, tr("&Last name:"), {}, u"mapLastName" },
        { &AccountColumnMapping::email, tr("&Email:"), {}, u"mapEmail" },
        { &AccountColumnMapping::role, tr("&Role:"),
          tr("Words such as administrator, manager, editor or viewer"), u"mapRole" },
        { &AccountColumnMapping::mfa, tr("&Two-step sign-in:"), tr("yes or no"), u"mapMfa" },
        { &AccountColumnMapping::lastLogin, tr("Last &sign-in:"), tr("A date"), u"mapLastLogin" },
        { &AccountColumnMapping::lastPasswordChange, tr("&Password changed:"), tr("A date"),
          u"mapPasswordChanged" },
        { &AccountColumnMapping::created, tr("&Created:"), tr("A date"), u"mapCreated" },
        { &AccountColumnMapping::active, tr("&Active:"),
          tr("yes or no, or words such as active, disabled, suspended or blocked"), u"mapActive" },
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const auto &f : fields) {
        auto *box = new QComboBox(this);
        box->setObjectName(QString::fromUtf16(f.name));
        box->addItem(tr("(not in the file)"), QString());
        for (const QString &column : head.header)
            box->addItem(column, column);
        const int at = box->findData(start.*(f.member));
        box->setCurrentIndex(std::max(0, at));
        box->setToolTip(f.tip);
        auto *label = new QLabel(f.label, this);
        label->setBuddy(box);
        form->addRow(label, box);
        m_fields.append({ f.member, box });
        connect(box, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::validate);
    }
    auto *formBox = new QGroupBox(tr("Which column holds what"), this);
    formBox->setLayout(form);

    m_problem->setObjectName(u"mappingProblem"_s);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"mappingOk"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(detected);
    layout->addWidget(preview);
    layout->addWidget(formBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 90, 0)));
}

AccountColumnMapping ColumnMappingDialog::mapping() const
{
    AccountColumnMapping m;
    for (const Field &f : m_fields)
        m.*(f.member) = f.box->currentData().toString();
    return m;
}

void ColumnMappingDialog::validate()
{
    const bool ok = !mapping().userName.isEmpty();
    m_problem->setText(ok ? QString() : tr("Choose the column that holds the user names."));
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}
