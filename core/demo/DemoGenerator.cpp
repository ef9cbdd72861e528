// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"

#include "common/Clock.h"
#include "courses/CourseModuleRepository.h"
#include "courses/CourseRepository.h"
#include "courses/TopicRepository.h"
#include "demo/DemoBilling.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoContext.h"
#include "demo/DemoTimeline.h"
#include "people/MentorAvailabilityRepository.h"
#include "people/MentorExpertiseRepository.h"
#include "people/MentorRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "studio/StudioRepository.h"

#include <QFile>
#include <QFileInfo>

namespace mentordesk {

namespace {

RecordMeta metaAt(const QDateTime& stamp)
{
    RecordMeta m;
    m.id = newId();
    m.createdAt = m.updatedAt = stamp;
    m.version = 1;
    return m;
}

Result<void> writeStudio(DemoContext& ctx)
{
    auto existing = StudioRepository(ctx.db).load();
    if (!existing) {
        return fail(existing.error());
    }
    if (existing->has_value()) {
        return fail(Error::refused(DemoGenerator::tr("The demo studio can only be generated into an empty database.")));
    }
    StudioSettings s;
    s.meta = metaAt(ctx.stamp);
    s.name = QStringLiteral("Harbour Lights Learning Studio");
    s.address = QStringLiteral("12 Marina Boulevard, #05-01, Singapore 018982");
    s.email = QStringLiteral("hello@harbourlights.example");
    s.phone = QStringLiteral("+65 6123 4567");
    s.taxId = QStringLiteral("201912345K");
    s.currency = QStringLiteral("SGD");
    s.locale = QStringLiteral("en_SG");
    s.timeZone = QString::fromUtf8(ctx.zone.id());
    s.language = QStringLiteral("en");
    s.paymentTermsDays = 14;
    return StudioRepository(ctx.db).insert(s);
}

Result<void> writeTopics(DemoContext& ctx)
{
    TopicRepository repo(ctx.db);
    for (const DemoTopic& t : DemoCatalog::topics()) {
        Topic topic;
        topic.meta = metaAt(ctx.stamp);
        topic.name = t.name;
        topic.area = t.area;
        if (auto ok = repo.insert(topic); !ok) {
            return ok;
        }
        ctx.topicIds.insert(t.key, topic.meta.id);
        ctx.topicArea.insert(topic.meta.id, t.area);
    }
    for (const DemoTopic& t : DemoCatalog::topics()) {
        for (const QString& p : t.prerequisites) {
            if (auto ok = repo.insertEdge(metaAt(ctx.stamp), {ctx.topicIds.value(t.key), ctx.topicIds.value(p)}); !ok) {
                return ok;
            }
        }
    }
    ctx.summary.topics = static_cast<int>(DemoCatalog::topics().size());
    return {};
}

Result<void> writeCourses(DemoContext& ctx)
{
    static const QStringList variants = {QStringLiteral("Evening Group"), QStringLiteral("Weekend Intensive"),
                                         QStringLiteral("for Teens"),     QStringLiteral("Exam Track"),
                                         QStringLiteral("Online"),        QStringLiteral("Private Coaching"),
                                         QStringLiteral("Summer Camp")};
    const QList<DemoCourse>& base = DemoCatalog::courses();
    CourseRepository courses(ctx.db);
    CourseModuleRepository modules(ctx.db);
    for (int i = 0; i < ctx.options.courses; ++i) {
        const DemoCourse& d = base[i % base.size()];
        const int round = i / static_cast<int>(base.size());
        Course c;
        c.meta = metaAt(ctx.stamp);
        c.title =
            round == 0 ? d.title : QStringLiteral("%1 — %2").arg(d.title, variants[(round - 1) % variants.size()]);
        if (round > static_cast<int>(variants.size())) {
            c.title += QStringLiteral(" %1").arg(round);
        }
        c.description = d.description;
        c.level = d.level;
        c.quality = qBound(1, d.quality + (round == 0 ? 0 : ctx.random.between(-2, 1)), 10);
        c.practicality = qBound(1, d.practicality + (round == 0 ? 0 : ctx.random.between(-1, 1)), 10);
        DemoContext::CourseInfo info;
        info.id = c.meta.id;
        info.title = c.title;
        info.level = c.level;
        info.quality = c.quality;
        for (const DemoModule& m : d.modules) {
            c.contentMinutes += m.minutes;
        }
        info.contentMinutes = c.contentMinutes;
        if (auto ok = courses.insert(c); !ok) {
            return ok;
        }
        for (const QString& key : d.topics) {
            const Id topic = ctx.topicIds.value(key);
            info.topics.append(topic);
            info.area = ctx.topicArea.value(topic);
            if (auto ok = courses.insertTopicLink(metaAt(ctx.stamp), c.meta.id, topic); !ok) {
                return ok;
            }
        }
        int position = 1;
        for (const DemoModule& m : d.modules) {
            CourseModule module;
            module.meta = metaAt(ctx.stamp);
            module.courseId = c.meta.id;
            module.position = position++;
            module.title = m.title;
            module.minutes = m.minutes;
            if (auto ok = modules.insert(module); !ok) {
                return ok;
            }
            info.moduleIds.append(module.meta.id);
        }
        ctx.courses.append(info);
    }
    ctx.summary.courses = ctx.options.courses;
    return {};
}

Result<void> writeMentors(DemoContext& ctx)
{
    static const QStringList areas = {QStringLiteral("programming"), QStringLiteral("maths"), QStringLiteral("music"),
                                      QStringLiteral("languages")};
    static const QStringList colors = {QStringLiteral("#1f77b4"), QStringLiteral("#d62728"), QStringLiteral("#2ca02c"),
                                       QStringLiteral("#9467bd"), QStringLiteral("#ff7f0e"), QStringLiteral("#17becf")};
    MentorRepository mentors(ctx.db);
    MentorExpertiseRepository expertise(ctx.db);
    MentorAvailabilityRepository availability(ctx.db);
    for (int i = 0; i < ctx.options.mentors; ++i) {
        Mentor m;
        m.meta = metaAt(ctx.stamp);
        static const QStringList first = {QStringLiteral("Alice Tan"), QString::fromUtf8("陈伟"),
                                          QStringLiteral("Maria Santos")};
        if (i < first.size()) {
            m.name = first[i];
        } else if (i % 2 == 0) {
            m.name =
                ctx.random.pick(DemoCatalog::chineseFamilyNames()) + ctx.random.pick(DemoCatalog::chineseGivenNames());
        } else {
            m.name = ctx.random.pick(DemoCatalog::englishGivenNames()) + u' ' +
                     ctx.random.pick(DemoCatalog::englishFamilyNames());
        }
        m.email = QStringLiteral("mentor%1@harbourlights.example").arg(i + 1);
        m.role = i == 0 ? MentorRole::Owner : MentorRole::Mentor;
        m.yearsTeaching = ctx.random.between(2, 25);
        m.defaultRateMinor = 100 * ctx.random.between(45, 95);
        m.color = colors[i % colors.size()];
        m.bio = QStringLiteral("Teaches %1 and %2.").arg(areas[i % 4], areas[(i + 1) % 4]);
        if (auto ok = mentors.insert(m); !ok) {
            return ok;
        }
        DemoContext::MentorInfo info{m.meta.id, {areas[i % 4], areas[(i + 1) % 4]}, ctx.random.between(-4, 4)};
        for (const DemoTopic& t : DemoCatalog::topics()) {
            if (!info.areas.contains(t.area)) {
                continue;
            }
            Expertise e;
            e.meta = metaAt(ctx.stamp);
            e.mentorId = m.meta.id;
            e.topicId = ctx.topicIds.value(t.key);
            e.level = t.area == info.areas.first() ? ctx.random.between(4, 5) : ctx.random.between(2, 4);
            if (auto ok = expertise.insert(e); !ok) {
                return ok;
            }
        }
        // Mon–Fri 08:00–21:00, Sat 08:00–18:00, Sun 10:00–16:00: the grid DemoTimeline books lessons into.
        for (int day = 1; day <= 7; ++day) {
            const AvailabilitySlot slot = day <= 5   ? AvailabilitySlot{day, 8 * 60, 21 * 60}
                                          : day == 6 ? AvailabilitySlot{day, 8 * 60, 18 * 60}
                                                     : AvailabilitySlot{day, 10 * 60, 16 * 60};
            if (auto ok = availability.insert(m.meta.id, slot, ctx.stamp); !ok) {
                return ok;
            }
        }
        ctx.mentors.append(info);
    }
    ctx.summary.mentors = ctx.options.mentors;
    return {};
}

Result<void> validateOptions(const DemoOptions& o)
{
    if (o.mentors < 1 || o.mentors > 100) {
        return fail(Error::invalid(QStringLiteral("mentors"), DemoGenerator::tr("Mentors must be between 1 and 100.")));
    }
    if (o.learners < 0 || o.learners > 100000) {
        return fail(
            Error::invalid(QStringLiteral("learners"), DemoGenerator::tr("Learners must be between 0 and 100,000.")));
    }
    if (o.courses < 1 || o.courses > 2000) {
        return fail(
            Error::invalid(QStringLiteral("courses"), DemoGenerator::tr("Courses must be between 1 and 2,000.")));
    }
    if (o.years < 1 || o.years > 20) {
        return fail(Error::invalid(QStringLiteral("years"), DemoGenerator::tr("Years must be between 1 and 20.")));
    }
    if (o.billedMonths < 0 || o.billedMonths > 24) {
        return fail(Error::invalid(QStringLiteral("billed_months"),
                                   DemoGenerator::tr("Billed months must be between 0 and 24.")));
    }
    return {};
}

} // namespace

DemoOptions DemoOptions::designScale()
{
    DemoOptions o;
    o.mentors = 15;
    o.learners = 2000;
    o.courses = 200;
    o.years = 10;
    return o;
}

DemoGenerator::DemoGenerator(Database& db, const Clock& clock, DemoOptions options)
    : m_db(db)
    , m_clock(clock)
    , m_options(std::move(options))
{}

Result<DemoSummary> DemoGenerator::run(const Progress& progress)
{
    if (auto ok = validateOptions(m_options); !ok) {
        return fail(ok.error());
    }
    DemoOptions options = m_options;
    if (!options.today.isValid()) {
        options.today = m_clock.nowUtc().date();
    }
    // Why: every id and timestamp derives from the seed and `today`, so a demo is reproducible.
    const ScopedIdSeed ids(options.seed);
    DemoContext ctx{m_db,
                    options,
                    {},
                    DemoRandom(options.seed),
                    QDateTime(options.today, QTime(0, 0), Qt::UTC),
                    QTimeZone("Asia/Singapore"),
                    options.today.addDays(-365LL * options.years),
                    {},
                    {},
                    {},
                    {}};
    {
        auto tx = Transaction::begin(m_db);
        if (!tx) {
            return fail(tx.error());
        }
        for (auto step : {writeStudio, writeTopics, writeCourses, writeMentors}) {
            if (auto ok = step(ctx); !ok) {
                return fail(ok.error());
            }
        }
        if (auto ok = tx->commit(); !ok) {
            return fail(ok.error());
        }
    }
    if (progress && !progress(2)) {
        return fail(Error::refused(tr("Generating the demo studio was cancelled.")));
    }
    DemoTimeline timeline(ctx);
    if (auto ok = timeline.run([&](int percent) { return !progress || progress(2 + percent * 93 / 100); }); !ok) {
        return fail(ok.error());
    }
    if (auto ok = DemoBilling(ctx, options.billedMonths).run(); !ok) {
        return fail(ok.error());
    }
    if (progress && !progress(100)) {
        return fail(Error::refused(tr("Generating the demo studio was cancelled.")));
    }
    return ctx.summary;
}

Result<DemoSummary> DemoGenerator::createFile(const QString& path, const Clock& clock, const DemoOptions& options,
                                              const Progress& progress)
{
    if (QFileInfo::exists(path)) {
        return fail(
            Error::refused(tr("“%1” already exists; the demo studio is only created in a new file.").arg(path)));
    }
    Result<DemoSummary> result = fail(Error::storage(tr("The demo studio could not be created.")));
    {
        auto db = Database::open(path);
        if (!db) {
            return fail(db.error());
        }
        result = DemoGenerator(**db, clock, options).run(progress);
    }
    if (!result) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(path + suffix);
        }
    }
    return result;
}

} // namespace mentordesk
