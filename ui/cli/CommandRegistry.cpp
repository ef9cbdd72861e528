// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

namespace mentordesk::cli {

const CommandSpec* CommandRegistry::find(const QString& noun, const QStringList& words, int& consumed) const
{
    const CommandSpec* best = nullptr;
    consumed = 0;
    for (const CommandSpec& spec : m_commands) {
        if (spec.noun != noun) {
            continue;
        }
        const QStringList verbWords = spec.verb.isEmpty() ? QStringList() : spec.verb.split(u' ');
        if (verbWords.size() > words.size() || (best && verbWords.size() <= consumed)) {
            continue;
        }
        bool match = true;
        for (qsizetype i = 0; i < verbWords.size() && match; ++i) {
            match = verbWords[i] == words[i];
        }
        if (match) {
            best = &spec;
            consumed = static_cast<int>(verbWords.size());
        }
    }
    return best;
}

QStringList CommandRegistry::nouns() const
{
    QStringList out;
    for (const CommandSpec& spec : m_commands) {
        if (!out.contains(spec.noun)) {
            out.append(spec.noun);
        }
    }
    return out;
}

const CommandRegistry& CommandRegistry::builtIn()
{
    static const CommandRegistry registry = [] {
        CommandRegistry r;
        registerStudioCommands(r);
        registerMentorCommands(r);
        registerPayerCommands(r);
        registerLearnerCommands(r);
        registerCatalogCommands(r);
        registerEnrollmentCommands(r);
        registerLessonCommands(r);
        registerFeedbackCommands(r);
        registerProgressCommands(r);
        registerReportCommands(r);
        registerDataCommands(r);
        registerDemoCommands(r);
        registerBackupCommands(r);
        registerRecommendCommands(r);
        registerPathCommands(r);
        registerRecommenderCommands(r);
        registerPlanCommands(r);
        registerBillingCommands(r);
        registerInvoiceCommands(r);
        registerReceivablesCommands(r);
        registerQuoteCommands(r);
        registerSearchCommands(r);
        registerSecurityCommands(r);
        registerPrivacyCommands(r);
        return r;
    }();
    return registry;
}

} // namespace mentordesk::cli
