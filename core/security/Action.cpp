// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Action.h"

namespace mentordesk {

const QList<Action>& allActions()
{
    static const QList<Action> actions = {
#define MENTORDESK_ACTION_LIST(name, key) Action::name,
        MENTORDESK_ACTIONS(MENTORDESK_ACTION_LIST)
#undef MENTORDESK_ACTION_LIST
    };
    return actions;
}

QString actionKey(Action action)
{
    switch (action) {
#define MENTORDESK_ACTION_KEY(name, key)                                                                               \
    case Action::name:                                                                                                 \
        return QStringLiteral(key);
        MENTORDESK_ACTIONS(MENTORDESK_ACTION_KEY)
#undef MENTORDESK_ACTION_KEY
    }
    return {};
}

} // namespace mentordesk
