// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseTopicCatalog.h"

#include "courses/TopicService.h"

namespace mentordesk {

Result<CourseTopicCatalog> CourseTopicCatalog::load(Database& db, const Clock& clock)
{
    constexpr int kBatch = 1000;
    TopicService service(db, clock);
    CourseTopicCatalog catalog;
    for (int offset = 0;; offset += kBatch) {
        auto page = service.list({}, {offset, kBatch});
        if (!page) {
            return fail(page.error());
        }
        catalog.topics.append(page->items);
        if (page->items.size() < kBatch) {
            break;
        }
    }
    for (const Topic& t : std::as_const(catalog.topics)) {
        catalog.byId.insert(t.meta.id, t);
    }
    auto graph = service.graph();
    if (!graph) {
        return fail(graph.error());
    }
    catalog.graph = *graph;
    return catalog;
}

} // namespace mentordesk
