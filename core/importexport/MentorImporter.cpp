// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/MentorImporter.h"

#include "importexport/ImportValues.h"
#include "money/Money.h"
#include "people/MentorService.h"
#include "studio/StudioService.h"

#include <climits>

namespace mentordesk {

namespace {

enum Column
{
    Name,
    Email,
    Phone,
    Role,
    YearsTeaching,
    DefaultRate,
    Bio,
    Color,
    ColumnCount
};

std::optional<MentorRole> roleFromText(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == u"导师" || t == u"老师") {
        return MentorRole::Mentor;
    }
    if (t == u"负责人" || t == u"老板") {
        return MentorRole::Owner;
    }
    if (t == u"前台") {
        return MentorRole::FrontDesk;
    }
    QString key = t.toLower();
    key.replace(u' ', u'_');
    return mentorRoleFromKey(key);
}

} // namespace

MentorImporter::MentorImporter(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QString MentorImporter::entity() const
{
    return QStringLiteral("mentors");
}

QList<ColumnSpec> MentorImporter::columns() const
{
    // Order follows the Column enum.
    return {
        {QStringLiteral("name"),
         {QStringLiteral("full name"), QStringLiteral("mentor"), QStringLiteral("mentor name"),
          QStringLiteral("teacher"), QStringLiteral("tutor"), QStringLiteral("姓名"), QStringLiteral("导师"),
          QStringLiteral("老师")},
         true},
        {QStringLiteral("email"),
         {QStringLiteral("e-mail"), QStringLiteral("mail"), QStringLiteral("email address"), QStringLiteral("邮箱"),
          QStringLiteral("电子邮件")}},
        {QStringLiteral("phone"),
         {QStringLiteral("telephone"), QStringLiteral("tel"), QStringLiteral("mobile"), QStringLiteral("phone number"),
          QStringLiteral("电话"), QStringLiteral("手机")}},
        {QStringLiteral("role"), {QStringLiteral("position"), QStringLiteral("角色"), QStringLiteral("职位")}},
        {QStringLiteral("years_teaching"),
         {QStringLiteral("years"), QStringLiteral("experience"), QStringLiteral("years of experience"),
          QStringLiteral("教龄")}},
        {QStringLiteral("default_rate"),
         {QStringLiteral("rate"), QStringLiteral("hourly rate"), QStringLiteral("price per hour"),
          QStringLiteral("课时费"), QStringLiteral("时薪")}},
        {QStringLiteral("bio"),
         {QStringLiteral("biography"), QStringLiteral("about"), QStringLiteral("简介"), QStringLiteral("个人简介")}},
        {QStringLiteral("color"), {QStringLiteral("colour"), QStringLiteral("颜色")}},
    };
}

Result<Currency> MentorImporter::currency()
{
    if (!m_currency) {
        auto settings = StudioService(m_db, m_clock).settings();
        if (!settings) {
            return fail(settings.error());
        }
        auto c = Currency::fromCode(settings->currency);
        if (!c) {
            return fail(c.error());
        }
        m_currency = *c;
    }
    return *m_currency;
}

Result<MentorInput> MentorImporter::parse(const ImportRow& row)
{
    MentorInput in;
    in.name = row.value(Name);
    in.email = row.value(Email);
    in.phone = row.value(Phone);
    in.bio = row.value(Bio);
    in.color = row.value(Color);
    const auto role = roleFromText(row.value(Role));
    if (!role) {
        return fail(Error::invalid(QStringLiteral("role"),
                                   tr("Role must be owner, mentor or front_desk (got “%1”).").arg(row.value(Role))));
    }
    in.role = *role;
    auto years = ImportValues::integer(row.value(YearsTeaching), 0, INT_MIN, INT_MAX,
                                       {QStringLiteral("years_teaching"), tr("Years of teaching")});
    if (!years) {
        return fail(years.error());
    }
    in.yearsTeaching = *years;
    if (const QString rateText = ImportValues::decimalPoint(row.value(DefaultRate)); !rateText.isEmpty()) {
        auto c = currency();
        if (!c) {
            return fail(c.error());
        }
        auto rate = Money::parse(rateText, *c, QStringLiteral("default_rate"));
        if (!rate) {
            return fail(rate.error());
        }
        in.defaultRateMinor = rate->minorUnits();
    }
    return MentorService::validate(in);
}

Result<ImportRow> MentorImporter::validateRow(const ImportRow& row)
{
    auto valid = parse(row);
    if (!valid) {
        return fail(valid.error());
    }
    ImportRow out;
    out.line = row.line;
    out.values = QStringList(ColumnCount);
    out.values[Name] = valid->name;
    out.values[Email] = valid->email;
    out.values[Phone] = valid->phone;
    out.values[Role] = mentorRoleKey(valid->role);
    out.values[YearsTeaching] = QString::number(valid->yearsTeaching);
    if (valid->defaultRateMinor != 0) {
        out.values[DefaultRate] = Money(valid->defaultRateMinor, *m_currency).toPlainString();
    }
    out.values[Bio] = valid->bio;
    out.values[Color] = valid->color;
    return out;
}

Result<Id> MentorImporter::importRow(const ImportRow& row)
{
    auto valid = parse(row);
    if (!valid) {
        return fail(valid.error());
    }
    auto created = MentorService(m_db, m_clock).create(*valid);
    if (!created) {
        return fail(created.error());
    }
    return created->meta.id;
}

} // namespace mentordesk
