// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/CourseImporter.h"

#include "courses/CourseModuleSpec.h"
#include "courses/CourseService.h"
#include "courses/CourseValidator.h"
#include "courses/DecimalText.h"
#include "importexport/ImportValues.h"
#include "money/Money.h"
#include "studio/StudioService.h"

#include <QRegularExpression>
#include <climits>

namespace mentordesk {

namespace {

enum Column
{
    Title,
    Description,
    Level,
    ContentHours,
    ContentMinutes,
    Quality,
    Practicality,
    Topics,
    Modules,
    ColumnCount
};

/// "modules[2].minutes" → the "modules" column, the message prefixed with the module's number (3).
Error atModulesColumn(Error error)
{
    static const QRegularExpression indexed(QStringLiteral("^modules\\[(\\d+)\\]"));
    const auto match = indexed.match(error.field);
    if (match.hasMatch()) {
        error.message = CourseImporter::tr("Module %1: %2").arg(match.captured(1).toInt() + 1).arg(error.message);
        error.field = QStringLiteral("modules");
    }
    return error;
}

} // namespace

CourseImporter::CourseImporter(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_topics(db, NamedTable::Topics)
{}

QString CourseImporter::entity() const
{
    return QStringLiteral("courses");
}

QList<ColumnSpec> CourseImporter::columns() const
{
    // Order follows the Column enum.
    return {
        {QStringLiteral("title"),
         {QStringLiteral("course"), QStringLiteral("course title"), QStringLiteral("course name"),
          QStringLiteral("name"), QStringLiteral("课程"), QStringLiteral("课程名称"), QStringLiteral("标题")},
         true},
        {QStringLiteral("description"),
         {QStringLiteral("about"), QStringLiteral("summary"), QStringLiteral("描述"), QStringLiteral("简介")}},
        {QStringLiteral("level"), {QStringLiteral("difficulty"), QStringLiteral("级别"), QStringLiteral("难度")}},
        {QStringLiteral("content_hours"),
         {QStringLiteral("hours"), QStringLiteral("length hours"), QStringLiteral("课时"), QStringLiteral("学时")}},
        {QStringLiteral("content_minutes"),
         {QStringLiteral("minutes"), QStringLiteral("length minutes"), QStringLiteral("分钟")}},
        {QStringLiteral("quality"), {QStringLiteral("质量")}},
        {QStringLiteral("practicality"),
         {QStringLiteral("practical"), QStringLiteral("usefulness"), QStringLiteral("实用性")}},
        {QStringLiteral("topics"), {QStringLiteral("topic"), QStringLiteral("主题"), QStringLiteral("知识点")}},
        {QStringLiteral("modules"),
         {QStringLiteral("module"), QStringLiteral("units"), QStringLiteral("模块"), QStringLiteral("单元")}},
    };
}

Result<Currency> CourseImporter::currency()
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

Result<int> CourseImporter::contentMinutes(const ImportRow& row) const
{
    auto minutes = ImportValues::optionalInteger(row.value(ContentMinutes), INT_MIN, INT_MAX,
                                                 {QStringLiteral("content_minutes"), tr("Content minutes")});
    if (!minutes) {
        return fail(minutes.error());
    }
    const QString hoursText = row.value(ContentHours).trimmed();
    if (hoursText.isEmpty()) {
        return minutes->value_or(0);
    }
    auto hours = DecimalText::parseHours(ImportValues::decimalPoint(hoursText), QStringLiteral("content_hours"));
    if (!hours) {
        return fail(hours.error());
    }
    if (*minutes && **minutes != *hours) {
        return fail(Error::invalid(QStringLiteral("content_hours"),
                                   tr("Content hours (%1) and content minutes (%2) disagree; give only one of them.")
                                       .arg(hoursText)
                                       .arg(**minutes)));
    }
    return *hours;
}

Result<QList<CourseModuleInput>> CourseImporter::modules(const QString& text)
{
    QList<CourseModuleInput> out;
    const QStringList specs = ImportValues::list(text);
    if (specs.isEmpty()) {
        return out;
    }
    auto c = currency();
    if (!c) {
        return fail(c.error());
    }
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const QString prefix = QStringLiteral("modules[%1].").arg(i);
        auto spec = CourseModuleSpec::parse(specs[i], *c, prefix);
        if (!spec) {
            return fail(atModulesColumn(spec.error()));
        }
        auto valid = CourseValidator::module(*spec, prefix);
        if (!valid) {
            return fail(atModulesColumn(valid.error()));
        }
        out.append(*valid);
    }
    return out;
}

Result<CourseImporter::Parsed> CourseImporter::parse(const ImportRow& row)
{
    Parsed p;
    CourseInput& in = p.input;
    in.title = row.value(Title);
    in.description = row.value(Description);
    auto level = ImportValues::integer(row.value(Level), 1, INT_MIN, INT_MAX, {QStringLiteral("level"), tr("Level")});
    if (!level) {
        return fail(level.error());
    }
    in.level = *level;
    auto quality =
        ImportValues::integer(row.value(Quality), 7, INT_MIN, INT_MAX, {QStringLiteral("quality"), tr("Quality")});
    if (!quality) {
        return fail(quality.error());
    }
    in.quality = *quality;
    auto practicality = ImportValues::integer(row.value(Practicality), 7, INT_MIN, INT_MAX,
                                              {QStringLiteral("practicality"), tr("Practicality")});
    if (!practicality) {
        return fail(practicality.error());
    }
    in.practicality = *practicality;
    auto minutes = contentMinutes(row);
    if (!minutes) {
        return fail(minutes.error());
    }
    in.contentMinutes = *minutes;
    for (const QString& item : ImportValues::list(row.value(Topics))) {
        auto id = m_topics.resolve(item, QStringLiteral("topics"));
        if (!id) {
            return fail(id.error());
        }
        if (!p.topics.contains(*id)) {
            p.topics.append(*id);
        }
    }
    auto mods = modules(row.value(Modules));
    if (!mods) {
        return fail(mods.error());
    }
    p.modules = *mods;
    const QString contentKey =
        row.value(ContentMinutes).trimmed().isEmpty() && !row.value(ContentHours).trimmed().isEmpty()
            ? QStringLiteral("content_hours")
            : QStringLiteral("content_minutes");
    auto valid = CourseValidator::course(in);
    if (!valid) {
        return fail(ImportValues::atColumn(valid.error(), {{QStringLiteral("content_minutes"), contentKey}}));
    }
    in = *valid;
    auto content = CourseValidator::contentMinutes(in.contentMinutes, p.modules);
    if (!content) {
        return fail(ImportValues::atColumn(content.error(), {{QStringLiteral("content_minutes"), contentKey}}));
    }
    in.contentMinutes = *content;
    return p;
}

QString CourseImporter::moduleText(const CourseModuleInput& module) const
{
    QString text = QStringLiteral("%1:%2").arg(module.title).arg(module.minutes);
    if (module.priceMinor && m_currency) {
        text += u':' + Money(*module.priceMinor, *m_currency).toPlainString();
    }
    return text;
}

Result<ImportRow> CourseImporter::validateRow(const ImportRow& row)
{
    auto parsed = parse(row);
    if (!parsed) {
        return fail(parsed.error());
    }
    const CourseInput& in = parsed->input;
    ImportRow out;
    out.line = row.line;
    out.values = QStringList(ColumnCount);
    out.values[Title] = in.title;
    out.values[Description] = in.description;
    out.values[Level] = QString::number(in.level);
    out.values[ContentMinutes] = QString::number(in.contentMinutes);
    out.values[Quality] = QString::number(in.quality);
    out.values[Practicality] = QString::number(in.practicality);
    QStringList topicNames;
    for (const Id& id : parsed->topics) {
        topicNames.append(m_topics.nameOf(id));
    }
    out.values[Topics] = topicNames.join(QStringLiteral("; "));
    QStringList moduleTexts;
    for (const CourseModuleInput& m : parsed->modules) {
        moduleTexts.append(moduleText(m));
    }
    out.values[Modules] = moduleTexts.join(QStringLiteral("; "));
    m_parsed.insert(row.line, std::move(*parsed));
    return out;
}

Result<Id> CourseImporter::importRow(const ImportRow& row)
{
    std::optional<Parsed> parsed;
    if (const auto it = m_parsed.constFind(row.line); it != m_parsed.cend()) {
        parsed = *it;
        m_parsed.erase(it);
    } else {
        auto again = parse(row);
        if (!again) {
            return fail(again.error());
        }
        parsed = std::move(*again);
    }
    auto created = CourseService(m_db, m_clock).create(parsed->input, parsed->topics, parsed->modules);
    if (!created) {
        return fail(atModulesColumn(created.error()));
    }
    return created->meta.id;
}

} // namespace mentordesk
